#pragma once

#include <QList>
#include <QString>

namespace hindsight {

/// One node of a parsed Markdown document, as cmark-gfm reads it (GitHub Flavored Markdown with tables and task
/// lists), in Qt types. Positions are 1-based lines of the text that was parsed.
struct MarkdownNode
{
    enum class Type
    {
        Document,
        BlockQuote,
        List,
        Item,
        CodeBlock,
        HtmlBlock,
        Paragraph,
        Heading,
        ThematicBreak,
        Table,
        TableRow,
        TableCell,
        Text,
        SoftBreak,
        LineBreak,
        Code,
        HtmlInline,
        Emphasis,
        Strong,
        Strikethrough,
        Link,
        Image,
        /// Anything else (footnotes, custom nodes): its text is kept in `literal`.
        Other
    };

    Type type = Type::Other;
    /// Text, code and HTML: their content; for a code block, the code.
    QString literal;
    /// Links and images: the destination.
    QString url;
    /// Headings: 1 to 6.
    int level = 0;
    /// Lists: numbered.
    bool ordered = false;
    /// Items of a task list (`- [ ]`, `- [x]`).
    bool task = false;
    bool checked = false;
    /// Table rows: the header row.
    bool header = false;
    int startLine = 0;
    /// The column (in UTF-8 bytes, 1-based) where the node's content starts on its first line.
    int startColumn = 0;
    /// The last line of the node's content (blank lines after it are not counted).
    int endLine = 0;
    QList<MarkdownNode> children;

    bool isBlock() const { return type <= Type::TableCell; }
    /// The text a reader sees, without the markup: inline code keeps its text, line breaks become `\n`, `<br>`
    /// becomes `\n` too, HTML comments are left out and other inline HTML is kept as written.
    QString plainText() const;
};

/// Renders Markdown to HTML exactly as GitHub does, with cmark-gfm and its table, strikethrough, autolink, task
/// list and tag filter extensions. Safe mode is always on: raw HTML is omitted and `javascript:`-style links are
/// emptied, so text typed into a log entry or a postmortem can never run scripts in the preview.
namespace MarkdownRenderer {
/// The HTML body fragment for `markdown`.
QString toHtml(const QString &markdown);

/// The document tree of `markdown`, with the same extensions as toHtml(). Linear in the size of the text; nesting
/// deeper than a reader could follow is flattened into the text of the deepest node kept.
MarkdownNode parse(const QString &markdown);
} // namespace MarkdownRenderer

} // namespace hindsight
