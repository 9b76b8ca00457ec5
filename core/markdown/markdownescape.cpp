#include "markdownescape.h"

#include <QStringList>

#include <optional>

namespace hindsight::markdown {

namespace {

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

QString withoutTrailingBlanks(QString line)
{
    qsizetype end = line.size();
    while (end > 0 && (line.at(end - 1) == u' ' || line.at(end - 1) == u'\t'))
        --end;
    line.truncate(end);
    return line;
}

QString normalizedLineEndings(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    text.replace(QChar(0x2028), u'\n');
    text.replace(QChar(0x2029), u'\n');
    return text;
}

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) || (u >= 0x5B && u <= 0x60) || (u >= 0x7B && u <= 0x7E);
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber();
}

/// Plain text on one line; `lineBreak` replaces each line break.
QString escapePlain(const QString &text, const QString &lineBreak)
{
    QStringList lines = normalizedLineEndings(text).split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    const QString plain = lines.join(lineBreak.isEmpty() ? QStringLiteral(" ") : QStringLiteral("\n"));

    QString out;
    out.reserve(plain.size() + plain.size() / 8 + 8);
    bool atLineStart = true;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const QChar c = plain.at(i);
        if (c == u'\n') {
            out += lineBreak;
            atLineStart = true;
            continue;
        }
        if (atLineStart) {
            atLineStart = false;
            // Whatever could start a block when the text is the first thing on a line.
            if (c == u'#' || c == u'-' || c == u'+' || c == u'=' || c == u'>') {
                out += u'\\';
                out += c;
                continue;
            }
            if (c.isDigit()) {
                qsizetype end = i;
                while (end < plain.size() && plain.at(end).isDigit())
                    ++end;
                if (end < plain.size() && (plain.at(end) == u'.' || plain.at(end) == u')')) {
                    out += plain.mid(i, end - i);
                    out += u'\\';
                    out += plain.at(end);
                    i = end;
                    continue;
                }
            }
        }
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'[':
        case u']':
        case u'<':
        case u'>':
        case u'|':
        case u'$':
        case u'~':
        case u'&':
            out += u'\\';
            break;
        case u'_': {
            // An underscore inside a word never emphasises in GitHub Markdown: snake_case stays readable.
            const bool inWord =
                i > 0 && i + 1 < plain.size() && isWordCharacter(plain.at(i - 1)) && isWordCharacter(plain.at(i + 1));
            if (!inWord)
                out += u'\\';
            break;
        }
        default:
            break;
        }
        out += c;
    }
    return out;
}

struct Fence
{
    QChar character;
    qsizetype length = 0;
    qsizetype indent = 0;
    QString info;
};

qsizetype leadingSpaces(QStringView line)
{
    qsizetype n = 0;
    while (n < line.size() && line.at(n) == u' ')
        ++n;
    return n;
}

std::optional<Fence> fenceOpener(QStringView line)
{
    const qsizetype indent = leadingSpaces(line);
    if (indent > 3 || indent >= line.size())
        return std::nullopt;
    const QChar c = line.at(indent);
    if (c != u'`' && c != u'~')
        return std::nullopt;
    qsizetype end = indent;
    while (end < line.size() && line.at(end) == c)
        ++end;
    if (end - indent < 3)
        return std::nullopt;
    const QString info = line.mid(end).trimmed().toString();
    if (c == u'`' && info.contains(u'`'))
        return std::nullopt;
    return Fence{c, end - indent, indent, info};
}

bool closesFence(QStringView line, const Fence &fence)
{
    const qsizetype indent = leadingSpaces(line);
    if (indent > 3)
        return false;
    qsizetype end = indent;
    while (end < line.size() && line.at(end) == fence.character)
        ++end;
    return end - indent >= fence.length && line.mid(end).trimmed().isEmpty();
}

/// Where the content of a line starts once blockquote markers, list markers and indentation are skipped: a heading
/// or an underline may begin there.
qsizetype contentStart(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size()) {
        const QChar c = line.at(i);
        if (c == u' ' || c == u'\t' || c == u'>') {
            ++i;
            continue;
        }
        const auto followedByBlank = [&](qsizetype at) {
            return at >= line.size() || line.at(at) == u' ' || line.at(at) == u'\t';
        };
        if ((c == u'-' || c == u'+' || c == u'*') && followedByBlank(i + 1)) {
            ++i;
            continue;
        }
        if (c.isDigit()) {
            qsizetype end = i;
            while (end < line.size() && end - i < 9 && line.at(end).isDigit())
                ++end;
            if (end < line.size() && (line.at(end) == u'.' || line.at(end) == u')') && followedByBlank(end + 1)) {
                i = end + 1;
                continue;
            }
        }
        break;
    }
    return i;
}

bool isAtxHeading(QStringView rest)
{
    qsizetype n = 0;
    while (n < rest.size() && rest.at(n) == u'#')
        ++n;
    return n >= 1 && n <= 6 && (n == rest.size() || rest.at(n) == u' ' || rest.at(n) == u'\t');
}

bool isUnderline(QStringView rest)
{
    const QStringView trimmed = rest.trimmed();
    if (trimmed.isEmpty() || (trimmed.at(0) != u'=' && trimmed.at(0) != u'-'))
        return false;
    for (const QChar c : trimmed) {
        if (c != trimmed.at(0))
            return false;
    }
    return true;
}

bool isTableDelimiterRow(QStringView rest)
{
    bool dash = false;
    for (const QChar c : rest) {
        if (c == u'-')
            dash = true;
        else if (c != u'|' && c != u':' && c != u' ' && c != u'\t')
            return false;
    }
    return dash;
}

/// Whether `line` starts a list item or a block quote.
bool startsBlock(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return !trimmed.isEmpty() && (trimmed.at(0) == u'>' || contentStart(line) > leadingSpaces(line));
}

/// A line of text outside fences: structure-changing starts are escaped, and so is every `<` that could open HTML.
QString escapeTextLine(const QString &line)
{
    QString text = line;
    const qsizetype start = contentStart(text);
    const QStringView rest = QStringView(text).mid(start);
    // A table's delimiter row is kept (the user's table stays a table), but not when it would read as a setext
    // underline of the line above (`---` alone): that would make a heading.
    if (isAtxHeading(rest) || isUnderline(rest))
        text.insert(start, u'\\');

    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size() && isAsciiPunctuation(text.at(i + 1))) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c == u'<' && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            const bool asciiLetter = (next >= u'a' && next <= u'z') || (next >= u'A' && next <= u'Z');
            if (asciiLetter || next == u'/' || next == u'!' || next == u'?')
                out += u'\\';
        } else if (c == u'[' && i + 1 < text.size() && text.at(i + 1) == u'^') {
            out += u'\\';
        }
        out += c;
    }
    return out;
}

} // namespace

QString escapeInline(const QString &text)
{
    return escapePlain(text, QString());
}

QString escapeTableCell(const QString &text)
{
    return escapePlain(text, QStringLiteral("<br>"));
}

QString escapeBlock(const QString &markdown, int continuationIndent, bool firstLineFollowsText)
{
    QStringList lines = normalizedLineEndings(markdown).split(u'\n');
    while (!lines.isEmpty() && isBlank(lines.constLast()))
        lines.removeLast();
    while (!lines.isEmpty() && isBlank(lines.constFirst()))
        lines.removeFirst();
    if (lines.isEmpty())
        return {};

    QStringList out;
    out.reserve(lines.size() + 4);
    std::optional<Fence> fence;
    bool hasTable = false;
    bool inTable = false; // the last line written is a row of a table
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (fence) {
            if (closesFence(line, *fence)) {
                out << withoutTrailingBlanks(line.trimmed());
                fence.reset();
            } else {
                // Inside a fence everything is kept, less the opener's own indentation, as CommonMark reads it.
                out << line.mid(std::min(leadingSpaces(line), fence->indent));
            }
            continue;
        }
        if (const auto opener = fenceOpener(line)) {
            if (i == 0 && firstLineFollowsText)
                out << QString();
            // Re-opened at the start of the line, so that no list or quote of the user's can end it early.
            out << QString(opener->length, opener->character) + opener->info;
            fence = opener;
            inTable = false;
            continue;
        }
        const QStringView rest = QStringView(line).mid(contentStart(line));
        if (i > 0 && !isUnderline(rest) && isTableDelimiterRow(rest) && !isBlank(lines.at(i - 1)))
            hasTable = inTable = true;
        else if (isBlank(line))
            inTable = false;
        out << withoutTrailingBlanks(escapeTextLine(line));
    }
    if (fence)
        out << QString(fence->length, fence->character);
    // A table ends only at a blank line: one follows, so that what the document puts after this text (a screenshot,
    // the next paragraph) is not read as a row of it.
    if (inTable && !fence)
        out << QString();
    // After other text on its line, text that starts a list or a quote, or holds a table, starts a paragraph of its
    // own: glued after the text, its first line would be read as plain words, or as the table's header.
    if (firstLineFollowsText && !out.constFirst().isEmpty() && (hasTable || startsBlock(out.constFirst())))
        out.insert(0, 2, QString());

    const QString indent(continuationIndent, u' ');
    QString result = out.constFirst();
    for (qsizetype i = 1; i < out.size(); ++i) {
        result += u'\n';
        if (!out.at(i).isEmpty())
            result += indent + out.at(i);
    }
    return result;
}

} // namespace hindsight::markdown
