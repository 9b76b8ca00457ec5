#pragma once

#include <QString>

namespace hindsight {

/// Renders Markdown to HTML exactly as GitHub does, with cmark-gfm and its table, strikethrough, autolink, task
/// list and tag filter extensions. Safe mode is always on: raw HTML is omitted and `javascript:`-style links are
/// emptied, so text typed into a log entry or a postmortem can never run scripts in the preview.
class MarkdownRenderer
{
public:
    /// The HTML body fragment for `markdown`.
    static QString toHtml(const QString &markdown);
};

} // namespace hindsight
