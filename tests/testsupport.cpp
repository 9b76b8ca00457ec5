#include "testsupport.h"

#include "review/postmortemreview.h"
#include "store/actionitemstore.h"
#include "store/databasefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <map>

namespace hindsight::test {

QStringList deletedStoreFilesHeldOpen()
{
    QStringList held;
    const QString deleted = QStringLiteral(" (deleted)");
    const QDir descriptors(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : descriptors.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(descriptors.filePath(fd));
        if (!target.endsWith(deleted))
            continue;
        const QString name = target.chopped(deleted.size());
        if (name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")) ||
            name.endsWith(QLatin1String("-journal")) || name.contains(QLatin1String(".sqlite")))
            held << QStringLiteral("descriptor %1: %2").arg(fd, target);
    }
    return held;
}

void TestCase::cleanup()
{
    const QStringList held = deletedStoreFilesHeldOpen();
    QVERIFY2(held.isEmpty(), qPrintable(QStringLiteral("this process still writes to store files that were deleted "
                                                       "under it (entries it acknowledges are lost):\n") +
                                        held.join(u'\n')));
}

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input,
              const QString &workingDirectory)
{
    CliRun result;
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(HINDSIGHT_BINARY), arguments);
    if (!process.waitForStarted(30000)) {
        result.err =
            QStringLiteral("could not start %1: %2").arg(QStringLiteral(HINDSIGHT_BINARY), process.errorString());
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("hindsight %1 did not finish").arg(arguments.join(QLatin1Char(' ')));
        return result;
    }
    result.outBytes = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.outBytes);
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

QProcessEnvironment isolatedCliEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.remove(QStringLiteral("HINDSIGHT_DB"));
    environment.insert(QStringLiteral("HINDSIGHT_AUTHOR"), QStringLiteral("tester"));
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

TemporaryStore::TemporaryStore()
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
    m_store = Store::open(path());
}

TemporaryStore::~TemporaryStore()
{
    const QStringList held = deletedStoreFilesHeldOpen();
    if (!held.isEmpty() && m_store && !m_filesLostOnPurpose) {
        QTest::qFail(qPrintable(QStringLiteral("store files deleted under an open connection:\n") + held.join(u'\n')),
                     __FILE__, __LINE__);
    }
}

void approveHighPostmortem(Store &store, const Incident &incident, const QStringList &attendees)
{
    PostmortemReview review(store);
    Postmortem text;
    text.incidentId = incident.id;
    text.rootCause = QStringLiteral("The connection pool was too small.");
    text.wentWell = QStringLiteral("The alert fired within a minute.");
    text.wentWrong = QStringLiteral("The runbook was outdated.");
    text.gotLucky = QStringLiteral("It was a quiet Sunday.");
    review.saveText(text);
    ActionItem action;
    action.incidentId = incident.id;
    action.title = QStringLiteral("Alert on pool saturation");
    action.owner = QStringLiteral("SRE team");
    action.dueDate = QDate(2030, 1, 1);
    ActionItemStore(store).add(action);
    review.recordMeeting(incident.id,
                         ReviewMeeting{QDate(2026, 11, 30), attendees, true, HeadAttendanceDecision::Needed});
    review.submit(incident.id);
    review.approve(incident.id);
}

QByteArray fileDigest(const QString &path)
{
    // Reading a file that a store of this process has open would release that store's locks (issue 14).
    if (databasefiles::isOpenHere(path)) {
        QTest::qFail(
            qPrintable(QStringLiteral("fileDigest(%1): the file is open in this process; close it first").arg(path)),
            __FILE__, __LINE__);
        return QUuid::createUuid().toByteArray();
    }
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
