#pragma once

#include "databasefiles.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace hindsight {

/// A connection of its own to an SQLite file, outside Store: for copying and checking files that Store::open() would
/// migrate or refuse. It changes nothing by opening; it is closed and removed when destroyed.
class SqliteFile
{
public:
    enum class Access
    {
        ReadWrite,
        /// SQLite opens the file read-only (SQLITE_OPEN_READONLY): nothing, not even a journal, is written.
        ReadOnly,
    };
    explicit SqliteFile(const QString &path, Access access = Access::ReadWrite);
    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    /// Whether the file starts with SQLite's header, read without SQLite, so that a file that is not a database is
    /// known before SQLite touches it. An empty file has none. A file that a connection of this process has open is
    /// not read (databasefiles::readPrefix()): it was checked when it was opened, and counts as having one.
    static bool hasSqliteHeader(const QString &path);

    /// Opens the connection; false with errorText() set when SQLite cannot.
    bool open();
    QSqlDatabase database() const { return m_db; }
    QString errorText() const { return m_error; }

    /// Runs `sql` and returns the first column of each row; false with errorText() set when SQLite fails.
    bool rows(const QString &sql, QStringList *result);
    /// The first column of the first row of `sql`, or an invalid QVariant with errorText() set.
    QVariant value(const QString &sql);
    /// Runs `sql`, ignoring what it returns; false with errorText() set when SQLite fails.
    bool exec(const QString &sql);

private:
    QString m_path;
    QString m_connectionName;
    std::unique_ptr<databasefiles::Registration> m_registration;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace hindsight
