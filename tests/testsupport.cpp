#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <map>

namespace hindsight::test {

TemporaryStore::TemporaryStore()
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
    m_store = Store::open(path());
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

void downgradeSchema(Store &store, int version)
{
    QVERIFY2(version >= 3, "downgradeSchema undoes versions 4 and later only");
    // The inverse of each migration in core/store/schema.cpp, by the version it made.
    const std::map<int, QStringList> inverses = {
        {4,
         {QStringLiteral("DROP INDEX action_item_by_number"),
          QStringLiteral("ALTER TABLE action_item DROP COLUMN number"), QStringLiteral("DROP TABLE issued_number")}},
        {5, {QStringLiteral("DROP TABLE publish_target"), QStringLiteral("DROP TABLE setting")}},
        {6,
         {QStringLiteral("ALTER TABLE postmortem DROP COLUMN approved_at"),
          QStringLiteral("DELETE FROM issued_number WHERE name = 'playbook'"),
          QStringLiteral("DROP INDEX playbook_by_number"), QStringLiteral("ALTER TABLE playbook DROP COLUMN number")}},
        {7, {QStringLiteral("DROP INDEX incident_open_first")}},
    };
    QCOMPARE(inverses.rbegin()->first, Store::schemaVersion());
    for (auto it = inverses.rbegin(); it != inverses.rend() && it->first > version; ++it) {
        for (const QString &statement : it->second)
            store.exec(statement);
    }
    store.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

QString integrityCheck(const QString &path)
{
    const QString name = QStringLiteral("integrity-") + QUuid::createUuid().toString();
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace hindsight::test
