// What the store says is saved survives the process being killed at any moment: a child appends entries, printing
// each id once the append has returned, and is killed with SIGKILL at a random point. Every printed id must be in
// the store afterwards, and SQLite's integrity check must pass.
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace hindsight;

class TestDurability : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothing();
};

void TestDurability::killedWriterLosesNothing()
{
    constexpr int Rounds = 25;
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator random(seed);

    test::TemporaryStore temp;
    Incident draft;
    draft.title = QStringLiteral("power cut drill");
    const Incident incident = IncidentStore(temp.store()).create(draft);
    temp.close();

    int totalPrinted = 0;
    for (int round = 0; round < Rounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(HINDSIGHT_STORE_WRITER),
                     {temp.path(), QString::number(incident.number), QStringLiteral("1000000")});
        QVERIFY(writer.waitForStarted(10000));
        // Kill at a random moment: sometimes while it is still opening the store, mostly mid-append.
        const int killAfterMs = int(random.bounded(5, 400));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < killAfterMs && writer.state() == QProcess::Running)
            writer.waitForReadyRead(int(killAfterMs - timer.elapsed()) + 1);
        QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(10000));

        // Only whole lines were printed after an append returned; a cut-off last line proves nothing.
        const QByteArray output = writer.readAllStandardOutput();
        QList<QByteArray> lines = output.split('\n');
        if (!output.endsWith('\n'))
            lines.removeLast();
        lines.removeAll(QByteArray());
        totalPrinted += int(lines.size());

        auto store = Store::open(temp.path());
        QSet<QByteArray> stored;
        QSqlQuery q = store->exec(QStringLiteral("SELECT id FROM log_entry"));
        while (q.next())
            stored.insert(q.value(0).toString().toLatin1());
        q.finish();
        store.reset();
        for (const QByteArray &id : lines)
            QVERIFY2(
                stored.contains(id),
                qPrintable(
                    QStringLiteral("round %1: entry %2 was printed but lost").arg(round).arg(QString::fromLatin1(id))));
        QCOMPARE(test::integrityCheck(temp.path()), QStringLiteral("ok"));
    }
    qInfo("%d rounds, %d acknowledged entries, 0 lost", Rounds, totalPrinted);
    QVERIFY(totalPrinted > 0);
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
