#pragma once

#include <QSqlDatabase>

namespace hindsight {

/// Adds the SQL functions that keep the search index in step, `hindsight_search_words(text, ...)` and
/// `hindsight_search_chars(text, ...)` (see searchtext.h), to an open QSQLITE connection. The triggers of schema
/// version 3 call them on every write to incidents, log entries and playbooks, so every connection that writes to a
/// store needs them: a connection without them (the sqlite3 shell, say) can read a store but not change those rows.
/// Returns false when `db` is not an open QSQLITE connection or SQLite refused.
bool registerSearchFunctions(const QSqlDatabase &db);

} // namespace hindsight
