// What users type into a search box (and the text that gets indexed), read by searchtext.
#include "fuzztargets.h"
#include "text/searchtext.h"

#include <sqlite3.h>

namespace hindsight::fuzz {

namespace {

/// An empty FTS5 table made like the store's search tables, to check that every expression is valid FTS5.
sqlite3_stmt *matchStatement()
{
    static sqlite3_stmt *statement = [] {
        sqlite3 *db = nullptr;
        check(sqlite3_open(":memory:", &db) == SQLITE_OK, "an in-memory database opens");
        const QByteArray create = QByteArrayLiteral("CREATE VIRTUAL TABLE search USING fts5 (words, chars, tokenize = "
                                                    "\"ascii tokenchars '") +
                                  QByteArray(searchtext::IndexTokenChars).replace('\'', "''") +
                                  QByteArrayLiteral("'\"); INSERT INTO search VALUES ('alb-1 alb 1', '障');");
        check(sqlite3_exec(db, create.constData(), nullptr, nullptr, nullptr) == SQLITE_OK, "the FTS5 table is made");
        sqlite3_stmt *prepared = nullptr;
        check(sqlite3_prepare_v2(db, "SELECT count(*) FROM search WHERE search MATCH ?", -1, &prepared, nullptr) ==
                  SQLITE_OK,
              "the MATCH statement prepares");
        return prepared;
    }();
    return statement;
}

} // namespace

void translateSearchQuery(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    const SearchQuery query(text);
    if (!query.isEmpty()) {
        const QByteArray expression = query.matchExpression().toUtf8();
        check(!expression.isEmpty(), "a query with words has an expression");
        sqlite3_stmt *statement = matchStatement();
        sqlite3_bind_text(statement, 1, expression.constData(), int(expression.size()), SQLITE_TRANSIENT);
        const int result = sqlite3_step(statement);
        if (result != SQLITE_ROW) {
            std::fprintf(stderr, "fuzz: FTS5 refused %s: %s\n", expression.constData(),
                         sqlite3_errmsg(sqlite3_db_handle(statement)));
        }
        check(result == SQLITE_ROW, "FTS5 accepts every expression (nothing typed is FTS5 syntax)");
        sqlite3_reset(statement);
    }
    // Highlighting the query in its own text: ranges inside the text, in order, without overlaps.
    int end = 0;
    for (const TextRange &range : query.matchesIn(text)) {
        check(range.start >= end && range.length >= 0 && range.start + range.length <= text.size(),
              "matches are inside the text, in order and apart");
        end = range.start + range.length;
    }
    (void)searchtext::indexWords({text});
    (void)searchtext::indexChars({text});
}

} // namespace hindsight::fuzz

HINDSIGHT_FUZZ_TARGET(hindsight::fuzz::translateSearchQuery)
