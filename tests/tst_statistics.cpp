// The insights figures on a small history worked out by hand (tests/seededhistory.cpp), January to March 2026 in UTC,
// computed on 31 March 2026 at noon:
//
// incident                 severity  detected     to mitigate  to resolve   postmortem                  counted in
// DNS resolution failures  middle    2025-12-28   60           (Dec)        approved after exactly 14d  Jan: in time
// Checkout API 5xx         critical  2026-01-10   30           120          approved after 10 days      Jan: in time
// Search latency           high      2026-01-20   60           360          approved after 20 days      Jan: late
// Login errors             middle    2026-02-05   (90)         90           none                        Feb: missed
// Nightly batch late       low       2026-02-14   15           135          untouched draft             -
// Wrong banner shown       low       2026-02-20   10           60           approved after 20 days      Feb: late
// Payment provider down    critical  2026-02-25   41           61           published, after 13 days    Feb: in time
// Game day (exercise)      high      2026-02-10   5            30           approved after 1 day        -
// Cache stampede           middle    2026-03-03   45           180          back to draft               Mar: missed
// Payment timeouts         critical  2026-03-20   20           7200         none, 14 days not over      Mar: pending
// Disk full on db-2        high      2026-03-27   40           -            -                           -
//
// Mean minutes: low 12.5 / 97.5 (2 / 2 incidents), middle 67.5 / 135 (2 / 2), high 50 / 360 (2 / 1), critical
// 91/3 = 30.333 / 7381/3 = 2460.333 (3 / 3). Action items opened (closed): January 3 (2, one of them opened in
// December), February 1 (1), March 1 (1); the exercise's item is left out. Approved in time: 3 of the 7 whose two
// weeks are over (0.429).
#include "insights/statistics.h"
#include "seededhistory.h"
#include "store/incidentstore.h"
#include "store/postmortemstore.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace Qt::StringLiterals;

class TestStatistics : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void incidentsPerMonth();
    void recoveryTimes();
    void actionItemsPerMonth();
    void approvals();
    void csvTables();
    void exercisesAreLeftOut();
    void lowIncidentsCountOnceTheirPostmortemIsWritten();
    void monthsFollowTheTimeZone();
    void statsCommandPrintsTheSameFigures();
    void statsTablesAndCsvAsPrinted();

private:
    Insights compute() const;

    std::unique_ptr<test::TemporaryStore> m_temp;
};

void TestStatistics::init()
{
    m_temp = std::make_unique<test::TemporaryStore>();
    test::seedHistory(m_temp->store());
}

void TestStatistics::cleanup()
{
    TestCase::cleanup();
    m_temp.reset();
}

Insights TestStatistics::compute() const
{
    StatisticsPeriod period;
    period.firstMonth = QDate(2026, 1, 1);
    period.lastMonth = QDate(2026, 3, 1);
    period.timeZone = QTimeZone::utc();
    period.now = test::utc(2026, 3, 31, 12);
    return Statistics(m_temp->store()).compute(period);
}

void TestStatistics::incidentsPerMonth()
{
    const QList<IncidentMonth> expected{
        {QDate(2026, 1, 1), {0, 0, 1, 1}},
        {QDate(2026, 2, 1), {2, 1, 0, 1}},
        {QDate(2026, 3, 1), {0, 1, 1, 1}},
    };
    const Insights insights = compute();
    QCOMPARE(insights.incidentsPerMonth, expected);
    QCOMPARE(insights.incidentsPerMonth.at(1).total(), 4);
}

void TestStatistics::recoveryTimes()
{
    const QList<RecoveryTimes> times = compute().recoveryTimes;
    QCOMPARE(times.size(), 4);
    const RecoveryTimes low{Severity::Low, 2, 12.5, 2, 97.5};
    const RecoveryTimes middle{Severity::Middle, 2, 67.5, 2, 135.0};
    const RecoveryTimes high{Severity::High, 2, 50.0, 1, 360.0};
    QCOMPARE(times.at(0), low);
    QCOMPARE(times.at(1), middle);
    QCOMPARE(times.at(2), high);
    const RecoveryTimes &critical = times.at(3);
    QCOMPARE(critical.severity, Severity::Critical);
    QCOMPARE(critical.mitigated, 3);
    QCOMPARE(critical.meanMinutesToMitigate.value_or(-1), 91.0 / 3);
    QCOMPARE(critical.resolved, 3);
    QCOMPARE(critical.meanMinutesToResolve.value_or(-1), 7381.0 / 3);
}

void TestStatistics::actionItemsPerMonth()
{
    const QList<ActionItemMonth> expected{
        {QDate(2026, 1, 1), 3, 2},
        {QDate(2026, 2, 1), 1, 1},
        {QDate(2026, 3, 1), 1, 1},
    };
    QCOMPARE(compute().actionItemsPerMonth, expected);
}

void TestStatistics::approvals()
{
    const Insights insights = compute();
    const auto month = [](int m, int inTime, int late, int missed, int pending) {
        ApprovalMonth result;
        result.month = m > 0 ? QDate(2026, m, 1) : QDate();
        result.inTime = inTime;
        result.late = late;
        result.missed = missed;
        result.pending = pending;
        return result;
    };
    const QList<ApprovalMonth> expected{month(1, 2, 1, 0, 0), month(2, 1, 1, 1, 0), month(3, 0, 0, 1, 1)};
    QCOMPARE(insights.approvalsPerMonth, expected);
    QCOMPARE(insights.approvals, month(0, 3, 2, 2, 1));
    QCOMPARE(insights.approvals.resolved(), 8);
    QCOMPARE(insights.approvals.share().value_or(-1), 3.0 / 7);
    QCOMPARE(insights.approvalsPerMonth.at(0).share().value_or(-1), 2.0 / 3);
    QCOMPARE(insights.approvalsPerMonth.at(2).share().value_or(-1), 0.0);

    // Once the payment timeouts' two weeks are over without an approval, they are missed.
    StatisticsPeriod later = insights.period;
    later.now = test::utc(2026, 4, 8, 6, 1);
    QCOMPARE(Statistics(m_temp->store()).compute(later).approvals, month(0, 3, 2, 3, 0));
}

void TestStatistics::csvTables()
{
    const Insights insights = compute();
    QCOMPARE(insights.incidentsCsv(), u"month,low,middle,high,critical,total\n"
                                      u"2026-01,0,0,1,1,2\n"
                                      u"2026-02,2,1,0,1,4\n"
                                      u"2026-03,0,1,1,1,3\n"_s);
    QCOMPARE(insights.recoveryTimesCsv(),
             u"severity,mitigated,mean_minutes_to_mitigate,resolved,mean_minutes_to_resolve\n"
             u"low,2,12.5,2,97.5\n"
             u"middle,2,67.5,2,135\n"
             u"high,2,50,1,360\n"
             u"critical,3,30.333,3,2460.333\n"_s);
    QCOMPARE(insights.actionItemsCsv(), u"month,opened,closed\n"
                                        u"2026-01,3,2\n"
                                        u"2026-02,1,1\n"
                                        u"2026-03,1,1\n"_s);
    QCOMPARE(insights.approvalsCsv(), u"month,resolved,in_time,late,missed,pending,share\n"
                                      u"2026-01,3,2,1,0,0,0.667\n"
                                      u"2026-02,3,1,1,1,0,0.333\n"
                                      u"2026-03,2,0,0,1,1,0\n"
                                      u"total,8,3,2,2,1,0.429\n"_s);
}

void TestStatistics::exercisesAreLeftOut()
{
    // The same game day counted as a real incident shows in every figure: High in February (5 and 30 minutes),
    // its postmortem approved in time, its action item opened and closed in February.
    m_temp->store().exec(u"UPDATE incident SET exercise = 0 WHERE title LIKE 'Game day%'"_s);
    const Insights insights = compute();
    QCOMPARE(insights.incidentsPerMonth.at(1).bySeverity, (std::array<int, 4>{2, 1, 1, 1}));
    QCOMPARE(insights.recoveryTimes.at(int(Severity::High)).mitigated, 3);
    QCOMPARE(insights.recoveryTimes.at(int(Severity::High)).meanMinutesToMitigate.value_or(-1), 35.0);
    QCOMPARE(insights.recoveryTimes.at(int(Severity::High)).meanMinutesToResolve.value_or(-1), 195.0);
    QCOMPARE(insights.actionItemsPerMonth.at(1), (ActionItemMonth{QDate(2026, 2, 1), 2, 2}));
    QCOMPARE(insights.approvalsPerMonth.at(1).inTime, 2);
}

void TestStatistics::lowIncidentsCountOnceTheirPostmortemIsWritten()
{
    // The nightly batch's postmortem was only started (its tab opened): not a postmortem the team owes. Once
    // something is written in it, it counts, and two weeks after the resolution it is missed.
    IncidentQuery query;
    query.text = u"Nightly batch"_s;
    const Incident batch = IncidentStore(m_temp->store()).list(query).constFirst();
    Postmortem postmortem = *PostmortemStore(m_temp->store()).forIncident(batch.id);
    postmortem.rootCause = u"the batch host was too small"_s;
    PostmortemStore(m_temp->store()).save(postmortem);
    const Insights insights = compute();
    QCOMPARE(insights.approvalsPerMonth.at(1).resolved(), 4);
    QCOMPARE(insights.approvalsPerMonth.at(1).missed, 2);
}

void TestStatistics::monthsFollowTheTimeZone()
{
    // Detected on 1 February at 03:00 UTC: still 31 January in Honolulu (UTC-10). The seeded times are all far
    // enough from the turn of a month to stay where they are.
    Incident draft;
    draft.title = u"Edge of the month"_s;
    draft.severity = Severity::Low;
    draft.detectedAt = test::utc(2026, 2, 1, 3);
    IncidentStore(m_temp->store()).create(draft);

    StatisticsPeriod period;
    period.firstMonth = QDate(2026, 1, 1);
    period.lastMonth = QDate(2026, 3, 1);
    period.now = test::utc(2026, 3, 31, 12);
    period.timeZone = QTimeZone::utc();
    QCOMPARE(Statistics(m_temp->store()).compute(period).incidentsPerMonth.at(1).bySeverity[0], 3);
    period.timeZone = QTimeZone("Pacific/Honolulu");
    QVERIFY(period.timeZone.isValid());
    const Insights honolulu = Statistics(m_temp->store()).compute(period);
    QCOMPARE(honolulu.incidentsPerMonth.at(0).bySeverity[0], 1);
    QCOMPARE(honolulu.incidentsPerMonth.at(1).bySeverity[0], 2);
}

void TestStatistics::statsCommandPrintsTheSameFigures()
{
    // The command computes at the current time, long after the payment timeouts' two weeks: they are missed.
    const QString path = m_temp->path();
    m_temp->close();
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TZ"_s, u"UTC"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HINDSIGHT_BINARY),
                  {u"stats"_s, u"--db"_s, path, u"--from"_s, u"2026-01"_s, u"--to"_s, u"2026-03"_s, u"--json"_s});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QJsonDocument printed = QJsonDocument::fromJson(process.readAllStandardOutput());
    const QJsonDocument expected = QJsonDocument::fromJson(R"({
        "from": "2026-01", "to": "2026-03",
        "incidentsPerMonth": [
            {"month": "2026-01", "low": 0, "middle": 0, "high": 1, "critical": 1, "total": 2},
            {"month": "2026-02", "low": 2, "middle": 1, "high": 0, "critical": 1, "total": 4},
            {"month": "2026-03", "low": 0, "middle": 1, "high": 1, "critical": 1, "total": 3}
        ],
        "recoveryTimes": [
            {"severity": "low", "mitigated": 2, "meanMinutesToMitigate": 12.5, "resolved": 2,
             "meanMinutesToResolve": 97.5},
            {"severity": "middle", "mitigated": 2, "meanMinutesToMitigate": 67.5, "resolved": 2,
             "meanMinutesToResolve": 135},
            {"severity": "high", "mitigated": 2, "meanMinutesToMitigate": 50, "resolved": 1,
             "meanMinutesToResolve": 360},
            {"severity": "critical", "mitigated": 3, "meanMinutesToMitigate": 30.333, "resolved": 3,
             "meanMinutesToResolve": 2460.333}
        ],
        "actionItemsPerMonth": [
            {"month": "2026-01", "opened": 3, "closed": 2},
            {"month": "2026-02", "opened": 1, "closed": 1},
            {"month": "2026-03", "opened": 1, "closed": 1}
        ],
        "approvalsPerMonth": [
            {"month": "2026-01", "resolved": 3, "inTime": 2, "late": 1, "missed": 0, "pending": 0, "share": 0.667},
            {"month": "2026-02", "resolved": 3, "inTime": 1, "late": 1, "missed": 1, "pending": 0, "share": 0.333},
            {"month": "2026-03", "resolved": 2, "inTime": 0, "late": 0, "missed": 2, "pending": 0, "share": 0}
        ],
        "approvals": {"resolved": 8, "inTime": 3, "late": 2, "missed": 3, "pending": 0, "share": 0.375}
    })");
    QVERIFY(!expected.isNull());
    QCOMPARE(printed, expected);
}

// What `hindsight stats` prints, as tables and as each --csv table, compared whole with the figures worked out by hand
// at the top of this file (means to one decimal, shares in whole percent; computed now, so the payment timeouts'
// two weeks are over and they count as missed).
void TestStatistics::statsTablesAndCsvAsPrinted()
{
    const QString path = m_temp->path();
    m_temp->close();
    QTemporaryDir home;
    QProcessEnvironment environment = test::isolatedCliEnvironment(home.path());
    const auto stats = [&](const QStringList &more) {
        const test::CliRun run = test::runCli(
            QStringList{u"stats"_s, u"--db"_s, path, u"--from"_s, u"2026-01"_s, u"--to"_s, u"2026-03"_s} + more,
            environment);
        return run.exitCode == 0 ? run.out : u"exit %1: %2"_s.arg(run.exitCode).arg(run.err);
    };
    QCOMPARE(stats({}), u"Incidents per month, by severity (detected; exercises left out)\n"
                        u"MONTH    Low  Middle  High  Critical  TOTAL\n"
                        u"2026-01  0    0       1     1         2\n"
                        u"2026-02  2    1       0     1         4\n"
                        u"2026-03  0    1       1     1         3\n"
                        u"\n"
                        u"Mean minutes from detection to mitigation and to resolution (incidents detected then)\n"
                        u"SEVERITY  MITIGATED  TO MITIGATE  RESOLVED  TO RESOLVE\n"
                        u"Low       2          12.5         2         97.5\n"
                        u"Middle    2          67.5         2         135.0\n"
                        u"High      2          50.0         1         360.0\n"
                        u"Critical  3          30.3         3         2460.3\n"
                        u"\n"
                        u"Action items opened and closed per month\n"
                        u"MONTH    OPENED  CLOSED\n"
                        u"2026-01  3       2\n"
                        u"2026-02  1       1\n"
                        u"2026-03  1       1\n"
                        u"\n"
                        u"Postmortems approved within 14 days of resolution (by month of resolution)\n"
                        u"MONTH    RESOLVED  IN TIME  LATE  MISSED  PENDING  SHARE\n"
                        u"2026-01  3         2        1     0       0        67%\n"
                        u"2026-02  3         1        1     1       0        33%\n"
                        u"2026-03  2         0        0     2       0        0%\n"
                        u"total    8         3        2     3       0        38%\n"_s);
    QCOMPARE(stats({u"--csv"_s, u"incidents"_s}), u"month,low,middle,high,critical,total\n"
                                                  u"2026-01,0,0,1,1,2\n"
                                                  u"2026-02,2,1,0,1,4\n"
                                                  u"2026-03,0,1,1,1,3\n"_s);
    QCOMPARE(stats({u"--csv"_s, u"recovery"_s}),
             u"severity,mitigated,mean_minutes_to_mitigate,resolved,mean_minutes_to_resolve\n"
             u"low,2,12.5,2,97.5\n"
             u"middle,2,67.5,2,135\n"
             u"high,2,50,1,360\n"
             u"critical,3,30.333,3,2460.333\n"_s);
    QCOMPARE(stats({u"--csv"_s, u"action-items"_s}), u"month,opened,closed\n"
                                                     u"2026-01,3,2\n"
                                                     u"2026-02,1,1\n"
                                                     u"2026-03,1,1\n"_s);
    QCOMPARE(stats({u"--csv"_s, u"approvals"_s}), u"month,resolved,in_time,late,missed,pending,share\n"
                                                  u"2026-01,3,2,1,0,0,0.667\n"
                                                  u"2026-02,3,1,1,1,0,0.333\n"
                                                  u"2026-03,2,0,0,2,0,0\n"
                                                  u"total,8,3,2,3,0,0.375\n"_s);
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
