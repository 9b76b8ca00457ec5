// The postmortem workflow on the command line, as a script or a user meets it: action items (`hindsight action`),
// the postmortem's text (`hindsight postmortem`) and its review (`hindsight review`), run as the real binary.
#include "store/incidentstore.h"
#include "store/postmortemstore.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

using Run = test::CliRun;

QStringList shortIds(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids << item[u"shortId"_s].toString();
    return ids;
}

} // namespace

class TestCliWorkflow : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void init();

    void helpListsTheCommands();
    void actionHelp_data();
    void actionHelp();

    void actionAddPrintsTheId();
    void actionListText();
    void actionListJson();
    void actionListFilters_data();
    void actionListFilters();
    void actionListEmpty();
    void actionSetChangesFields();
    void actionSetClears();
    void actionRemove();
    void actionErrors_data();
    void actionErrors();
    void actionStoreRefused();

    void closingNeedsAnApprovedPostmortem();
    void lowIncidentClosesWithoutPostmortem();
    void postmortemText();
    void criticalReviewWorkflow();
    void highReviewNeedsTheFacilitatorsDecision();
    void reviewErrors_data();
    void reviewErrors();

private:
    Run hindsight(const QStringList &arguments, const QByteArray &input = {}) const;
    QJsonArray actionList(const QStringList &filters = {}) const;
    QJsonObject show(int number) const;
    /// Incident 1 (High) and 2 (Low) with four action items of every kind.
    void addFourItems();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QProcessEnvironment m_environment;
};

void TestCliWorkflow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"store.sqlite"_s);
    m_environment = test::isolatedCliEnvironment(m_dir->filePath(u"home"_s));
}

Run TestCliWorkflow::hindsight(const QStringList &arguments, const QByteArray &input) const
{
    return test::runCli(QStringList{u"--db"_s, m_db} + arguments, m_environment, input);
}

QJsonArray TestCliWorkflow::actionList(const QStringList &filters) const
{
    const Run run = hindsight(QStringList{u"action"_s, u"list"_s, u"--json"_s} + filters);
    if (run.exitCode != 0)
        qWarning("hindsight action list failed: %s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QJsonObject TestCliWorkflow::show(int number) const
{
    const Run run = hindsight({u"show"_s, QString::number(number), u"--json"_s});
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

void TestCliWorkflow::addFourItems()
{
    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"Checkout API 5xx"_s, u"--severity"_s, u"high"_s}).out, u"1\n"_s);
    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"Staging disk full"_s, u"--severity"_s, u"low"_s}).out, u"2\n"_s);
    const QList<QStringList> items{
        {u"1"_s, u"--title"_s, u"Watch pool size"_s, u"--type"_s, u"prevent"_s, u"--priority"_s, u"high"_s,
         u"--owner"_s, u"SRE team"_s, u"--due"_s, u"2099-12-31"_s, u"--url"_s, u"https://tracker.example.com/SRE-12"_s},
        {u"#1"_s, u"--title"_s, u"Raise pool max"_s, u"--type"_s, u"repair"_s, u"--priority"_s, u"middle"_s,
         u"--owner"_s, u"Dev team"_s, u"--due"_s, u"2020-01-01"_s},
        {u"2"_s, u"--title"_s, u"Write the runbook"_s, u"--type"_s, u"improve"_s, u"--priority"_s, u"low"_s,
         u"--owner"_s, u"Alice"_s},
        {u"2"_s, u"--title"_s, u"Check the disk"_s, u"--type"_s, u"investigate"_s, u"--priority"_s, u"low"_s,
         u"--owner"_s, u"Bob"_s, u"--due"_s, u"2021-06-01"_s},
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Run run = hindsight(QStringList{u"action"_s, u"add"_s} + items.at(i));
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"A%1\n"_s.arg(i + 1));
    }
    QCOMPARE(hindsight({u"action"_s, u"set"_s, u"A3"_s, u"--status"_s, u"in-progress"_s}).exitCode, 0);
    QCOMPARE(hindsight({u"action"_s, u"set"_s, u"A4"_s, u"--status"_s, u"done"_s}).exitCode, 0);
}

void TestCliWorkflow::helpListsTheCommands()
{
    const Run run = hindsight({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    for (const QString &line :
         {u"\n  action +Add, list, change and remove action items.\n"_s,
          u"\n  postmortem +Show or write an incident's postmortem.\n"_s,
          u"\n  review +Record the review of a postmortem, submit, approve or reopen it.\n"_s,
          u"\n  playbook +Add, list, show and change playbooks, or make one from an incident.\n"_s,
          u"\n  suggest +Suggest the playbooks and past incidents most like an incident.\n"_s})
        QVERIFY2(run.out.contains(QRegularExpression(line)), qPrintable(run.out));
}

void TestCliWorkflow::actionHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QStringList>("contains");

    QTest::newRow("action add") << QStringList{u"action"_s, u"add"_s, u"--help"_s}
                                << u"Usage: hindsight action add [options] NUMBER\n"
                                   "Add an action item to an incident and print its ID.\n"_s
                                << QStringList{u"--title <TEXT>"_s,
                                               u"--type <TYPE>"_s,
                                               u"repair|investigate|prevent|improve"_s,
                                               u"--priority <PRIORITY>"_s,
                                               u"--owner <NAME>"_s,
                                               u"--due <DATE>"_s,
                                               u"--url <URL>"_s};
    QTest::newRow("action list") << QStringList{u"action"_s, u"list"_s, u"-h"_s}
                                 << u"Usage: hindsight action list [options]\n"
                                    "List action items, soonest due first.\n"_s
                                 << QStringList{u"--owner <NAME>"_s, u"--status <STATUS>"_s,
                                                u"not-started|in-progress|done|wont-do"_s, u"--overdue"_s, u"--json"_s};
    QTest::newRow("action set") << QStringList{u"action"_s, u"set"_s, u"--help"_s}
                                << u"Usage: hindsight action set [options] ID\nChange an action item.\n"_s
                                << QStringList{u"--status <STATUS>"_s, u"--due <DATE>"_s, u"empty to clear"_s,
                                               u"The action item's ID, such as A12."_s};
    QTest::newRow("postmortem") << QStringList{u"postmortem"_s, u"--help"_s}
                                << u"Usage: hindsight postmortem [options] NUMBER\n"
                                   "Show or write an incident's postmortem.\n"_s
                                << QStringList{u"--root-cause <TEXT>"_s, u"--went-well <TEXT>"_s,
                                               u"--went-wrong <TEXT>"_s, u"--got-lucky <TEXT>"_s};
    QTest::newRow("review") << QStringList{u"review"_s, u"--help"_s}
                            << u"Usage: hindsight review [options] NUMBER\n"
                               "Record the review of a postmortem, submit, approve or reopen it.\n"_s
                            << QStringList{u"--submit"_s,           u"--approve"_s,         u"--draft"_s,
                                           u"--date <DATE>"_s,      u"--attendee <NAME>"_s, u"--head-attended"_s,
                                           u"--no-head-attended"_s, u"--head-needed"_s,     u"--head-not-needed"_s};
}

void TestCliWorkflow::actionHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    QFETCH(QStringList, contains);

    const Run run = hindsight(arguments);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(usage), qPrintable(run.out));
    for (const QString &text : contains)
        QVERIFY2(run.out.contains(text), qPrintable(text));
    QVERIFY(!QFile::exists(m_db)); // help needs no store
}

void TestCliWorkflow::actionAddPrintsTheId()
{
    addFourItems();
    // What `action help` shows as a whole: the commands and how IDs look.
    const Run help = hindsight({u"action"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QCOMPARE(help.out, u"Usage: hindsight action add|list|set|remove [options] ...\n"
                       "Add, list, change and remove action items.\n"
                       "\n"
                       "Commands:\n"
                       "  add NUMBER  Add an action item to an incident and print its ID.\n"
                       "  list        List action items, soonest due first.\n"
                       "  set ID      Change an action item.\n"
                       "  remove ID   Delete a mistaken action item; its ID is not used again.\n"
                       "\n"
                       "An action item's ID looks like A12, as 'hindsight action list' shows it; 12 works too.\n"
                       "'hindsight action COMMAND --help' shows a command's options.\n"_s);
}

void TestCliWorkflow::actionListText()
{
    addFourItems();
    const Run run = hindsight({u"action"_s, u"list"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    // Soonest due first, undated last; an open item past its due date is marked, a done one is not.
    QCOMPARE(
        run.out,
        u"ID  INCIDENT  STATUS       PRIORITY  TYPE                OWNER     DUE                   TITLE\n"
        "A2  #1        Not started  Middle    Repair              Dev team  2020-01-01 (overdue)  Raise pool max\n"
        "A4  #2        Done         Low       Investigate         Bob       2021-06-01            Check the disk\n"
        "A1  #1        Not started  High      Prevent recurrence  SRE team  2099-12-31            Watch pool size\n"
        "A3  #2        In progress  Low       Improve             Alice     -                     Write the runbook\n"_s);
}

void TestCliWorkflow::actionListJson()
{
    addFourItems();
    const QJsonArray items = actionList();
    QCOMPARE(shortIds(items), (QStringList{u"A2"_s, u"A4"_s, u"A1"_s, u"A3"_s}));
    const QJsonObject first = items.at(2).toObject();
    QCOMPARE(first.keys(), (QStringList{u"closedAt"_s, u"createdAt"_s, u"dueDate"_s, u"id"_s, u"incidentId"_s,
                                        u"incidentNumber"_s, u"number"_s, u"owner"_s, u"priority"_s, u"shortId"_s,
                                        u"status"_s, u"title"_s, u"trackerUrl"_s, u"type"_s, u"updatedAt"_s}));
    QCOMPARE(first[u"shortId"_s].toString(), u"A1"_s);
    QCOMPARE(first[u"number"_s].toInt(), 1);
    QCOMPARE(first[u"incidentNumber"_s].toInt(), 1);
    QCOMPARE(first[u"incidentId"_s].toString(), show(1)[u"id"_s].toString());
    QCOMPARE(first[u"title"_s].toString(), u"Watch pool size"_s);
    QCOMPARE(first[u"type"_s].toString(), u"prevent"_s);
    QCOMPARE(first[u"priority"_s].toString(), u"high"_s);
    QCOMPARE(first[u"owner"_s].toString(), u"SRE team"_s);
    QCOMPARE(first[u"status"_s].toString(), u"not-started"_s);
    QCOMPARE(first[u"dueDate"_s].toString(), u"2099-12-31"_s);
    QCOMPARE(first[u"trackerUrl"_s].toString(), u"https://tracker.example.com/SRE-12"_s);
    QVERIFY(first[u"closedAt"_s].isNull());
    const QJsonObject done = items.at(1).toObject();
    QCOMPARE(done[u"status"_s].toString(), u"done"_s);
    QCOMPARE(done[u"incidentNumber"_s].toInt(), 2);
    QVERIFY(QDateTime::fromString(done[u"closedAt"_s].toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(items.at(3)[u"dueDate"_s].isNull());
}

void TestCliWorkflow::actionListFilters_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("owner") << QStringList{u"--owner"_s, u"SRE team"_s} << QStringList{u"A1"_s};
    QTest::newRow("status done") << QStringList{u"--status"_s, u"done"_s} << QStringList{u"A4"_s};
    QTest::newRow("status not-started") << QStringList{u"--status"_s, u"Not_Started"_s}
                                        << QStringList{u"A2"_s, u"A1"_s};
    QTest::newRow("overdue: open and past due only") << QStringList{u"--overdue"_s} << QStringList{u"A2"_s};
    QTest::newRow("overdue and owner") << QStringList{u"--overdue"_s, u"--owner"_s, u"Dev team"_s}
                                       << QStringList{u"A2"_s};
    QTest::newRow("overdue of another owner") << QStringList{u"--overdue"_s, u"--owner"_s, u"Alice"_s} << QStringList{};
    QTest::newRow("nobody's") << QStringList{u"--owner"_s, u"nobody"_s} << QStringList{};
}

void TestCliWorkflow::actionListFilters()
{
    QFETCH(QStringList, filters);
    QFETCH(QStringList, expected);

    addFourItems();
    QCOMPARE(shortIds(actionList(filters)), expected);
    const Run text = hindsight(QStringList{u"action"_s, u"list"_s} + filters);
    QCOMPARE(text.exitCode, 0);
    if (expected.isEmpty()) {
        QCOMPARE(text.out, QString());
        QCOMPARE(text.err, u"No action items match.\n"_s);
    } else {
        QCOMPARE(text.out.count(u'\n'), expected.size() + 1);
    }
}

void TestCliWorkflow::actionListEmpty()
{
    const Run run = hindsight({u"action"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, u"No action items. Add one with: hindsight action add NUMBER --title TEXT --type TYPE "
                      "--priority PRIORITY --owner NAME\n"_s);
    QCOMPARE(actionList(), QJsonArray());
}

void TestCliWorkflow::actionSetChangesFields()
{
    addFourItems();
    const QJsonArray before = actionList();
    const Run run =
        hindsight({u"action"_s, u"set"_s, u"a3"_s, u"--title"_s, u"Write the disk runbook"_s, u"--type"_s, u"prevent"_s,
                   u"--priority"_s, u"high"_s, u"--owner"_s, u"SRE team"_s, u"--due"_s, u"2030-04-01"_s, u"--url"_s,
                   u"https://tracker.example.com/SRE-13"_s, u"--status"_s, u"wont-do"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, QString());
    QCOMPARE(run.exitCode, 0);

    const QJsonArray after = actionList();
    QJsonObject changed;
    for (const QJsonValue &item : after) {
        if (item[u"shortId"_s] == u"A3"_s)
            changed = item.toObject();
    }
    QCOMPARE(changed[u"title"_s].toString(), u"Write the disk runbook"_s);
    QCOMPARE(changed[u"type"_s].toString(), u"prevent"_s);
    QCOMPARE(changed[u"priority"_s].toString(), u"high"_s);
    QCOMPARE(changed[u"owner"_s].toString(), u"SRE team"_s);
    QCOMPARE(changed[u"dueDate"_s].toString(), u"2030-04-01"_s);
    QCOMPARE(changed[u"trackerUrl"_s].toString(), u"https://tracker.example.com/SRE-13"_s);
    QCOMPARE(changed[u"status"_s].toString(), u"wont-do"_s);
    QVERIFY(!changed[u"closedAt"_s].isNull());
    // The others are untouched.
    for (const QJsonValue &item : before) {
        if (item[u"shortId"_s] != u"A3"_s)
            QVERIFY(after.contains(item));
    }

    // Reopening it by number alone clears the closed time again.
    QCOMPARE(hindsight({u"action"_s, u"set"_s, u"3"_s, u"--status"_s, u"in-progress"_s}).exitCode, 0);
    QCOMPARE(shortIds(actionList({u"--status"_s, u"in-progress"_s})), QStringList{u"A3"_s});
    QVERIFY(actionList({u"--status"_s, u"in-progress"_s}).at(0)[u"closedAt"_s].isNull());
}

void TestCliWorkflow::actionSetClears()
{
    addFourItems();
    QCOMPARE(hindsight({u"action"_s, u"set"_s, u"A1"_s, u"--due"_s, QString(), u"--url"_s, QString()}).exitCode, 0);
    const QJsonObject item = actionList({u"--owner"_s, u"SRE team"_s}).at(0).toObject();
    QVERIFY(item[u"dueDate"_s].isNull());
    QCOMPARE(item[u"trackerUrl"_s].toString(), QString());
    QCOMPARE(item[u"title"_s].toString(), u"Watch pool size"_s);
}

void TestCliWorkflow::actionRemove()
{
    addFourItems();
    const Run run = hindsight({u"action"_s, u"remove"_s, u"a2"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"Deleted A2 of incident 1: Raise pool max\n"_s);
    QStringList ids;
    for (const QString &status : {u"not-started"_s, u"in-progress"_s, u"done"_s, u"wont-do"_s}) {
        for (const QJsonValue &item : actionList({u"--status"_s, status}))
            ids << item.toObject()[u"shortId"_s].toString();
    }
    ids.sort();
    QCOMPARE(ids, (QStringList{u"A1"_s, u"A3"_s, u"A4"_s}));

    // Gone for good: removing it again, or setting it, says there is no such item; a new item gets A5, not A2.
    const Run again = hindsight({u"action"_s, u"remove"_s, u"A2"_s});
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains(u"A2"_s), qPrintable(again.err));
    const Run added = hindsight({u"action"_s, u"add"_s, u"1"_s, u"--title"_s, u"T"_s, u"--type"_s, u"repair"_s,
                                 u"--priority"_s, u"low"_s, u"--owner"_s, u"O"_s});
    QCOMPARE(added.out, u"A5\n"_s);
}

void TestCliWorkflow::actionErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QStringList add{u"action"_s, u"add"_s, u"1"_s};
    const QStringList complete{u"--title"_s,    u"T"_s,   u"--type"_s,  u"repair"_s,
                               u"--priority"_s, u"low"_s, u"--owner"_s, u"O"_s};
    const auto row = [](const char *name, const QStringList &arguments, const QString &message) {
        QTest::newRow(name) << arguments << message;
    };
    row("no command", {u"action"_s},
        u"hindsight action: give add, list, set or remove. See 'hindsight action --help'."_s);
    row("unknown command", {u"action"_s, u"delete"_s, u"A1"_s},
        u"hindsight action: unknown command 'delete'; give add, list, set or remove. See 'hindsight action "
        "--help'."_s);
    row("remove without ID", {u"action"_s, u"remove"_s},
        u"hindsight action remove: give one action item ID, such as A12."_s);
    row("add without incident", QStringList{u"action"_s, u"add"_s} + complete,
        u"hindsight action add: give one incident number, then the item's --title, --type, --priority and "
        "--owner."_s);
    row("add to an incident that does not exist", QStringList{u"action"_s, u"add"_s, u"9"_s} + complete,
        u"hindsight: There is no incident 9 in %1."_s);
    row("add without title", add + complete.mid(2), u"hindsight action add: --title is required."_s);
    row("add without type", add + complete.mid(0, 2) + complete.mid(4),
        u"hindsight action add: --type is required: one of repair|investigate|prevent|improve."_s);
    row("add with unknown type", add + complete + QStringList{u"--type"_s, u"fix"_s},
        u"hindsight action add: --type must be one of repair|investigate|prevent|improve."_s);
    row("add without priority", add + complete.mid(0, 4) + complete.mid(6),
        u"hindsight action add: --priority is required: one of low|middle|high."_s);
    row("add with unknown priority", add + complete + QStringList{u"--priority"_s, u"urgent"_s},
        u"hindsight action add: --priority must be one of low|middle|high."_s);
    row("add without owner", add + complete.mid(0, 6),
        u"hindsight action add: --owner is required: the team or the person who does it."_s);
    row("add with a bad due date", add + complete + QStringList{u"--due"_s, u"2026-02-30"_s},
        u"hindsight action add: --due '2026-02-30' is not a date such as 2026-12-31."_s);
    row("add with a due time", add + complete + QStringList{u"--due"_s, u"2026-02-03T10:00"_s},
        u"hindsight action add: --due '2026-02-03T10:00' is not a date such as 2026-12-31."_s);
    row("add with a bad URL", add + complete + QStringList{u"--url"_s, u"SRE-12"_s},
        u"hindsight action add: --url 'SRE-12' is not a URL such as https://tracker.example.com/SRE-12."_s);
    row("add with an unknown option", add + complete + QStringList{u"--frob"_s},
        u"hindsight action add: Unknown option 'frob'.\nSee 'hindsight action add --help'."_s);
    row("list with unknown status", {u"action"_s, u"list"_s, u"--status"_s, u"finished"_s},
        u"hindsight action list: --status must be open or one of not-started|in-progress|done|wont-do."_s);
    row("list with an argument", {u"action"_s, u"list"_s, u"A1"_s},
        u"hindsight action list: unexpected argument 'A1'."_s);
    row("set without ID", {u"action"_s, u"set"_s, u"--status"_s, u"done"_s},
        u"hindsight action set: give one action item ID (such as A12), then what to change."_s);
    row("set without changes", {u"action"_s, u"set"_s, u"A1"_s},
        u"hindsight action set: nothing to change: give --status, --title, --type, --priority, --owner, --due or "
        "--url."_s);
    row("set unknown status", {u"action"_s, u"set"_s, u"A1"_s, u"--status"_s, u"finished"_s},
        u"hindsight action set: --status must be one of not-started|in-progress|done|wont-do."_s);
    row("set empty title", {u"action"_s, u"set"_s, u"A1"_s, u"--title"_s, u" "_s},
        u"hindsight action set: --title cannot be empty."_s);
    row("set empty owner", {u"action"_s, u"set"_s, u"A1"_s, u"--owner"_s, QString()},
        u"hindsight action set: --owner cannot be empty: give the team or the person who does it."_s);
    row("set bad due date", {u"action"_s, u"set"_s, u"A1"_s, u"--due"_s, u"31/12/2026"_s},
        u"hindsight action set: --due '31/12/2026' is not a date such as 2026-12-31."_s);
    row("set an ID of another kind", {u"action"_s, u"set"_s, u"#1"_s, u"--status"_s, u"done"_s},
        u"hindsight: '#1' is not an action item ID: IDs look like A12 (or just 12)."_s);
    row("set an item that does not exist", {u"action"_s, u"set"_s, u"A9"_s, u"--status"_s, u"done"_s},
        u"hindsight: There is no action item A9 in %1."_s);
}

void TestCliWorkflow::actionErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"T"_s, u"--severity"_s, u"high"_s}).exitCode, 0);
    QCOMPARE(hindsight({u"action"_s, u"add"_s, u"1"_s, u"--title"_s, u"Existing"_s, u"--type"_s, u"repair"_s,
                        u"--priority"_s, u"low"_s, u"--owner"_s, u"O"_s})
                 .out,
             u"A1\n"_s);
    const QJsonArray before = actionList();

    const Run run = hindsight(arguments);
    QCOMPARE(run.err, (message.contains(u"%1"_s) ? message.arg(m_db) : message) + u'\n');
    QCOMPARE(run.out, QString());
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(actionList(), before);
}

void TestCliWorkflow::actionStoreRefused()
{
    QFile file(m_db);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const QByteArray digest = test::fileDigest(m_db);
    for (const QStringList &arguments :
         {QStringList{u"action"_s, u"list"_s}, QStringList{u"action"_s, u"set"_s, u"A1"_s, u"--status"_s, u"done"_s},
          QStringList{u"review"_s, u"1"_s, u"--approve"_s}, QStringList{u"postmortem"_s, u"1"_s}}) {
        const Run run = hindsight(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"is not a Hindsight store"_s), qPrintable(run.err));
    }
    QCOMPARE(test::fileDigest(m_db), digest);
}

void TestCliWorkflow::closingNeedsAnApprovedPostmortem()
{
    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"T"_s, u"--severity"_s, u"middle"_s}).exitCode, 0);
    QCOMPARE(hindsight({u"set"_s, u"1"_s, u"--status"_s, u"resolved"_s}).exitCode, 0);
    const QJsonObject before = show(1);

    const Run run = hindsight({u"set"_s, u"1"_s, u"--status"_s, u"closed"_s, u"--title"_s, u"Renamed"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, u"hindsight: Incident #1 is Middle and cannot be closed yet: an incident of Middle severity or "
                      "above is closed only once its postmortem has been reviewed and approved. It has no postmortem "
                      "yet: start one, write the root cause, the lessons and the action items, submit it for review "
                      "and approve it after the review meeting.\n"_s);
    // Nothing was written: not the status, not the title, not an automatic log entry.
    QCOMPARE(show(1), before);
    QCOMPARE(before[u"status"_s].toString(), u"resolved"_s);
    QCOMPARE(before[u"logEntries"_s].toArray().size(), 1);
}

void TestCliWorkflow::lowIncidentClosesWithoutPostmortem()
{
    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"Staging down"_s, u"--severity"_s, u"low"_s}).exitCode, 0);
    const Run run = hindsight({u"set"_s, u"1"_s, u"--status"_s, u"closed"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(show(1)[u"status"_s].toString(), u"closed"_s);
}

void TestCliWorkflow::postmortemText()
{
    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"Checkout API 5xx"_s, u"--severity"_s, u"high"_s}).exitCode, 0);
    Run run = hindsight({u"postmortem"_s, u"1"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err,
             u"Incident #1 has no postmortem yet. Start it with: hindsight postmortem 1 --root-cause TEXT\n"_s);

    run = hindsight({u"postmortem"_s, u"1"_s, u"--root-cause"_s, u"接続プールの上限が低すぎた"_s, u"--went-well"_s,
                     u"The alert fired within a minute."_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    run = hindsight({u"postmortem"_s, u"1"_s, u"--went-wrong"_s, u"-"_s},
                    "- The runbook was outdated.\n- Nobody owned it.\n\n");
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);

    run = hindsight({u"postmortem"_s, u"1"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Postmortem of #1 Checkout API 5xx\n"
                      "Review state:       Draft\n"
                      "\n"
                      "Root cause:\n"
                      "  接続プールの上限が低すぎた\n"
                      "\n"
                      "What went well:\n"
                      "  The alert fired within a minute.\n"
                      "\n"
                      "What went wrong:\n"
                      "  - The runbook was outdated.\n"
                      "  - Nobody owned it.\n"
                      "\n"
                      "Where we got lucky:\n"
                      "  (empty)\n"_s);
}

void TestCliWorkflow::criticalReviewWorkflow()
{
    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"Orders lost"_s, u"--severity"_s, u"critical"_s, u"--summary"_s,
                        u"Orders were dropped for an hour."_s})
                 .exitCode,
             0);
    const QString noPostmortem =
        u"Incident #1 has no postmortem yet. Start it with: hindsight postmortem 1 --root-cause TEXT\n"_s;
    Run run = hindsight({u"review"_s, u"1"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, noPostmortem);
    run = hindsight({u"review"_s, u"1"_s, u"--submit"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"hindsight review: "_s + noPostmortem);

    QCOMPARE(hindsight({u"postmortem"_s, u"1"_s, u"--root-cause"_s, u"A queue consumer crashed."_s, u"--went-well"_s,
                        u"Alerts."_s, u"--went-wrong"_s, u"No retry."_s, u"--got-lucky"_s, u"-"_s},
                       "Night time.\n")
                 .exitCode,
             0);
    run = hindsight({u"review"_s, u"1"_s, u"--submit"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, u"hindsight: The postmortem of incident #1 is not ready for review:\n"
                      "- There is no action item: a Critical incident needs at least one, to keep it from happening "
                      "again.\n"_s);

    QCOMPARE(hindsight({u"action"_s, u"add"_s, u"1"_s, u"--title"_s, u"Retry failed orders"_s, u"--type"_s,
                        u"prevent"_s, u"--priority"_s, u"high"_s, u"--owner"_s, u"Orders team"_s})
                 .out,
             u"A1\n"_s);
    run = hindsight({u"review"_s, u"1"_s, u"--submit"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"hindsight: The postmortem of incident #1 is not ready for review:\n"
                      "- Action item A1 \"Retry failed orders\" has no due date.\n"_s);
    QCOMPARE(hindsight({u"action"_s, u"set"_s, u"A1"_s, u"--due"_s, u"2099-01-31"_s}).exitCode, 0);

    run = hindsight({u"review"_s, u"1"_s, u"--submit"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Postmortem of #1 Orders lost\n"
                      "Severity:           Critical\n"
                      "Review state:       In review\n"
                      "Review meeting:     -\n"
                      "Attendees:          -\n"
                      "Head of department: did not attend\n"
                      "\n"
                      "Missing before it can be approved:\n"
                      "  - The date of the review meeting is not recorded.\n"
                      "  - The attendees of the review meeting are not recorded.\n"
                      "  - A Critical postmortem can only be approved when the head of department attended the "
                      "review, and they are not recorded as having attended. Hold the review with them, or record "
                      "that they attended.\n"
                      "\n"
                      "Next: hindsight review 1 --approve\n"_s);

    // Refused without the head of department; the meeting's facts given with it are kept.
    run = hindsight({u"review"_s, u"1"_s, u"--approve"_s, u"--date"_s, u"2026-11-30"_s, u"--attendee"_s, u"Alice"_s,
                     u"--attendee"_s, u"田中"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, u"hindsight: The postmortem of incident #1 cannot be approved yet:\n"
                      "- A Critical postmortem can only be approved when the head of department attended the review, "
                      "and they are not recorded as having attended. Hold the review with them, or record that they "
                      "attended.\n"
                      "The review meeting's details given were recorded.\n"_s);
    run = hindsight({u"set"_s, u"1"_s, u"--status"_s, u"closed"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.endsWith(u"Its postmortem is in review: record the review meeting, then approve it.\n"_s),
             qPrintable(run.err));

    run = hindsight({u"review"_s, u"1"_s, u"--head-attended"_s, u"--approve"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Postmortem of #1 Orders lost\n"
                      "Severity:           Critical\n"
                      "Review state:       Approved\n"
                      "Review meeting:     2026-11-30\n"
                      "Attendees:          Alice, 田中\n"
                      "Head of department: attended\n"
                      "\n"
                      "The incident can be closed: hindsight set 1 --status closed\n"_s);

    run = hindsight({u"set"_s, u"1"_s, u"--status"_s, u"closed"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);

    // Closed with an approved postmortem: the postmortem stays approved.
    run = hindsight({u"review"_s, u"1"_s, u"--draft"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"hindsight: Incident #1 is closed, and a closed Critical incident keeps its approved "
                      "postmortem. Set the incident's status back to resolved first.\n"_s);
    run = hindsight({u"postmortem"_s, u"1"_s, u"--root-cause"_s, u"Something else"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"hindsight postmortem: The postmortem is approved: reopen it as a draft to change it, then "
                      "have it approved again. Reopen it with: hindsight review 1 --draft\n"_s);

    auto store = Store::open(m_db);
    const Incident incident = IncidentStore(*store).require(1);
    const Postmortem postmortem = *PostmortemStore(*store).forIncident(incident.id);
    QCOMPARE(postmortem.reviewState, ReviewState::Approved);
    QCOMPARE(postmortem.rootCause, u"A queue consumer crashed."_s);
    QCOMPARE(postmortem.gotLucky, u"Night time."_s);
    QCOMPARE(postmortem.review.date, QDate(2026, 11, 30));
    QCOMPARE(postmortem.review.attendees, (QStringList{u"Alice"_s, u"田中"_s}));
    QVERIFY(postmortem.review.headOfDepartmentAttended);
}

void TestCliWorkflow::highReviewNeedsTheFacilitatorsDecision()
{
    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"Slow search"_s, u"--severity"_s, u"high"_s, u"--summary"_s, u"S"_s})
                 .exitCode,
             0);
    QCOMPARE(hindsight({u"postmortem"_s, u"1"_s, u"--root-cause"_s, u"r"_s, u"--went-well"_s, u"w"_s, u"--went-wrong"_s,
                        u"x"_s, u"--got-lucky"_s, u"l"_s})
                 .exitCode,
             0);
    QCOMPARE(hindsight({u"action"_s, u"add"_s, u"1"_s, u"--title"_s, u"Add an index"_s, u"--type"_s, u"repair"_s,
                        u"--priority"_s, u"high"_s, u"--owner"_s, u"Search team"_s, u"--due"_s, u"2099-01-01"_s})
                 .exitCode,
             0);
    QCOMPARE(hindsight({u"review"_s, u"1"_s, u"--submit"_s, u"--date"_s, u"2026-12-01"_s, u"--attendee"_s, u"Bob"_s})
                 .exitCode,
             0);

    Run run = hindsight({u"review"_s, u"1"_s, u"--approve"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"hindsight: The postmortem of incident #1 cannot be approved yet:\n"
                      "- For a High incident the facilitator decides whether the head of department had to attend the "
                      "review, and that decision is not recorded.\n"_s);
    run = hindsight({u"review"_s, u"1"_s, u"--head-needed"_s, u"--approve"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"hindsight: The postmortem of incident #1 cannot be approved yet:\n"
                      "- The facilitator decided that the head of department had to attend the review, but they are "
                      "not recorded as having attended.\n"
                      "The review meeting's details given were recorded.\n"_s);
    run = hindsight({u"review"_s, u"1"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"\nTheir attendance:   Attendance needed\n"_s), qPrintable(run.out));

    run = hindsight({u"review"_s, u"1"_s, u"--head-not-needed"_s, u"--approve"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"\nReview state:       Approved\n"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"\nTheir attendance:   Attendance not needed\n"_s), qPrintable(run.out));
    QCOMPARE(hindsight({u"set"_s, u"1"_s, u"--status"_s, u"closed"_s}).exitCode, 0);
}

void TestCliWorkflow::reviewErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QStringList &arguments, const QString &message) {
        QTest::newRow(name) << arguments << message;
    };
    row("review without number", {u"review"_s, u"--submit"_s}, u"hindsight review: give one incident number."_s);
    row("two steps at once", {u"review"_s, u"1"_s, u"--submit"_s, u"--approve"_s},
        u"hindsight review: give one of --submit, --approve and --draft at a time."_s);
    row("attended and not", {u"review"_s, u"1"_s, u"--head-attended"_s, u"--no-head-attended"_s},
        u"hindsight review: --head-attended and --no-head-attended contradict each other."_s);
    row("needed and not", {u"review"_s, u"1"_s, u"--head-needed"_s, u"--head-not-needed"_s},
        u"hindsight review: --head-needed and --head-not-needed contradict each other."_s);
    row("bad date", {u"review"_s, u"1"_s, u"--date"_s, u"30.11.2026"_s},
        u"hindsight review: --date '30.11.2026' is not a date such as 2026-12-01."_s);
    row("review of an incident that does not exist", {u"review"_s, u"9"_s},
        u"hindsight: There is no incident 9 in %1."_s);
    row("approve a draft", {u"review"_s, u"1"_s, u"--approve"_s},
        u"hindsight: The postmortem of incident #1 is still a draft: submit it for review, hold the review meeting, "
        "then approve it."_s);
    row("reopen a draft", {u"review"_s, u"1"_s, u"--draft"_s},
        u"hindsight: The postmortem of incident #1 is already a draft."_s);
    row("postmortem without number", {u"postmortem"_s, u"--root-cause"_s, u"x"_s},
        u"hindsight postmortem: give one incident number."_s);
    row("two texts from standard input", {u"postmortem"_s, u"1"_s, u"--root-cause"_s, u"-"_s, u"--got-lucky"_s, u"-"_s},
        u"hindsight postmortem: only one option can read standard input (-)."_s);
    row("postmortem of an incident that does not exist", {u"postmortem"_s, u"9"_s, u"--root-cause"_s, u"x"_s},
        u"hindsight: There is no incident 9 in %1."_s);
}

void TestCliWorkflow::reviewErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"T"_s, u"--severity"_s, u"high"_s}).exitCode, 0);
    QCOMPARE(hindsight({u"postmortem"_s, u"1"_s, u"--root-cause"_s, u"r"_s}).exitCode, 0);
    const QString before = hindsight({u"postmortem"_s, u"1"_s}).out + hindsight({u"review"_s, u"1"_s}).out;

    const Run run = hindsight(arguments);
    QCOMPARE(run.err, (message.contains(u"%1"_s) ? message.arg(m_db) : message) + u'\n');
    QCOMPARE(run.out, QString());
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(hindsight({u"postmortem"_s, u"1"_s}).out + hindsight({u"review"_s, u"1"_s}).out, before);
}

QTEST_GUILESS_MAIN(TestCliWorkflow)
#include "tst_cliworkflow.moc"
