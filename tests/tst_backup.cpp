// Backup, restore, integrity check and the archive of every incident: in core, and as the CLI runs them.
#include "postmortem/incidentarchive.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/redactor.h"
#include "postmortem/templatelibrary.h"
#include "store/incidentstore.h"
#include "store/integritycheck.h"
#include "store/investigationlog.h"
#include "store/store.h"
#include "store/storebackup.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

Incident addIncident(Store &store, const QString &title, Severity severity = Severity::High)
{
    Incident draft;
    draft.title = title;
    draft.severity = severity;
    draft.timeZone = u"UTC"_s;
    draft.detectedAt = QDateTime(QDate(2026, 11, 23), QTime(13, 0), Qt::UTC);
    return IncidentStore(store).create(draft);
}

LogEntry addEntry(Store &store, const Incident &incident, const QString &body, const QList<Attachment> &files = {})
{
    LogEntry entry;
    entry.incidentId = incident.id;
    entry.body = body;
    entry.at = QDateTime(QDate(2026, 11, 23), QTime(13, 5), Qt::UTC);
    return InvestigationLog(store).append(entry, files);
}

/// Runs `body` with a plain QSQLITE connection to `path`.
template<typename Body>
void withConnection(const QString &path, Body body)
{
    const QString name = u"tst-backup-"_s + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// Every row of every table, with the store's version and application id: what a copy must hold to equal `path`.
QStringList contentOf(const QString &path)
{
    QStringList content;
    withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        for (const char *pragma : {"application_id", "user_version"}) {
            q.exec(u"PRAGMA "_s + QLatin1String(pragma));
            content << QLatin1String(pragma) + u' ' + (q.next() ? q.value(0).toString() : QString());
        }
        QStringList tables;
        q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
        while (q.next())
            tables << q.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            QStringList rows;
            QSqlQuery r(db);
            r.exec(u"SELECT * FROM \""_s + table + u'"');
            while (r.next()) {
                QStringList fields;
                for (int i = 0; i < r.record().count(); ++i) {
                    const QVariant v = r.value(i);
                    fields << (v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                                   : v.toString());
                }
                rows << fields.join(u'|');
            }
            rows.sort();
            content << table << rows;
        }
    });
    return content;
}

int countOf(const QString &path, const QString &sql)
{
    int count = -1;
    withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            count = q.value(0).toInt();
    });
    return count;
}

void execOn(const QString &path, const QStringList &statements)
{
    withConnection(path, [&](QSqlDatabase &db) {
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement), qPrintable(statement));
        }
    });
}

/// Overwrites the root page of `table` in the SQLite file at `path` with garbage.
void corruptTable(const QString &path, const QString &table)
{
    int page = 0;
    int pageSize = 0;
    withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = '"_s + table + u'\''));
        QVERIFY(q.next());
        page = q.value(0).toInt();
        QVERIFY(q.exec(u"PRAGMA page_size"_s));
        QVERIFY(q.next());
        pageSize = q.value(0).toInt();
    });
    QVERIFY(page > 1 && pageSize > 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(qint64(page - 1) * pageSize));
    QCOMPARE(file.write(QByteArray(pageSize, '\x5A')), qint64(pageSize));
}

/// The names in a folder, to show that nothing was added or removed.
QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

QByteArray pngBytes()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPgPAAEDAQAIicLsAAAAAElFTkSuQmCC");
}

using Run = test::CliRun;

Run runHindsight(const QString &db, const QStringList &arguments)
{
    return test::runCli(QStringList{u"--db"_s, db} + arguments, QProcessEnvironment::systemEnvironment());
}

} // namespace

class TestBackup : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void backupWhileAnotherConnectionWrites();
    void backupReplacesOnlyAnEarlierBackup();
    void restoreRefuses_data();
    void restoreRefuses();
    void restoreKeepsThePreviousStoreAndIsSeenByOpenConnections();
    void restoreBringsAnOlderBackupUpToDate();
    void checkReportsASoundStore();
    void checkReportsDamage_data();
    void checkReportsDamage();
    void migrationKeepsACopyOfTheOlderStore();
    void newAndCurrentStoresGetNoMigrationCopy();
    void archiveWritesEveryIncident();
    void archiveAddsTheLogWhenTheTemplateLeavesItOut();
    void archiveRefusesANonEmptyFolder();
    void cliCommands();
};

void TestBackup::backupWhileAnotherConnectionWrites()
{
    test::TemporaryStore temp;
    const Incident incident = addIncident(temp.store(), u"Checkout API 5xx"_s);
    const QString storePath = temp.path();

    // The writer adds entries two by two, each pair in one transaction: a torn copy would hold an odd number.
    std::atomic<bool> stop = false;
    std::atomic<int> pairsWritten = 0;
    std::atomic<bool> started = false;
    QString writerError;
    std::thread writer([&] {
        try {
            auto store = Store::open(storePath);
            InvestigationLog log(*store);
            while (!stop) {
                Store::WriteTransaction transaction(*store);
                for (int i = 0; i < 2; ++i) {
                    LogEntry entry;
                    entry.incidentId = incident.id;
                    entry.body = u"pair %1 entry %2 "_s.arg(pairsWritten.load()).arg(i) + QString(200, u'x');
                    log.append(entry);
                }
                transaction.commit();
                ++pairsWritten;
                started = true;
            }
        } catch (const StoreError &error) {
            writerError = error.message();
            started = true;
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(started, 60000);

    QTemporaryDir backups;
    for (int round = 0; round < 5; ++round) {
        const int before = pairsWritten;
        const QString file = backups.filePath(u"backup-%1.sqlite"_s.arg(round));
        StoreBackup::write(temp.store(), file);
        const int after = pairsWritten;

        const IntegrityReport report = IntegrityCheck::run(file);
        QVERIFY2(report.isOk(), qPrintable(report.text()));
        const int entries = countOf(file, u"SELECT count(*) FROM log_entry"_s);
        QCOMPARE(entries % 2, 0);
        QVERIFY(entries / 2 >= before);
        QVERIFY(entries / 2 <= after + 1);
        QCOMPARE(countOf(file, u"SELECT count(*) FROM search_log_entry"_s), entries);
        // One file, no journal beside it.
        QCOMPARE(listing(backups.path()).filter(u"backup-%1"_s.arg(round)),
                 QStringList{u"backup-%1.sqlite"_s.arg(round)});
    }
    stop = true;
    writer.join();
    QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
    QVERIFY(pairsWritten > 0);
}

void TestBackup::backupReplacesOnlyAnEarlierBackup()
{
    test::TemporaryStore temp;
    addIncident(temp.store(), u"First"_s);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"backup.sqlite"_s);
    StoreBackup::write(temp.store(), file);
    addIncident(temp.store(), u"Second"_s);
    StoreBackup::write(temp.store(), file);
    QCOMPARE(countOf(file, u"SELECT count(*) FROM incident"_s), 2);

    const QString other = dir.filePath(u"notes.txt"_s);
    {
        QFile notes(other);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("my notes\n");
    }
    const QByteArray digest = test::fileDigest(other);
    try {
        StoreBackup::write(temp.store(), other);
        QFAIL("a file that is not a backup was replaced");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Refused);
        QVERIFY2(error.message().contains(u"not a Hindsight backup"_s), qPrintable(error.message()));
    }
    QCOMPARE(test::fileDigest(other), digest);

    try {
        StoreBackup::write(temp.store(), temp.path());
        QFAIL("the store was backed up over itself");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().contains(u"the store itself"_s), qPrintable(error.message()));
    }
}

void TestBackup::restoreRefuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not SQLite") << u"text"_s << u"not an SQLite database at all"_s;
    QTest::newRow("empty file") << u"empty"_s << u"not an SQLite database at all"_s;
    QTest::newRow("another program's") << u"foreign"_s << u"another program"_s;
    QTest::newRow("newer Hindsight") << u"newer"_s << u"newer version of Hindsight"_s;
    QTest::newRow("corrupt") << u"corrupt"_s << u"damaged"_s;
}

void TestBackup::restoreRefuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);

    test::TemporaryStore temp;
    addIncident(temp.store(), u"Keep me"_s);
    QTemporaryDir dir;
    const QString candidate = dir.filePath(u"candidate.sqlite"_s);
    if (kind == u"text"_s || kind == u"empty"_s) {
        QFile file(candidate);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == u"text"_s)
            file.write(QByteArray("# Postmortem\n").repeated(20));
    } else if (kind == u"foreign"_s) {
        execOn(candidate, {u"CREATE TABLE notes (body TEXT)"_s, u"INSERT INTO notes VALUES ('hello')"_s,
                           u"PRAGMA application_id = 1234"_s});
    } else {
        StoreBackup::write(temp.store(), candidate);
        if (kind == u"newer"_s)
            execOn(candidate, {u"PRAGMA user_version = %1"_s.arg(Store::schemaVersion() + 1)});
        else
            corruptTable(candidate, u"incident"_s);
    }

    temp.close();
    const QByteArray storeDigest = test::fileDigest(temp.path());
    const QStringList storeFolder = listing(temp.dir());
    const QByteArray candidateDigest = test::fileDigest(candidate);
    try {
        StoreBackup::restore(temp.path(), candidate);
        QFAIL("the file was restored");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Refused);
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QDir::toNativeSeparators(candidate)), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"Nothing was changed"_s), qPrintable(error.message()));
    }
    QCOMPARE(test::fileDigest(temp.path()), storeDigest);
    QCOMPARE(listing(temp.dir()), storeFolder);
    QCOMPARE(test::fileDigest(candidate), candidateDigest);
}

void TestBackup::restoreKeepsThePreviousStoreAndIsSeenByOpenConnections()
{
    test::TemporaryStore temp;
    const Incident kept = addIncident(temp.store(), u"In the backup"_s);
    addEntry(temp.store(), kept, u"pool max=10"_s,
             {Attachment{{}, {}, u"graph.png"_s, u"image/png"_s, pngBytes(), {}}});
    QTemporaryDir dir;
    const QString backup = dir.filePath(u"backup.sqlite"_s);
    StoreBackup::write(temp.store(), backup);
    const QStringList backedUp = contentOf(backup);
    addIncident(temp.store(), u"After the backup"_s);

    // temp.store() stays open, as the window's connection would.
    const RestoreResult result = StoreBackup::restore(temp.path(), backup);
    QCOMPARE(result.restored.incidentCount, 1);
    QVERIFY(QFileInfo(result.previousStore).fileName().startsWith(u"store.sqlite.before-restore-"_s));
    QCOMPARE(QFileInfo(result.previousStore).absolutePath(), QFileInfo(temp.path()).absolutePath());
    QCOMPARE(countOf(result.previousStore, u"SELECT count(*) FROM incident WHERE title = 'After the backup'"_s), 1);

    QList<Incident> incidents = IncidentStore(temp.store()).list();
    QCOMPARE(incidents.size(), 1);
    QCOMPARE(incidents.constFirst().title, u"In the backup"_s);
    QCOMPARE(InvestigationLog(temp.store()).attachments(kept.id).constFirst().data, pngBytes());
    // The open connection keeps working on the restored content, search index included.
    addEntry(temp.store(), kept, u"written after the restore"_s);
    temp.close();
    QCOMPARE(test::integrityCheck(temp.path()), u"ok"_s);
    const IntegrityReport report = IntegrityCheck::run(temp.path());
    QVERIFY2(report.isOk(), qPrintable(report.text()));
    QCOMPARE(countOf(temp.path(), u"SELECT count(*) FROM log_entry"_s), 2);

    // Restoring the same backup again gives back exactly what was backed up.
    temp.reopen();
    StoreBackup::restore(temp.path(), backup);
    temp.close();
    QCOMPARE(contentOf(temp.path()), backedUp);
}

void TestBackup::restoreBringsAnOlderBackupUpToDate()
{
    test::TemporaryStore old;
    addIncident(old.store(), u"From an older Hindsight"_s);
    test::downgradeSchema(old.store(), 4);
    old.close();

    test::TemporaryStore temp;
    const RestoreResult result = StoreBackup::restore(temp.path(), old.path());
    QCOMPARE(result.restored.schemaVersion, 4);
    QCOMPARE(IncidentStore(temp.store()).list().constFirst().title, u"From an older Hindsight"_s);
    temp.close();
    QCOMPARE(countOf(temp.path(), u"PRAGMA user_version"_s), Store::schemaVersion());
}

void TestBackup::checkReportsASoundStore()
{
    test::TemporaryStore temp;
    addEntry(temp.store(), addIncident(temp.store(), u"Checkout"_s), u"finding"_s);
    const IntegrityReport report = IntegrityCheck::run(temp.path());
    QVERIFY2(report.isOk(), qPrintable(report.text()));
    QCOMPARE(report.text(), u"Checked %1:\n"
                            "- Hindsight store, version %2: ok\n"
                            "- SQLite integrity check: ok\n"
                            "- Foreign keys: ok\n"
                            "- Search index search_incident: ok\n"
                            "- Search index search_log_entry: ok\n"
                            "- Search index search_playbook: ok\n"
                            "The store is sound.\n"_s.arg(QDir::toNativeSeparators(temp.path()))
                                .arg(Store::schemaVersion()));
}

void TestBackup::checkReportsDamage_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("part");
    QTest::newRow("a corrupt page") << u"page"_s << u"SQLite integrity check"_s;
    QTest::newRow("an orphaned log entry") << u"foreign key"_s << u"Foreign keys"_s;
    QTest::newRow("a search index out of step") << u"search"_s << u"Search index search_log_entry"_s;
}

void TestBackup::checkReportsDamage()
{
    QFETCH(QString, damage);
    QFETCH(QString, part);
    test::TemporaryStore temp;
    for (int i = 0; i < 50; ++i)
        addEntry(temp.store(), addIncident(temp.store(), u"Incident %1"_s.arg(i)), u"entry %1"_s.arg(i));
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"copy.sqlite"_s);
    StoreBackup::write(temp.store(), copy);
    if (damage == u"page"_s)
        corruptTable(copy, u"log_entry"_s);
    else if (damage == u"foreign key"_s)
        execOn(copy, {u"PRAGMA foreign_keys = OFF"_s, u"DELETE FROM incident WHERE number = 3"_s});
    else
        execOn(copy, {u"DELETE FROM search_log_entry_content WHERE id = (SELECT min(id) FROM "
                      "search_log_entry_content)"_s});

    const IntegrityReport report = IntegrityCheck::run(copy);
    QVERIFY(!report.isOk());
    QStringList damaged;
    for (const IntegrityReport::Part &checked : report.parts) {
        if (!checked.problems.isEmpty())
            damaged << checked.name;
    }
    // A corrupt page may also stop the other checks from reading the table; damage that SQLite can read is
    // reported by the one check that looks for it.
    if (damage == u"page"_s)
        QVERIFY2(damaged.contains(part), qPrintable(report.text()));
    else
        QCOMPARE(damaged, QStringList{part});
    QVERIFY2(!report.text().contains(u"- "_s + part + u": ok"_s), qPrintable(report.text()));
    QVERIFY(report.text().endsWith(u"The store is damaged. Keep a copy of the file as it is, then restore the latest "
                                   "good backup.\n"_s));
    if (damage == u"foreign key"_s)
        QVERIFY2(report.text().contains(u"refers to a missing row of incident"_s), qPrintable(report.text()));
}

void TestBackup::migrationKeepsACopyOfTheOlderStore()
{
    test::TemporaryStore temp;
    const Incident incident = addIncident(temp.store(), u"Written by version 4"_s);
    addEntry(temp.store(), incident, u"an entry"_s);
    test::downgradeSchema(temp.store(), 4);
    temp.close();
    const QStringList before = contentOf(temp.path());
    QVERIFY(before.contains(u"user_version 4"_s));

    temp.reopen();
    const QString copy = StoreBackup::beforeMigrationPath(temp.path(), Store::schemaVersion());
    QCOMPARE(QFileInfo(copy).fileName(), u"store.sqlite.before-v%1"_s.arg(Store::schemaVersion()));
    QVERIFY(QFileInfo::exists(copy));
    QCOMPARE(contentOf(copy), before);
    QCOMPARE(test::integrityCheck(copy), u"ok"_s);
    QCOMPARE(QFile::permissions(copy) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    // The store itself was migrated.
    temp.close();
    QCOMPARE(countOf(temp.path(), u"PRAGMA user_version"_s), Store::schemaVersion());

    // A second migration from an older version keeps the first copy and adds one.
    temp.reopen();
    test::downgradeSchema(temp.store(), 5);
    temp.close();
    temp.reopen();
    QCOMPARE(contentOf(copy), before);
    QCOMPARE(listing(temp.dir()).filter(u".before-v"_s).size(), 2);
}

void TestBackup::newAndCurrentStoresGetNoMigrationCopy()
{
    test::TemporaryStore temp;
    addIncident(temp.store(), u"Current"_s);
    temp.close();
    temp.reopen();
    QCOMPARE(listing(temp.dir()).filter(u"before"_s), QStringList());
}

void TestBackup::archiveWritesEveryIncident()
{
    test::TemporaryStore temp;
    const Incident first = addIncident(temp.store(), u"Checkout API: 5xx > 2%?"_s);
    addEntry(temp.store(), first, u"token ghp_abcdefghijklmnopqrstuvwxyz0123456789 leaked"_s,
             {Attachment{{}, {}, u"graph.png"_s, u"image/png"_s, pngBytes(), {}}});
    addIncident(temp.store(), u"決済の障害"_s, Severity::Low);

    QTemporaryDir dir;
    const QString folder = dir.filePath(u"archive"_s);
    const TemplateLibrary templates = TemplateLibrary::builtIn();
    const ArchiveResult result =
        IncidentArchive::write(temp.store(), folder, DocumentLanguage::English, templates, Redactor());
    QCOMPARE(result.incidentCount, 2);
    QCOMPARE(result.attachmentCount, 1);
    QCOMPARE(result.maskedSecrets, 1);

    QCOMPARE(listing(folder), (QStringList{u"0001-checkout-api-5xx-2"_s, u"0002"_s, u"index.md"_s}));
    QCOMPARE(listing(folder + u"/0001-checkout-api-5xx-2"_s), (QStringList{u"postmortem.md"_s, u"postmortem_files"_s}));
    QCOMPARE(listing(folder + u"/0002"_s), QStringList{u"postmortem.md"_s});

    QFile index(folder + u"/index.md"_s);
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(
        QString::fromUtf8(index.readAll()),
        u"# Incidents\n\n"
        "- [Incident 1: Checkout API: 5xx \\> 2%?](<0001-checkout-api-5xx-2/postmortem.md>): High, 2026/11/23 13:00\n"
        "- [Incident 2: 決済の障害](<0002/postmortem.md>): Low, 2026/11/23 13:00\n"_s);

    PostmortemSource source = PostmortemSource::load(temp.store(), 1);
    source.redact(Redactor());
    QFile document(folder + u"/0001-checkout-api-5xx-2/postmortem.md"_s);
    QVERIFY(document.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(document.readAll());
    QCOMPARE(written, PostmortemDocument::markdown(source, DocumentLanguage::English, templates,
                                                   {AttachmentLinks::Folder, u"postmortem_files"_s}));
    QVERIFY(!written.contains(u"ghp_"_s));
    QVERIFY(written.contains(u"postmortem_files/graph.png"_s));
    QFile attachment(folder + u"/0001-checkout-api-5xx-2/postmortem_files/graph.png"_s);
    QVERIFY(attachment.open(QIODevice::ReadOnly));
    QCOMPARE(attachment.readAll(), pngBytes());
}

void TestBackup::archiveAddsTheLogWhenTheTemplateLeavesItOut()
{
    test::TemporaryStore temp;
    const Incident incident = addIncident(temp.store(), u"Checkout"_s);
    addEntry(temp.store(), incident, u"pool max=10"_s);
    QTemporaryDir overrides;
    {
        QFile custom(overrides.filePath(TemplateLibrary::fileName(DocumentLanguage::English)));
        QVERIFY(custom.open(QIODevice::WriteOnly));
        custom.write("# {{{title}}}\n\n# Root cause\n{{{rootCause}}}\n");
    }
    const TemplateLibrary templates(overrides.path());
    QVERIFY(templates.isOverridden(DocumentLanguage::English));

    QTemporaryDir dir;
    IncidentArchive::write(temp.store(), dir.path(), DocumentLanguage::English, templates, Redactor(), true);
    QCOMPARE(listing(dir.path() + u"/0001-checkout"_s), (QStringList{u"investigation-log.md"_s, u"postmortem.md"_s}));
    QFile log(dir.path() + u"/0001-checkout/investigation-log.md"_s);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(log.readAll()), u"# Incident 1: Checkout\n\n## Investigation log\n\n"
                                               "- 2026/11/23 13:05 Note: pool max=10\n"_s);

    // With the built-in template, which shows the log, there is no separate file.
    QTemporaryDir builtIn;
    IncidentArchive::write(temp.store(), builtIn.path(), DocumentLanguage::English, TemplateLibrary::builtIn(),
                           Redactor(), true);
    QCOMPARE(listing(builtIn.path() + u"/0001-checkout"_s), QStringList{u"postmortem.md"_s});
}

void TestBackup::archiveRefusesANonEmptyFolder()
{
    test::TemporaryStore temp;
    addIncident(temp.store(), u"Checkout"_s);
    QTemporaryDir dir;
    {
        QFile mine(dir.filePath(u"index.md"_s));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("my own index\n");
    }
    const QByteArray digest = test::fileDigest(dir.filePath(u"index.md"_s));
    try {
        IncidentArchive::write(temp.store(), dir.path(), DocumentLanguage::English, TemplateLibrary::builtIn(),
                               Redactor());
        QFAIL("a non-empty folder was written to");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Invalid);
        QVERIFY2(error.message().contains(u"is not empty: nothing was written"_s), qPrintable(error.message()));
    }
    QCOMPARE(listing(dir.path()), QStringList{u"index.md"_s});
    QCOMPARE(test::fileDigest(dir.filePath(u"index.md"_s)), digest);
}

void TestBackup::cliCommands()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"store.sqlite"_s);
    {
        auto store = Store::open(db);
        addEntry(*store, addIncident(*store, u"Checkout"_s), u"finding"_s,
                 {Attachment{{}, {}, u"graph.png"_s, u"image/png"_s, pngBytes(), {}}});
    }
    const QString backup = dir.filePath(u"backup.sqlite"_s);

    Run run = runHindsight(db, {u"backup"_s, backup});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(u"wrote "_s + backup), qPrintable(run.err));
    QCOMPARE(test::integrityCheck(backup), u"ok"_s);
    QCOMPARE(runHindsight(db, {u"backup"_s}).exitCode, 1);
    const QString noStore = dir.filePath(u"none.sqlite"_s);
    run = runHindsight(noStore, {u"backup"_s, dir.filePath(u"none-backup.sqlite"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"nothing to back up"_s), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(noStore));

    run = runHindsight(db, {u"check"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.endsWith(u"The store is sound.\n"_s), qPrintable(run.out));

    const QString damaged = dir.filePath(u"damaged.sqlite"_s);
    QVERIFY(QFile::copy(backup, damaged));
    corruptTable(damaged, u"log_entry"_s);
    run = runHindsight(db, {u"check"_s, damaged});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains(u"- SQLite integrity check: "_s) && run.out.contains(u"The store is damaged."_s),
             qPrintable(run.out));
    QVERIFY2(run.err.contains(u"has problems"_s), qPrintable(run.err));
    QCOMPARE(runHindsight(db, {u"check"_s, dir.filePath(u"missing.sqlite"_s)}).exitCode, 1);

    // Refused restores leave the store as it was.
    const QByteArray digest = test::fileDigest(db);
    run = runHindsight(db, {u"restore"_s, damaged});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"damaged"_s) && run.err.contains(u"Nothing was changed"_s), qPrintable(run.err));
    QCOMPARE(runHindsight(db, {u"restore"_s, dir.filePath(u"missing.sqlite"_s)}).exitCode, 1);
    QCOMPARE(test::fileDigest(db), digest);

    {
        auto store = Store::open(db);
        addIncident(*store, u"After the backup"_s);
    }
    run = runHindsight(db, {u"restore"_s, backup});
    QCOMPARE(run.exitCode, 0);
    const QStringList kept = listing(dir.path()).filter(u"store.sqlite.before-restore-"_s);
    QCOMPARE(kept.size(), 1);
    QVERIFY2(run.err.contains(u"the previous store is kept as "_s + dir.filePath(kept.constFirst())),
             qPrintable(run.err));
    QCOMPARE(countOf(db, u"SELECT count(*) FROM incident"_s), 1);

    const QString archive = dir.filePath(u"archive"_s);
    run = runHindsight(db, {u"export-all"_s, archive, u"--lang"_s, u"en"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(u"wrote 1 incident"_s), qPrintable(run.err));
    QVERIFY(QFileInfo::exists(archive + u"/index.md"_s));
    QVERIFY(QFileInfo::exists(archive + u"/0001-checkout/postmortem_files/graph.png"_s));
    run = runHindsight(db, {u"export-all"_s, archive});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"is not empty"_s), qPrintable(run.err));
    QCOMPARE(runHindsight(db, {u"export-all"_s, archive, u"--force"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
