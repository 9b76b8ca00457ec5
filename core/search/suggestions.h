#pragma once

#include "domain/enums.h"
#include "domain/incident.h"
#include "domain/logentry.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace hindsight {

class Store;

/// What a suggestion is.
enum class SuggestionKind
{
    Playbook,
    Incident
};

template<>
struct EnumKeys<SuggestionKind>
{
    static constexpr std::array<std::pair<SuggestionKind, const char *>, 2> table{
        {{SuggestionKind::Playbook, "playbook"}, {SuggestionKind::Incident, "incident"}}};
};

/// A playbook or another incident that looks like the incident at hand.
struct Suggestion
{
    SuggestionKind kind = SuggestionKind::Playbook;
    QUuid id;
    /// The playbook's number (P3) or the incident's (#7).
    int number = 0;
    QString title;
    /// How much of what is distinctive in the incident at hand it shares, from 0 (nothing) to 1.
    double score = 0;
    /// The words they share, the most telling first: English words in lower case, Japanese runs as written.
    QStringList matchingTerms;
    /// An incident that was a drill or game day: suggested like any other, but users should be told.
    bool exercise = false;

    bool operator==(const Suggestion &) const = default;
};

/// The playbooks and other incidents most like an incident, best first, with the words that make them alike: "this
/// looks like P3, and like #41 last spring".
///
/// How it ranks. The incident's text is read as the search index reads it (search/searchtext.h): its title and
/// products weigh most, then its summary, then its investigation log (dead ends say what the problem was not, and
/// entries Hindsight wrote itself say nothing about it, so both are left out). English words are folded to a common
/// stem (`expired`, `expiry` and `expiration` are one word). Japanese runs count by their pairs of characters, each
/// pair weighing its share of its word, so that a Japanese word counts as much as an English one; pairs that are
/// only grammar (`ので`, `が`) are left out, as are English stop words.
///
/// Each word weighs by how often the incident uses it (with diminishing returns) times how rare it is among the
/// playbooks, or among the incidents (inverse document frequency, as BM25 computes it). The strongest words are
/// looked up in the full-text index, words found in a tenth of a collection or more are too common to tell its
/// members apart and are not looked up further, and the index's own bm25() picks the candidates. Each candidate then
/// scores the share of the incident's word weight that it contains: in full when the word is in a playbook's title,
/// trigger or tags or an incident's title, summary or products, at 60% when only in a playbook's body or an incident's
/// log. Candidates much longer than the others are damped a little, so that a playbook is not suggested only for
/// containing many words. The work is bounded whatever the store holds: a fixed number of words, of lookups and of
/// candidates; the log index is only asked about words that are rare in it.
class Suggestions
{
public:
    /// How many of the shared words a suggestion names at most.
    static constexpr int MaxMatchingTerms = 5;
    /// Suggestions scoring less than this share nothing worth reading.
    static constexpr double MinimumScore = 0.05;

    /// Thrown by forIncident() when the cancel check said so.
    struct Cancelled
    {};

    explicit Suggestions(Store &store);

    /// Asked between lookups; when it returns true, forIncident() stops and throws Cancelled. For a ranking that is
    /// no longer wanted: the user moved to another incident, or the window is closing.
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

    /// Suggestions for the stored incident `incidentId` (never itself), at most `limit`. Throws StoreError::NotFound
    /// when there is no such incident.
    QList<Suggestion> forIncident(const QUuid &incidentId, int limit = 10) const;
    /// Suggestions for an incident as given, which need not be stored yet (one being written), with its log.
    QList<Suggestion> forIncident(const Incident &incident, const QList<LogEntry> &log, int limit = 10) const;

private:
    Store &m_store;
    std::function<bool()> m_cancelled;
};

} // namespace hindsight
