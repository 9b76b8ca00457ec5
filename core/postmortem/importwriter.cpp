#include "importwriter.h"

#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/postmortemstore.h"
#include "store/store.h"

#include <QHash>

namespace hindsight {

ImportWriter::ImportWriter(Store &store)
    : m_store(store)
{}

Incident ImportWriter::write(const ImportedPostmortem &imported, bool dryRun)
{
    const PostmortemSource &source = imported.source;
    Incident draft = source.incident;
    for (const RelatedIncident &related : source.relatedIncidents) {
        // Those without a link are among what was not understood already.
        if (related.postmortemUrl.isEmpty())
            continue;
        PostmortemSource earlier;
        earlier.incident = related.incident;
        draft.links << RelatedLink{PostmortemDocument::title(earlier, imported.language), related.postmortemUrl};
    }
    const QString notes = imported.notUnderstoodMarkdown();
    if (!notes.isEmpty())
        draft.summary = draft.summary.isEmpty() ? notes : draft.summary + QStringLiteral("\n\n") + notes;

    Store::WriteTransaction transaction(m_store);
    const Incident incident = IncidentStore(m_store).create(draft);

    QHash<QUuid, QList<Attachment>> attachments;
    for (const Attachment &attachment : source.attachments)
        attachments[attachment.entryId] << attachment;
    InvestigationLog log(m_store);
    for (LogEntry entry : source.log) {
        const QList<Attachment> files = attachments.value(entry.id);
        entry.incidentId = incident.id;
        log.append(entry, files);
    }

    Postmortem postmortem = source.postmortem.value_or(Postmortem());
    postmortem.id = QUuid();
    postmortem.incidentId = incident.id;
    PostmortemStore(m_store).save(postmortem);

    ActionItemStore actionItems(m_store);
    for (ActionItem item : source.actionItems) {
        item.incidentId = incident.id;
        actionItems.add(item);
    }
    if (!dryRun)
        transaction.commit();
    return incident;
}

} // namespace hindsight
