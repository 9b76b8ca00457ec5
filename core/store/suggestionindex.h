#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace hindsight {

class Store;

/// What Suggestions ranks from: the store's search index (its word lists, counted and ranked by bm25()) and the few
/// facts about the candidates it reads besides. Each read is one statement, so that a ranking can stop between them.
class SuggestionIndex
{
public:
    enum class Table
    {
        Incidents,
        Playbooks,
        LogEntries
    };
    /// An indexed record with its words as the index holds them: one field per line, words separated by spaces.
    struct Indexed
    {
        QUuid id;
        int number = 0;
        QString title;
        bool exercise = false;
        QString words;
    };

    explicit SuggestionIndex(Store &store);

    int incidentCount() const;
    int playbookCount() const;
    /// How many records of `table` match the FTS5 expression, counting no further than `cap`.
    int countMatches(Table table, const QString &match, int cap) const;
    /// The playbooks that match, best first by bm25(), leaving out those made from `sourceIncident`.
    QList<Indexed> playbooksByRelevance(const QString &match, const QUuid &sourceIncident, int limit) const;
    /// The tags of these playbooks.
    QHash<QUuid, QStringList> playbookTags(const QList<QUuid> &playbookIds) const;
    /// The incident's indexed words (title and summary).
    QString incidentWords(const QUuid &incidentId) const;
    /// The incidents whose title or summary match, best first by bm25(), leaving out `except` (id and words only).
    QList<Indexed> incidentsByRelevance(const QString &match, const QUuid &except, int limit) const;
    /// The incidents with a log entry that matches.
    QSet<QUuid> incidentsWithLogMatching(const QString &match) const;
    /// These incidents, with their number, title, exercise flag and words.
    QList<Indexed> incidents(const QList<QUuid> &ids) const;
    /// The products of these incidents, one pair per product.
    QList<std::pair<QUuid, QString>> incidentProducts(const QList<QUuid> &ids) const;
    /// How many log entries (not deleted ones) each of these incidents has; incidents without any are left out.
    QHash<QUuid, int> logEntryCounts(const QList<QUuid> &ids) const;

private:
    Store &m_store;
};

} // namespace hindsight
