// The quick-entry box's prefixes: what an engineer types at 3 a.m. becomes the right kind of entry, and the body
// keeps every character they typed.
#include "domain/quickentry.h"

#include <QTest>

using namespace hindsight;

class TestQuickEntry : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void prefixRoundTrip();
};

void TestQuickEntry::parse_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("body");

    QTest::newRow("plain note") << "checking dashboards"
                                << "note"
                                << "checking dashboards";
    QTest::newRow("hypothesis") << "? pool exhausted"
                                << "hypothesis"
                                << "pool exhausted";
    QTest::newRow("finding") << "! max=10"
                             << "finding"
                             << "max=10";
    QTest::newRow("action") << "> restarted api-7"
                            << "action"
                            << "restarted api-7";
    QTest::newRow("dead end") << "x DNS fine"
                              << "dead-end"
                              << "DNS fine";
    QTest::newRow("dead end, capital") << "X DNS fine"
                                       << "dead-end"
                                       << "DNS fine";
    QTest::newRow("decision") << "= roll back"
                              << "decision"
                              << "roll back";
    QTest::newRow("Japanese body") << "! 原因はDB接続プール"
                                   << "finding"
                                   << "原因はDB接続プール";
    QTest::newRow("no space: not a prefix") << "?why"
                                            << "note"
                                            << "?why";
    QTest::newRow("word starting with x") << "xargs failed"
                                          << "note"
                                          << "xargs failed";
    QTest::newRow("bullet stays a bullet") << "* item\n* item"
                                           << "note"
                                           << "* item\n* item";
    QTest::newRow("only first prefix counts") << "? ! both"
                                              << "hypothesis"
                                              << "! both";
    QTest::newRow("body kept exactly") << "!   indented\n\tcode | pipe `x`  "
                                       << "finding"
                                       << "  indented\n\tcode | pipe `x`  ";
    QTest::newRow("prefix not at start") << " ? leading space"
                                         << "note"
                                         << " ? leading space";
    QTest::newRow("empty") << ""
                           << "note"
                           << "";
}

void TestQuickEntry::parse()
{
    QFETCH(QString, typed);
    QFETCH(QString, kind);
    QFETCH(QString, body);
    const QuickEntry entry = QuickEntry::parse(typed);
    QCOMPARE(toKey(entry.kind), kind);
    QCOMPARE(entry.body, body);
}

void TestQuickEntry::prefixRoundTrip()
{
    for (const LogEntryKind kind : allValues<LogEntryKind>()) {
        const QuickEntry entry = QuickEntry::parse(QuickEntry::prefixFor(kind) + QStringLiteral("text"));
        QCOMPARE(entry.kind, kind);
        QCOMPARE(entry.body, QStringLiteral("text"));
    }
}

QTEST_GUILESS_MAIN(TestQuickEntry)
#include "tst_quickentry.moc"
