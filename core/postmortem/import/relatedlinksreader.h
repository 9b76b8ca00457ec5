#pragma once

#include "importdocument.h"

#include <QCoreApplication>
#include <QList>

namespace hindsight::importing {

/// Reads the related links: links, URLs written out with their labels, and the earlier incidents Hindsight lists
/// there (read back as related incidents, not as links).
class RelatedLinksReader
{
    // One context for every message of the import, the same at run time as in the translations.
    Q_DECLARE_TR_FUNCTIONS(hindsight::PostmortemImport)

public:
    explicit RelatedLinksReader(ImportDocument &document)
        : m_document(document)
    {}

    /// A list of links, or lines of them.
    void read(const DocumentSection &section);

private:
    void readLine(const QList<const MarkdownNode *> &inlines, int line, const DocumentSection &section);

    ImportDocument &m_document;
};

} // namespace hindsight::importing
