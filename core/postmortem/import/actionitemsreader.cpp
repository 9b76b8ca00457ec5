#include "actionitemsreader.h"

#include "importtext.h"
#include "writtentime.h"

namespace hindsight::importing {

void ActionItemsReader::read(const DocumentSection &section)
{
    for (const MarkdownNode *block : section.blocks) {
        if (isComment(*block))
            continue;
        if (block->type == MarkdownNode::Type::Table) {
            readTable(*block, section);
        } else if (block->type == MarkdownNode::Type::List) {
            for (const MarkdownNode &item : block->children)
                readListItem(item, section);
        } else {
            m_document.keep(section, *block);
            m_document.warn(block->startLine, tr("Not an action item; kept with what was not understood."));
        }
    }
}

void ActionItemsReader::readTable(const MarkdownNode &table, const DocumentSection &section)
{
    if (table.children.isEmpty())
        return;
    QStringList headers;
    const Columns columns = readHeader(table, headers);
    if (!columns.contains(ActionItemColumn::Title)) {
        m_document.keep(section, table);
        m_document.warn(table.startLine,
                        tr("A table without an “Action item” column; kept with what was not understood."));
        return;
    }
    for (qsizetype r = 1; r < table.children.size(); ++r)
        readRow(table.children.at(r), columns, headers, section);
}

ActionItemsReader::Columns ActionItemsReader::readHeader(const MarkdownNode &table, QStringList &headers)
{
    Columns columns;
    for (const MarkdownNode &cell : table.children.constFirst().children) {
        const QString header = cell.plainText().trimmed();
        std::optional<ActionItemColumn> column;
        for (const ActionItemColumn value : allValues<ActionItemColumn>()) {
            for (const QString &word : postmortemvocabulary::spellings(value)) {
                if (normalize(word) == normalize(header))
                    column = value;
            }
        }
        if (column && columns.contains(column))
            column.reset();
        if (!column) {
            m_document.warn(table.startLine, tr("The column “%1” is not one of the template's; its cells are kept with "
                                                "what was not understood.")
                                                 .arg(header));
        }
        columns << column;
        headers << header;
    }
    return columns;
}

void ActionItemsReader::readRow(const MarkdownNode &row, const Columns &columns, const QStringList &headers,
                                const DocumentSection &section)
{
    ActionItem item;
    item.id = QUuid::createUuid();
    QHash<ActionItemColumn, QString> cells;
    QStringList extra;
    bool empty = true;
    // A row with cells missing is padded out by the table extension: those cells read as empty.
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const MarkdownNode *cell = c < row.children.size() ? &row.children.at(c) : nullptr;
        const QString text = cell ? cell->plainText().trimmed() : QString();
        empty = empty && text.isEmpty();
        if (!columns.at(c)) {
            if (!text.isEmpty())
                extra << QStringLiteral("%1: %2").arg(headers.at(c), text);
            continue;
        }
        cells[*columns.at(c)] = text;
        if (columns.at(c) == ActionItemColumn::Title && cell)
            readTitleLink(item, *cell, text, row.startLine, section);
    }
    if (empty)
        return;
    const int line = row.startLine;
    item.title = cells.value(ActionItemColumn::Title);
    if (item.title.isEmpty()) {
        m_document.keepLine(line, section);
        m_document.warn(line, tr("An action item without a title; kept with what was not understood."));
        return;
    }
    if (!extra.isEmpty())
        m_document.keep(line, section.heading, tr("%1: %2").arg(item.title, extra.join(QStringLiteral("; "))));
    readCells(item, cells, line);
    m_document.result().source.actionItems << item;
}

void ActionItemsReader::readTitleLink(ActionItem &item, const MarkdownNode &cell, const QString &text, int line,
                                      const DocumentSection &section)
{
    int links = 0;
    for (const MarkdownNode &child : cell.children) {
        if (child.type == MarkdownNode::Type::Link) {
            ++links;
            item.trackerUrl = child.url;
        }
    }
    if (links > 1) {
        item.trackerUrl.clear();
        m_document.keepLine(line, section);
        m_document.warn(line, tr("“%1” links to several places; kept with what was not understood, and imported "
                                 "without a link.")
                                  .arg(text));
    } else if (links == 1 && cell.children.size() > 1) {
        m_document.warn(line, tr("“%1” has text beside its link; all of it is imported as the title, linked to %2.")
                                  .arg(text, item.trackerUrl));
    }
}

void ActionItemsReader::readCells(ActionItem &item, const QHash<ActionItemColumn, QString> &cells, int line)
{
    const QString type = cells.value(ActionItemColumn::Type);
    if (const auto value = wordValue<ActionItemType>(type)) {
        item.type = *value;
    } else {
        item.type = ActionItemType::Repair;
        m_document.warn(line, type.isEmpty()
                                  ? tr("“%1” has no type; Repair assumed.").arg(item.title)
                                  : tr("“%1” is not a type; Repair assumed for “%2”.").arg(type, item.title));
    }
    const QString priority = cells.value(ActionItemColumn::Priority);
    if (const auto value = wordValue<ActionItemPriority>(priority)) {
        item.priority = *value;
    } else {
        item.priority = ActionItemPriority::Middle;
        m_document.warn(line, priority.isEmpty()
                                  ? tr("“%1” has no priority; Middle assumed.").arg(item.title)
                                  : tr("“%1” is not a priority; Middle assumed for “%2”.").arg(priority, item.title));
    }
    item.owner = cells.value(ActionItemColumn::Owner);
    const QString status = cells.value(ActionItemColumn::Status);
    if (const auto value = wordValue<ActionItemStatus>(status)) {
        item.status = *value;
    } else {
        item.status = ActionItemStatus::NotStarted;
        m_document.warn(line, status.isEmpty()
                                  ? tr("“%1” has no status; Not started assumed.").arg(item.title)
                                  : tr("“%1” is not a status; Not started assumed for “%2”.").arg(status, item.title));
    }
    const QString due = cells.value(ActionItemColumn::Due);
    if (!due.isEmpty()) {
        if (const auto date = windowIn(due))
            item.dueDate = date->startDate;
        else
            m_document.warn(line, tr("“%1” is not a date; “%2” has no due date.").arg(due, item.title));
    }
}

void ActionItemsReader::readListItem(const MarkdownNode &item, const DocumentSection &section)
{
    const QString title = item.children.isEmpty() ? QString() : item.children.constFirst().plainText();
    if (title.trimmed().isEmpty())
        return;
    ActionItem action;
    action.id = QUuid::createUuid();
    action.title = title.simplified();
    action.status = item.checked ? ActionItemStatus::Done : ActionItemStatus::NotStarted;
    for (const MarkdownNode &child : item.children.constFirst().children) {
        if (child.type == MarkdownNode::Type::Link)
            action.trackerUrl = child.url;
    }
    m_document.result().source.actionItems << action;
    m_document.warn(item.startLine,
                    item.task ? tr("“%1” is a list item, not a row of the table: Repair, Middle assumed; %2 from its "
                                   "check box.")
                                    .arg(action.title, displayName(action.status))
                              : tr("“%1” is a list item, not a row of the table: Repair, Middle, Not started assumed.")
                                    .arg(action.title));
    for (qsizetype i = 1; i < item.children.size(); ++i) {
        m_document.keep(section, item.children.at(i));
        m_document.warn(item.children.at(i).startLine,
                        tr("Text under an action item; kept with what was not understood."));
    }
}

} // namespace hindsight::importing
