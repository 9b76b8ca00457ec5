#pragma once

#include "markdown/markdownrenderer.h"
#include "postmortem/postmortemvocabulary.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// How the import compares and cuts the text of a document: hand-written documents mix widths, cases and blanks.
namespace hindsight::importing {

/// Full-width ASCII, the ideographic space and the wave dash folded to ASCII, one character for one, so that
/// positions in the folded text are positions in the original.
QString foldWidth(const QString &text);

/// A heading, label or word as the import compares it: ASCII width, lower case, no blanks, no numbering, no final
/// colon.
QString normalize(const QString &text);

/// Backslash escapes removed, as CommonMark reads them in text.
QString unescaped(const QString &text);

/// The lines joined, without the blank lines at either end.
QString trimmedBlankLines(const QStringList &lines);

/// An HTML comment block: the template's guidance, which is not part of what a section says.
bool isComment(const MarkdownNode &node);

/// The value a word stands for, in any of its spellings (postmortemvocabulary::spellings): normalized once, then
/// looked up. Reading Hindsight's own words back must give what was written, or the round trip breaks; tst_import
/// checks it on every golden document.
template<typename E>
std::optional<E> wordValue(const QString &text)
{
    static const QHash<QString, E> index = [] {
        QHash<QString, E> words;
        for (const E value : allValues<E>()) {
            for (const QString &word : postmortemvocabulary::spellings(value))
                words.insert(normalize(word), value);
        }
        return words;
    }();
    const auto found = index.constFind(normalize(text));
    if (found == index.cend())
        return std::nullopt;
    return *found;
}

} // namespace hindsight::importing
