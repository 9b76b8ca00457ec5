// Opening a store: creation and migration from an empty file, the connection's settings, and the files it must
// refuse without changing a byte.
#include "store/schema.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

namespace {

/// Runs statements on a file with plain QSQLITE, as another program would.
void runSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("setup-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : statements)
            QVERIFY2(q.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QVariant pragma(Store &store, const QString &name)
{
    QSqlQuery q = store.exec(QStringLiteral("PRAGMA ") + name);
    return q.next() ? q.value(0) : QVariant();
}

} // namespace

class TestStoreOpen : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void createsAndMigratesAnEmptyFile();
    void reopeningKeepsData();
    void migratesAnEmptySqliteFile();
    void createsMissingFolders();
    void connectionSettings();
    void storeFileIsPrivate();
    void refuses_data();
    void refuses();
};

void TestStoreOpen::createsAndMigratesAnEmptyFile()
{
    test::TemporaryStore temp;
    QCOMPARE(pragma(temp.store(), QStringLiteral("application_id")).toInt(), Store::ApplicationId);
    QCOMPARE(pragma(temp.store(), QStringLiteral("user_version")).toInt(), Store::schemaVersion());
    QCOMPARE(Store::schemaVersion(), migrations().back().version);

    QStringList tables;
    QSqlQuery q =
        temp.store().exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (q.next())
        tables << q.value(0).toString();
    const QStringList expected{
        QStringLiteral("action_item"),         QStringLiteral("incident"),           QStringLiteral("incident_link"),
        QStringLiteral("incident_occurrence"), QStringLiteral("incident_person"),    QStringLiteral("incident_product"),
        QStringLiteral("log_entry"),           QStringLiteral("log_entry_revision"), QStringLiteral("playbook"),
        QStringLiteral("playbook_source"),     QStringLiteral("playbook_tag"),       QStringLiteral("postmortem"),
        QStringLiteral("postmortem_attendee")};
    for (const QString &table : expected)
        QVERIFY2(tables.contains(table), qPrintable(table));
    QCOMPARE(test::integrityCheck(temp.path()), QStringLiteral("ok"));
}

void TestStoreOpen::reopeningKeepsData()
{
    test::TemporaryStore temp;
    temp.store().exec(
        QStringLiteral("INSERT INTO playbook (id, title, created_at, updated_at) VALUES ('p', 't', 0, 0)"));
    temp.close();
    temp.reopen();
    QSqlQuery q = temp.store().exec(QStringLiteral("SELECT count(*) FROM playbook"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(pragma(temp.store(), QStringLiteral("user_version")).toInt(), Store::schemaVersion());
}

void TestStoreOpen::migratesAnEmptySqliteFile()
{
    // A database some tool created but never wrote to is adopted, like a missing file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    runSql(path, {QStringLiteral("PRAGMA user_version")});
    auto store = Store::open(path);
    QCOMPARE(pragma(*store, QStringLiteral("user_version")).toInt(), Store::schemaVersion());
}

void TestStoreOpen::createsMissingFolders()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/c/store.sqlite"));
    auto store = Store::open(path);
    QVERIFY(QFile::exists(path));
    QCOMPARE(store->path(), path);
}

void TestStoreOpen::connectionSettings()
{
    test::TemporaryStore temp;
    QCOMPARE(pragma(temp.store(), QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(temp.store(), QStringLiteral("synchronous")).toInt(), 2); // FULL
    QCOMPARE(pragma(temp.store(), QStringLiteral("foreign_keys")).toInt(), 1);
    QVERIFY(pragma(temp.store(), QStringLiteral("busy_timeout")).toInt() >= 1000);
}

void TestStoreOpen::storeFileIsPrivate()
{
    test::TemporaryStore temp;
    const QFileDevice::Permissions permissions = QFile::permissions(temp.path());
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(permissions & QFileDevice::WriteOwner);
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

void TestStoreOpen::refuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedReason");

    QTest::newRow("text file") << "text"
                               << "not an SQLite database";
    QTest::newRow("short binary") << "binary"
                                  << "not an SQLite database";
    QTest::newRow("another program's database") << "foreign"
                                                << "another program";
    QTest::newRow("another program's empty database") << "foreign-id"
                                                      << "another program";
    QTest::newRow("newer Hindsight store") << "newer"
                                           << "newer version of Hindsight";
    QTest::newRow("folder") << "folder"
                            << "is a folder";
}

void TestStoreOpen::refuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedReason);

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("store.sqlite"));
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Postmortem notes\n\nThis is a Markdown file, not a database.\n");
    } else if (kind == QLatin1String("binary")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));
    } else if (kind == QLatin1String("foreign")) {
        runSql(path, {QStringLiteral("CREATE TABLE bookmarks (url TEXT)"),
                      QStringLiteral("INSERT INTO bookmarks VALUES ('https://example.com')")});
    } else if (kind == QLatin1String("foreign-id")) {
        runSql(path, {QStringLiteral("PRAGMA application_id = 1234")});
    } else if (kind == QLatin1String("newer")) {
        {
            auto store = Store::open(path);
        }
        runSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(Store::schemaVersion() + 1)});
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
        path = dir.filePath(QStringLiteral("folder"));
    }

    const QByteArray before = test::fileDigest(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    try {
        auto store = Store::open(path);
        QFAIL("the store was opened");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Refused);
        QVERIFY2(error.message().contains(expectedReason), qPrintable(error.message()));
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
    }
    QCOMPARE(test::fileDigest(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "tst_storeopen.moc"
