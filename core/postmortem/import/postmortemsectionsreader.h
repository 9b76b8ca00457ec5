#pragma once

#include "importdocument.h"

#include <QCoreApplication>
#include <QString>

namespace hindsight::importing {

/// Reads what the postmortem itself says: the root cause, the lessons and the review. The postmortem must have been
/// started (ImportedPostmortem::source.postmortem).
class PostmortemSectionsReader
{
    // One context for every message of the import, the same at run time as in the translations.
    Q_DECLARE_TR_FUNCTIONS(hindsight::PostmortemImport)

public:
    explicit PostmortemSectionsReader(ImportDocument &document)
        : m_document(document)
    {}

    void readRootCause(const DocumentSection &section);
    /// What went well, what went wrong and where we got lucky: under headings, bold lines, or as a list of the three
    /// with the lessons under each.
    void readLessons(const DocumentSection &section);
    /// Lines or a list of `日付: 2021/8/10`, `参加者: 山田、鈴木` (or a list under it), `部門長: 出席`.
    void readReview(const DocumentSection &section);

private:
    void readReviewLine(const QString &text, const MarkdownNode *nested, int line, const DocumentSection &section);
    Postmortem &postmortem() { return *m_document.result().source.postmortem; }

    ImportDocument &m_document;
};

} // namespace hindsight::importing
