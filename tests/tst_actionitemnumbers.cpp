// Action items are named by a short number that users type (`hindsight action set A12`): unique across the store,
// never given to another item, kept through edits, reopening and the migration that introduced it.
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "testsupport.h"

#include <QTest>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

Incident createIncident(Store &store, const QString &title)
{
    Incident draft;
    draft.title = title;
    return IncidentStore(store).create(draft);
}

ActionItem addItem(Store &store, const Incident &incident, const QString &title)
{
    ActionItem draft;
    draft.incidentId = incident.id;
    draft.title = title;
    draft.owner = u"SRE team"_s;
    return ActionItemStore(store).add(draft);
}

QStringList titles(const QList<ActionItem> &items)
{
    QStringList result;
    for (const ActionItem &item : items)
        result << item.title;
    return result;
}

} // namespace

class TestActionItemNumbers : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void countAcrossTheStore();
    void neverGivenTwice();
    void keptThroughEditsAndReopening();
    void shortIdText_data();
    void shortIdText();
    void requireByShortId_data();
    void requireByShortId();
    void migrationNumbersExistingItems();
};

void TestActionItemNumbers::countAcrossTheStore()
{
    test::TemporaryStore temp;
    const Incident first = createIncident(temp.store(), u"first"_s);
    const Incident second = createIncident(temp.store(), u"second"_s);
    QCOMPARE(addItem(temp.store(), first, u"a"_s).number, 1);
    QCOMPARE(addItem(temp.store(), second, u"b"_s).number, 2);
    const ActionItem third = addItem(temp.store(), first, u"c"_s);
    QCOMPARE(third.number, 3);
    QCOMPARE(third.shortId(), u"A3"_s);
    // Two connections adding at once still get different numbers.
    const auto other = temp.openAgain();
    QCOMPARE(addItem(*other, second, u"d"_s).number, 4);
    QCOMPARE(addItem(temp.store(), second, u"e"_s).number, 5);
    QCOMPARE(titles(ActionItemStore(temp.store()).forIncident(first.id)), (QStringList{u"a"_s, u"c"_s}));
}

void TestActionItemNumbers::neverGivenTwice()
{
    test::TemporaryStore temp;
    const Incident incident = createIncident(temp.store(), u"incident"_s);
    ActionItemStore items(temp.store());
    addItem(temp.store(), incident, u"one"_s);
    const ActionItem two = addItem(temp.store(), incident, u"two"_s);
    items.remove(two.id);
    // A2 quoted in a chat thread must not come to mean another item.
    QCOMPARE(addItem(temp.store(), incident, u"three"_s).number, 3);
    QVERIFY(!items.byNumber(2));
    temp.close();
    temp.reopen();
    QCOMPARE(addItem(temp.store(), incident, u"four"_s).number, 4);

    // A failed add gives no number away either.
    ActionItem orphan;
    orphan.incidentId = QUuid::createUuid();
    orphan.title = u"orphan"_s;
    QVERIFY_THROWS_EXCEPTION(StoreError, ActionItemStore(temp.store()).add(orphan));
    QCOMPARE(addItem(temp.store(), incident, u"five"_s).number, 5);
}

void TestActionItemNumbers::keptThroughEditsAndReopening()
{
    test::TemporaryStore temp;
    const Incident incident = createIncident(temp.store(), u"incident"_s);
    addItem(temp.store(), incident, u"one"_s);
    ActionItem item = addItem(temp.store(), incident, u"two"_s);
    ActionItemStore items(temp.store());
    item.title = u"renamed"_s;
    item.number = 1; // the number is the store's, not the caller's
    item = items.update(item);
    QCOMPARE(item.number, 2);
    items.move(item.id, 0);
    temp.close();
    temp.reopen();
    const std::optional<ActionItem> loaded = ActionItemStore(temp.store()).byNumber(2);
    QVERIFY(loaded);
    QCOMPARE(*loaded, item);
    QCOMPARE(ActionItemStore(temp.store()).byNumber(1)->title, u"one"_s);
}

void TestActionItemNumbers::shortIdText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("number"); // 0: not an ID

    QTest::newRow("as listed") << u"A12"_s << 12;
    QTest::newRow("lower case") << u"a12"_s << 12;
    QTest::newRow("number only") << u"12"_s << 12;
    QTest::newRow("spaces around") << u" A7 "_s << 7;
    QTest::newRow("leading zero") << u"A007"_s << 7;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("letter only") << u"A"_s << 0;
    QTest::newRow("zero") << u"A0"_s << 0;
    QTest::newRow("negative") << u"A-1"_s << 0;
    QTest::newRow("plus") << u"+3"_s << 0;
    QTest::newRow("another letter") << u"B12"_s << 0;
    QTest::newRow("incident number") << u"#12"_s << 0;
    QTest::newRow("full-width digits") << u"Ａ１２"_s << 0;
    QTest::newRow("space inside") << u"A 12"_s << 0;
    QTest::newRow("too long") << u"A12345678901"_s << 0;
    QTest::newRow("uuid") << u"3f2a9c1e-0000-4000-8000-000000000000"_s << 0;
}

void TestActionItemNumbers::shortIdText()
{
    QFETCH(QString, text);
    QFETCH(int, number);
    const std::optional<int> parsed = ActionItem::numberFromShortId(text);
    QCOMPARE(parsed.value_or(0), number);
    if (number > 0) {
        ActionItem item;
        item.number = number;
        QCOMPARE(ActionItem::numberFromShortId(item.shortId()), number);
    }
}

void TestActionItemNumbers::requireByShortId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title"); // empty: refused
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("A2") << u"A2"_s << u"two"_s << 0 << QString();
    QTest::newRow("a2") << u"a2"_s << u"two"_s << 0 << QString();
    QTest::newRow("2") << u"2"_s << u"two"_s << 0 << QString();
    QTest::newRow("no such item") << u"A9"_s << QString() << int(StoreError::Kind::NotFound)
                                  << u"There is no action item A9 in %1."_s;
    QTest::newRow("not an ID") << u"B2"_s << QString() << int(StoreError::Kind::Invalid)
                               << u"'B2' is not an action item ID: IDs look like A12 (or just 12)."_s;
}

void TestActionItemNumbers::requireByShortId()
{
    QFETCH(QString, id);
    QFETCH(QString, title);
    QFETCH(int, kind);
    QFETCH(QString, message);

    test::TemporaryStore temp;
    const Incident incident = createIncident(temp.store(), u"incident"_s);
    addItem(temp.store(), incident, u"one"_s);
    addItem(temp.store(), incident, u"two"_s);
    ActionItemStore items(temp.store());
    if (!title.isEmpty()) {
        QCOMPARE(items.require(id).title, title);
        return;
    }
    try {
        items.require(id);
        QFAIL("found an item that does not exist");
    } catch (const StoreError &error) {
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(error.message(), message.contains(u"%1"_s) ? message.arg(temp.store().path()) : message);
    }
}

void TestActionItemNumbers::migrationNumbersExistingItems()
{
    test::TemporaryStore temp;
    const Incident first = createIncident(temp.store(), u"first"_s);
    const Incident second = createIncident(temp.store(), u"second"_s);
    const ActionItem a = addItem(temp.store(), first, u"a"_s);
    const ActionItem b = addItem(temp.store(), second, u"b"_s);
    const ActionItem c = addItem(temp.store(), first, u"c"_s);
    const ActionItem d = addItem(temp.store(), second, u"d"_s);
    ActionItemStore(temp.store()).remove(b.id);
    ActionItemStore(temp.store()).move(c.id, 0);

    // Take the store back to schema version 3, as a Hindsight without action item numbers left it.
    Store &store = temp.store();
    test::downgradeSchema(store, 3);
    temp.close();
    temp.reopen();

    // Numbered in the order they were added; positions within each incident stay as they were.
    ActionItemStore items(temp.store());
    QCOMPARE(items.byNumber(1)->id, a.id);
    QCOMPARE(items.byNumber(2)->id, c.id);
    QCOMPARE(items.byNumber(3)->id, d.id);
    QVERIFY(!items.byNumber(4));
    QCOMPARE(titles(items.forIncident(first.id)), (QStringList{u"c"_s, u"a"_s}));
    QCOMPARE(addItem(temp.store(), second, u"e"_s).number, 4);
    QCOMPARE(test::integrityCheck(temp.path()), u"ok"_s);
}

QTEST_GUILESS_MAIN(TestActionItemNumbers)
#include "tst_actionitemnumbers.moc"
