#pragma once

#include "actionitemsreader.h"
#include "importdocument.h"
#include "incidentsectionsreader.h"
#include "investigationlogreader.h"
#include "postmortemsectionsreader.h"
#include "relatedlinksreader.h"

#include <QCoreApplication>
#include <QString>

namespace hindsight::importing {

/// Reads one document (PostmortemImport::read): cuts it into the template's sections, has each read by the reader of
/// its section, keeps aside what is not one of them, and completes the incident from what was read.
class PostmortemReader
{
    // One context for every message of the import, the same at run time as in the translations.
    Q_DECLARE_TR_FUNCTIONS(hindsight::PostmortemImport)

public:
    /// `text`: the document's, with `\n` line breaks.
    PostmortemReader(const QString &text, const QString &fileName, const ImportOptions &options);
    Q_DISABLE_COPY_MOVE(PostmortemReader)

    /// Throws ImportRefused for a document without the template's sections.
    ImportedPostmortem read();

private:
    void readTitle(const QString &heading);
    void readSection(const DocumentSection &section);
    /// A section that is not one of the template's, or the text before the first: kept as it is.
    void keepUnknown(const DocumentSection &section);
    /// When the incident started, was detected and resolved, from its occurrences and its log.
    void completeTimes();

    ImportDocument m_document;
    IncidentSectionsReader m_incident;
    RelatedLinksReader m_links;
    InvestigationLogReader m_log;
    PostmortemSectionsReader m_postmortem;
    ActionItemsReader m_actionItems;
};

} // namespace hindsight::importing
