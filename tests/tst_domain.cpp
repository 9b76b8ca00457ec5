// Every domain type goes into the store and comes back as it was, and the store keeps the history users rely on:
// earlier text of edited entries, undoable deletes, automatic entries for severity and status changes.
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/playbookstore.h"
#include "store/postmortemstore.h"
#include "testsupport.h"

#include <QTest>

using namespace hindsight;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

Incident fullIncident()
{
    Incident incident;
    incident.title = QStringLiteral("決済APIのレイテンシが上昇 | p99 > 2s");
    incident.severity = Severity::High;
    incident.status = IncidentStatus::Mitigated;
    incident.summary = QStringLiteral("Checkout timed out for **some** users.\n\n- ALB-1 5xx\n- 原因調査中");
    incident.detectedAt = utc("2021-08-01T04:02:03.456Z");
    incident.startedAt = utc("2021-08-01T04:00:00.000Z");
    incident.mitigatedAt = utc("2021-08-01T04:55:00.001Z");
    incident.timeZone = QStringLiteral("Asia/Tokyo");
    incident.occurrences = {{utc("2021-08-01T04:00:00Z"), utc("2021-08-01T05:00:00Z")},
                            {utc("2021-08-02T01:00:00Z"), QDateTime()}};
    incident.products = {QStringLiteral("checkout"), QStringLiteral("決済")};
    incident.links = {{QStringLiteral("Datadog monitor"), QStringLiteral("https://app.datadoghq.com/monitors/1?a=b")},
                      {QString(), QStringLiteral("https://chat.example.com/thread/42")}};
    incident.people = {{PersonRole::Sre, QStringLiteral("Alice")},
                       {PersonRole::Development, QStringLiteral("田中")},
                       {PersonRole::FollowUp, QStringLiteral("Bob")},
                       {PersonRole::Facilitator, QStringLiteral("Carol")},
                       {PersonRole::HeadOfDepartment, QStringLiteral("Dave")},
                       {PersonRole::Sre, QStringLiteral("Eve")}};
    incident.exercise = true;
    return incident;
}

} // namespace

class TestDomain : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void incidentRoundTrip();
    void incidentNumbersCount();
    void incidentRequiresTitle();
    void incidentUpdateRoundTrip();
    void severityAndStatusChangesAreLogged();
    void statusStampsTimes();
    void logEntryRoundTrip();
    void logEntriesInTimeOrder();
    void editKeepsEarlierText();
    void deleteIsUndoable();
    void keyEvent();
    void logEntryNeedsExistingIncident();
    void playbookRoundTrip();
    void postmortemRoundTrip();
    void actionItemRoundTrip();
    void actionItemCloseAndReorder();
    void listsFilter();
};

void TestDomain::incidentRoundTrip()
{
    test::TemporaryStore temp;
    const Incident created = IncidentStore(temp.store()).create(fullIncident());
    QVERIFY(!created.id.isNull());
    QCOMPARE(created.number, 1);
    QVERIFY(created.createdAt.isValid());

    temp.close();
    temp.reopen();
    const std::optional<Incident> loaded = IncidentStore(temp.store()).byNumber(1);
    QVERIFY(loaded);
    QCOMPARE(*loaded, created);
    QCOMPARE(loaded->detectedAt.toMSecsSinceEpoch() % 1000, 456); // milliseconds kept
    QCOMPARE(loaded->peopleIn(PersonRole::Sre), QStringList({QStringLiteral("Alice"), QStringLiteral("Eve")}));
    QCOMPARE(IncidentStore(temp.store()).byId(created.id), loaded);
}

void TestDomain::incidentNumbersCount()
{
    test::TemporaryStore temp;
    IncidentStore incidents(temp.store());
    Incident draft;
    draft.title = QStringLiteral("one");
    QCOMPARE(incidents.create(draft).number, 1);
    QCOMPARE(incidents.create(draft).number, 2);
    QCOMPARE(incidents.create(draft).number, 3);
    QVERIFY(!incidents.byNumber(4));
    QVERIFY_THROWS_EXCEPTION(StoreError, incidents.require(4));
}

void TestDomain::incidentRequiresTitle()
{
    test::TemporaryStore temp;
    Incident draft;
    draft.title = QStringLiteral("   ");
    try {
        IncidentStore(temp.store()).create(draft);
        QFAIL("created an incident without a title");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    }
    QCOMPARE(IncidentStore(temp.store()).count(), 0);
}

void TestDomain::incidentUpdateRoundTrip()
{
    test::TemporaryStore temp;
    IncidentStore incidents(temp.store());
    Incident incident = incidents.create(fullIncident());
    incident.title = QStringLiteral("Renamed");
    incident.products = {QStringLiteral("search")};
    incident.links.clear();
    incident.people = {{PersonRole::Facilitator, QStringLiteral("Zoe")}};
    incident.occurrences = {{utc("2021-08-03T00:00:00Z"), utc("2021-08-03T00:30:00Z")}};
    incident.exercise = false;
    const Incident updated = incidents.update(incident, QStringLiteral("tester"));
    QVERIFY(updated.updatedAt >= incident.updatedAt);
    QCOMPARE(*incidents.byNumber(1), updated);
}

void TestDomain::severityAndStatusChangesAreLogged()
{
    test::TemporaryStore temp;
    IncidentStore incidents(temp.store());
    Incident draft;
    draft.title = QStringLiteral("Queue backlog");
    draft.severity = Severity::Middle;
    Incident incident = incidents.create(draft);

    incident.summary = QStringLiteral("no log entry for this");
    incident = incidents.update(incident, QStringLiteral("alice"));
    QCOMPARE(InvestigationLog(temp.store()).entries(incident.id).size(), 0);

    incident.severity = Severity::Critical;
    incident.status = IncidentStatus::Mitigated;
    incidents.update(incident, QStringLiteral("alice"));
    const QList<LogEntry> entries = InvestigationLog(temp.store()).entries(incident.id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].body, QStringLiteral("Severity changed from Middle to Critical."));
    QCOMPARE(entries[1].body, QStringLiteral("Status changed from Investigating to Mitigated."));
    for (const LogEntry &entry : entries) {
        QVERIFY(entry.automatic);
        QCOMPARE(entry.author, QStringLiteral("alice"));
        QVERIFY(!entry.backfilled);
    }
}

void TestDomain::statusStampsTimes()
{
    test::TemporaryStore temp;
    IncidentStore incidents(temp.store());
    Incident draft;
    draft.title = QStringLiteral("Disk full on db-3");
    Incident incident = incidents.create(draft);
    QVERIFY(!incident.mitigatedAt.isValid());
    incident.status = IncidentStatus::Resolved;
    incident = incidents.update(incident, QStringLiteral("bob"));
    QVERIFY(incident.mitigatedAt.isValid());
    QVERIFY(incident.resolvedAt.isValid());
    QCOMPARE(*incidents.byNumber(incident.number), incident);
}

void TestDomain::logEntryRoundTrip()
{
    test::TemporaryStore temp;
    const Incident incident = IncidentStore(temp.store()).create(fullIncident());
    LogEntry draft;
    draft.incidentId = incident.id;
    draft.kind = LogEntryKind::DeadEnd;
    draft.author = QStringLiteral("山田");
    draft.body = QStringLiteral("# Not a heading\n`SELECT 1` | pipes | <!-- comment --> 🚒 \u202Eright-to-left\u202C");
    draft.keyEvent = true;
    const LogEntry stored = InvestigationLog(temp.store()).append(draft);
    QVERIFY(!stored.backfilled);
    QVERIFY(stored.at.isValid());
    temp.close();
    temp.reopen();
    const std::optional<LogEntry> loaded = InvestigationLog(temp.store()).entry(stored.id);
    QVERIFY(loaded);
    QCOMPARE(*loaded, stored);
    QCOMPARE(loaded->body, draft.body);
}

void TestDomain::logEntriesInTimeOrder()
{
    test::TemporaryStore temp;
    const Incident incident = IncidentStore(temp.store()).create(fullIncident());
    InvestigationLog log(temp.store());
    LogEntry draft;
    draft.incidentId = incident.id;
    draft.body = QStringLiteral("now");
    const LogEntry now = log.append(draft);
    draft.body = QStringLiteral("earlier");
    draft.at = now.at.addSecs(-3600);
    const LogEntry earlier = log.append(draft);
    QVERIFY(earlier.backfilled);
    draft.body = QStringLiteral("same time, written later");
    draft.at = earlier.at;
    log.append(draft);

    QStringList bodies;
    for (const LogEntry &entry : log.entries(incident.id))
        bodies << entry.body;
    QCOMPARE(bodies, QStringList({QStringLiteral("earlier"), QStringLiteral("same time, written later"),
                                  QStringLiteral("now")}));
}

void TestDomain::editKeepsEarlierText()
{
    test::TemporaryStore temp;
    const Incident incident = IncidentStore(temp.store()).create(fullIncident());
    InvestigationLog log(temp.store());
    LogEntry draft;
    draft.incidentId = incident.id;
    draft.kind = LogEntryKind::Hypothesis;
    draft.body = QStringLiteral("connection pool exhausted?");
    const LogEntry first = log.append(draft);

    const LogEntry second = log.edit(first.id, LogEntryKind::Finding, QStringLiteral("pool exhausted: max=10"), {});
    QCOMPARE(second.kind, LogEntryKind::Finding);
    QVERIFY(!second.backfilled);
    const QDateTime movedAt = first.at.addSecs(-120);
    const LogEntry third = log.edit(first.id, LogEntryKind::Finding, QStringLiteral("pool exhausted: max=10"), movedAt);
    QVERIFY(third.backfilled);
    QCOMPARE(third.at, movedAt);

    QCOMPARE(*log.entry(first.id), third);
    const QList<LogEntryRevision> revisions = log.revisions(first.id);
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions[0].body, QStringLiteral("connection pool exhausted?"));
    QCOMPARE(revisions[0].kind, LogEntryKind::Hypothesis);
    QCOMPARE(revisions[0].at, first.at);
    QCOMPARE(revisions[1].body, QStringLiteral("pool exhausted: max=10"));
    QCOMPARE(revisions[1].at, first.at);

    // An edit that changes nothing keeps no revision.
    log.edit(first.id, LogEntryKind::Finding, QStringLiteral("pool exhausted: max=10"), movedAt);
    QCOMPARE(log.revisions(first.id).size(), 2);
}

void TestDomain::deleteIsUndoable()
{
    test::TemporaryStore temp;
    const Incident incident = IncidentStore(temp.store()).create(fullIncident());
    InvestigationLog log(temp.store());
    LogEntry draft;
    draft.incidentId = incident.id;
    draft.body = QStringLiteral("restarted api-7");
    const LogEntry entry = log.append(draft);

    log.remove(entry.id);
    QCOMPARE(log.entries(incident.id).size(), 0);
    const QList<LogEntry> withDeleted = log.entries(incident.id, true);
    QCOMPARE(withDeleted.size(), 1);
    QVERIFY(withDeleted[0].isDeleted());
    QCOMPARE(withDeleted[0].body, entry.body);

    log.restore(entry.id);
    QCOMPARE(log.entries(incident.id).size(), 1);
    QCOMPARE(log.entries(incident.id)[0], entry);
}

void TestDomain::keyEvent()
{
    test::TemporaryStore temp;
    const Incident incident = IncidentStore(temp.store()).create(fullIncident());
    InvestigationLog log(temp.store());
    LogEntry draft;
    draft.incidentId = incident.id;
    draft.body = QStringLiteral("rolled back release 2021.08.01");
    const LogEntry entry = log.append(draft);
    QVERIFY(!entry.keyEvent);
    log.setKeyEvent(entry.id, true);
    QVERIFY(log.entry(entry.id)->keyEvent);
    log.setKeyEvent(entry.id, false);
    QVERIFY(!log.entry(entry.id)->keyEvent);
}

void TestDomain::logEntryNeedsExistingIncident()
{
    test::TemporaryStore temp;
    LogEntry draft;
    draft.incidentId = QUuid::createUuid();
    draft.body = QStringLiteral("orphan");
    try {
        InvestigationLog(temp.store()).append(draft);
        QFAIL("an entry was stored without its incident");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::NotFound);
    }
}

void TestDomain::playbookRoundTrip()
{
    test::TemporaryStore temp;
    const Incident source = IncidentStore(temp.store()).create(fullIncident());
    PlaybookStore playbooks(temp.store());
    Playbook draft;
    draft.title = QStringLiteral("DB接続プール枯渇");
    draft.trigger = QStringLiteral("Datadog: checkout p99 > 2s");
    draft.body = QStringLiteral("1. Check `pg_stat_activity`\n2. Raise pool size\n\n- [ ] ruled out: DNS");
    draft.tags = {QStringLiteral("database"), QStringLiteral("checkout")};
    draft.sourceIncidentIds = {source.id};
    const Playbook created = playbooks.create(draft);
    temp.close();
    temp.reopen();
    PlaybookStore reopened(temp.store());
    QCOMPARE(*reopened.byId(created.id), created);

    Playbook changed = created;
    changed.tags = {QStringLiteral("postgres")};
    changed.body += QStringLiteral("\n3. Page the DBA");
    const Playbook updated = reopened.update(changed);
    QCOMPARE(*reopened.byId(created.id), updated);
    QCOMPARE(reopened.list(), QList<Playbook>{updated});
    reopened.remove(created.id);
    QVERIFY(reopened.list().isEmpty());
}

void TestDomain::postmortemRoundTrip()
{
    test::TemporaryStore temp;
    const Incident incident = IncidentStore(temp.store()).create(fullIncident());
    PostmortemStore postmortems(temp.store());
    QVERIFY(!postmortems.forIncident(incident.id));

    Postmortem draft;
    draft.incidentId = incident.id;
    draft.rootCause = QStringLiteral("接続プールの上限が低すぎた");
    draft.wentWell = QStringLiteral("Alert fired within a minute");
    draft.wentWrong = QStringLiteral("Runbook was outdated");
    draft.gotLucky = QStringLiteral("Low traffic on a Sunday");
    draft.reviewState = ReviewState::Approved;
    draft.review.date = QDate(2021, 8, 6);
    draft.review.attendees = {QStringLiteral("Alice"), QStringLiteral("Dave")};
    draft.review.headOfDepartmentAttended = true;
    draft.review.headAttendanceDecision = HeadAttendanceDecision::Needed;
    draft.publication.url = QStringLiteral("https://github.com/o/r/discussions/7");
    draft.publication.id = QStringLiteral("D_kwDOabc");
    draft.publication.number = 7;
    draft.publication.publishedAt = utc("2021-08-07T00:00:00.000Z");
    const Postmortem saved = postmortems.save(draft);
    temp.close();
    temp.reopen();
    PostmortemStore reopened(temp.store());
    QCOMPARE(*reopened.forIncident(incident.id), saved);

    // At most one per incident: saving again replaces it.
    Postmortem second = saved;
    second.id = QUuid();
    second.rootCause = QStringLiteral("revised");
    second.review.attendees.clear();
    const Postmortem replaced = reopened.save(second);
    QCOMPARE(replaced.id, saved.id);
    QCOMPARE(replaced.createdAt, saved.createdAt);
    QCOMPARE(*reopened.forIncident(incident.id), replaced);
}

void TestDomain::actionItemRoundTrip()
{
    test::TemporaryStore temp;
    const Incident incident = IncidentStore(temp.store()).create(fullIncident());
    ActionItemStore items(temp.store());
    ActionItem draft;
    draft.incidentId = incident.id;
    draft.title = QStringLiteral("接続プールのサイズを監視する");
    draft.type = ActionItemType::PreventRecurrence;
    draft.priority = ActionItemPriority::High;
    draft.owner = QStringLiteral("SRE team");
    draft.dueDate = QDate(2021, 9, 1);
    draft.trackerUrl = QStringLiteral("https://tracker.example.com/SRE-12");
    const ActionItem added = items.add(draft);
    QVERIFY(!added.closedAt.isValid());
    temp.close();
    temp.reopen();
    ActionItemStore reopened(temp.store());
    QCOMPARE(*reopened.byId(added.id), added);
    QCOMPARE(reopened.forIncident(incident.id), QList<ActionItem>{added});
}

void TestDomain::actionItemCloseAndReorder()
{
    test::TemporaryStore temp;
    const Incident incident = IncidentStore(temp.store()).create(fullIncident());
    ActionItemStore items(temp.store());
    QList<ActionItem> added;
    for (const char *title : {"first", "second", "third"}) {
        ActionItem draft;
        draft.incidentId = incident.id;
        draft.title = QString::fromLatin1(title);
        added << items.add(draft);
    }
    ActionItem done = added[1];
    done.status = ActionItemStatus::Done;
    done = items.update(done);
    QVERIFY(done.closedAt.isValid());
    QVERIFY(done.isClosed());
    ActionItem reopened = done;
    reopened.status = ActionItemStatus::InProgress;
    reopened = items.update(reopened);
    QVERIFY(!reopened.closedAt.isValid());

    items.move(added[2].id, 0);
    QStringList titles;
    for (const ActionItem &item : items.forIncident(incident.id))
        titles << item.title;
    QCOMPARE(titles, QStringList({QStringLiteral("third"), QStringLiteral("first"), QStringLiteral("second")}));
}

void TestDomain::listsFilter()
{
    test::TemporaryStore temp;
    IncidentStore incidents(temp.store());
    Incident draft;
    draft.title = QStringLiteral("a");
    draft.severity = Severity::Low;
    Incident low = incidents.create(draft);
    draft.severity = Severity::Critical;
    incidents.create(draft);
    low.status = IncidentStatus::Closed;
    incidents.update(low, QStringLiteral("t"));
    draft.severity = Severity::High;
    incidents.create(draft);

    QList<int> numbers;
    for (const Incident &i : incidents.list())
        numbers << i.number;
    QCOMPARE(numbers, QList<int>({3, 2, 1})); // open first, newest first

    IncidentQuery closed;
    closed.status = IncidentStatus::Closed;
    QCOMPARE(incidents.list(closed).size(), 1);
    QCOMPARE(incidents.list(closed)[0].number, 1);
    IncidentQuery critical;
    critical.severity = Severity::Critical;
    QCOMPARE(incidents.count(critical), 1);

    ActionItemStore items(temp.store());
    ActionItem item;
    item.incidentId = low.id;
    item.title = QStringLiteral("overdue");
    item.owner = QStringLiteral("alice");
    item.dueDate = QDate(2020, 1, 1);
    items.add(item);
    item.title = QStringLiteral("later");
    item.owner = QStringLiteral("bob");
    item.dueDate = QDate(2099, 1, 1);
    items.add(item);
    ActionItemQuery overdue;
    overdue.overdueOn = QDate(2021, 1, 1);
    QCOMPARE(items.list(overdue).size(), 1);
    QCOMPARE(items.list(overdue)[0].title, QStringLiteral("overdue"));
    ActionItemQuery bobs;
    bobs.owner = QStringLiteral("bob");
    QCOMPARE(items.list(bobs).size(), 1);
    QCOMPARE(items.list().size(), 2);
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
