#include "importdocument.h"

#include "importtext.h"

#include <QRegularExpression>

#include <algorithm>

namespace hindsight::importing {

ImportDocument::ImportDocument(const QString &text, const QString &fileName, const ImportOptions &options)
    : m_fileName(fileName)
    , m_options(options)
    , m_zone(options.timeZone.isValid() ? options.timeZone : QTimeZone::systemTimeZone())
    , m_lines(text.split(u'\n'))
    , m_root(MarkdownRenderer::parse(text))
    , m_attachmentFolder(options.baseDirectory, fileName)
{}

void ImportDocument::keep(int line, const QString &where, const QString &markdown)
{
    if (!markdown.trimmed().isEmpty())
        m_result.notUnderstood << NotUnderstood{line, where, markdown};
}

void ImportDocument::keep(const DocumentSection &section, const MarkdownNode &block)
{
    keep(block.startLine, section.heading, source(block));
}

QString ImportDocument::source(const QList<const MarkdownNode *> &blocks) const
{
    QStringList lines;
    int next = 0;
    for (const MarkdownNode *block : blocks) {
        if (isComment(*block))
            continue;
        const int from = std::max(block->startLine, next);
        if (next > 0) {
            // The blank lines between two blocks belong to the text.
            for (int line = next; line < from; ++line)
                lines << m_lines.value(line - 1);
        }
        for (int line = from; line <= block->endLine && line <= m_lines.size(); ++line)
            lines << m_lines.value(line - 1);
        next = std::max(next, block->endLine + 1);
    }
    return trimmedBlankLines(lines);
}

QString ImportDocument::itemSource(const MarkdownNode &item) const
{
    if (item.startLine < 1 || item.startLine > m_lines.size())
        return {};
    const QString &first = m_lines.at(item.startLine - 1);
    // Columns count UTF-8 bytes; what comes before an item's content is ASCII (blanks and the marker).
    qsizetype indent = 0;
    if (!item.children.isEmpty() && item.children.constFirst().startLine == item.startLine) {
        indent = item.children.constFirst().startColumn - 1;
    } else {
        indent = item.startColumn - 1;
        while (indent < first.size() && first.at(indent) != u' ')
            ++indent;
        while (indent < first.size() && first.at(indent) == u' ')
            ++indent;
    }
    if (item.task) {
        // The task list's `[ ]` is read as part of the item's content.
        static const QRegularExpression box(QStringLiteral(R"(^\s*\[[ xX]\]\s?)"));
        const QRegularExpressionMatch match = box.match(first.mid(indent));
        if (match.hasMatch())
            indent += match.capturedLength();
    }
    QStringList lines{first.mid(std::min(indent, first.size()))};
    int itemIndent = 0;
    while (itemIndent < first.size() && first.at(itemIndent) == u' ')
        ++itemIndent;
    const int contentIndent = int(std::max<qsizetype>(indent, itemIndent + 2));
    for (int line = item.startLine + 1; line <= item.endLine && line <= m_lines.size(); ++line) {
        const QString &text = m_lines.at(line - 1);
        qsizetype spaces = 0;
        while (spaces < text.size() && spaces < contentIndent && text.at(spaces) == u' ')
            ++spaces;
        lines << text.mid(spaces);
    }
    return trimmedBlankLines(lines);
}

} // namespace hindsight::importing
