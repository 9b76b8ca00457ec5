#include "postmortemdocument.h"
#include "redactor.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/postmortemstore.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>

namespace hindsight {

namespace {

/// Calls `visit(text, where)` for every text of the source that can reach the document or its title.
void visitTexts(PostmortemSource &source, const std::function<void(QString &, const std::function<QString()> &)> &visit)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("PostmortemSource", text); };
    const auto fixed = [](QString text) { return [text] { return text; }; };
    Incident &incident = source.incident;
    const QTimeZone zone = PostmortemDocument::timeZone(incident);
    visit(incident.title, fixed(tr("Title")));
    visit(incident.summary, fixed(tr("Summary")));
    for (RelatedLink &link : incident.links) {
        visit(link.label, fixed(tr("Related link")));
        visit(link.url, fixed(tr("Related link")));
    }
    for (Person &person : incident.people)
        visit(person.name, fixed(tr("People")));
    for (QString &product : incident.products)
        visit(product, fixed(tr("Affected products")));
    for (RelatedIncident &related : source.relatedIncidents) {
        const auto where = [&] { return tr("Related incident %1").arg(related.incident.number); };
        visit(related.incident.title, where);
        visit(related.postmortemUrl, where);
    }
    for (LogEntry &entry : source.log) {
        const auto where = [&] { return tr("Log entry at %1").arg(PostmortemDocument::formatTime(entry.at, zone)); };
        visit(entry.body, where);
        visit(entry.author, where);
    }
    for (Attachment &attachment : source.attachments)
        visit(attachment.name, fixed(tr("Attachment name")));
    if (source.postmortem) {
        Postmortem &postmortem = *source.postmortem;
        visit(postmortem.rootCause, fixed(tr("Root cause")));
        visit(postmortem.wentWell, fixed(tr("What went well")));
        visit(postmortem.wentWrong, fixed(tr("What went wrong")));
        visit(postmortem.gotLucky, fixed(tr("Where we got lucky")));
        for (QString &attendee : postmortem.review.attendees)
            visit(attendee, fixed(tr("Review attendees")));
    }
    for (ActionItem &item : source.actionItems) {
        const auto where = [&] { return tr("Action item \"%1\"").arg(item.title); };
        visit(item.title, where);
        visit(item.owner, where);
        visit(item.trackerUrl, where);
    }
}

} // namespace

PostmortemSource PostmortemSource::load(Store &store, int incidentNumber)
{
    PostmortemSource source;
    IncidentStore incidents(store);
    source.incident = incidents.require(incidentNumber);
    const QUuid id = source.incident.id;

    InvestigationLog log(store);
    source.log = log.entries(id);
    QSet<QUuid> entryIds;
    for (const LogEntry &entry : std::as_const(source.log))
        entryIds.insert(entry.id);
    for (const Attachment &attachment : log.attachments(id)) {
        if (entryIds.contains(attachment.entryId))
            source.attachments << attachment;
    }

    PostmortemStore postmortems(store);
    source.postmortem = postmortems.forIncident(id);
    source.actionItems = ActionItemStore(store).forIncident(id);

    for (const Incident &earlier :
         incidents.earlierWithProducts(incidentNumber, source.incident.products, MaxRelatedIncidents)) {
        RelatedIncident related{earlier, QString()};
        if (const auto postmortem = postmortems.forIncident(earlier.id);
            postmortem && postmortem->publication.isPublished())
            related.postmortemUrl = postmortem->publication.url;
        source.relatedIncidents << related;
    }
    return source;
}

int PostmortemSource::redact(const Redactor &redactor)
{
    int total = 0;
    visitTexts(*this, [&](QString &text, const std::function<QString()> &) {
        if (text.isEmpty())
            return;
        int count = 0;
        text = redactor.redact(text, &count);
        total += count;
    });
    return total;
}

QList<SecretFinding> PostmortemSource::secrets(const Redactor &redactor) const
{
    QList<SecretFinding> findings;
    PostmortemSource copy = *this;
    visitTexts(copy, [&](QString &text, const std::function<QString()> &where) {
        if (text.isEmpty())
            return;
        const QList<RedactionMatch> matches = redactor.find(text);
        if (matches.isEmpty())
            return;
        const QString place = where();
        for (const RedactionMatch &match : matches)
            findings << SecretFinding{place, match.rule, text.mid(match.start, match.length)};
    });
    return findings;
}

} // namespace hindsight
