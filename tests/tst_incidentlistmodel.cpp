// The incident list model: a paged view onto the store, open incidents first.
#include "domain/displaytime.h"
#include "itemmodel/incidentlistmodel.h"
#include "store/incidentstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

constexpr int StoreSize = 450;

/// Every third incident is resolved or closed, so that open and finished incidents alternate across the pages.
IncidentStatus statusOf(int number)
{
    static const IncidentStatus cycle[] = {IncidentStatus::Investigating, IncidentStatus::Mitigated,
                                           IncidentStatus::Resolved,      IncidentStatus::Investigating,
                                           IncidentStatus::Mitigated,     IncidentStatus::Closed};
    return cycle[number % 6];
}

Severity severityOf(int number)
{
    return allValues<Severity>()[number % 4];
}

/// Fills the store with incidents numbered 1..count, in one transaction so that it stays quick.
void fill(Store &store, int count)
{
    Store::WriteTransaction transaction(store);
    IncidentStore incidents(store);
    for (int number = 1; number <= count; ++number) {
        Incident draft;
        draft.title = u"Incident %1"_s.arg(number);
        draft.severity = severityOf(number);
        draft.status = statusOf(number);
        draft.detectedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(3600LL * number);
        incidents.create(draft);
    }
    transaction.commit();
}

QList<int> numbersIn(const IncidentListModel &model)
{
    QList<int> numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers << model.index(row, 0).data(IncidentListModel::NumberRole).toInt();
    return numbers;
}

/// What the list must show: open incidents newest first, then resolved and closed ones newest first.
QList<int> expectedOrder(int count)
{
    QList<int> open;
    QList<int> finished;
    for (int number = count; number >= 1; --number)
        (isOpen(statusOf(number)) ? open : finished) << number;
    return open + finished;
}

void fetchAll(IncidentListModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

class TestIncidentListModel : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void passesModelTester();
    void emptyStore();
    void loadsPageByPage();
    void openIncidentsFirst();
    void headers();
    void displayText_data();
    void displayText();
    void timesFollowTheLocale_data();
    void timesFollowTheLocale();
    void roles();
    void incidentAtAndIndexOfNumber();
    void reloadShowsChanges();
    void sortsAcrossPages_data();
    void sortsAcrossPages();
    void filters_data();
    void filters();

private:
    QLocale m_systemLocale;
    QByteArray m_systemZone;
};

void TestIncidentListModel::initTestCase()
{
    // Users read times in their locale and zone; fix both so that the expected text is the same on every machine.
    m_systemLocale = QLocale();
    m_systemZone = qgetenv("TZ");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    qputenv("TZ", "Asia/Tokyo");
}

void TestIncidentListModel::cleanupTestCase()
{
    QLocale::setDefault(m_systemLocale);
    if (m_systemZone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", m_systemZone);
}

void TestIncidentListModel::passesModelTester()
{
    test::TemporaryStore temp;
    fill(temp.store(), StoreSize);
    IncidentListModel model(temp.store());
    // The tester also fetches from inside the model's signals: each incident must still be listed once.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    fetchAll(model);
    QCOMPARE(numbersIn(model), expectedOrder(StoreSize));
    Incident draft;
    draft.title = u"One more"_s;
    const int added = IncidentStore(temp.store()).create(draft).number;
    model.reload();
    fetchAll(model);
    QCOMPARE(numbersIn(model), QList<int>{added} + expectedOrder(StoreSize));

    for (int column : {int(IncidentListModel::TitleColumn), int(IncidentListModel::SeverityColumn), -1}) {
        model.sort(column, Qt::DescendingOrder);
        fetchAll(model);
        QCOMPARE(model.rowCount(), StoreSize + 1);
    }
    IncidentQuery filter;
    filter.status = IncidentStatus::Closed;
    model.setFilter(filter);
    fetchAll(model);
    QCOMPARE(model.rowCount(), StoreSize / 6);
}

void TestIncidentListModel::emptyStore()
{
    test::TemporaryStore temp;
    IncidentListModel model(temp.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(IncidentListModel::ColumnCount));
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(!model.indexOfNumber(1).isValid());
}

void TestIncidentListModel::loadsPageByPage()
{
    static_assert(IncidentListModel::PageSize == 200);
    test::TemporaryStore temp;
    fill(temp.store(), StoreSize);
    IncidentListModel model(temp.store());

    // Only the first page is read when the list opens.
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore({}));
    // The rows are a flat list: nothing to fetch under a row.
    QVERIFY(!model.canFetchMore(model.index(0, 0)));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(model.index(0, 0));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), 200);

    model.fetchMore({});
    QCOMPARE(model.rowCount(), 400);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), QModelIndex());
    QCOMPARE(inserted.at(0).at(1).toInt(), 200);
    QCOMPARE(inserted.at(0).at(2).toInt(), 399);
    QVERIFY(model.canFetchMore({}));

    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 400);
    QCOMPARE(inserted.at(1).at(2).toInt(), 449);
    QVERIFY(!model.canFetchMore({}));

    // Nothing more to read: a further fetch changes nothing.
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(inserted.size(), 2);

    // Every incident exactly once across the pages.
    QList<int> numbers = numbersIn(model);
    std::sort(numbers.begin(), numbers.end());
    QList<int> all;
    for (int number = 1; number <= StoreSize; ++number)
        all << number;
    QCOMPARE(numbers, all);
}

void TestIncidentListModel::openIncidentsFirst()
{
    test::TemporaryStore temp;
    fill(temp.store(), StoreSize);
    IncidentListModel model(temp.store());
    const QList<int> expected = expectedOrder(StoreSize);

    QCOMPARE(numbersIn(model), expected.mid(0, 200));
    fetchAll(model);
    QCOMPARE(numbersIn(model), expected);

    int firstFinished = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto status = fromKey<IncidentStatus>(model.index(row, 0).data(IncidentListModel::StatusRole).toString());
        QVERIFY(status);
        if (!isOpen(*status) && firstFinished < 0)
            firstFinished = row;
        if (firstFinished >= 0)
            QVERIFY2(!isOpen(*status), qPrintable(u"open incident in row %1, after finished ones"_s.arg(row)));
    }
    QCOMPARE(firstFinished, 300); // 450 incidents, one in three finished
}

void TestIncidentListModel::headers()
{
    test::TemporaryStore temp;
    IncidentListModel model(temp.store());
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{u"#"_s, u"Severity"_s, u"Status"_s, u"Title"_s, u"Detected"_s}));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
}

void TestIncidentListModel::displayText_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("toolTip");

    QTest::newRow("number") << int(IncidentListModel::NumberColumn) << u"7"_s << QString();
    QTest::newRow("severity") << int(IncidentListModel::SeverityColumn) << u"Critical"_s << QString();
    QTest::newRow("status") << int(IncidentListModel::StatusColumn) << u"Mitigated"_s << QString();
    QTest::newRow("title") << int(IncidentListModel::TitleColumn) << u"決済API 5xx above 2% in eu-west-1"_s
                           << u"決済API 5xx above 2% in eu-west-1"_s;
    // Stored in UTC, shown in the local zone (Asia/Tokyo, nine hours ahead) and the locale's formats.
    QTest::newRow("detected") << int(IncidentListModel::DetectedColumn) << u"23/11/2026 14:05"_s
                              << u"Monday, 23 November 2026 14:05:30 JST"_s;
}

void TestIncidentListModel::displayText()
{
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QString, toolTip);

    test::TemporaryStore temp;
    fill(temp.store(), 6);
    Incident draft;
    draft.title = u"決済API 5xx above 2% in eu-west-1"_s;
    draft.severity = Severity::Critical;
    draft.status = IncidentStatus::Mitigated;
    draft.detectedAt = QDateTime(QDate(2026, 11, 23), QTime(5, 5, 30), Qt::UTC);
    QCOMPARE(IncidentStore(temp.store()).create(draft).number, 7);

    IncidentListModel model(temp.store());
    const QModelIndex index = model.indexOfNumber(7);
    QVERIFY(index.isValid());
    const QModelIndex cell = index.siblingAtColumn(column);
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), display);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), toolTip);
    const int alignment = cell.data(Qt::TextAlignmentRole).toInt();
    if (column == IncidentListModel::NumberColumn)
        QCOMPARE(alignment, int(Qt::AlignRight | Qt::AlignVCenter));
    else
        QCOMPARE(alignment, 0);
}

void TestIncidentListModel::roles()
{
    test::TemporaryStore temp;
    fill(temp.store(), 3);
    Incident draft;
    draft.title = u"Checkout down"_s;
    draft.severity = Severity::High;
    draft.status = IncidentStatus::Mitigated;
    const Incident created = IncidentStore(temp.store()).create(draft);

    IncidentListModel model(temp.store());
    const QModelIndex index = model.indexOfNumber(created.number);
    QVERIFY(index.isValid());
    // The same answer whichever column a delegate asks.
    for (int column = 0; column < model.columnCount(); ++column) {
        const QModelIndex cell = index.siblingAtColumn(column);
        QCOMPARE(cell.data(IncidentListModel::IdRole).toUuid(), created.id);
        QCOMPARE(cell.data(IncidentListModel::NumberRole).toInt(), created.number);
        QCOMPARE(cell.data(IncidentListModel::SeverityRole).toString(), u"high"_s);
        QCOMPARE(cell.data(IncidentListModel::StatusRole).toString(), u"mitigated"_s);
    }

    const QHash<int, QByteArray> names = model.roleNames();
    QCOMPARE(names.value(IncidentListModel::IdRole), QByteArray("id"));
    QCOMPARE(names.value(IncidentListModel::NumberRole), QByteArray("number"));
    QCOMPARE(names.value(IncidentListModel::SeverityRole), QByteArray("severity"));
    QCOMPARE(names.value(IncidentListModel::StatusRole), QByteArray("status"));
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
}

void TestIncidentListModel::incidentAtAndIndexOfNumber()
{
    test::TemporaryStore temp;
    fill(temp.store(), StoreSize);
    IncidentListModel model(temp.store());

    const QModelIndex top = model.index(0, IncidentListModel::TitleColumn);
    const Incident &incident = model.incidentAt(top);
    QCOMPARE(incident.number, expectedOrder(StoreSize).first());
    QCOMPARE(incident.title, u"Incident %1"_s.arg(incident.number));
    QCOMPARE(model.indexOfNumber(incident.number).row(), 0);

    // Only rows loaded so far can be found; the oldest resolved incident is on the last page.
    const int last = expectedOrder(StoreSize).last();
    QVERIFY(!model.indexOfNumber(last).isValid());
    fetchAll(model);
    QCOMPARE(model.indexOfNumber(last).row(), StoreSize - 1);
    QCOMPARE(model.incidentAt(model.indexOfNumber(last)).number, last);
    QVERIFY(!model.indexOfNumber(StoreSize + 1).isValid());
}

void TestIncidentListModel::reloadShowsChanges()
{
    test::TemporaryStore temp;
    fill(temp.store(), StoreSize);
    IncidentListModel model(temp.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);

    // Changes made elsewhere (another window, the CLI) show after reload(), not before.
    IncidentStore incidents(temp.store());
    const int top = expectedOrder(StoreSize).first();
    Incident resolved = *incidents.byNumber(top);
    resolved.status = IncidentStatus::Resolved;
    incidents.update(resolved, u"tester"_s);
    Incident draft;
    draft.title = u"Newest"_s;
    draft.severity = Severity::Critical;
    const int newest = incidents.create(draft).number;
    QCOMPARE(newest, StoreSize + 1);
    QCOMPARE(model.index(0, 0).data(IncidentListModel::StatusRole).toString(), toKey(statusOf(top)));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QCOMPARE(reset.size(), 1);
    // Back to the first page only.
    QCOMPARE(model.rowCount(), int(IncidentListModel::PageSize));
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.index(0, IncidentListModel::NumberColumn).data().toInt(), newest);
    QCOMPARE(model.index(0, IncidentListModel::TitleColumn).data().toString(), u"Newest"_s);
    QCOMPARE(model.index(0, IncidentListModel::SeverityColumn).data().toString(), u"Critical"_s);
    QCOMPARE(model.index(1, IncidentListModel::NumberColumn).data().toInt(), expectedOrder(StoreSize).at(1));

    fetchAll(model);
    QCOMPARE(model.rowCount(), StoreSize + 1);
    // The incident that was resolved has moved among the finished ones, to its place by number.
    const QModelIndex moved = model.indexOfNumber(top);
    QVERIFY(moved.isValid());
    QCOMPARE(moved.siblingAtColumn(IncidentListModel::StatusColumn).data().toString(), u"Resolved"_s);
    QCOMPARE(moved.row(), 300);
}

void TestIncidentListModel::sortsAcrossPages_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QList<int>>("expected");

    QList<int> ascending;
    for (int number = 1; number <= StoreSize; ++number)
        ascending << number;
    QList<int> descending = ascending;
    std::reverse(descending.begin(), descending.end());
    // Most severe first; among equals, newest first.
    QList<int> bySeverity = descending;
    std::stable_sort(bySeverity.begin(), bySeverity.end(),
                     [](int a, int b) { return int(severityOf(a)) > int(severityOf(b)); });

    QTest::newRow("number ascending") << int(IncidentListModel::NumberColumn) << Qt::AscendingOrder << ascending;
    QTest::newRow("number descending") << int(IncidentListModel::NumberColumn) << Qt::DescendingOrder << descending;
    QTest::newRow("severity descending") << int(IncidentListModel::SeverityColumn) << Qt::DescendingOrder << bySeverity;
    QTest::newRow("detected ascending") << int(IncidentListModel::DetectedColumn) << Qt::AscendingOrder << ascending;
    QTest::newRow("back to open first") << -1 << Qt::AscendingOrder << expectedOrder(StoreSize);
}

void TestIncidentListModel::sortsAcrossPages()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QList<int>, expected);

    test::TemporaryStore temp;
    fill(temp.store(), StoreSize);
    IncidentListModel model(temp.store());
    model.sort(IncidentListModel::TitleColumn, Qt::AscendingOrder);
    fetchAll(model);

    // The store sorts, so the rows of later pages come in the same order as the first page's.
    model.sort(column, order);
    QCOMPARE(model.rowCount(), int(IncidentListModel::PageSize));
    fetchAll(model);
    QCOMPARE(numbersIn(model), expected);
}

void TestIncidentListModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QList<int>>("expected");

    QList<int> closed;
    QList<int> investigatingLow;
    for (int number = StoreSize; number >= 1; --number) {
        if (statusOf(number) == IncidentStatus::Closed)
            closed << number;
        if (statusOf(number) == IncidentStatus::Investigating && severityOf(number) == Severity::Low)
            investigatingLow << number;
    }

    QTest::newRow("number") << u"#7"_s << -1 << -1 << QList<int>{7};
    // Case-insensitive, in the title; open ones first as ever.
    QTest::newRow("title") << u"incident 44"_s << -1 << -1
                           << QList<int>{448, 447, 445, 444, 442, 441, 449, 446, 443, 440, 44};
    QTest::newRow("status") << QString() << int(IncidentStatus::Closed) << -1 << closed;
    QTest::newRow("status and severity") << QString() << int(IncidentStatus::Investigating) << int(Severity::Low)
                                         << investigatingLow;
    QTest::newRow("nothing") << u"no such incident"_s << -1 << -1 << QList<int>{};
}

void TestIncidentListModel::filters()
{
    QFETCH(QString, text);
    QFETCH(int, status);
    QFETCH(int, severity);
    QFETCH(QList<int>, expected);

    test::TemporaryStore temp;
    fill(temp.store(), StoreSize);
    IncidentListModel model(temp.store());
    IncidentQuery filter;
    filter.text = text;
    if (status >= 0)
        filter.status = IncidentStatus(status);
    if (severity >= 0)
        filter.severity = Severity(severity);
    model.setFilter(filter);
    fetchAll(model);
    QCOMPARE(numbersIn(model), expected);
    QCOMPARE(model.filter().text, text);
}

void TestIncidentListModel::timesFollowTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("time");

    // 05:05:30 UTC is 14:05:30 in Tokyo. Years always have four digits, even where the locale's short format has two.
    QTest::newRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan) << u"2026/11/23"_s << u"14:05"_s;
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << u"23/11/2026"_s << u"14:05"_s;
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << u"23.11.2026"_s << u"14:05"_s;
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << u"11/23/2026"_s << u"2:05"_s;
}

void TestIncidentListModel::timesFollowTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, date);
    QFETCH(QString, time);
    const QDateTime at(QDate(2026, 11, 23), QTime(5, 5, 30), QTimeZone::utc());
    const QString shown = displaytime::dateTime(at, false, locale);
    QVERIFY2(shown.startsWith(date + u' ' + time), qPrintable(shown));
    QVERIFY2(!shown.contains(u":30"_s), qPrintable(shown));
    QVERIFY2(displaytime::dateTime(at, true, locale).contains(time + u":30"_s), qPrintable(shown));
    QVERIFY(displaytime::time(at, true, locale).startsWith(time + u":30"_s));
    // What is shown reads back as the same minute.
    QCOMPARE(locale.toDateTime(shown, displaytime::dateTimeFormat(false, locale)),
             QDateTime(QDate(2026, 11, 23), QTime(14, 5)));
    QCOMPARE(displaytime::dateTime(QDateTime(), false, locale), QString());
}

QTEST_GUILESS_MAIN(TestIncidentListModel)
#include "tst_incidentlistmodel.moc"
