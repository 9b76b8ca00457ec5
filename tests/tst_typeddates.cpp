// Dates and times typed by hand (issue 16): an action item's due date and an occurrence's end are read in the forms
// people type them, and what cannot be read is said, never dropped (the GUI side is in tst_actionregister and
// tst_incidentview).
#include "domain/displaytime.h"
#include "testsupport.h"

#include <QTest>

using namespace hindsight;
using namespace Qt::StringLiterals;

class TestTypedDates : public test::TestCase
{
    Q_OBJECT

private slots:
    void datesAsPeopleTypeThem_data();
    void datesAsPeopleTypeThem();
    void unreadableDatesAreInvalid_data();
    void unreadableDatesAreInvalid();
    void timeOfDayLandsOnTheDay();
};

namespace {

// Thursday 3 December 2026.
const QDate Today(2026, 12, 3);

} // namespace

void TestTypedDates::datesAsPeopleTypeThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QDate>("expected");
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale ja(QLocale::Japanese, QLocale::Japan);
    QTest::newRow("iso") << u"2026-12-15"_s << uk << QDate(2026, 12, 15);
    QTest::newRow("iso slashes") << u"2026/12/15"_s << us << QDate(2026, 12, 15);
    QTest::newRow("uk window format") << u"15/12/2026"_s << uk << QDate(2026, 12, 15);
    QTest::newRow("us window format") << u"12/15/2026"_s << us << QDate(2026, 12, 15);
    QTest::newRow("us two-digit year") << u"12/15/26"_s << us << QDate(2026, 12, 15);
    QTest::newRow("ja window format") << u"2026/12/15"_s << ja << QDate(2026, 12, 15);
    QTest::newRow("day month year") << u"20 Dec 2026"_s << uk << QDate(2026, 12, 20);
    QTest::newRow("lower case") << u"20 dec 2026"_s << ja << QDate(2026, 12, 20);
    QTest::newRow("month day year") << u"Dec 20, 2026"_s << us << QDate(2026, 12, 20);
    QTest::newRow("full month") << u"20 December 2026"_s << uk << QDate(2026, 12, 20);
    QTest::newRow("no year, ahead") << u"20 Dec"_s << uk << QDate(2026, 12, 20);
    QTest::newRow("no year, passed") << u"Jan 5"_s << uk << QDate(2027, 1, 5);
    QTest::newRow("japanese full") << u"2026年12月20日"_s << uk << QDate(2026, 12, 20);
    QTest::newRow("japanese no year") << u"1月5日"_s << ja << QDate(2027, 1, 5);
    QTest::newRow("today") << u"today"_s << uk << Today;
    QTest::newRow("Tomorrow") << u"Tomorrow"_s << uk << Today.addDays(1);
    QTest::newRow("yesterday") << u"yesterday"_s << uk << Today.addDays(-1);
    QTest::newRow("+3d") << u"+3d"_s << uk << Today.addDays(3);
    QTest::newRow("+3") << u"+3"_s << uk << Today.addDays(3);
    QTest::newRow("+2w") << u"+2w"_s << uk << Today.addDays(14);
    QTest::newRow("in 10 days") << u"in 10 days"_s << uk << Today.addDays(10);
    QTest::newRow("in 1 week") << u"in 1 week"_s << uk << Today.addDays(7);
    QTest::newRow("friday") << u"friday"_s << uk << QDate(2026, 12, 4);
    QTest::newRow("fri") << u"Fri"_s << uk << QDate(2026, 12, 4);
    QTest::newRow("thursday is next week's") << u"thursday"_s << uk << QDate(2026, 12, 10);
    QTest::newRow("monday") << u"mon"_s << uk << QDate(2026, 12, 7);
    QTest::newRow("this friday") << u"this friday"_s << uk << QDate(2026, 12, 4);
    QTest::newRow("next friday") << u"next friday"_s << uk << QDate(2026, 12, 11);
    QTest::newRow("next week") << u"next week"_s << uk << QDate(2026, 12, 7);
    QTest::newRow("今日") << u"今日"_s << ja << Today;
    QTest::newRow("明日") << u"明日"_s << ja << Today.addDays(1);
    QTest::newRow("あさって") << u"あさって"_s << ja << Today.addDays(2);
    QTest::newRow("3日後") << u"3日後"_s << ja << Today.addDays(3);
    QTest::newRow("2週間後") << u"2週間後"_s << ja << Today.addDays(14);
    QTest::newRow("金曜") << u"金曜"_s << ja << QDate(2026, 12, 4);
    QTest::newRow("金曜日") << u"金曜日"_s << ja << QDate(2026, 12, 4);
    QTest::newRow("来週金曜") << u"来週金曜"_s << ja << QDate(2026, 12, 11);
    QTest::newRow("来週の月曜日") << u"来週の月曜日"_s << ja << QDate(2026, 12, 7);
    QTest::newRow("今週金曜") << u"今週金曜"_s << ja << QDate(2026, 12, 4);
    QTest::newRow("来週") << u"来週"_s << ja << QDate(2026, 12, 7);
    QTest::newRow("spaces around") << u"  tomorrow "_s << uk << Today.addDays(1);
}

void TestTypedDates::datesAsPeopleTypeThem()
{
    QFETCH(QString, text);
    QFETCH(QLocale, locale);
    QFETCH(QDate, expected);
    QCOMPARE(displaytime::parseDate(text, Today, locale), expected);
}

void TestTypedDates::unreadableDatesAreInvalid_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &text : {u""_s, u"next fryday"_s, u"soon"_s, u"2026-13-01"_s, u"2026-02-30"_s, u"31/02/2026"_s,
                                u"+99999d"_s, u"fr"_s, u"来週金"_s.repeated(20), u"12月32日"_s, u"0000-01-01"_s})
        QTest::newRow(qPrintable(text.left(20))) << text;
}

void TestTypedDates::unreadableDatesAreInvalid()
{
    QFETCH(QString, text);
    QVERIFY(!displaytime::parseDate(text, Today, QLocale(QLocale::English, QLocale::UnitedKingdom)).isValid());
}

void TestTypedDates::timeOfDayLandsOnTheDay()
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QDate day(2026, 11, 23);
    QCOMPARE(displaytime::parseTyped(u"06:56"_s, day, uk), QDateTime(day, QTime(6, 56)).toUTC());
    QCOMPARE(displaytime::parseTyped(u"6:56:30"_s, day, uk), QDateTime(day, QTime(6, 56, 30)).toUTC());
    QCOMPARE(displaytime::parseTyped(u"6:56 pm"_s, day, uk), QDateTime(day, QTime(18, 56)).toUTC());
    // A whole date and time wins over the day given.
    QCOMPARE(displaytime::parseTyped(u"24/11/2026 07:00"_s, day, uk),
             QDateTime(QDate(2026, 11, 24), QTime(7, 0)).toUTC());
    QVERIFY(!displaytime::parseTyped(u"6.56"_s, day, uk).isValid());
    QVERIFY(!displaytime::parseTyped(u"06:56"_s, QDate(), uk).isValid());
    const QDateTime now = displaytime::parseTyped(u"now"_s, day, uk);
    QVERIFY(qAbs(now.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

QTEST_GUILESS_MAIN(TestTypedDates)
#include "tst_typeddates.moc"
