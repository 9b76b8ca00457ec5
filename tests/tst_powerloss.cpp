// Power loss, not only kill -9: every entry Hindsight acknowledged survives a power cut at any write to the disk.
// The writer runs on a simulated disk (tests/helpers/powercutwriter.cpp: an SQLite VFS that keeps unsynced writes in
// memory, as a drive's cache would) and loses power at its N-th write, for every N the run has; the store is then
// opened as after a reboot and must hold every acknowledged entry, intact. The same check on a store written with
// synchronous = OFF must find entries lost: the check can fail.
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace hindsight;

namespace {

constexpr int Entries = 8;

struct CutRun
{
    QStringList acknowledged;
    long writes = -1; // only when the run was not cut
    QString error;
};

CutRun runWriter(const QString &path, int number, long cutAt, const QStringList &options)
{
    QProcess writer;
    writer.start(QStringLiteral(HINDSIGHT_POWER_CUT_WRITER),
                 QStringList{path, QString::number(number), QString::number(Entries), QString::number(cutAt)} +
                     options);
    CutRun run;
    if (!writer.waitForFinished(60000)) {
        writer.kill();
        writer.waitForFinished();
        run.error = QStringLiteral("the writer did not finish");
        return run;
    }
    run.acknowledged = QString::fromUtf8(writer.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    const QString err = QString::fromUtf8(writer.readAllStandardError());
    if (writer.exitStatus() != QProcess::NormalExit || writer.exitCode() != 0)
        run.error = QStringLiteral("the writer failed: ") + err;
    const QRegularExpressionMatch writes = QRegularExpression(QStringLiteral(R"(writes: (\d+))")).match(err);
    if (writes.hasMatch())
        run.writes = writes.captured(1).toLong();
    return run;
}

QSet<QString> storedIds(Store &store)
{
    QSet<QString> ids;
    QSqlQuery q = store.exec(QStringLiteral("SELECT id FROM log_entry"));
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

struct Outcome
{
    int cuts = 0;
    int lostEntries = 0; // acknowledged, then missing after the cut
    QStringList damaged; // cut points after which the store failed a check or would not open
    QString firstFailure;
};

/// Cuts the power at every write of a run (or every `step`-th), each time on a fresh copy of the same store.
Outcome cutEverywhere(const QStringList &options, int step = 1)
{
    Outcome outcome;
    test::TemporaryStore temp;
    Incident draft;
    draft.title = QStringLiteral("power cut");
    const int number = IncidentStore(temp.store()).create(draft).number;
    temp.close();
    const QString pristine = temp.dir() + QStringLiteral("/pristine.sqlite");
    if (!QFile::copy(temp.path(), pristine)) {
        outcome.firstFailure = QStringLiteral("could not copy the store");
        return outcome;
    }
    const CutRun whole = runWriter(temp.path(), number, 0, options);
    if (!whole.error.isEmpty() || whole.writes <= 0 || whole.acknowledged.size() != Entries) {
        outcome.firstFailure = QStringLiteral("the uncut run did not complete: %1").arg(whole.error);
        return outcome;
    }
    for (long cutAt = 1; cutAt <= whole.writes; cutAt += step) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(temp.path() + suffix);
        QFile::copy(pristine, temp.path());
        const CutRun cut = runWriter(temp.path(), number, cutAt, options);
        ++outcome.cuts;
        if (!cut.error.isEmpty()) {
            outcome.damaged << QString::number(cutAt);
            if (outcome.firstFailure.isEmpty())
                outcome.firstFailure = cut.error;
            continue;
        }
        // After the reboot: no process holds the store, so the first one to open it recovers the -wal.
        try {
            auto store = Store::open(temp.path());
            const QSet<QString> stored = storedIds(*store);
            for (const QString &id : cut.acknowledged) {
                if (!stored.contains(id)) {
                    ++outcome.lostEntries;
                    if (outcome.firstFailure.isEmpty())
                        outcome.firstFailure = QStringLiteral("cut at write %1 lost entry %2").arg(cutAt).arg(id);
                }
            }
            store.reset();
            if (const QString check = test::integrityCheck(temp.path()); check != QLatin1String("ok")) {
                outcome.damaged << QString::number(cutAt);
                if (outcome.firstFailure.isEmpty())
                    outcome.firstFailure = QStringLiteral("cut at write %1: %2").arg(cutAt).arg(check);
            }
        } catch (const StoreError &error) {
            outcome.damaged << QString::number(cutAt);
            if (outcome.firstFailure.isEmpty())
                outcome.firstFailure = QStringLiteral("cut at write %1: %2").arg(cutAt).arg(error.message());
        }
    }
    return outcome;
}

} // namespace

class TestPowerLoss : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void acknowledgedEntriesSurviveEveryCut_data();
    void acknowledgedEntriesSurviveEveryCut();
    void theCheckCatchesAStoreThatDoesNotSync();
};

void TestPowerLoss::acknowledgedEntriesSurviveEveryCut_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("unsynced writes lost") << QStringList{};
    QTest::newRow("unsynced writes lost, checkpoints") << QStringList{QStringLiteral("--checkpoint-often")};
    QTest::newRow("some unsynced writes kept, checkpoints")
        << QStringList{QStringLiteral("--checkpoint-often"), QStringLiteral("--keep-some"), QStringLiteral("7")};
}

void TestPowerLoss::acknowledgedEntriesSurviveEveryCut()
{
    QFETCH(QStringList, options);
    const Outcome outcome = cutEverywhere(options);
    qInfo("%d power cuts, %d acknowledged entries lost, %lld damaged stores", outcome.cuts, outcome.lostEntries,
          qlonglong(outcome.damaged.size()));
    QVERIFY2(outcome.cuts > Entries, qPrintable(outcome.firstFailure));
    QVERIFY2(outcome.lostEntries == 0 && outcome.damaged.isEmpty(), qPrintable(outcome.firstFailure));
}

// With synchronous = OFF, SQLite never syncs: the simulated disk keeps nothing, and acknowledged entries are lost.
// Were this to pass, the test above would prove nothing.
void TestPowerLoss::theCheckCatchesAStoreThatDoesNotSync()
{
    const Outcome outcome = cutEverywhere({QStringLiteral("--synchronous-off")}, 4);
    qInfo("%d power cuts, %d acknowledged entries lost", outcome.cuts, outcome.lostEntries);
    QVERIFY(outcome.cuts > 0);
    QVERIFY2(outcome.lostEntries > 0, "synchronous = OFF lost nothing: the simulated power cut does not drop writes");
}

QTEST_GUILESS_MAIN(TestPowerLoss)
#include "tst_powerloss.moc"
