// Two writers on one store, as when the window is open while the CLI logs an entry: both succeed, nothing is lost.
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "testsupport.h"

#include <QProcess>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace hindsight;

namespace {

QSet<QString> storedEntryIds(Store &store)
{
    QSet<QString> ids;
    QSqlQuery q = store.exec(QStringLiteral("SELECT id FROM log_entry"));
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void twoConnectionsAppendAtOnce();
    void incidentNumbersStayUnique();
    void twoProcessesAppendAtOnce();
    void openConnectionSeesOtherProcessWrites();
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

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
