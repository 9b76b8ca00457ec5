#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <array>
#include <optional>

namespace hindsight {

class Store;

/// The store's full-text index (FTS5, schema version 3) read a page at a time. Each statement is prepared on first
/// use and kept, for all the queries a search box runs, and finished once read, so that no read snapshot is held
/// between searches.
class SearchIndex
{
public:
    /// A record that matched, with the fields its text was indexed from, in order.
    struct Match
    {
        /// The incident, playbook or log entry.
        QUuid id;
        /// The incident, or the log entry's incident; null for a playbook.
        QUuid incidentId;
        int incidentNumber = 0;
        /// The incident's detection time, the playbook's last change, the log entry's time.
        QDateTime at;
        /// Incident: title, summary. Playbook: title, trigger, body. Log entry: body.
        QStringList fields;
    };

    explicit SearchIndex(Store &store);
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // The first `limit` records whose index matches the FTS5 expression `match`, newest first (most recently
    // created). Deleted log entries are not indexed.
    QList<Match> incidents(const QString &match, qsizetype limit) const;
    QList<Match> playbooks(const QString &match, qsizetype limit) const;
    QList<Match> logEntries(const QString &match, qsizetype limit) const;

private:
    enum Statement
    {
        Incidents,
        Playbooks,
        LogEntries,
        StatementCount
    };
    QSqlQuery &run(Statement statement, const QString &match, qsizetype limit) const;

    Store &m_store;
    mutable std::array<std::optional<QSqlQuery>, StatementCount> m_statements;
};

} // namespace hindsight
