#include "search.h"

#include "store/store.h"

#include <algorithm>

namespace hindsight {

namespace {

/// About two lines of a terminal or a result list.
constexpr int SnippetLength = 160;
/// How much text before the first match a snippet shows.
constexpr int SnippetContext = 40;
/// How far a snippet's edges move to fall between words rather than inside one.
constexpr int WordBoundarySlack = 15;
/// Highlighting reads a hit's text again; for a pasted log of megabytes, its beginning is usually enough.
constexpr int HighlightWindow = 4096;
const QString Ellipsis = QStringLiteral("…");

struct Snippet
{
    QString text;
    QList<TextRange> matches;
};

bool isSpace(const QString &text, int i)
{
    return text.at(i).isSpace();
}

/// Cuts `text` to a snippet around its first match; `matches` are ranges in `text`.
Snippet makeSnippet(QString text, const QList<TextRange> &matches)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    const int size = int(text.size());
    const TextRange first = matches.isEmpty() ? TextRange{} : matches.constFirst();
    const int firstEnd = first.start + first.length;

    int start = std::max(0, first.start - SnippetContext);
    if (start > 0 && !isSpace(text, start - 1)) {
        for (int i = start; i < first.start && i < start + WordBoundarySlack; ++i) {
            if (isSpace(text, i)) {
                start = i + 1;
                break;
            }
        }
    }
    int end = std::min(size, std::max(start + SnippetLength, firstEnd));
    if (end < size && !isSpace(text, end)) {
        for (int i = end; i > firstEnd && i > end - WordBoundarySlack; --i) {
            if (isSpace(text, i - 1)) {
                end = i - 1;
                break;
            }
        }
    }
    while (start < first.start && isSpace(text, start))
        ++start;
    while (end > firstEnd && end > start && isSpace(text, end - 1))
        --end;
    // Never cut a surrogate pair in two.
    if (start > 0 && start < size && text.at(start).isLowSurrogate())
        --start;
    if (end < size && end > 0 && text.at(end - 1).isHighSurrogate())
        ++end;

    Snippet snippet;
    const int offset = start > 0 ? int(Ellipsis.size()) : 0;
    if (start > 0)
        snippet.text = Ellipsis;
    snippet.text += QStringView(text).mid(start, end - start);
    if (end < size)
        snippet.text += Ellipsis;
    for (const TextRange &match : matches) {
        const int from = std::max(match.start, start);
        const int to = std::min(match.start + match.length, end);
        if (from < to)
            snippet.matches.append({from - start + offset, to - from});
    }
    return snippet;
}

/// The matches in `text`, reading only its beginning when a snippet around the first match lies within it.
QList<TextRange> matchesNearTheStart(const SearchQuery &query, const QString &text)
{
    if (text.size() > HighlightWindow + WordBoundarySlack) {
        // Cut between words, so that no word is read shorter than it is.
        int cut = HighlightWindow;
        for (int i = cut; i > HighlightWindow - WordBoundarySlack; --i) {
            if (isSpace(text, i)) {
                cut = i;
                break;
            }
        }
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        const QList<TextRange> matches = query.matchesIn(text.left(cut));
        if (!matches.isEmpty()) {
            const TextRange &first = matches.constFirst();
            if (std::max(first.start + SnippetLength, first.start + first.length) < cut)
                return matches;
        }
    }
    return query.matchesIn(text);
}

/// The snippet of the first of `fields` that the query matches; the first field when none does (the index and
/// this Hindsight tokenize differently, say after an update of Unicode).
Snippet snippetOf(const SearchQuery &query, const QStringList &fields)
{
    for (const QString &field : fields) {
        const QList<TextRange> matches = matchesNearTheStart(query, field);
        if (!matches.isEmpty())
            return makeSnippet(field, matches);
    }
    return makeSnippet(fields.value(0), {});
}

} // namespace

Search::Search(Store &store)
    : m_store(store)
{}

Search::~Search() = default;

QList<SearchHit> Search::find(const QString &text, int limit) const
{
    return find(SearchQuery(text), limit);
}

QSqlQuery &Search::run(Statement statement, const QString &match, qsizetype limit) const
{
    // CROSS JOIN keeps the FTS table as the outer loop, so its rowid order serves ORDER BY and LIMIT.
    static const std::array<QString, StatementCount> sql{
        QStringLiteral("SELECT incident.id, incident.number, incident.detected_at, incident.title, incident.summary "
                       "FROM search_incident CROSS JOIN incident ON incident.seq = search_incident.rowid "
                       "WHERE search_incident MATCH ? ORDER BY search_incident.rowid DESC LIMIT ?"),
        QStringLiteral("SELECT playbook.id, playbook.updated_at, playbook.title, playbook.trigger_text, playbook.body "
                       "FROM search_playbook CROSS JOIN playbook ON playbook.seq = search_playbook.rowid "
                       "WHERE search_playbook MATCH ? ORDER BY search_playbook.rowid DESC LIMIT ?"),
        QStringLiteral("SELECT log_entry.id, log_entry.at, log_entry.body, incident.id, incident.number "
                       "FROM search_log_entry "
                       "CROSS JOIN log_entry ON log_entry.seq = search_log_entry.rowid "
                       "CROSS JOIN incident ON incident.id = log_entry.incident_id "
                       "WHERE search_log_entry MATCH ? ORDER BY search_log_entry.rowid DESC LIMIT ?"),
    };
    std::optional<QSqlQuery> &query = m_statements.at(statement);
    if (!query)
        query = m_store.prepare(sql.at(statement));
    m_store.exec(*query, {match, limit});
    return *query;
}

// Order: incidents, then playbooks, then log entries, each newest first by rowid (the row's seq, which grows as rows
// are written). FTS5 walks its doclists in rowid order and stops at LIMIT, so a page costs the same whether a word is
// in ten entries or in 40% of a million: nothing ranks or sorts every match. Ranking by bm25() would have to score
// all matches before returning the first. Whole records (incidents, playbooks) come first because they are fewer
// and summarise what the log entries detail. Each statement is finished once read, so that no read snapshot is held
// between searches.
QList<SearchHit> Search::find(const SearchQuery &query, int limit) const
{
    QList<SearchHit> hits;
    if (query.isEmpty() || limit <= 0)
        return hits;
    const QString match = query.matchExpression();

    QSqlQuery *q = &run(Incidents, match, limit);
    while (q->next()) {
        SearchHit hit;
        hit.kind = SearchHitKind::Incident;
        hit.incidentId = db::toUuid(q->value(0));
        hit.incidentNumber = q->value(1).toInt();
        hit.at = db::toDateTime(q->value(2));
        const Snippet snippet = snippetOf(query, {q->value(3).toString(), q->value(4).toString()});
        hit.snippet = snippet.text;
        hit.matches = snippet.matches;
        hits.append(hit);
    }
    q->finish();
    if (hits.size() >= limit)
        return hits;

    q = &run(Playbooks, match, limit - hits.size());
    while (q->next()) {
        SearchHit hit;
        hit.kind = SearchHitKind::Playbook;
        hit.playbookId = db::toUuid(q->value(0));
        hit.at = db::toDateTime(q->value(1));
        const Snippet snippet =
            snippetOf(query, {q->value(2).toString(), q->value(3).toString(), q->value(4).toString()});
        hit.snippet = snippet.text;
        hit.matches = snippet.matches;
        hits.append(hit);
    }
    q->finish();
    if (hits.size() >= limit)
        return hits;

    q = &run(LogEntries, match, limit - hits.size());
    while (q->next()) {
        SearchHit hit;
        hit.kind = SearchHitKind::LogEntry;
        hit.entryId = db::toUuid(q->value(0));
        hit.at = db::toDateTime(q->value(1));
        hit.incidentId = db::toUuid(q->value(3));
        hit.incidentNumber = q->value(4).toInt();
        const Snippet snippet = snippetOf(query, {q->value(2).toString()});
        hit.snippet = snippet.text;
        hit.matches = snippet.matches;
        hits.append(hit);
    }
    q->finish();
    return hits;
}

} // namespace hindsight
