#include "searchtext.h"

#include <algorithm>
#include <cstring>

namespace hindsight {

namespace {

/// Marks stacked on one character beyond this start a group of their own, so that a pathological string cannot make
/// one giant token.
constexpr int MaxCodePointsPerCharacter = 16;
/// Longer tokens (hashes, base64) are cut, the same way in the index and in queries, so they still match.
constexpr int MaxTokenLength = 100;
/// A pasted page of text searches for its first words only; FTS5 would take more, but nobody means that many.
constexpr int MaxQueryTerms = 32;
/// A query word that is a phrase of more tokens (a pasted paragraph of Japanese is one CJK run, `a-b-c-...` one word
/// with many parts) searches for its first tokens only: FTS5 takes time quadratic in the length of a phrase.
constexpr int MaxPhraseTokens = 64;
/// Stands between the fields of one row in the `words` column so that no phrase matches across two fields; no text
/// yields it, because a word made only of punctuation is dropped.
const QString FieldSeparator = QStringLiteral(" - ");

enum class CharacterClass
{
    Word,
    Joiner,
    Cjk,
    Separator
};

/// One normalised character (a base character with its combining marks): where it is in Text::normalized, and the
/// stretch of the original text it came from.
struct Character
{
    int from = 0;
    int length = 0;
    int start = 0;
    int end = 0;
    CharacterClass kind = CharacterClass::Separator;
};

/// A text's normalised characters, one after the other in one string so that a token's text is one slice of it.
struct Text
{
    QString normalized;
    QList<Character> characters;

    QString slice(qsizetype first, qsizetype last) const
    {
        const Character &from = characters.at(first);
        const Character &to = characters.at(last - 1);
        return normalized.mid(from.from, to.from + to.length - from.from);
    }
    bool is(qsizetype i, QChar c) const
    {
        return characters.at(i).length == 1 && normalized.at(characters.at(i).from) == c;
    }
};

struct Token
{
    QString text;
    int start = 0;
    int end = 0;
};

/// A word (with its parts when it keeps punctuation inside) or a run of CJK characters.
struct Segment
{
    bool cjk = false;
    /// A word: the whole word. A CJK run: unused.
    Token word;
    /// A word: its parts, when it has punctuation inside. A CJK run: its characters.
    QList<Token> pieces;
};

char32_t codePointAt(const QString &text, int &i)
{
    const QChar c = text.at(i++);
    if (c.isHighSurrogate() && i < text.size() && text.at(i).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(i++));
    if (c.isSurrogate())
        return QChar::ReplacementCharacter;
    return c.unicode();
}

bool attachesToPrevious(char32_t c)
{
    // U+FF9E/U+FF9F are the half-width (sound) voiced marks: letters of their own until NFKC joins them to the kana.
    return QChar::isMark(c) || c == 0xFF9E || c == 0xFF9F;
}

bool isJoiner(char32_t c)
{
    return c > 0 && c < 0x80 && std::strchr(searchtext::IndexTokenChars, int(c)) != nullptr;
}

bool isCjk(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return c == 0x30FC; // ー belongs to no script of its own, but is part of katakana words
    }
}

CharacterClass classify(char32_t c)
{
    if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            return CharacterClass::Word;
        return isJoiner(c) ? CharacterClass::Joiner : CharacterClass::Separator;
    }
    if (isCjk(c))
        return CharacterClass::Cjk;
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
        return CharacterClass::Word;
    return CharacterClass::Separator;
}

/// Typographic variants that NFKC keeps but that people mean as the ASCII character, e.g. macOS's smart quotes.
char32_t plainVariant(char32_t c)
{
    switch (c) {
    case 0x2018: // ‘
    case 0x2019: // ’
        return '\'';
    case 0x2010: // ‐
    case 0x2011: // non-breaking hyphen
    case 0x2212: // −
        return '-';
    default:
        return c;
    }
}

void append(Text &out, char32_t c, int start, int end)
{
    const int from = int(out.normalized.size());
    if (QChar::requiresSurrogates(c)) {
        out.normalized += QChar(QChar::highSurrogate(c));
        out.normalized += QChar(QChar::lowSurrogate(c));
    } else {
        out.normalized += QChar(char16_t(c));
    }
    out.characters.append({from, int(out.normalized.size()) - from, start, end, classify(c)});
}

void appendNormalized(Text &out, QStringView group, char32_t original, int codePoints, int start, int end)
{
    const char32_t first = plainVariant(original);
    if (first < 0x80 && codePoints == 1) {
        append(out, first >= 'A' && first <= 'Z' ? first + ('a' - 'A') : first, start, end);
        return;
    }
    // A lone character that neither NFKC nor case folding turns into something longer needs no QString::normalized.
    if (codePoints == 1 && QChar::decompositionTag(first) == QChar::NoDecomposition) {
        const char32_t folded = QChar::toCaseFolded(first);
        if (QChar::decompositionTag(folded) == QChar::NoDecomposition) {
            append(out, folded, start, end);
            return;
        }
    }
    QString text = group.toString();
    if (first != original)
        text[0] = QChar(char16_t(first)); // the variants are all in the BMP
    text = text.normalized(QString::NormalizationForm_KC).toCaseFolded().normalized(QString::NormalizationForm_KC);
    // NFKC may turn one character into several (㍿ is 株式会社, ﬁ is fi); each keeps the original's stretch.
    const qsizetype firstNew = out.characters.size();
    for (int i = 0; i < text.size();) {
        const int from = i;
        const char32_t c = codePointAt(text, i);
        if (QChar::isMark(c) && out.characters.size() > firstNew) {
            out.normalized += QStringView(text).mid(from, i - from);
            out.characters.last().length += i - from;
        } else {
            append(out, c, start, end);
        }
    }
}

Text normalize(const QString &original)
{
    Text text;
    text.normalized.reserve(original.size());
    text.characters.reserve(original.size());
    for (int i = 0; i < original.size();) {
        const int start = i;
        const char32_t first = codePointAt(original, i);
        int codePoints = 1;
        while (i < original.size() && codePoints < MaxCodePointsPerCharacter) {
            int next = i;
            if (!attachesToPrevious(codePointAt(original, next)))
                break;
            i = next;
            ++codePoints;
        }
        appendNormalized(text, QStringView(original).mid(start, i - start), first, codePoints, start, i);
    }
    return text;
}

Token makeToken(const Text &text, qsizetype first, qsizetype last)
{
    QString token = text.slice(first, last);
    if (token.size() > MaxTokenLength) {
        qsizetype length = MaxTokenLength;
        if (token.at(length - 1).isHighSurrogate())
            --length;
        token.truncate(length);
    }
    return {token, text.characters.at(first).start, text.characters.at(last - 1).end};
}

QList<Segment> segments(const QString &original)
{
    const Text text = normalize(original);
    const QList<Character> &chars = text.characters;
    const auto kindAt = [&chars](qsizetype i) { return chars.at(i).kind; };
    QList<Segment> result;
    const qsizetype count = chars.size();
    for (qsizetype i = 0; i < count;) {
        if (kindAt(i) == CharacterClass::Separator) {
            ++i;
            continue;
        }
        if (kindAt(i) == CharacterClass::Cjk) {
            Segment run;
            run.cjk = true;
            for (; i < count && kindAt(i) == CharacterClass::Cjk; ++i)
                run.pieces.append({text.slice(i, i + 1), chars.at(i).start, chars.at(i).end});
            result.append(run);
            continue;
        }
        qsizetype end = i;
        while (end < count && (kindAt(end) == CharacterClass::Word || kindAt(end) == CharacterClass::Joiner))
            ++end;
        // Punctuation around a word is not part of it, except the + and # of names such as C++ and C#.
        qsizetype first = i;
        while (first < end && kindAt(first) == CharacterClass::Joiner)
            ++first;
        qsizetype last = end;
        while (last > first && kindAt(last - 1) == CharacterClass::Joiner)
            --last;
        i = end;
        if (first == last)
            continue;
        while (last < end && (text.is(last, u'+') || text.is(last, u'#')))
            ++last;

        Segment word;
        word.word = makeToken(text, first, last);
        bool joined = false;
        for (qsizetype k = first; k < last;) {
            if (kindAt(k) == CharacterClass::Joiner) {
                joined = true;
                ++k;
                continue;
            }
            qsizetype partEnd = k;
            while (partEnd < last && kindAt(partEnd) == CharacterClass::Word)
                ++partEnd;
            word.pieces.append(makeToken(text, k, partEnd));
            k = partEnd;
        }
        if (!joined)
            word.pieces.clear();
        result.append(word);
    }
    return result;
}

QList<Token> bigrams(const QList<Token> &run)
{
    QList<Token> result;
    for (qsizetype i = 0; i + 1 < run.size(); ++i)
        result.append({run.at(i).text + run.at(i + 1).text, run.at(i).start, run.at(i + 1).end});
    return result;
}

/// The `words` column's tokens, in the order FTS5 sees them: a phrase query matches consecutive ones.
QList<Token> wordTokens(const QList<Segment> &segments)
{
    QList<Token> result;
    for (const Segment &segment : segments) {
        if (segment.cjk) {
            result += bigrams(segment.pieces);
        } else {
            result.append(segment.word);
            result += segment.pieces;
        }
    }
    return result;
}

QList<Token> charTokens(const QList<Segment> &segments)
{
    QList<Token> result;
    for (const Segment &segment : segments) {
        if (segment.cjk)
            result += segment.pieces;
    }
    return result;
}

QStringList texts(const QList<Token> &tokens)
{
    QStringList result;
    result.reserve(tokens.size());
    for (const Token &token : tokens)
        result.append(token.text);
    return result;
}

} // namespace

namespace searchtext {

QString indexWords(const QStringList &fields)
{
    QStringList streams;
    for (const QString &field : fields)
        streams.append(texts(wordTokens(segments(field))).join(QLatin1Char(' ')));
    return streams.join(FieldSeparator);
}

QString indexChars(const QStringList &fields)
{
    QStringList streams;
    for (const QString &field : fields)
        streams.append(texts(charTokens(segments(field))).join(QLatin1Char(' ')));
    return streams.join(QLatin1Char(' '));
}

QList<Word> words(const QString &text)
{
    QList<Word> result;
    for (const Segment &segment : segments(text)) {
        Word word;
        word.cjk = segment.cjk;
        word.parts = texts(segment.pieces);
        word.text = segment.cjk ? word.parts.join(QString()) : segment.word.text;
        result.append(word);
    }
    return result;
}

} // namespace searchtext

SearchQuery::SearchQuery(const QString &text)
{
    for (const Segment &segment : segments(text)) {
        Term term;
        const QList<Token> pieces = segment.pieces.mid(0, MaxPhraseTokens + (segment.cjk ? 1 : 0));
        if (segment.cjk && pieces.size() == 1)
            term.append({Column::Chars, texts(pieces)});
        else if (segment.cjk)
            term.append({Column::Words, texts(bigrams(pieces))});
        else
            term.append({Column::Words, {segment.word.text}});
        // `alb-1` also finds `ALB 1` and `alb-1/alb-2`; a word with one part (`c++`) does not fall back to it (`c`).
        if (!segment.cjk && pieces.size() > 1)
            term.append({Column::Words, texts(pieces)});
        if (!m_terms.contains(term))
            m_terms.append(term);
        if (m_terms.size() == MaxQueryTerms)
            break;
    }
}

QString SearchQuery::matchExpression() const
{
    QStringList terms;
    for (const Term &term : m_terms) {
        QStringList phrases;
        for (const Phrase &phrase : term) {
            QString quoted = phrase.tokens.join(QLatin1Char(' '));
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            phrases.append(
                (phrase.column == Column::Words ? QLatin1String("words : \"") : QLatin1String("chars : \"")) + quoted +
                QLatin1Char('"'));
        }
        terms.append(phrases.size() == 1 ? phrases.constFirst()
                                         : QLatin1Char('(') + phrases.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    return terms.join(QLatin1String(" AND "));
}

QList<TextRange> SearchQuery::matchesIn(const QString &text) const
{
    if (m_terms.isEmpty())
        return {};
    const QList<Segment> found = segments(text);
    const QList<Token> words = wordTokens(found);
    const QList<Token> chars = charTokens(found);

    QList<TextRange> ranges;
    for (const Term &term : m_terms) {
        for (const Phrase &phrase : term) {
            const QList<Token> &tokens = phrase.column == Column::Words ? words : chars;
            const qsizetype length = phrase.tokens.size();
            for (qsizetype i = 0; i + length <= tokens.size(); ++i) {
                bool match = true;
                for (qsizetype k = 0; k < length && match; ++k)
                    match = tokens.at(i + k).text == phrase.tokens.at(k);
                if (match) {
                    const int start = tokens.at(i).start;
                    ranges.append({start, tokens.at(i + length - 1).end - start});
                }
            }
        }
    }
    std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) {
        return a.start < b.start || (a.start == b.start && a.length > b.length);
    });
    QList<TextRange> merged;
    for (const TextRange &range : ranges) {
        if (!merged.isEmpty() && range.start < merged.last().start + merged.last().length) {
            TextRange &last = merged.last();
            last.length = std::max(last.length, range.start + range.length - last.start);
        } else {
            merged.append(range);
        }
    }
    return merged;
}

} // namespace hindsight
