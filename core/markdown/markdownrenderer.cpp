#include "markdownrenderer.h"

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

} // namespace

QString MarkdownRenderer::toHtml(const QString &markdown)
{
    ensureExtensionsRegistered();
    // Never CMARK_OPT_UNSAFE: user text must not inject HTML or script links.
    const int options = CMARK_OPT_DEFAULT | CMARK_OPT_GITHUB_PRE_LANG;
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(options));
    for (const char *name : Extensions) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    char *html = cmark_render_html(document.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    const QString result = QString::fromUtf8(html);
    std::free(html);
    return result;
}

} // namespace hindsight
