#pragma once

#include "importdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace hindsight::importing {

/// Reads the investigation log: one entry a list item, a table row, or a line that starts with a time and the lines
/// after it. An entry is `2021/8/1 13:02 Finding: text`, `**13:02 メモ:** text` (a key event) or `13:02 text`, then
/// the files attached to it. A time without a date takes the date of the entry before it, or of the first occurrence:
/// read the occurrences first.
class InvestigationLogReader
{
    // One context for every message of the import, the same at run time as in the translations.
    Q_DECLARE_TR_FUNCTIONS(hindsight::PostmortemImport)

public:
    explicit InvestigationLogReader(ImportDocument &document)
        : m_document(document)
    {}

    void read(const DocumentSection &section);

private:
    void readParagraph(const MarkdownNode &paragraph, const DocumentSection &section);
    void readEntry(const QString &text, int line, const DocumentSection &section);
    /// Text without a time: a note at the time of the entry before it, else kept aside.
    void readUntimed(const QString &text, int line, const DocumentSection &section);
    /// The date of an entry written with a time only; invalid, and the entry kept aside, when there is none.
    QDate impliedDate(QTime time, const QString &text, int line, const DocumentSection &section);

    ImportDocument &m_document;
    /// The day of the last entry read, which an entry without a date is on.
    QDate m_lastDate;
    QDateTime m_lastLogTime;
};

} // namespace hindsight::importing
