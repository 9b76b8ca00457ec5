#include "markdownrenderer.h"

#include <algorithm>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <cstdlib>
#include <memory>

namespace hindsight {

namespace {

constexpr const char *Extensions[] = {"table", "strikethrough", "autolink", "tasklist", "tagfilter"};

/// Registering the core extensions is global and not thread-safe: do it once.
void ensureExtensionsRegistered()
{
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    Q_UNUSED(registered);
}

struct ParserDeleter
{
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};

struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};

/// A parsed document with the parser that holds its extensions.
struct Parsed
{
    std::unique_ptr<cmark_parser, ParserDeleter> parser;
    std::unique_ptr<cmark_node, NodeDeleter> document;
};

/// cmark-gfm 0.29's table extension takes time quadratic in the cells of a row (each cell is appended by walking the
/// row's list: a megabyte of 5,000-column rows took seconds). A document with a line of more cells than this is read
/// without tables: its pipes stay text.
constexpr int MaxTableColumns = 128;

bool hasTooWideRow(const QByteArray &utf8)
{
    int pipes = 0;
    for (const char c : utf8) {
        if (c == '\n' || c == '\r')
            pipes = 0;
        else if (c == '|' && ++pipes > MaxTableColumns)
            return true;
    }
    return false;
}

Parsed parseDocument(const QString &markdown, int options)
{
    ensureExtensionsRegistered();
    const QByteArray utf8 = markdown.toUtf8();
    const bool tables = !hasTooWideRow(utf8);
    Parsed parsed;
    parsed.parser.reset(cmark_parser_new(options));
    for (const char *name : Extensions) {
        if (qstrcmp(name, "table") == 0 && !tables)
            continue;
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parsed.parser.get(), extension);
    }
    cmark_parser_feed(parsed.parser.get(), utf8.constData(), size_t(utf8.size()));
    parsed.document.reset(cmark_parser_finish(parsed.parser.get()));
    return parsed;
}

/// Past this depth a node's descendants are kept as its text only: no recursion can run out of stack.
constexpr int MaxDepth = 64;

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

MarkdownNode::Type typeOf(cmark_node *node)
{
    using Type = MarkdownNode::Type;
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_DOCUMENT:
        return Type::Document;
    case CMARK_NODE_BLOCK_QUOTE:
        return Type::BlockQuote;
    case CMARK_NODE_LIST:
        return Type::List;
    case CMARK_NODE_ITEM:
        return Type::Item;
    case CMARK_NODE_CODE_BLOCK:
        return Type::CodeBlock;
    case CMARK_NODE_HTML_BLOCK:
        return Type::HtmlBlock;
    case CMARK_NODE_PARAGRAPH:
        return Type::Paragraph;
    case CMARK_NODE_HEADING:
        return Type::Heading;
    case CMARK_NODE_THEMATIC_BREAK:
        return Type::ThematicBreak;
    case CMARK_NODE_TEXT:
        return Type::Text;
    case CMARK_NODE_SOFTBREAK:
        return Type::SoftBreak;
    case CMARK_NODE_LINEBREAK:
        return Type::LineBreak;
    case CMARK_NODE_CODE:
        return Type::Code;
    case CMARK_NODE_HTML_INLINE:
        return Type::HtmlInline;
    case CMARK_NODE_EMPH:
        return Type::Emphasis;
    case CMARK_NODE_STRONG:
        return Type::Strong;
    case CMARK_NODE_LINK:
        return Type::Link;
    case CMARK_NODE_IMAGE:
        return Type::Image;
    default:
        break;
    }
    // The extensions' nodes are known by name only.
    const char *name = cmark_node_get_type_string(node);
    const QByteArray type = name ? QByteArray(name) : QByteArray();
    if (type == "table")
        return Type::Table;
    if (type == "table_row" || type == "table_header")
        return Type::TableRow;
    if (type == "table_cell")
        return Type::TableCell;
    if (type == "strikethrough")
        return Type::Strikethrough;
    if (type == "tasklist")
        return Type::Item;
    return Type::Other;
}

/// The text of every leaf under `node`, walked without recursion.
QString flattenedText(cmark_node *node)
{
    QString text;
    cmark_iter *iter = cmark_iter_new(node);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *current = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER && current != node && !cmark_node_first_child(current))
            text += fromUtf8(cmark_node_get_literal(current));
        else if (event == CMARK_EVENT_EXIT && current != node && cmark_node_get_type(current) == CMARK_NODE_PARAGRAPH)
            text += u'\n';
    }
    cmark_iter_free(iter);
    return text;
}

/// The node's own fields, without its children.
MarkdownNode nodeOf(cmark_node *node)
{
    MarkdownNode out;
    out.type = typeOf(node);
    out.startLine = cmark_node_get_start_line(node);
    out.startColumn = cmark_node_get_start_column(node);
    out.endLine = cmark_node_get_end_line(node);
    switch (out.type) {
    case MarkdownNode::Type::Text:
    case MarkdownNode::Type::Code:
    case MarkdownNode::Type::CodeBlock:
    case MarkdownNode::Type::HtmlBlock:
    case MarkdownNode::Type::HtmlInline:
    case MarkdownNode::Type::Other:
        out.literal = fromUtf8(cmark_node_get_literal(node));
        break;
    case MarkdownNode::Type::Link:
    case MarkdownNode::Type::Image:
        out.url = fromUtf8(cmark_node_get_url(node));
        break;
    case MarkdownNode::Type::Heading:
        out.level = cmark_node_get_heading_level(node);
        break;
    case MarkdownNode::Type::List:
        out.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        break;
    case MarkdownNode::Type::Item:
        out.task = qstrcmp(cmark_node_get_type_string(node), "tasklist") == 0;
        out.checked = out.task && cmark_gfm_extensions_get_tasklist_item_checked(node);
        break;
    case MarkdownNode::Type::TableRow:
        out.header = cmark_gfm_extensions_get_table_row_is_header(node);
        break;
    default:
        break;
    }
    return out;
}

/// A table that interrupts a paragraph: cmark-gfm 0.29 leaves the paragraph before it without a position and starts
/// the table (and its header row) on the paragraph's first line. The paragraph has those lines; the table starts after
/// them.
void placeTablesAfterParagraphs(QList<MarkdownNode> &children)
{
    for (qsizetype i = 0; i + 1 < children.size(); ++i) {
        MarkdownNode &paragraph = children[i];
        MarkdownNode &table = children[i + 1];
        if (paragraph.type != MarkdownNode::Type::Paragraph || paragraph.startLine > 0 ||
            table.type != MarkdownNode::Type::Table || table.startLine <= 0)
            continue;
        const int lines =
            1 +
            int(std::count_if(paragraph.children.cbegin(), paragraph.children.cend(), [](const MarkdownNode &inline_) {
                return inline_.type == MarkdownNode::Type::SoftBreak || inline_.type == MarkdownNode::Type::LineBreak;
            }));
        paragraph.startLine = table.startLine;
        paragraph.startColumn = table.startColumn;
        paragraph.endLine = table.startLine + lines - 1;
        table.startLine += lines;
        if (!table.children.isEmpty() && table.children.constFirst().header) {
            MarkdownNode &header = table.children.first();
            header.startLine = header.endLine = table.startLine;
            for (MarkdownNode &cell : header.children)
                cell.startLine = cell.endLine = table.startLine;
        }
        table.endLine = std::max(table.endLine, table.startLine + 1);
    }
}

MarkdownNode convert(cmark_node *node, int depth)
{
    MarkdownNode out = nodeOf(node);
    if (depth >= MaxDepth) {
        if (cmark_node_first_child(node)) {
            out.type = MarkdownNode::Type::Other;
            out.literal = flattenedText(node);
        }
        return out;
    }
    qsizetype count = 0;
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child))
        ++count;
    out.children.reserve(count);
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child))
        out.children.emplaceBack(convert(child, depth + 1));
    placeTablesAfterParagraphs(out.children);
    // cmark-gfm counts the blank lines after a list or an item as part of it; its content ends with its last child.
    const bool container = out.type == MarkdownNode::Type::List || out.type == MarkdownNode::Type::Item ||
                           out.type == MarkdownNode::Type::BlockQuote;
    if (container && !out.children.isEmpty() && out.children.constLast().endLine > 0)
        out.endLine = out.children.constLast().endLine;
    return out;
}

void appendPlainText(const MarkdownNode &node, QString &text)
{
    using Type = MarkdownNode::Type;
    switch (node.type) {
    case Type::Text:
    case Type::Code:
    case Type::Other:
        text += node.literal;
        return;
    case Type::SoftBreak:
    case Type::LineBreak:
        text += u'\n';
        return;
    case Type::HtmlInline: {
        const QString tag = node.literal.trimmed().toLower().remove(u' ');
        if (tag == QLatin1String("<br>") || tag == QLatin1String("<br/>"))
            text += u'\n';
        else if (!tag.startsWith(QLatin1String("<!--")))
            text += node.literal;
        return;
    }
    default:
        break;
    }
    for (const MarkdownNode &child : node.children)
        appendPlainText(child, text);
}

} // namespace

QString MarkdownNode::plainText() const
{
    QString text;
    appendPlainText(*this, text);
    return text;
}

QString MarkdownRenderer::toHtml(const QString &markdown)
{
    // Never CMARK_OPT_UNSAFE: user text must not inject HTML or script links.
    const int options = CMARK_OPT_DEFAULT | CMARK_OPT_GITHUB_PRE_LANG;
    const Parsed parsed = parseDocument(markdown, options);
    char *html =
        cmark_render_html(parsed.document.get(), options, cmark_parser_get_syntax_extensions(parsed.parser.get()));
    const QString result = QString::fromUtf8(html);
    std::free(html);
    return result;
}

MarkdownNode MarkdownRenderer::parse(const QString &markdown)
{
    const Parsed parsed = parseDocument(markdown, CMARK_OPT_DEFAULT);
    return convert(parsed.document.get(), 0);
}

} // namespace hindsight
