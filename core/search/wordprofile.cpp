#include "wordprofile.h"

#include "text/searchtext.h"

#include <algorithm>

namespace hindsight::suggestionwords {

namespace {

/// BM25's k1: how fast repeating a word stops adding to its weight.
constexpr double Saturation = 1.2;

enum class Script
{
    Han,
    Hiragana,
    Katakana,
    Other
};

Script scriptOf(const QString &character)
{
    if (character.isEmpty())
        return Script::Other;
    const char32_t c = character.toUcs4().value(0);
    if (c == 0x30FC)
        return Script::Katakana;
    switch (QChar::script(c)) {
    case QChar::Script_Han:
        return Script::Han;
    case QChar::Script_Hiragana:
        return Script::Hiragana;
    case QChar::Script_Katakana:
        return Script::Katakana;
    default:
        return Script::Other;
    }
}

/// Particles: a pair with one of them in it spans two words (`書の`, `延が`).
bool isParticle(const QString &character)
{
    static const QSet<QString> particles{
        QStringLiteral("の"), QStringLiteral("が"), QStringLiteral("を"), QStringLiteral("に"), QStringLiteral("は"),
        QStringLiteral("で"), QStringLiteral("と"), QStringLiteral("も"), QStringLiteral("へ"), QStringLiteral("や"),
        QStringLiteral("か"), QStringLiteral("ね"), QStringLiteral("よ")};
    return particles.contains(character);
}

bool isStopWord(const QString &word)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w :
             {"a",      "about", "after", "again", "all",     "also",   "am",   "an",    "and",   "any",   "are",
              "as",     "at",    "be",    "been",  "before",  "being",  "both", "but",   "by",    "can",   "could",
              "did",    "do",    "does",  "doing", "down",    "during", "each", "else",  "etc",   "few",   "for",
              "from",   "had",   "has",   "have",  "having",  "he",     "her",  "here",  "him",   "his",   "how",
              "i",      "if",    "in",    "into",  "is",      "it",     "its",  "just",  "may",   "me",    "might",
              "more",   "most",  "must",  "my",    "no",      "nor",    "not",  "now",   "of",    "off",   "on",
              "once",   "only",  "or",    "other", "our",     "out",    "over", "own",   "per",   "same",  "she",
              "should", "so",    "some",  "such",  "than",    "that",   "the",  "their", "them",  "then",  "there",
              "these",  "they",  "this",  "those", "through", "to",     "too",  "under", "until", "up",    "us",
              "very",   "via",   "vs",    "was",   "we",      "were",   "what", "when",  "where", "which", "while",
              "who",    "why",   "will",  "with",  "would",   "yes",    "you",  "your"})
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words.contains(word);
}

/// Words that tell nothing: stop words, single characters and short numbers (`1` of `alb-1`, `0` of `10.0.3.17`).
bool isNoise(const QString &word)
{
    if (word.size() < 2 || isStopWord(word))
        return true;
    const bool digits = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
    return digits && word.size() < 3;
}

bool isAsciiLetters(const QString &word)
{
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; });
}

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u';
}

/// English inflections folded to one key, conservatively: `expired`, `expiry`, `expiration` → `expir`; `failures` →
/// `fail`; `lagging` → `lag`. Other words (with digits, punctuation or other scripts) are their own key.
QString stemKey(const QString &word)
{
    if (word.size() < 4 || !isAsciiLetters(word))
        return word;
    static const QStringList suffixes{
        QStringLiteral("ations"), QStringLiteral("ation"), QStringLiteral("ating"), QStringLiteral("ated"),
        QStringLiteral("ates"),   QStringLiteral("ate"),   QStringLiteral("ings"),  QStringLiteral("ing"),
        QStringLiteral("ions"),   QStringLiteral("ion"),   QStringLiteral("ures"),  QStringLiteral("ure"),
        QStringLiteral("ies"),    QStringLiteral("ied"),   QStringLiteral("ed"),    QStringLiteral("es"),
        QStringLiteral("s"),      QStringLiteral("y"),     QStringLiteral("e")};
    for (const QString &suffix : suffixes) {
        if (!word.endsWith(suffix) || word.size() - suffix.size() < 3)
            continue;
        QString stem = word.left(word.size() - suffix.size());
        const QChar before = stem.back();
        if (suffix == u"s" && (before == u's' || before == u'u' || before == u'i'))
            continue; // access, status, analysis
        if ((suffix == u"ed" || suffix == u"e") && before == u'e')
            continue; // speed, free
        if (suffix == u"y" && isVowel(before))
            continue; // delay, deploy
        if ((suffix.startsWith(u"ing") || suffix == u"ed") && stem.size() >= 4 &&
            stem.back() == stem.at(stem.size() - 2) && !isVowel(before) && before != u'l' && before != u's' &&
            before != u'z')
            stem.chop(1); // lagging, stopped
        return stem;
    }
    return word;
}

/// The key under which a token of the index counts.
QString keyOfToken(const QString &token)
{
    return scriptOf(token.left(1)) == Script::Other ? stemKey(token) : token;
}

} // namespace

bool isWordEnding(const QString &character)
{
    static const QString endings = QStringLiteral("ーァィゥェォッャュョヮぁぃぅぇぉっゃゅょゎ");
    return character.size() == 1 && endings.contains(character.at(0));
}

QStringList inflections(const QString &key, const QStringList &seen)
{
    QStringList forms = seen;
    if (!isAsciiLetters(key) || key.size() < 3)
        return forms;
    static const QStringList endings{QString(),
                                     QStringLiteral("s"),
                                     QStringLiteral("e"),
                                     QStringLiteral("es"),
                                     QStringLiteral("ed"),
                                     QStringLiteral("ing"),
                                     QStringLiteral("ion"),
                                     QStringLiteral("ions"),
                                     QStringLiteral("ation"),
                                     QStringLiteral("ate"),
                                     QStringLiteral("ated"),
                                     QStringLiteral("ure"),
                                     QStringLiteral("ures"),
                                     QStringLiteral("y"),
                                     QStringLiteral("ies")};
    QStringList candidates;
    for (const QString &ending : endings)
        candidates << key + ending;
    if (!isVowel(key.back()))
        candidates << key + key.back() + QStringLiteral("ing") << key + key.back() + QStringLiteral("ed");
    for (const QString &form : std::as_const(candidates)) {
        if (!forms.contains(form) && stemKey(form) == key)
            forms << form;
    }
    return forms;
}

/// FTS5 syntax for "any of these tokens in the `words` column".
QString anyOf(const QStringList &tokens)
{
    QStringList quoted;
    for (QString token : tokens)
        quoted << QLatin1Char('"') + token.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return QStringLiteral("words : (") + quoted.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

QList<QSet<QString>> fieldsOfWords(const QString &words)
{
    QList<QSet<QString>> fields{QSet<QString>()};
    for (const QString &token : words.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (token == QLatin1String("-"))
            fields.append(QSet<QString>());
        else
            fields.last().insert(keyOfToken(token));
    }
    return fields;
}

QSet<QString> keysOf(const QString &text)
{
    QSet<QString> keys;
    for (const QString &token : searchtext::indexWords({text}).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        keys.insert(keyOfToken(token));
    return keys;
}

void WordProfile::add(const QString &text, double fieldWeight, bool logEntry)
{
    QSet<QString> inThisText;
    for (const searchtext::Word &word : searchtext::words(text)) {
        if (word.cjk) {
            addRun(word.parts, fieldWeight, inThisText);
            continue;
        }
        if (!isNoise(word.text))
            addTerm(stemKey(word.text), word.text, 1, fieldWeight, false, inThisText);
        if (word.parts.size() > 1) {
            for (const QString &part : word.parts) {
                if (!isNoise(part))
                    addTerm(stemKey(part), part, 0.5, fieldWeight, false, inThisText);
            }
        }
    }
    if (logEntry) {
        for (const QString &key : std::as_const(inThisText))
            ++m_terms[key].ownEntries;
    }
}

void WordProfile::finish()
{
    for (Term &term : m_terms) {
        term.weight = term.share * term.count * (Saturation + 1) / (term.count + Saturation);
        term.seenForms = term.forms.keys();
        std::sort(term.seenForms.begin(), term.seenForms.end(), [&term](const QString &a, const QString &b) {
            const double ca = term.forms.value(a);
            const double cb = term.forms.value(b);
            return ca > cb || (ca == cb && a < b);
        });
    }
}

QList<const Term *> WordProfile::strongest(int count) const
{
    QList<const Term *> result;
    for (const Term &term : m_terms)
        result << &term;
    std::sort(result.begin(), result.end(), [](const Term *a, const Term *b) {
        return a->weight > b->weight || (a->weight == b->weight && a->firstSeen < b->firstSeen);
    });
    if (result.size() > count)
        result.resize(count);
    return result;
}

void WordProfile::addTerm(const QString &key, const QString &form, double share, double fieldWeight, bool cjk,
                          QSet<QString> &inThisText)
{
    auto it = m_terms.find(key);
    if (it == m_terms.end()) {
        it = m_terms.insert(key, Term{});
        it->key = key;
        it->cjk = cjk;
        it->firstSeen = int(m_terms.size());
    }
    it->count += fieldWeight;
    it->share = std::max(it->share, share);
    it->forms[form] += fieldWeight;
    inThisText.insert(key);
}

void WordProfile::addRun(const QStringList &characters, double fieldWeight, QSet<QString> &inThisText)
{
    CjkRun run;
    run.characters = characters;
    QList<Script> scripts;
    for (const QString &c : characters)
        scripts << scriptOf(c);
    for (qsizetype i = 0; i + 1 < characters.size(); ++i) {
        const Script a = scripts.at(i);
        const Script b = scripts.at(i + 1);
        const bool grammar = (a == Script::Hiragana && b == Script::Hiragana) || isParticle(characters.at(i)) ||
                             isParticle(characters.at(i + 1));
        if (grammar) {
            run.pairKeys << QString();
            continue;
        }
        double share = 0.25; // a pair across two words of different scripts (`ク容` of `ディスク容量`)
        if (a == b) {
            qsizetype first = i;
            while (first > 0 && scripts.at(first - 1) == a)
                --first;
            qsizetype last = i + 1;
            while (last + 1 < scripts.size() && scripts.at(last + 1) == a)
                ++last;
            share = 1.0 / double(last - first); // a word of n characters has n - 1 pairs
        } else if (a == Script::Han && b == Script::Hiragana) {
            share = 0.5; // a word and its inflection (`切れ` of `期限切れ`)
        }
        const QString pair = characters.at(i) + characters.at(i + 1);
        // Pairs with the long vowel mark or a small kana end many unrelated words (`ード` of `カード` and
        // `モード`).
        if (isWordEnding(characters.at(i)) || isWordEnding(characters.at(i + 1)))
            share /= 2;
        addTerm(pair, pair, share, fieldWeight, true, inThisText);
        run.pairKeys << pair;
    }
    m_runs << run;
}

} // namespace hindsight::suggestionwords
