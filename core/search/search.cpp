#include "search.h"

#include "store/searchindex.h"

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
    : m_index(std::make_unique<SearchIndex>(store))
{}

Search::~Search() = default;

QList<SearchHit> Search::find(const QString &text, int limit) const
{
    return find(SearchQuery(text), limit);
}

// Order: incidents, then playbooks, then log entries, each newest first (see SearchIndex: nothing ranks or sorts
// every match, so a page costs the same however common a word is). Whole records (incidents, playbooks) come first
// because they are fewer and summarise what the log entries detail.
QList<SearchHit> Search::find(const SearchQuery &query, int limit) const
{
    QList<SearchHit> hits;
    if (query.isEmpty() || limit <= 0)
        return hits;
    const QString match = query.matchExpression();
    const auto add = [&](SearchHitKind kind, const QList<SearchIndex::Match> &matches) {
        for (const SearchIndex::Match &found : matches) {
            SearchHit hit;
            hit.kind = kind;
            hit.incidentId = found.incidentId;
            hit.incidentNumber = found.incidentNumber;
            if (kind == SearchHitKind::Playbook)
                hit.playbookId = found.id;
            else if (kind == SearchHitKind::LogEntry)
                hit.entryId = found.id;
            hit.at = found.at;
            const Snippet snippet = snippetOf(query, found.fields);
            hit.snippet = snippet.text;
            hit.matches = snippet.matches;
            hits.append(hit);
        }
    };
    add(SearchHitKind::Incident, m_index->incidents(match, limit));
    if (hits.size() < limit)
        add(SearchHitKind::Playbook, m_index->playbooks(match, limit - hits.size()));
    if (hits.size() < limit)
        add(SearchHitKind::LogEntry, m_index->logEntries(match, limit - hits.size()));
    return hits;
}

} // namespace hindsight
