#include "searchfunctions.h"

#include "sqlitehandle.h"
#include "text/searchtext.h"

#include <QStringList>
#include <QVariant>

#include <new>
#include <utility>

namespace hindsight {

namespace {

using IndexFunction = QString (*)(const QStringList &);

template<IndexFunction index>
void callIndexFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    // Exceptions must not unwind through SQLite's C frames.
    try {
        QStringList fields;
        fields.reserve(argc);
        for (int i = 0; i < argc; ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
            fields.append(text ? QString::fromUtf8(text, sqlite3_value_bytes(argv[i])) : QString());
        }
        const QByteArray result = index(fields).toUtf8();
        sqlite3_result_text64(context, result.constData(), sqlite3_uint64(result.size()), SQLITE_TRANSIENT,
                              SQLITE_UTF8);
    } catch (const std::bad_alloc &) {
        sqlite3_result_error_nomem(context);
    } catch (...) {
        sqlite3_result_error(context, "hindsight search: could not index the text", -1);
    }
}

} // namespace

bool registerSearchFunctions(const QSqlDatabase &db)
{
    sqlite3 *connection = sqliteHandle(db);
    if (!connection)
        return false;

    // Deterministic and innocuous: the same text always gives the same tokens, and they touch nothing else, so
    // SQLite lets triggers call them even with trusted_schema off.
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    using SqlFunction = void (*)(sqlite3_context *, int, sqlite3_value **);
    const std::pair<const char *, SqlFunction> functions[] = {
        {"hindsight_search_words", &callIndexFunction<&searchtext::indexWords>},
        {"hindsight_search_chars", &callIndexFunction<&searchtext::indexChars>},
    };
    for (const auto &[name, function] : functions) {
        if (sqlite3_create_function_v2(connection, name, -1, flags, nullptr, function, nullptr, nullptr, nullptr) !=
            SQLITE_OK)
            return false;
    }
    return true;
}

} // namespace hindsight
