#pragma once

#include "importdocument.h"
#include "postmortem/postmortemvocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hindsight::importing {

/// Reads the action items: the template's table, with its columns in any order and cells missing, or a list (a task
/// list's check box gives the status). What a row does not say is assumed, with a warning.
class ActionItemsReader
{
    // One context for every message of the import, the same at run time as in the translations.
    Q_DECLARE_TR_FUNCTIONS(hindsight::PostmortemImport)

public:
    explicit ActionItemsReader(ImportDocument &document)
        : m_document(document)
    {}

    void read(const DocumentSection &section);

private:
    /// The column of each header cell; none for a column that is not one of the template's, or one given twice.
    using Columns = QList<std::optional<ActionItemColumn>>;

    void readTable(const MarkdownNode &table, const DocumentSection &section);
    Columns readHeader(const MarkdownNode &table, QStringList &headers);
    void readRow(const MarkdownNode &row, const Columns &columns, const QStringList &headers,
                 const DocumentSection &section);
    /// The tracker's link in the title's cell, when there is one link only.
    void readTitleLink(ActionItem &item, const MarkdownNode &cell, const QString &text, int line,
                       const DocumentSection &section);
    /// Type, priority, owner, status and due date, from the cells of their columns.
    void readCells(ActionItem &item, const QHash<ActionItemColumn, QString> &cells, int line);
    void readListItem(const MarkdownNode &item, const DocumentSection &section);

    ImportDocument &m_document;
};

} // namespace hindsight::importing
