#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hindsight {

/// A stretch of text that a search matched, in UTF-16 code units.
struct TextRange
{
    int start = 0;
    int length = 0;

    bool operator==(const TextRange &) const = default;
};

/// How full-text search reads text, the same way for what it indexes and for what users type.
///
/// Text is normalised with NFKC and case folding (so `ＡＬＢ`, `alb` and `ALB`, or `ｶﾀｶﾅ` and `カタカナ`, are one
/// word). Runs of Japanese and Chinese script (Han, Hiragana, Katakana, the long vowel mark ー) have no spaces between
/// words, so they are indexed as overlapping pairs of characters (`words`) and as single characters (`chars`): any
/// word of two or more characters is found as a phrase of pairs, a one-character word in `chars`. Other text is split
/// at spaces and punctuation, but a word keeps the punctuation inside it that engineers type as part of a name
/// (`alb-1`, `10.0.3.17`, `user@example.com`, `c++`) and also yields its parts (`alb`, `1`), so `ALB` finds `ALB-1`
/// while `ALB-2` does not.
///
/// The index gets these tokens as space-separated text for FTS5's `ascii` tokenizer with IndexTokenChars as token
/// characters, which keeps each token whole. Queries are turned into FTS5 expressions in which every token is
/// quoted, so nothing a user types is FTS5 syntax.
namespace searchtext {

/// The punctuation a word may keep inside it; the FTS5 tables list it as `tokenchars`.
inline constexpr char IndexTokenChars[] = "-_.@+#:/%&=~$*'";

/// The `words` column for `fields`: words, their parts and the pairs of CJK characters, separated by spaces.
QString indexWords(const QStringList &fields);
/// The `chars` column for `fields`: each CJK character alone, separated by spaces.
QString indexChars(const QStringList &fields);

/// A word of text as the index reads it, for code that weighs words rather than matching them (suggestions).
struct Word
{
    /// A run of CJK characters rather than a word: its pairs are the index's tokens.
    bool cjk = false;
    /// The normalised word; for a CJK run, the whole run.
    QString text;
    /// The parts of a word that keeps punctuation inside (`alb-1`: `alb`, `1`), else empty; for a CJK run, its
    /// characters.
    QStringList parts;
};

/// The words of `text` in order, normalised as the index normalises them: indexWords() is their tokens.
QList<Word> words(const QString &text);

} // namespace searchtext

/// What a user typed into a search box, read once for FTS5 and for highlighting what it matched.
///
/// Every word must match (AND). Quotes, brackets, FTS5 operators and other punctuation are searched as text or
/// ignored; text with nothing to search for (only punctuation or emoji) makes an empty query.
class SearchQuery
{
public:
    explicit SearchQuery(const QString &text);

    /// True when the text has nothing to search for.
    bool isEmpty() const { return m_terms.isEmpty(); }
    /// The FTS5 MATCH expression for the search tables' `words` and `chars` columns.
    QString matchExpression() const;
    /// Where the query's words occur in `text` (original, not normalised), in order and without overlaps.
    QList<TextRange> matchesIn(const QString &text) const;

private:
    enum class Column
    {
        Words,
        Chars
    };
    /// A sequence of tokens that must follow each other in one column.
    struct Phrase
    {
        Column column;
        QStringList tokens;
        bool operator==(const Phrase &) const = default;
    };
    /// One query word: it matches where any of its phrases does.
    using Term = QList<Phrase>;

    QList<Term> m_terms;
};

} // namespace hindsight
