#include "suggestions.h"

#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/store.h"
#include "store/suggestionindex.h"
#include "text/searchtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace hindsight {

namespace {

/// How much of the log is read: a pasted dump of megabytes says no more than its beginning.
constexpr qsizetype MaxLogCharacters = 32 * 1024;
/// The incident's strongest words that are weighed against each collection.
constexpr int MaxTerms = 32;
/// Of those, how many the index is searched with for candidates.
constexpr int MaxRetrievalTerms = 24;
/// How many candidates of each collection bm25() hands on to be scored.
constexpr int MaxCandidates = 200;
/// A word in more than this share of a collection (and more than MinCommonCount of its members) tells nothing.
constexpr double CommonShare = 0.1;
constexpr int MinCommonCount = 50;
/// The log index is asked only about words in at most this many entries (besides the incident's own), and about at
/// most LogPostingBudget entries in all: the cost of a suggestion stays bounded on a store of a million entries.
constexpr int MaxLogEntriesPerTerm = 2000;
constexpr int LogPostingBudget = 20000;

constexpr double TitleWeight = 3;
constexpr double ProductWeight = 3;
constexpr double SummaryWeight = 2;
constexpr double LogWeight = 1;
/// BM25's k1: how fast repeating a word stops adding to its weight.
constexpr double Saturation = 1.2;
/// A shared word counts in full in a candidate's headline (title, trigger, tags, summary, products), this much in its
/// body or log.
constexpr double BodyMatch = 0.6;
/// How much a candidate longer than the others loses: its score is divided by 1 + LengthDamping × ln(length / mean).
constexpr double LengthDamping = 0.2;

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

bool isWordEnding(const QString &character)
{
    static const QString endings = QStringLiteral("ーァィゥェォッャュョヮぁぃぅぇぉっゃゅょゎ");
    return character.size() == 1 && endings.contains(character.at(0));
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

/// The forms of `key` the index may hold besides those the incident used, for the collections small enough to ask
/// about each (playbooks, incidents' titles and summaries).
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

/// A word of the incident, with every form of it the incident used.
struct Term
{
    QString key;
    bool cjk = false;
    /// Occurrences, each counted with the weight of its field.
    double count = 0;
    /// For a pair of Japanese characters, its share of its word; for a part of a word such as `alb` of `alb-1`, a
    /// half; else 1.
    double share = 0;
    QHash<QString, double> forms;
    /// The forms the incident used, the most used first (Profile::finish() fills it).
    QStringList seenForms;
    /// How many of the incident's own log entries have it (the log index holds them too).
    int ownEntries = 0;
    int firstSeen = 0;
    double weight = 0;
};

/// A run of Japanese text of the incident, kept to name the stretches a candidate shares (`タイムアウト` rather than
/// its pairs).
struct CjkRun
{
    QStringList characters;
    /// The key of each pair (characters i and i + 1), empty for pairs left out.
    QStringList pairKeys;
};

/// The incident's text as weighted words.
class Profile
{
public:
    void add(const QString &text, double fieldWeight, bool logEntry = false)
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

    /// Done adding text: weighs each word.
    void finish()
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

    const QHash<QString, Term> &terms() const { return m_terms; }
    const QList<CjkRun> &runs() const { return m_runs; }

    /// The `count` weightiest words, weightiest first.
    QList<const Term *> strongest(int count) const
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

private:
    void addTerm(const QString &key, const QString &form, double share, double fieldWeight, bool cjk,
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

    void addRun(const QStringList &characters, double fieldWeight, QSet<QString> &inThisText)
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

    QHash<QString, Term> m_terms;
    QList<CjkRun> m_runs;
};

/// The key under which a token of the index counts.
QString keyOfToken(const QString &token)
{
    return scriptOf(token.left(1)) == Script::Other ? stemKey(token) : token;
}

/// The keys of the tokens in a `words` column, field by field (the index separates fields with a lone `-`).
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

/// BM25's inverse document frequency.
double idf(int documents, int withTerm)
{
    const double n = std::max(documents, 1);
    const double df = std::clamp(double(withTerm), 1.0, n);
    return std::log(1.0 + (n - df + 0.5) / (df + 0.5));
}

/// The incident's words weighed against one collection.
struct Weights
{
    QHash<QString, double> byKey;
    double total = 0;
    /// The words to search the collection with, weightiest first.
    QList<const Term *> retrieval;
};

/// A candidate being scored: which words it shares, and where.
struct Candidate
{
    Suggestion suggestion;
    /// The weights of its collection.
    const Weights *weights = nullptr;
    QSet<QString> headline;
    QSet<QString> body;
    double length = 0;

    double matched(const Weights &weights) const
    {
        double sum = 0;
        for (auto it = weights.byKey.cbegin(); it != weights.byKey.cend(); ++it) {
            if (headline.contains(it.key()))
                sum += it.value();
            else if (body.contains(it.key()))
                sum += it.value() * BodyMatch;
        }
        return weights.total > 0 ? sum / weights.total : 0;
    }
};

class Ranking
{
public:
    Ranking(Store &store, const Profile &profile, const QUuid &self, const std::function<bool()> &cancelled)
        : m_index(store)
        , m_profile(profile)
        , m_self(self)
        , m_terms(profile.strongest(MaxTerms))
        , m_cancelled(cancelled)
    {}

    QList<Candidate> playbooks();
    QList<Candidate> incidents();
    /// Names the shared words, the weightiest first, as the incident writes them.
    QStringList matchingTerms(const Candidate &candidate) const;

private:
    /// Throws Suggestions::Cancelled when the ranking is no longer wanted; called before each lookup.
    void checkCancelled() const
    {
        if (m_cancelled && m_cancelled())
            throw Suggestions::Cancelled{};
    }
    int count(SuggestionIndex::Table table, const QString &expression, int cap) const
    {
        checkCancelled();
        return m_index.countMatches(table, expression, cap);
    }
    Weights weigh(const QHash<QString, int> &documentFrequency, const QSet<QString> &tooCommon, int documents) const;
    void score(QList<Candidate> &candidates, const Weights &weights) const;

    SuggestionIndex m_index;
    const Profile &m_profile;
    QUuid m_self;
    QList<const Term *> m_terms;
    const std::function<bool()> &m_cancelled;
    Weights m_playbookWeights;
    Weights m_incidentWeights;
};

Weights Ranking::weigh(const QHash<QString, int> &documentFrequency, const QSet<QString> &tooCommon,
                       int documents) const
{
    Weights weights;
    for (const Term *term : m_terms) {
        const double weight = term->weight * idf(documents, documentFrequency.value(term->key));
        weights.byKey.insert(term->key, weight);
        weights.total += weight;
        if (documentFrequency.value(term->key) > 0 && !tooCommon.contains(term->key))
            weights.retrieval << term;
    }
    std::stable_sort(weights.retrieval.begin(), weights.retrieval.end(), [&](const Term *a, const Term *b) {
        return weights.byKey.value(a->key) > weights.byKey.value(b->key);
    });
    if (weights.retrieval.size() > MaxRetrievalTerms)
        weights.retrieval.resize(MaxRetrievalTerms);
    return weights;
}

QStringList Ranking::matchingTerms(const Candidate &candidate) const
{
    const Weights &weights = *candidate.weights;
    const auto contribution = [&](const QString &key) {
        if (candidate.headline.contains(key))
            return weights.byKey.value(key);
        if (candidate.body.contains(key))
            return weights.byKey.value(key) * BodyMatch;
        return 0.0;
    };
    QList<std::pair<QString, double>> named;
    for (auto it = weights.byKey.cbegin(); it != weights.byKey.cend(); ++it) {
        const auto term = m_profile.terms().constFind(it.key());
        if (term->cjk)
            continue;
        if (const double c = contribution(it.key()); c > 0)
            named.append({term->seenForms.constFirst(), c});
    }
    // Japanese: the longest stretches of shared pairs, as the incident wrote them.
    QHash<QString, double> stretches;
    for (const CjkRun &run : m_profile.runs()) {
        for (qsizetype i = 0; i < run.pairKeys.size();) {
            if (contribution(run.pairKeys.at(i)) <= 0) {
                ++i;
                continue;
            }
            qsizetype end = i;
            QSet<QString> keys;
            double sum = 0;
            while (end < run.pairKeys.size() && contribution(run.pairKeys.at(end)) > 0) {
                if (!keys.contains(run.pairKeys.at(end))) {
                    keys.insert(run.pairKeys.at(end));
                    sum += contribution(run.pairKeys.at(end));
                }
                ++end;
            }
            const QStringList characters = run.characters.mid(i, end - i + 1);
            i = end;
            // `ード` is a shared word ending (`カード`, `モード`) rather than a shared word: it counts, little, but
            // says nothing to a reader.
            if (characters.size() == 2 && (isWordEnding(characters.at(0)) || isWordEnding(characters.at(1))))
                continue;
            const QString text = characters.join(QString());
            stretches[text] = std::max(stretches.value(text), sum);
        }
    }
    for (auto it = stretches.cbegin(); it != stretches.cend(); ++it)
        named.append({it.key(), it.value()});
    std::sort(named.begin(), named.end(), [](const auto &a, const auto &b) {
        return a.second > b.second || (a.second == b.second && a.first < b.first);
    });
    QStringList result;
    for (const auto &term : named) {
        // Not a structured binding: clang 14 (the fuzz preset) cannot capture one.
        const QString &text = term.first;
        // `alb` adds nothing next to `alb-1`, nor `タイム` next to `タイムアウト`.
        const bool covered = std::any_of(result.cbegin(), result.cend(), [&text](const QString &shown) {
            return shown.contains(text, Qt::CaseInsensitive) || text.contains(shown, Qt::CaseInsensitive);
        });
        if (!covered)
            result << text;
        if (result.size() == Suggestions::MaxMatchingTerms)
            break;
    }
    return result;
}

void Ranking::score(QList<Candidate> &candidates, const Weights &weights) const
{
    double meanLength = 0;
    for (const Candidate &candidate : candidates)
        meanLength += candidate.length;
    meanLength = candidates.isEmpty() ? 1 : std::max(1.0, meanLength / double(candidates.size()));
    for (Candidate &candidate : candidates) {
        const double damping = 1 + LengthDamping * std::log(std::max(1.0, candidate.length / meanLength));
        candidate.suggestion.score = candidate.matched(weights) / damping;
        candidate.weights = &weights;
    }
}

QList<Candidate> Ranking::playbooks()
{
    const int documents = m_index.playbookCount();
    if (documents == 0 || m_terms.isEmpty())
        return {};
    const int cap = std::max(MinCommonCount, int(documents * CommonShare));
    QHash<QString, QStringList> forms;
    QHash<QString, int> frequency;
    QSet<QString> tooCommon;
    for (const Term *term : m_terms) {
        forms.insert(term->key, term->cjk ? QStringList{term->key} : inflections(term->key, term->seenForms));
        const int found = count(SuggestionIndex::Table::Playbooks, anyOf(forms.value(term->key)), cap + 1);
        frequency.insert(term->key, found);
        if (found > cap)
            tooCommon.insert(term->key);
    }
    m_playbookWeights = weigh(frequency, tooCommon, documents);
    const Weights &weights = m_playbookWeights;
    if (weights.retrieval.isEmpty())
        return {};
    QStringList any;
    for (const Term *term : weights.retrieval)
        any << anyOf(forms.value(term->key));

    QList<Candidate> candidates;
    QList<QUuid> ids;
    // Never the playbook made from this very incident: the user wrote it, it is no news to them.
    for (const SuggestionIndex::Indexed &found :
         m_index.playbooksByRelevance(any.join(QLatin1String(" OR ")), m_self, MaxCandidates)) {
        Candidate candidate;
        candidate.suggestion.kind = SuggestionKind::Playbook;
        candidate.suggestion.id = found.id;
        candidate.suggestion.number = found.number;
        candidate.suggestion.title = found.title;
        candidate.length = double(found.words.count(QLatin1Char(' ')) + 1);
        const QList<QSet<QString>> fields = fieldsOfWords(found.words);
        // Title and trigger are the headline; the body is the rest.
        for (qsizetype i = 0; i < fields.size(); ++i)
            (i < 2 ? candidate.headline : candidate.body).unite(fields.at(i));
        ids << found.id;
        candidates << candidate;
    }
    if (candidates.isEmpty())
        return {};
    const QHash<QUuid, QStringList> tags = m_index.playbookTags(ids);
    for (Candidate &candidate : candidates) {
        for (const QString &tag : tags.value(candidate.suggestion.id))
            candidate.headline.unite(keysOf(tag));
    }
    score(candidates, weights);
    return candidates;
}

QList<Candidate> Ranking::incidents()
{
    const int documents = m_index.incidentCount() - (m_self.isNull() ? 0 : 1);
    if (documents <= 0 || m_terms.isEmpty())
        return {};
    const int cap = std::max(MinCommonCount, int(documents * CommonShare));

    // How many incidents have each word in their title or summary, or in their log.
    QHash<QString, QStringList> forms;
    QHash<QString, int> headlineFrequency;
    QHash<QString, int> logEntries;
    QSet<QString> tooCommon;
    int selfInHeadline = 0;
    const QSet<QString> selfHeadline = [&] {
        QSet<QString> keys;
        if (m_self.isNull())
            return keys;
        for (const QSet<QString> &field : fieldsOfWords(m_index.incidentWords(m_self)))
            keys.unite(field);
        return keys;
    }();
    for (const Term *term : m_terms) {
        forms.insert(term->key, term->cjk ? QStringList{term->key} : inflections(term->key, term->seenForms));
        selfInHeadline = selfHeadline.contains(term->key) ? 1 : 0;
        const int found =
            count(SuggestionIndex::Table::Incidents, anyOf(forms.value(term->key)), cap + 1 + selfInHeadline) -
            selfInHeadline;
        headlineFrequency.insert(term->key, found);
        if (found > cap)
            tooCommon.insert(term->key);
    }
    // The log index is large: it is asked about the incident's own forms of each word only, and only about words
    // rare enough in the titles and summaries.
    int budget = LogPostingBudget;
    QHash<QString, QSet<QUuid>> inLogs;
    for (const Term *term : m_terms) {
        if (tooCommon.contains(term->key))
            continue;
        const QString expression = anyOf(term->seenForms);
        const int limit = MaxLogEntriesPerTerm + term->ownEntries;
        const int entries = count(SuggestionIndex::Table::LogEntries, expression, limit + 1);
        logEntries.insert(term->key, entries);
        if (entries > limit || entries > budget)
            continue;
        budget -= entries;
        checkCancelled();
        QSet<QUuid> incidents = m_index.incidentsWithLogMatching(expression);
        incidents.remove(m_self);
        inLogs.insert(term->key, incidents);
    }

    QHash<QString, int> frequency;
    for (const Term *term : m_terms) {
        const int inLog =
            inLogs.contains(term->key) ? int(inLogs.value(term->key).size()) : logEntries.value(term->key);
        frequency.insert(term->key, std::min(documents, headlineFrequency.value(term->key) + inLog));
        if (frequency.value(term->key) > cap)
            tooCommon.insert(term->key);
    }
    m_incidentWeights = weigh(frequency, tooCommon, documents);
    const Weights &weights = m_incidentWeights;

    // Candidates: the incidents whose title or summary bm25() ranks highest, and those whose log shares a word.
    QHash<QUuid, Candidate> candidates;
    QStringList any;
    for (const Term *term : weights.retrieval) {
        if (headlineFrequency.value(term->key) > 0)
            any << anyOf(forms.value(term->key));
    }
    if (!any.isEmpty()) {
        for (const SuggestionIndex::Indexed &found :
             m_index.incidentsByRelevance(any.join(QLatin1String(" OR ")), m_self, MaxCandidates)) {
            Candidate &candidate = candidates[found.id];
            for (const QSet<QString> &field : fieldsOfWords(found.words))
                candidate.headline.unite(field);
        }
    }
    for (auto it = inLogs.cbegin(); it != inLogs.cend(); ++it) {
        for (const QUuid &id : it.value())
            candidates[id].body.insert(it.key());
    }
    if (candidates.isEmpty())
        return {};

    // Only the most promising get their details read.
    QList<std::pair<double, QUuid>> promising;
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it)
        promising.append({it->matched(weights), it.key()});
    std::sort(promising.begin(), promising.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    if (promising.size() > MaxCandidates)
        promising.resize(MaxCandidates);

    QList<QUuid> ids;
    for (const auto &[score, id] : promising)
        ids << id;
    QList<Candidate> result;
    QHash<QUuid, qsizetype> position;
    for (const SuggestionIndex::Indexed &found : m_index.incidents(ids)) {
        Candidate candidate = candidates.value(found.id);
        candidate.suggestion.kind = SuggestionKind::Incident;
        candidate.suggestion.id = found.id;
        candidate.suggestion.number = found.number;
        candidate.suggestion.title = found.title;
        candidate.suggestion.exercise = found.exercise;
        for (const QSet<QString> &field : fieldsOfWords(found.words))
            candidate.headline.unite(field);
        candidate.length = 1;
        position.insert(found.id, result.size());
        result << candidate;
    }
    for (const auto &[id, product] : m_index.incidentProducts(ids))
        result[position.value(id)].headline.unite(keysOf(product));
    const QHash<QUuid, int> entries = m_index.logEntryCounts(ids);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        result[position.value(it.key())].length += it.value();
    score(result, weights);
    return result;
}

} // namespace

Suggestions::Suggestions(Store &store)
    : m_store(store)
{}

QList<Suggestion> Suggestions::forIncident(const QUuid &incidentId, int limit) const
{
    const std::optional<Incident> incident = IncidentStore(m_store).byId(incidentId);
    if (!incident) {
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("Suggestions", "The incident is not in %1.").arg(m_store.path()));
    }
    return forIncident(*incident, InvestigationLog(m_store).entries(incidentId), limit);
}

QList<Suggestion> Suggestions::forIncident(const Incident &incident, const QList<LogEntry> &log, int limit) const
{
    if (limit <= 0)
        return {};
    Profile profile;
    profile.add(incident.title, TitleWeight);
    for (const QString &product : incident.products)
        profile.add(product, ProductWeight);
    profile.add(incident.summary, SummaryWeight);
    QList<LogEntry> entries = log;
    std::stable_sort(entries.begin(), entries.end(), [](const LogEntry &a, const LogEntry &b) { return a.at < b.at; });
    qsizetype read = 0;
    for (const LogEntry &entry : std::as_const(entries)) {
        if (entry.isDeleted() || entry.automatic || entry.kind == LogEntryKind::DeadEnd)
            continue;
        if (read >= MaxLogCharacters)
            break;
        const QString body = entry.body.left(MaxLogCharacters - read);
        read += body.size();
        profile.add(body, LogWeight, true);
    }

    profile.finish();

    Ranking ranking(m_store, profile, incident.id, m_cancelled);
    QList<Candidate> candidates = ranking.playbooks() + ranking.incidents();
    candidates.removeIf(
        [&](const Candidate &c) { return c.suggestion.score < MinimumScore || c.suggestion.id == incident.id; });
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.suggestion.score != b.suggestion.score)
            return a.suggestion.score > b.suggestion.score;
        if (a.suggestion.kind != b.suggestion.kind)
            return a.suggestion.kind == SuggestionKind::Playbook;
        return a.suggestion.number > b.suggestion.number;
    });
    QList<Suggestion> result;
    for (qsizetype i = 0; i < std::min<qsizetype>(limit, candidates.size()); ++i) {
        result << candidates.at(i).suggestion;
        result.last().matchingTerms = ranking.matchingTerms(candidates.at(i));
    }
    return result;
}

} // namespace hindsight
