// The timeline's model: entries in time order, new entries appended without a reset (so the view keeps its place),
// deleted entries hidden or shown struck, attachments available per entry, and another connection's writes noticed.
#include "itemmodel/logentrymodel.h"
#include "store/incidentstore.h"
#include "store/storewatcher.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hindsight;

class TestLogEntryModel : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEntriesInTimeOrder();
    void appendsWithoutReset();
    void deletedEntries();
    void attachments();
    void watcherSeesOtherConnections();
    void longLogIsReadInPages();
    void revealReadsUntilTheEntry();
    void reloadKeepsTheEarlierPages();

private:
    LogEntry append(const QString &body, const QDateTime &at = {});
    /// `count` entries a minute apart, bodies "entry 0", "entry 1"...; returns their ids in time order.
    QList<QUuid> appendMany(int count);
    static QStringList bodies(const LogEntryModel &model);

    std::unique_ptr<test::TemporaryStore> m_temp;
    Incident m_incident;
};

void TestLogEntryModel::init()
{
    m_temp = std::make_unique<test::TemporaryStore>();
    Incident draft;
    draft.title = QStringLiteral("timeline");
    m_incident = IncidentStore(m_temp->store()).create(draft);
}

void TestLogEntryModel::cleanup()
{
    TestCase::cleanup();
    m_temp.reset();
}

LogEntry TestLogEntryModel::append(const QString &body, const QDateTime &at)
{
    LogEntry draft;
    draft.incidentId = m_incident.id;
    draft.body = body;
    draft.at = at;
    return InvestigationLog(m_temp->store()).append(draft);
}

void TestLogEntryModel::showsEntriesInTimeOrder()
{
    const LogEntry later = append(QStringLiteral("later"));
    append(QStringLiteral("earlier"), later.at.addSecs(-600));
    LogEntryModel model(m_temp->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIncident(m_incident.id);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(LogEntryModel::BodyRole).toString(), QStringLiteral("earlier"));
    QCOMPARE(model.index(0).data(LogEntryModel::BackfilledRole).toBool(), true);
    QCOMPARE(model.index(1).data(LogEntryModel::BodyRole).toString(), QStringLiteral("later"));
    QCOMPARE(model.index(1).data(LogEntryModel::KindRole).toString(), QStringLiteral("note"));
    QCOMPARE(model.indexOfId(later.id).row(), 1);
}

void TestLogEntryModel::appendsWithoutReset()
{
    append(QStringLiteral("first"));
    LogEntryModel model(m_temp->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIncident(m_incident.id);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    append(QStringLiteral("second"));
    append(QStringLiteral("third"));
    model.reload();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserts.count(), 1);
    QCOMPARE(inserts.at(0).at(1).toInt(), 1);
    QCOMPARE(inserts.at(0).at(2).toInt(), 2);
    model.reload(); // nothing new: nothing signalled
    QCOMPARE(inserts.count(), 1);
    QCOMPARE(resets.count(), 0);
}

void TestLogEntryModel::deletedEntries()
{
    const LogEntry gone = append(QStringLiteral("mistake"));
    append(QStringLiteral("kept"));
    InvestigationLog(m_temp->store()).remove(gone.id);
    LogEntryModel model(m_temp->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIncident(m_incident.id);
    QCOMPARE(model.rowCount(), 1);
    model.setShowDeleted(true);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(LogEntryModel::DeletedRole).toBool(), true);
}

void TestLogEntryModel::attachments()
{
    LogEntry draft;
    draft.incidentId = m_incident.id;
    Attachment screenshot;
    screenshot.name = QStringLiteral("grafana.png");
    screenshot.mimeType = QStringLiteral("image/png");
    screenshot.data = QByteArray("\x89PNG fake bytes", 15);
    const LogEntry entry = InvestigationLog(m_temp->store()).append(draft, {screenshot}); // no text: allowed
    LogEntryModel model(m_temp->store());
    model.setIncident(m_incident.id);
    const QList<Attachment> attachments = model.attachmentsOf(entry.id);
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments[0].name, screenshot.name);
    QCOMPARE(attachments[0].data, screenshot.data);
    QVERIFY(attachments[0].isImage());
}

void TestLogEntryModel::watcherSeesOtherConnections()
{
    StoreWatcher watcher(m_temp->store(), 50);
    QSignalSpy changed(&watcher, &StoreWatcher::changedElsewhere);
    append(QStringLiteral("own write")); // this connection's own commits are not "elsewhere"
    watcher.check();
    QCOMPARE(changed.count(), 0);

    auto other = m_temp->openAgain();
    LogEntry draft;
    draft.incidentId = m_incident.id;
    draft.body = QStringLiteral("from the CLI");
    InvestigationLog(*other).append(draft);
    QTRY_COMPARE(changed.count(), 1);
}

QList<QUuid> TestLogEntryModel::appendMany(int count)
{
    QList<QUuid> ids;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
    Store::WriteTransaction transaction(m_temp->store());
    for (int i = 0; i < count; ++i)
        ids << append(QStringLiteral("entry %1").arg(i), start.addSecs(60 * i)).id;
    transaction.commit();
    return ids;
}

QStringList TestLogEntryModel::bodies(const LogEntryModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row).data(LogEntryModel::BodyRole).toString();
    return result;
}

// Opening an incident reads its newest entries only; scrolling up adds earlier ones at the top, a page at a time,
// without resetting what the view shows.
void TestLogEntryModel::longLogIsReadInPages()
{
    // Two full pages and a part of one.
    constexpr int Rest = LogEntryModel::PageSize / 2;
    constexpr int Total = LogEntryModel::PageSize * 2 + Rest;
    const QList<QUuid> ids = appendMany(Total);
    LogEntryModel model(m_temp->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIncident(m_incident.id);
    QCOMPARE(model.rowCount(), LogEntryModel::PageSize);
    QCOMPARE(bodies(model).constFirst(), QStringLiteral("entry %1").arg(Total - LogEntryModel::PageSize));
    QCOMPARE(bodies(model).constLast(), QStringLiteral("entry %1").arg(Total - 1));
    QVERIFY(model.hasOlder());

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.fetchOlder(), LogEntryModel::PageSize);
    QCOMPARE(inserts.size(), 1);
    QCOMPARE(inserts.at(0).at(1).toInt(), 0);
    QCOMPARE(inserts.at(0).at(2).toInt(), LogEntryModel::PageSize - 1);
    QCOMPARE(bodies(model).constFirst(), QStringLiteral("entry %1").arg(Rest));
    QVERIFY(model.hasOlder());
    QCOMPARE(model.fetchOlder(), Rest);
    QVERIFY(!model.hasOlder());
    QCOMPARE(model.fetchOlder(), 0);
    QCOMPARE(resets.size(), 0);
    QStringList expected;
    for (int i = 0; i < ids.size(); ++i)
        expected << QStringLiteral("entry %1").arg(i);
    QCOMPARE(bodies(model), expected);
}

void TestLogEntryModel::revealReadsUntilTheEntry()
{
    const QList<QUuid> ids = appendMany(LogEntryModel::PageSize * 3);
    LogEntryModel model(m_temp->store());
    model.setIncident(m_incident.id);
    QVERIFY(!model.indexOfId(ids.at(5)).isValid());
    const QModelIndex found = model.reveal(ids.at(5));
    QVERIFY(found.isValid());
    QCOMPARE(found.data(LogEntryModel::BodyRole).toString(), QStringLiteral("entry 5"));
    QCOMPARE(model.rowCount(), LogEntryModel::PageSize * 3);
    QVERIFY(!model.reveal(QUuid::createUuid()).isValid());
}

// Another window's write reloads the entries shown and any newer ones; pages read earlier stay.
void TestLogEntryModel::reloadKeepsTheEarlierPages()
{
    appendMany(LogEntryModel::PageSize + 10);
    LogEntryModel model(m_temp->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIncident(m_incident.id);
    model.fetchOlder();
    QCOMPARE(model.rowCount(), LogEntryModel::PageSize + 10);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    append(QStringLiteral("newest"));
    model.reload();
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.rowCount(), LogEntryModel::PageSize + 11);
    QCOMPARE(bodies(model).constFirst(), QStringLiteral("entry 0"));
    QCOMPARE(bodies(model).constLast(), QStringLiteral("newest"));
    QVERIFY(!model.hasOlder());
}

QTEST_GUILESS_MAIN(TestLogEntryModel)
#include "tst_logentrymodel.moc"
