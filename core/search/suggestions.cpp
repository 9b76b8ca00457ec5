#include "suggestions.h"

#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/store.h"
#include "store/suggestionindex.h"
#include "text/searchtext.h"
#include "wordprofile.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace hindsight {

namespace {

using namespace suggestionwords;

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
/// A shared word counts in full in a candidate's headline (title, trigger, tags, summary, products), this much in its
/// body or log.
constexpr double BodyMatch = 0.6;
/// How much a candidate longer than the others loses: its score is divided by 1 + LengthDamping × ln(length / mean).
constexpr double LengthDamping = 0.2;

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
    Ranking(Store &store, const WordProfile &profile, const QUuid &self, const std::function<bool()> &cancelled)
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
    /// What incidentFrequencies() found out about each of the incident's words, by key.
    struct IncidentFrequencies
    {
        /// The forms looked up in the titles and summaries.
        QHash<QString, QStringList> forms;
        /// How many incidents have it in their title or summary.
        QHash<QString, int> headline;
        /// The incidents whose log has it, for words rare enough in the log to ask about.
        QHash<QString, QSet<QUuid>> inLogs;
        /// How many incidents have it anywhere.
        QHash<QString, int> frequency;
        QSet<QString> tooCommon;
    };
    IncidentFrequencies incidentFrequencies(int documents, int cap) const;
    QHash<QUuid, Candidate> incidentCandidates(const IncidentFrequencies &found, const Weights &weights) const;
    QList<Candidate> readIncidents(const QHash<QUuid, Candidate> &candidates, const Weights &weights) const;
    Weights weigh(const QHash<QString, int> &documentFrequency, const QSet<QString> &tooCommon, int documents) const;
    void score(QList<Candidate> &candidates, const Weights &weights) const;

    SuggestionIndex m_index;
    const WordProfile &m_profile;
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
    const IncidentFrequencies found = incidentFrequencies(documents, cap);
    m_incidentWeights = weigh(found.frequency, found.tooCommon, documents);
    const QHash<QUuid, Candidate> candidates = incidentCandidates(found, m_incidentWeights);
    if (candidates.isEmpty())
        return {};
    QList<Candidate> result = readIncidents(candidates, m_incidentWeights);
    score(result, m_incidentWeights);
    return result;
}

// How many incidents have each word in their title or summary, or in their log.
Ranking::IncidentFrequencies Ranking::incidentFrequencies(int documents, int cap) const
{
    IncidentFrequencies found;
    QHash<QString, int> logEntries;
    const QSet<QString> selfHeadline = [&] {
        QSet<QString> keys;
        if (m_self.isNull())
            return keys;
        for (const QSet<QString> &field : fieldsOfWords(m_index.incidentWords(m_self)))
            keys.unite(field);
        return keys;
    }();
    for (const Term *term : m_terms) {
        const QStringList forms = term->cjk ? QStringList{term->key} : inflections(term->key, term->seenForms);
        found.forms.insert(term->key, forms);
        const int selfInHeadline = selfHeadline.contains(term->key) ? 1 : 0;
        const int withTerm =
            count(SuggestionIndex::Table::Incidents, anyOf(forms), cap + 1 + selfInHeadline) - selfInHeadline;
        found.headline.insert(term->key, withTerm);
        if (withTerm > cap)
            found.tooCommon.insert(term->key);
    }
    // The log index is large: it is asked about the incident's own forms of each word only, and only about words
    // rare enough in the titles and summaries.
    int budget = LogPostingBudget;
    for (const Term *term : m_terms) {
        if (found.tooCommon.contains(term->key))
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
        found.inLogs.insert(term->key, incidents);
    }
    for (const Term *term : m_terms) {
        const int inLog =
            found.inLogs.contains(term->key) ? int(found.inLogs.value(term->key).size()) : logEntries.value(term->key);
        found.frequency.insert(term->key, std::min(documents, found.headline.value(term->key) + inLog));
        if (found.frequency.value(term->key) > cap)
            found.tooCommon.insert(term->key);
    }
    return found;
}

// The incidents whose title or summary bm25() ranks highest, and those whose log shares a word.
QHash<QUuid, Candidate> Ranking::incidentCandidates(const IncidentFrequencies &found, const Weights &weights) const
{
    QHash<QUuid, Candidate> candidates;
    QStringList any;
    for (const Term *term : weights.retrieval) {
        if (found.headline.value(term->key) > 0)
            any << anyOf(found.forms.value(term->key));
    }
    if (!any.isEmpty()) {
        for (const SuggestionIndex::Indexed &indexed :
             m_index.incidentsByRelevance(any.join(QLatin1String(" OR ")), m_self, MaxCandidates)) {
            Candidate &candidate = candidates[indexed.id];
            for (const QSet<QString> &field : fieldsOfWords(indexed.words))
                candidate.headline.unite(field);
        }
    }
    for (auto it = found.inLogs.cbegin(); it != found.inLogs.cend(); ++it) {
        for (const QUuid &id : it.value())
            candidates[id].body.insert(it.key());
    }
    return candidates;
}

// Only the most promising candidates get their details read: number, title, products, the length of their log.
QList<Candidate> Ranking::readIncidents(const QHash<QUuid, Candidate> &candidates, const Weights &weights) const
{
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
    WordProfile profile;
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
