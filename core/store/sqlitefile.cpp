#include "sqlitefile.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>

namespace hindsight {

namespace {

constexpr int BusyTimeoutMs = 10000;

} // namespace

SqliteFile::SqliteFile(const QString &path, Access access)
    : m_path(path)
{
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("hindsight-file-%1").arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
}

SqliteFile::~SqliteFile()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_registration.reset();
}

bool SqliteFile::hasSqliteHeader(const QString &path)
{
    QByteArray header;
    switch (databasefiles::readPrefix(path, 16, &header)) {
    case databasefiles::Prefix::OpenHere:
        return true;
    case databasefiles::Prefix::Unreadable:
        return false;
    case databasefiles::Prefix::Read:
        break;
    }
    return header == QByteArray("SQLite format 3\0", 16);
}

bool SqliteFile::open()
{
    if (!m_registration)
        m_registration = std::make_unique<databasefiles::Registration>(m_path);
    if (m_db.open())
        return true;
    m_error = m_db.lastError().text().trimmed();
    return false;
}

bool SqliteFile::rows(const QString &sql, QStringList *result)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        m_error = query.lastError().databaseText().trimmed();
        if (m_error.isEmpty())
            m_error = query.lastError().text().trimmed();
        return false;
    }
    while (query.next()) {
        if (result)
            result->append(query.value(0).toString());
    }
    return true;
}

QVariant SqliteFile::value(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql) || !query.next()) {
        m_error = query.lastError().databaseText().trimmed();
        if (m_error.isEmpty())
            m_error = query.lastError().text().trimmed();
        return {};
    }
    return query.value(0);
}

bool SqliteFile::exec(const QString &sql)
{
    return rows(sql, nullptr);
}

} // namespace hindsight
