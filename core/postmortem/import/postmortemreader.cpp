#include "postmortemreader.h"

#include "documentoutline.h"

#include <algorithm>

namespace hindsight::importing {

PostmortemReader::PostmortemReader(const QString &text, const QString &fileName, const ImportOptions &options)
    : m_document(text, fileName, options)
    , m_incident(m_document)
    , m_links(m_document)
    , m_log(m_document)
    , m_postmortem(m_document)
    , m_actionItems(m_document)
{}

ImportedPostmortem PostmortemReader::read()
{
    DocumentOutline outline = DocumentOutline::read(m_document);
    ImportedPostmortem &result = m_document.result();
    result.language = outline.language;
    result.source.postmortem = Postmortem();
    readTitle(outline.title);
    Incident &incident = result.source.incident;
    incident.status = IncidentStatus::Resolved;
    if (m_document.options().timeZone.isValid())
        incident.timeZone = QString::fromUtf8(m_document.options().timeZone.id());

    // When it happened comes first: times in the log without a date take it from there.
    std::stable_sort(outline.sections.begin(), outline.sections.end(),
                     [](const DocumentSection &a, const DocumentSection &b) {
                         return (a.part == PostmortemSection::When) > (b.part == PostmortemSection::When);
                     });
    for (const DocumentSection &section : std::as_const(outline.sections))
        readSection(section);
    if (!outline.found.contains(PostmortemSection::Severity))
        m_document.warn(0, tr("No severity section; Middle assumed."));
    std::stable_sort(result.warnings.begin(), result.warnings.end(),
                     [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; });
    std::stable_sort(result.notUnderstood.begin(), result.notUnderstood.end(),
                     [](const NotUnderstood &a, const NotUnderstood &b) { return a.line < b.line; });
    completeTimes();
    return result;
}

void PostmortemReader::readTitle(const QString &heading)
{
    Incident &incident = m_document.result().source.incident;
    incident.title = QString(heading).remove(postmortemvocabulary::titlePrefixPattern()).trimmed();
    if (incident.title.isEmpty()) {
        incident.title = m_document.options().fallbackTitle.trimmed();
        if (incident.title.isEmpty())
            incident.title = tr("Imported postmortem");
        m_document.warn(0, tr("No title heading; the incident is called “%1”.").arg(incident.title));
    }
}

void PostmortemReader::readSection(const DocumentSection &section)
{
    if (!section.part)
        return keepUnknown(section);
    switch (*section.part) {
    case PostmortemSection::Summary:
        return m_incident.readSummary(section);
    case PostmortemSection::Links:
        return m_links.read(section);
    case PostmortemSection::When:
        return m_incident.readWhen(section);
    case PostmortemSection::People:
        return m_incident.readPeople(section);
    case PostmortemSection::Severity:
        return m_incident.readSeverity(section);
    case PostmortemSection::Products:
        return m_incident.readProducts(section);
    case PostmortemSection::Investigation:
        return m_log.read(section);
    case PostmortemSection::RootCause:
        return m_postmortem.readRootCause(section);
    case PostmortemSection::Lessons:
        return m_postmortem.readLessons(section);
    case PostmortemSection::ActionItems:
        return m_actionItems.read(section);
    case PostmortemSection::Review:
        return m_postmortem.readReview(section);
    case PostmortemSection::WentWell:
    case PostmortemSection::WentWrong:
    case PostmortemSection::GotLucky:
        // Read under the lessons (DocumentOutline): never a section of their own.
        return keepUnknown(section);
    }
}

void PostmortemReader::keepUnknown(const DocumentSection &section)
{
    const QString text = m_document.source(section.blocks);
    if (text.isEmpty())
        return;
    m_document.keep(section.blocks.constFirst()->startLine, section.heading, text);
    m_document.warn(
        section.line,
        section.line == 1 && section.level == 0
            ? tr("Text before the first section; kept with what was not understood.")
            : tr("“%1” is not a section of the template; kept with what was not understood.").arg(section.heading));
}

void PostmortemReader::completeTimes()
{
    Incident &incident = m_document.result().source.incident;
    if (!incident.occurrences.isEmpty()) {
        incident.startedAt = incident.occurrences.constFirst().start;
        incident.detectedAt = incident.startedAt;
        bool ended = true;
        for (const OccurrenceWindow &window : std::as_const(incident.occurrences)) {
            ended = ended && window.end.isValid();
            incident.startedAt = std::min(incident.startedAt, window.start);
        }
        incident.detectedAt = incident.startedAt;
        if (ended) {
            incident.resolvedAt = incident.occurrences.constFirst().end;
            for (const OccurrenceWindow &window : std::as_const(incident.occurrences))
                incident.resolvedAt = std::max(incident.resolvedAt, window.end);
        }
    }
    for (const LogEntry &entry : std::as_const(m_document.result().source.log)) {
        if (!incident.detectedAt.isValid() || entry.at < incident.detectedAt)
            incident.detectedAt = entry.at;
    }
}

} // namespace hindsight::importing
