// The Markdown of log entries and postmortem sections, as users type or paste it, rendered for the preview.
#include "fuzztargets.h"
#include "markdown/markdownrenderer.h"

namespace hindsight::fuzz {

namespace {

void checkTree(const MarkdownNode &node, int depth)
{
    check(depth < 10000, "the tree is not deeper than the text is long");
    for (const MarkdownNode &child : node.children)
        checkTree(child, depth + 1);
}

} // namespace

void renderMarkdown(const QByteArray &data)
{
    const QString markdown = QString::fromUtf8(data);
    const QString html = MarkdownRenderer::toHtml(markdown);
    // Safe mode: nothing typed can become a script.
    check(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive), "no <script> in the preview");
    check(!html.contains(QLatin1String("href=\"javascript:"), Qt::CaseInsensitive), "no javascript: link");
    const MarkdownNode tree = MarkdownRenderer::parse(markdown);
    checkTree(tree, 0);
    (void)tree.plainText();
}

} // namespace hindsight::fuzz

HINDSIGHT_FUZZ_TARGET(hindsight::fuzz::renderMarkdown)
