#pragma once

#include "domain/enums.h"
#include "text/searchtext.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <array>
#include <memory>

namespace hindsight {

class SearchIndex;
class Store;

/// What a search hit is.
enum class SearchHitKind
{
    Incident,
    Playbook,
    LogEntry
};

template<>
struct EnumKeys<SearchHitKind>
{
    static constexpr std::array<std::pair<SearchHitKind, const char *>, 3> table{
        {{SearchHitKind::Incident, "incident"},
         {SearchHitKind::Playbook, "playbook"},
         {SearchHitKind::LogEntry, "log-entry"}}};
};

/// An incident, investigation log entry or playbook that a search found.
struct SearchHit
{
    SearchHitKind kind = SearchHitKind::Incident;
    /// The incident found, or the incident of the log entry found; null for a playbook.
    QUuid incidentId;
    int incidentNumber = 0;
    /// The log entry found; null otherwise.
    QUuid entryId;
    /// The playbook found; null otherwise.
    QUuid playbookId;
    /// The log entry's time, the incident's detection time or the playbook's last change.
    QDateTime at;
    /// The original text around the first match, on one line (line breaks and tabs become spaces), with "…" where
    /// it was cut. For incidents and playbooks, from the first field that matches (title, summary / title, trigger,
    /// body).
    QString snippet;
    /// The matches, as offsets into `snippet`, in order.
    QList<TextRange> matches;

    bool operator==(const SearchHit &) const = default;
};

/// Full-text search over a store's incidents (title, summary), investigation log entries (body; deleted entries
/// are left out) and playbooks (title, trigger, body). See SearchQuery for what a query matches. Keep one for a
/// search box: it prepares its statements once, for all the queries typed.
class Search
{
public:
    explicit Search(Store &store);
    ~Search();
    Search(const Search &) = delete;
    Search &operator=(const Search &) = delete;

    /// The first `limit` hits for `query`: matching incidents, then playbooks, then log entries, each group newest
    /// first (most recently created). Nothing when the query has nothing to search for. Never fails because of what
    /// the query contains.
    QList<SearchHit> find(const SearchQuery &query, int limit = 50) const;
    /// The same for the text a user typed.
    QList<SearchHit> find(const QString &text, int limit = 50) const;

private:
    std::unique_ptr<SearchIndex> m_index;
};

} // namespace hindsight
