#pragma once

#include <QString>

namespace hindsight::markdown {

/// Plain text (a title, a name, a product) as Markdown that reads as exactly that text on one line, wherever a line
/// may hold it: after a list marker, in a link label, in a paragraph. Line breaks become spaces, surrounding blanks
/// are trimmed, and everything Markdown or GitHub would read as markup (`*`, `_`, `` ` ``, `[`, `<`, `|`, `$`, `~`,
/// `&`, `\`, and a leading `#`, `>`, `-`, `+`, `=` or `1.`) is backslash-escaped.
QString escapeInline(const QString &text);

/// Plain text for one cell of a GitHub table: as escapeInline(), but line breaks become `<br>` (GitHub shows them as
/// breaks) and pipes never end the cell.
QString escapeTableCell(const QString &text);

/// Text a user wrote in Markdown (a summary, a log entry, a root cause), made safe to place inside a section of a
/// larger document: the user's own formatting (emphasis, lists, links, code) is kept, but nothing in it can change
/// the document around it.
///
/// - `#` headings and `===` / `---` underlines are escaped, so no line starts a section;
/// - every `<` that could open HTML (a tag, `<!--`, `<?`, `<!X`, an autolink) is escaped, so no comment or HTML
///   block can swallow what follows and no HTML reaches GitHub;
/// - tables stay tables (as the timeline shows them), and end at a blank line added after them, so nothing the document
///   puts after the text becomes a row;
/// - `[^` is escaped, so no footnote moves text to the end of the page;
/// - fenced code blocks are re-opened at the start of the line and closed when the user left one open, so a fence
///   never runs on into the rest of the document. What is inside a fence is kept exactly.
///
/// Each line after the first is indented by `continuationIndent` spaces, so that the text stays inside a list item
/// whose content starts at that column (2 for `- `). With `firstLineFollowsText` the first line is placed after other
/// text on the same line (as in `- 13:02 Finding: {text}`); a fence that opens on the first line then starts on a
/// line of its own, and text that starts with a list or a quote, or holds a table, after a blank line (the result
/// then starts with `\n`). Line endings become `\n`; trailing blanks and blank lines at the start and the end are
/// dropped.
QString escapeBlock(const QString &markdown, int continuationIndent = 0, bool firstLineFollowsText = false);

} // namespace hindsight::markdown
