#include "searchtext.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

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
    // Standard containers: their appends are inline, and these grow a character at a time.
    std::u16string normalized;
    std::vector<Character> characters;

    bool is(qsizetype i, char16_t c) const
    {
        const Character &character = characters[size_t(i)];
        return character.length == 1 && normalized[size_t(character.from)] == c;
    }
};

/// A token: a slice of Text::normalized (no copy), and the stretch of the original text it came from.
struct Token
{
    qsizetype from = 0;
    qsizetype length = 0;
    int start = 0;
    int end = 0;

    QStringView in(const Text &text) const { return QStringView(text.normalized.data() + from, length); }
};

/// A word (with its parts when it keeps punctuation inside) or a run of CJK characters.
struct Segment
{
    bool cjk = false;
    /// A word: the whole word. A CJK run: unused.
    Token word;
    /// A word: its parts, when it has punctuation inside. A CJK run: its characters. A range of Segments::pieces.
    qsizetype firstPiece = 0;
    qsizetype pieceCount = 0;
};

/// A text cut into segments. Tokens are slices of `text`, so that cutting a text allocates a few lists, not a string
/// per token: highlighting search hits and indexing entries do this for every text they read.
struct Segments
{
    Text text;
    QList<Segment> segments;
    QList<Token> pieces;

    QStringView view(const Token &token) const { return token.in(text); }
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
    if (c < 0x300) // below the combining diacritical marks
        return false;
    // U+FF9E/U+FF9F are the half-width (sound) voiced marks: letters of their own until NFKC joins them to the kana.
    return QChar::isMark(c) || c == 0xFF9E || c == 0xFF9F;
}

bool isJoiner(char32_t c)
{
    static const std::array<bool, 0x80> joiners = [] {
        std::array<bool, 0x80> table{};
        for (const char *c = searchtext::IndexTokenChars; *c; ++c)
            table[size_t(*c)] = true;
        return table;
    }();
    return c < 0x80 && joiners[c];
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
        out.normalized.push_back(QChar::highSurrogate(c));
        out.normalized.push_back(QChar::lowSurrogate(c));
    } else {
        out.normalized.push_back(char16_t(c));
    }
    out.characters.push_back({from, int(out.normalized.size()) - from, start, end, classify(c)});
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
    const size_t firstNew = out.characters.size();
    for (int i = 0; i < text.size();) {
        const int from = i;
        const char32_t c = codePointAt(text, i);
        if (QChar::isMark(c) && out.characters.size() > firstNew) {
            out.normalized.append(reinterpret_cast<const char16_t *>(text.utf16()) + from, size_t(i - from));
            out.characters.back().length += i - from;
        } else {
            append(out, c, start, end);
        }
    }
}

/// Normalises `original` into `text`, whose buffers are reused.
void normalize(const QString &original, Text &text)
{
    text.normalized.clear();
    text.characters.clear();
    text.normalized.reserve(size_t(original.size()));
    text.characters.reserve(size_t(original.size()));
    const char16_t *data = reinterpret_cast<const char16_t *>(original.utf16());
    const int size = int(original.size());
    for (int i = 0; i < size;) {
        // Most text is ASCII: a character with no combining mark after it is only lower-cased.
        const bool lone = i + 1 == size || (data[i + 1] < 0xD800 && !attachesToPrevious(data[i + 1]));
        if (const char16_t c = data[i]; c < 0x80 && lone) {
            const char16_t lower = c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
            text.characters.push_back({int(text.normalized.size()), 1, i, i + 1, classify(lower)});
            text.normalized.push_back(lower);
            ++i;
            continue;
        }
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
}

Token makeToken(const Text &text, qsizetype first, qsizetype last)
{
    const Character &from = text.characters[size_t(first)];
    const Character &to = text.characters[size_t(last - 1)];
    qsizetype length = to.from + to.length - from.from;
    if (length > MaxTokenLength) {
        length = MaxTokenLength;
        if (QChar::isHighSurrogate(text.normalized[size_t(from.from + length - 1)]))
            --length;
    }
    return {from.from, length, from.start, to.end};
}

/// Cuts `original` into `result`, reusing its buffers: a thread that cuts many texts (highlighting hits, indexing)
/// allocates once rather than for each.
void cut(const QString &original, Segments &result)
{
    normalize(original, result.text);
    result.segments.resize(0);
    result.pieces.resize(0);
    const Text &text = result.text;
    const std::vector<Character> &chars = text.characters;
    const auto kindAt = [&chars](qsizetype i) { return chars[size_t(i)].kind; };
    const qsizetype count = qsizetype(chars.size());
    for (qsizetype i = 0; i < count;) {
        if (kindAt(i) == CharacterClass::Separator) {
            ++i;
            continue;
        }
        if (kindAt(i) == CharacterClass::Cjk) {
            Segment run;
            run.cjk = true;
            run.firstPiece = result.pieces.size();
            for (; i < count && kindAt(i) == CharacterClass::Cjk; ++i) {
                const Character &character = chars[size_t(i)];
                result.pieces.append({character.from, character.length, character.start, character.end});
            }
            run.pieceCount = result.pieces.size() - run.firstPiece;
            result.segments.append(run);
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
        word.firstPiece = result.pieces.size();
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
            result.pieces.append(makeToken(text, k, partEnd));
            k = partEnd;
        }
        if (joined)
            word.pieceCount = result.pieces.size() - word.firstPiece;
        else
            result.pieces.resize(word.firstPiece);
        result.segments.append(word);
    }
}

Segments segments(const QString &original)
{
    Segments result;
    cut(original, result);
    return result;
}

/// This thread's reusable Segments.
Segments &scratch()
{
    thread_local Segments segments;
    return segments;
}

/// Two neighbouring characters of a CJK run, which lie side by side in the normalised text.
Token bigram(const Token &a, const Token &b)
{
    return {a.from, b.from + b.length - a.from, a.start, b.end};
}

/// The `words` column's tokens, in the order FTS5 sees them: a phrase query matches consecutive ones. Into `result`,
/// whose buffer is reused.
void wordTokens(const Segments &found, QList<Token> &result)
{
    result.resize(0);
    result.reserve(found.segments.size() + found.pieces.size());
    for (const Segment &segment : found.segments) {
        const Token *pieces = found.pieces.constData() + segment.firstPiece;
        if (segment.cjk) {
            for (qsizetype i = 0; i + 1 < segment.pieceCount; ++i)
                result.append(bigram(pieces[i], pieces[i + 1]));
        } else {
            result.append(segment.word);
            for (qsizetype i = 0; i < segment.pieceCount; ++i)
                result.append(pieces[i]);
        }
    }
}

void charTokens(const Segments &found, QList<Token> &result)
{
    result.resize(0);
    for (const Segment &segment : found.segments) {
        if (!segment.cjk)
            continue;
        for (qsizetype i = 0; i < segment.pieceCount; ++i)
            result.append(found.pieces.at(segment.firstPiece + i));
    }
}

/// This thread's reusable token list.
QList<Token> &scratchTokens(int which)
{
    thread_local QList<Token> tokens[2];
    return tokens[which];
}

/// The tokens' texts separated by spaces: one stream of the index's `words` or `chars` column.
QString joined(const Segments &found, const QList<Token> &tokens)
{
    qsizetype size = 0;
    for (const Token &token : tokens)
        size += token.length + 1;
    QString result;
    result.reserve(size);
    for (const Token &token : tokens) {
        if (!result.isEmpty())
            result += QLatin1Char(' ');
        result += found.view(token);
    }
    return result;
}

QStringList texts(const Segments &found, const Token *tokens, qsizetype count)
{
    QStringList result;
    result.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        result.append(found.view(tokens[i]).toString());
    return result;
}

} // namespace

namespace searchtext {

QString indexWords(const QStringList &fields)
{
    QStringList streams;
    Segments &found = scratch();
    QList<Token> &tokens = scratchTokens(0);
    for (const QString &field : fields) {
        cut(field, found);
        wordTokens(found, tokens);
        streams.append(joined(found, tokens));
    }
    return streams.join(FieldSeparator);
}

QString indexChars(const QStringList &fields)
{
    QStringList streams;
    Segments &found = scratch();
    QList<Token> &tokens = scratchTokens(0);
    for (const QString &field : fields) {
        cut(field, found);
        charTokens(found, tokens);
        streams.append(joined(found, tokens));
    }
    return streams.join(QLatin1Char(' '));
}

QList<Word> words(const QString &text)
{
    const Segments found = segments(text);
    QList<Word> result;
    result.reserve(found.segments.size());
    for (const Segment &segment : found.segments) {
        Word word;
        word.cjk = segment.cjk;
        word.parts = texts(found, found.pieces.constData() + segment.firstPiece, segment.pieceCount);
        word.text = segment.cjk ? word.parts.join(QString()) : found.view(segment.word).toString();
        result.append(word);
    }
    return result;
}

} // namespace searchtext

SearchQuery::SearchQuery(const QString &text)
{
    const Segments found = segments(text);
    for (const Segment &segment : found.segments) {
        Term term;
        const Token *pieces = found.pieces.constData() + segment.firstPiece;
        const qsizetype count = std::min(segment.pieceCount, qsizetype(MaxPhraseTokens + (segment.cjk ? 1 : 0)));
        if (segment.cjk && count == 1) {
            term.append({Column::Chars, texts(found, pieces, count)});
        } else if (segment.cjk) {
            QList<Token> pairs;
            for (qsizetype i = 0; i + 1 < count; ++i)
                pairs.append(bigram(pieces[i], pieces[i + 1]));
            term.append({Column::Words, texts(found, pairs.constData(), pairs.size())});
        } else {
            term.append({Column::Words, {found.view(segment.word).toString()}});
        }
        // `alb-1` also finds `ALB 1` and `alb-1/alb-2`; a word with one part (`c++`) does not fall back to it (`c`).
        if (!segment.cjk && count > 1)
            term.append({Column::Words, texts(found, pieces, count)});
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
    Segments &found = scratch();
    cut(text, found);
    QList<Token> &words = scratchTokens(0);
    QList<Token> &chars = scratchTokens(1);
    wordTokens(found, words);
    charTokens(found, chars);

    QList<TextRange> ranges;
    for (const Term &term : m_terms) {
        for (const Phrase &phrase : term) {
            const QList<Token> &tokens = phrase.column == Column::Words ? words : chars;
            const qsizetype length = phrase.tokens.size();
            for (qsizetype i = 0; i + length <= tokens.size(); ++i) {
                bool match = true;
                for (qsizetype k = 0; k < length && match; ++k)
                    match = found.view(tokens.at(i + k)) == phrase.tokens.at(k);
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
