// Two writers on one store, as when the window is open while the CLI logs an entry: both succeed, nothing is lost.
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QThread>

#include <functional>

using namespace hindsight;

namespace {

/// Reads the lines a child prints until `enough` says it has what it waits for, for at most `timeoutMs`.
bool readLinesUntil(QProcess &process, QStringList &lines, const std::function<bool()> &enough, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!enough()) {
        if (clock.elapsed() > timeoutMs || process.state() != QProcess::Running)
            return false;
        process.waitForReadyRead(200);
        while (process.canReadLine())
            lines << QString::fromUtf8(process.readLine()).trimmed();
    }
    return true;
}

QSet<QString> storedEntryIds(Store &store)
{
    QSet<QString> ids;
    QSqlQuery q = store.exec(QStringLiteral("SELECT id FROM log_entry"));
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

} // namespace

class TestConcurrency : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void twoConnectionsAppendAtOnce();
    void incidentNumbersStayUnique();
    void twoProcessesAppendAtOnce();
    void openConnectionSeesOtherProcessWrites();
    void windowAndCliLoseNothing_data();
    void windowAndCliLoseNothing();
};

void TestConcurrency::twoConnectionsAppendAtOnce()
{
    test::TemporaryStore temp;
    Incident draft;
    draft.title = QStringLiteral("shared");
    const Incident incident = IncidentStore(temp.store()).create(draft);

    constexpr int PerThread = 150;
    QList<QString> idsA, idsB;
    QString errorA, errorB;
    const auto writer = [&](QList<QString> &ids, QString &error, const QString &name) {
        try {
            auto store = temp.openAgain(); // a connection belongs to the thread that opens it
            InvestigationLog log(*store);
            for (int i = 0; i < PerThread; ++i) {
                LogEntry entry;
                entry.incidentId = incident.id;
                entry.author = name;
                entry.body = QStringLiteral("%1 #%2").arg(name).arg(i);
                ids << log.append(entry).id.toString(QUuid::WithoutBraces);
            }
        } catch (const StoreError &e) {
            error = e.message();
        }
    };
    QThread *a = QThread::create(writer, std::ref(idsA), std::ref(errorA), QStringLiteral("a"));
    QThread *b = QThread::create(writer, std::ref(idsB), std::ref(errorB), QStringLiteral("b"));
    a->start();
    b->start();
    QVERIFY(a->wait(120000));
    QVERIFY(b->wait(120000));
    delete a;
    delete b;
    QVERIFY2(errorA.isEmpty(), qPrintable(errorA));
    QVERIFY2(errorB.isEmpty(), qPrintable(errorB));

    const QSet<QString> stored = storedEntryIds(temp.store());
    QCOMPARE(stored.size(), 2 * PerThread);
    for (const QString &id : idsA + idsB)
        QVERIFY(stored.contains(id));
    QCOMPARE(InvestigationLog(temp.store()).entries(incident.id).size(), 2 * PerThread);
}

void TestConcurrency::incidentNumbersStayUnique()
{
    test::TemporaryStore temp;
    constexpr int PerThread = 40;
    QString errorA, errorB;
    const auto creator = [&](QString &error) {
        try {
            auto store = temp.openAgain();
            IncidentStore incidents(*store);
            for (int i = 0; i < PerThread; ++i) {
                Incident draft;
                draft.title = QStringLiteral("incident %1").arg(i);
                incidents.create(draft);
            }
        } catch (const StoreError &e) {
            error = e.message();
        }
    };
    QThread *a = QThread::create(creator, std::ref(errorA));
    QThread *b = QThread::create(creator, std::ref(errorB));
    a->start();
    b->start();
    QVERIFY(a->wait(120000));
    QVERIFY(b->wait(120000));
    delete a;
    delete b;
    QVERIFY2(errorA.isEmpty(), qPrintable(errorA));
    QVERIFY2(errorB.isEmpty(), qPrintable(errorB));

    QList<int> numbers;
    for (const Incident &incident : IncidentStore(temp.store()).list())
        numbers << incident.number;
    std::sort(numbers.begin(), numbers.end());
    QList<int> expected;
    for (int n = 1; n <= 2 * PerThread; ++n)
        expected << n;
    QCOMPARE(numbers, expected);
}

void TestConcurrency::twoProcessesAppendAtOnce()
{
    test::TemporaryStore temp;
    Incident draft;
    draft.title = QStringLiteral("shared by processes");
    const Incident incident = IncidentStore(temp.store()).create(draft);

    constexpr int PerProcess = 120;
    QProcess first, second;
    for (QProcess *p : {&first, &second}) {
        p->start(QStringLiteral(HINDSIGHT_STORE_WRITER),
                 {temp.path(), QString::number(incident.number), QString::number(PerProcess)});
    }
    // This process writes too, through its open connection, while the others run.
    InvestigationLog log(temp.store());
    QStringList ownIds;
    for (int i = 0; i < PerProcess; ++i) {
        LogEntry entry;
        entry.incidentId = incident.id;
        entry.body = QStringLiteral("window #%1").arg(i);
        ownIds << log.append(entry).id.toString(QUuid::WithoutBraces);
    }
    QStringList printed = ownIds;
    for (QProcess *p : {&first, &second}) {
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        printed += QString::fromUtf8(p->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QCOMPARE(printed.size(), 3 * PerProcess);
    const QSet<QString> stored = storedEntryIds(temp.store());
    QCOMPARE(stored.size(), 3 * PerProcess);
    for (const QString &id : printed)
        QVERIFY2(stored.contains(id), qPrintable(id));
    QCOMPARE(test::integrityCheck(temp.path()), QStringLiteral("ok"));
}

void TestConcurrency::openConnectionSeesOtherProcessWrites()
{
    test::TemporaryStore temp;
    Incident draft;
    draft.title = QStringLiteral("watched");
    const Incident incident = IncidentStore(temp.store()).create(draft);
    InvestigationLog log(temp.store());
    QCOMPARE(log.entries(incident.id).size(), 0);

    QProcess writer;
    writer.start(QStringLiteral(HINDSIGHT_STORE_WRITER),
                 {temp.path(), QString::number(incident.number), QStringLiteral("3")});
    QVERIFY(writer.waitForFinished(60000));
    QCOMPARE(writer.exitCode(), 0);
    QCOMPARE(log.entries(incident.id).size(), 3);
}

void TestConcurrency::windowAndCliLoseNothing_data()
{
    QTest::addColumn<bool>("cliWritesFirst");
    QTest::newRow("window writes, then the CLI reads and writes") << false;
    QTest::newRow("the CLI writes, then reads") << true;
}

// Issue 14: a process holding two connections, as the window does (its worker thread opens the second), keeps writing
// while CLI processes read and write the same store; then it is killed. Every entry that either side acknowledged is
// in the store. Before the fix, opening the second connection released the first one's locks, the next CLI process
// believed it was the store's last user and deleted the -wal that the window went on writing to.
void TestConcurrency::windowAndCliLoseNothing()
{
    QFETCH(bool, cliWritesFirst);
    QTemporaryDir home;
    const QProcessEnvironment environment = test::isolatedCliEnvironment(home.path());
    QString path;
    int number = 0;
    auto temp = std::make_unique<test::TemporaryStore>();
    {
        Incident draft;
        draft.title = QStringLiteral("shared by the window and the CLI");
        number = IncidentStore(temp->store()).create(draft).number;
        path = temp->path();
        // This process holds no connection while the others run: its locks would hide the bug.
        temp->close();
    }

    QProcess window;
    window.start(QStringLiteral(HINDSIGHT_STORE_WRITER), {path, QString::number(number), QStringLiteral("100000"),
                                                          QStringLiteral("20"), QStringLiteral("--second-connection")});
    QVERIFY(window.waitForStarted(30000));
    QStringList windowLines;
    QVERIFY2(readLinesUntil(
                 window, windowLines, [&] { return windowLines.contains(QStringLiteral("ready")); }, 60000),
             window.readAllStandardError().constData());

    QStringList cliBodies;
    const auto cliLog = [&](const QString &body) {
        const test::CliRun run = test::runCli(
            {QStringLiteral("--db"), path, QStringLiteral("log"), QString::number(number), body}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        cliBodies << body;
    };
    const auto cliShow = [&] {
        const test::CliRun run =
            test::runCli({QStringLiteral("--db"), path, QStringLiteral("show"), QString::number(number)}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    };
    for (int round = 0; round < 3; ++round) {
        if (cliWritesFirst) {
            cliLog(QStringLiteral("from the CLI, round %1").arg(round));
            cliShow();
        } else {
            cliShow();
            cliLog(QStringLiteral("from the CLI, round %1").arg(round));
        }
        if (QTest::currentTestFailed())
            return;
        // The window goes on writing after each CLI process has come and gone.
        const qsizetype seen = windowLines.size();
        QVERIFY2(readLinesUntil(
                     window, windowLines, [&] { return windowLines.size() >= seen + 5; }, 60000),
                 qPrintable(QStringLiteral("the window stopped writing: ") +
                            QString::fromUtf8(window.readAllStandardError())));
    }
    window.kill(); // SIGKILL: nothing the window did not already acknowledge may count
    QVERIFY(window.waitForFinished(30000));
    while (window.canReadLine())
        windowLines << QString::fromUtf8(window.readLine()).trimmed();
    windowLines.removeAll(QStringLiteral("ready"));
    windowLines.removeAll(QString());

    // A new process reads what the store really holds.
    const test::CliRun shown = test::runCli(
        {QStringLiteral("--db"), path, QStringLiteral("show"), QString::number(number), QStringLiteral("--json")},
        environment);
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QSet<QString> storedIds;
    QSet<QString> storedBodies;
    const QJsonArray entries = QJsonDocument::fromJson(shown.outBytes).object().value(u"logEntries").toArray();
    for (const QJsonValue &entry : entries) {
        storedIds.insert(entry.toObject().value(u"id").toString());
        storedBodies.insert(entry.toObject().value(u"body").toString());
    }
    QStringList lost;
    for (const QString &id : std::as_const(windowLines)) {
        if (!storedIds.contains(id))
            lost << id;
    }
    QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("%1 of the window's %2 acknowledged entries are lost")
                                            .arg(lost.size())
                                            .arg(windowLines.size())));
    for (const QString &body : std::as_const(cliBodies))
        QVERIFY2(storedBodies.contains(body), qPrintable(QStringLiteral("the CLI's entry is lost: ") + body));
    QCOMPARE(test::integrityCheck(path), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
