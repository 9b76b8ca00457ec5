// What the store reports after a write, for the views that show it: what changed (subject, kind, id, incident), once
// the write is durable, never for a write that was rolled back, and other connections' writes as "anything".
// And taking back a new incident: gone with everything written to it, then back exactly as it was.
#include "review/postmortemreview.h"
#include "search/search.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/playbookstore.h"
#include "store/postmortemstore.h"
#include "store/storewatcher.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace hindsight;
using Subject = StoreChange::Subject;
using Kind = StoreChange::Kind;

class TestStoreEvents : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachWriteReportsWhatItChanged();
    void oneCommitIsOneReport();
    void refusedWriteReportsNothing();
    void listenerMayWriteInReply();
    void otherConnectionsAreAnything();
    void takeBackAndPutBackAnIncident();

private:
    static QList<StoreChange> changesOf(const QSignalSpy &spy);

    std::unique_ptr<test::TemporaryStore> m_temp;
    Incident m_incident;
};

void TestStoreEvents::init()
{
    m_temp = std::make_unique<test::TemporaryStore>();
    Incident draft;
    draft.title = QStringLiteral("Checkout 5xx");
    m_incident = IncidentStore(m_temp->store()).create(draft);
}

void TestStoreEvents::cleanup()
{
    TestCase::cleanup();
    m_temp.reset();
}

QList<StoreChange> TestStoreEvents::changesOf(const QSignalSpy &spy)
{
    QList<StoreChange> changes;
    for (const QList<QVariant> &arguments : spy)
        changes << arguments.at(0).value<StoreChanges>().list();
    return changes;
}

void TestStoreEvents::eachWriteReportsWhatItChanged()
{
    Store &store = m_temp->store();
    QSignalSpy spy(&store.events(), &StoreEvents::changed);

    Incident draft;
    draft.title = QStringLiteral("DNS");
    const Incident dns = IncidentStore(store).create(draft);
    LogEntry entryDraft;
    entryDraft.incidentId = dns.id;
    entryDraft.body = QStringLiteral("resolver timeouts");
    const LogEntry entry = InvestigationLog(store).append(entryDraft);
    InvestigationLog(store).remove(entry.id);
    ActionItem itemDraft;
    itemDraft.incidentId = dns.id;
    itemDraft.title = QStringLiteral("Cache DNS answers");
    const ActionItem item = ActionItemStore(store).add(itemDraft);
    ActionItemStore(store).remove(item.id);
    Playbook playbookDraft;
    playbookDraft.title = QStringLiteral("DNS timeouts");
    const Playbook playbook = PlaybookStore(store).create(playbookDraft);
    PostmortemReview(store).start(dns.id);

    const QList<StoreChange> expected = {
        {Subject::Incident, Kind::Added, dns.id, dns.id},      {Subject::LogEntry, Kind::Added, entry.id, dns.id},
        {Subject::LogEntry, Kind::Removed, entry.id, dns.id},  {Subject::ActionItem, Kind::Added, item.id, dns.id},
        {Subject::ActionItem, Kind::Removed, item.id, dns.id}, {Subject::Playbook, Kind::Added, playbook.id, QUuid()},
        {Subject::Postmortem, Kind::Changed, dns.id, dns.id},
    };
    QCOMPARE(changesOf(spy), expected);
    QCOMPARE(spy.size(), expected.size());
}

// Changing the severity writes the incident and an automatic log entry in one commit: one report of both, so that a
// view reads the incident once.
void TestStoreEvents::oneCommitIsOneReport()
{
    Store &store = m_temp->store();
    QSignalSpy spy(&store.events(), &StoreEvents::changed);
    Incident changed = m_incident;
    changed.severity = Severity::High;
    IncidentStore(store).update(changed, QStringLiteral("tester"));
    QCOMPARE(spy.size(), 1);
    const StoreChanges changes = spy.at(0).at(0).value<StoreChanges>();
    QVERIFY(changes.touches(Subject::Incident, m_incident.id));
    QVERIFY(changes.touches(Subject::LogEntry, m_incident.id));
    QVERIFY(!changes.touches(Subject::LogEntry, QUuid::createUuid()));
    QVERIFY(!changes.touches(Subject::Playbook));
    QVERIFY(!changes.isEverything());
}

void TestStoreEvents::refusedWriteReportsNothing()
{
    Store &store = m_temp->store();
    Incident high = m_incident;
    high.severity = Severity::High;
    high = IncidentStore(store).update(high, QStringLiteral("tester"));
    QSignalSpy spy(&store.events(), &StoreEvents::changed);
    // A High incident closes only with an approved postmortem: refused, after the checks read inside the transaction.
    Incident closing = high;
    closing.status = IncidentStatus::Closed;
    QVERIFY_THROWS_EXCEPTION(StoreError, IncidentStore(store).update(closing, QStringLiteral("tester")));
    QCOMPARE(spy.size(), 0);
    QCOMPARE(IncidentStore(store).byId(m_incident.id)->status, IncidentStatus::Investigating);

    // A log entry for an incident that is not there.
    LogEntry stray;
    stray.incidentId = QUuid::createUuid();
    stray.body = QStringLiteral("lost");
    QVERIFY_THROWS_EXCEPTION(StoreError, InvestigationLog(store).append(stray));
    QCOMPARE(spy.size(), 0);

    // Written, then rolled back with the transaction around it: not reported then, nor with the next commit.
    LogEntry undone;
    undone.incidentId = m_incident.id;
    undone.body = QStringLiteral("rolled back");
    {
        Store::WriteTransaction transaction(store);
        InvestigationLog(store).append(undone);
    }
    QCOMPARE(spy.size(), 0);
    LogEntry kept = undone;
    kept.body = QStringLiteral("kept");
    kept = InvestigationLog(store).append(kept);
    QCOMPARE(changesOf(spy), (QList<StoreChange>{{Subject::LogEntry, Kind::Added, kept.id, m_incident.id}}));
    for (const LogEntry &entry : InvestigationLog(store).entries(m_incident.id, true))
        QVERIFY(entry.body != undone.body);
}

// A view that writes when it hears of a change (an editor saving) begins a transaction of its own: the first one is
// over when the report goes out.
void TestStoreEvents::listenerMayWriteInReply()
{
    Store &store = m_temp->store();
    int replies = 0;
    QObject context;
    QObject::connect(&store.events(), &StoreEvents::changed, &context, [&](const StoreChanges &changes) {
        if (!changes.touches(Subject::LogEntry) || replies++ > 0)
            return;
        LogEntry reply;
        reply.incidentId = m_incident.id;
        reply.body = QStringLiteral("reply");
        InvestigationLog(store).append(reply);
    });
    LogEntry first;
    first.incidentId = m_incident.id;
    first.body = QStringLiteral("first");
    InvestigationLog(store).append(first);
    QCOMPARE(replies, 2);
    // Both committed: another connection reads them.
    const std::unique_ptr<Store> other = m_temp->openAgain();
    QCOMPARE(InvestigationLog(*other).entries(m_incident.id).size(), 2);
}

void TestStoreEvents::otherConnectionsAreAnything()
{
    Store &store = m_temp->store();
    StoreWatcher watcher(store, 60000);
    QSignalSpy spy(&store.events(), &StoreEvents::changed);
    watcher.check();
    QCOMPARE(spy.size(), 0);

    const std::unique_ptr<Store> other = m_temp->openAgain();
    LogEntry draft;
    draft.incidentId = m_incident.id;
    draft.body = QStringLiteral("from the CLI");
    InvestigationLog(*other).append(draft);
    watcher.check();
    QCOMPARE(spy.size(), 1);
    const StoreChanges changes = spy.at(0).at(0).value<StoreChanges>();
    QVERIFY(changes.isEverything());
    QVERIFY(changes.touches(Subject::LogEntry, m_incident.id));
    QVERIFY(changes.touches(Subject::Playbook));
}

void TestStoreEvents::takeBackAndPutBackAnIncident()
{
    Store &store = m_temp->store();
    Incident changed = m_incident;
    changed.products = {QStringLiteral("checkout")};
    changed.severity = Severity::Middle;
    IncidentStore(store).update(changed, QStringLiteral("tester"));
    LogEntry draft;
    draft.incidentId = m_incident.id;
    draft.body = QStringLiteral("connection pool exhausted");
    Attachment screenshot;
    screenshot.name = QStringLiteral("grafana.png");
    screenshot.mimeType = QStringLiteral("image/png");
    screenshot.data = QByteArray("\x89PNG bytes", 10);
    const LogEntry entry = InvestigationLog(store).append(draft, {screenshot});
    InvestigationLog(store).edit(entry.id, LogEntryKind::Finding, QStringLiteral("pool of 10 exhausted"), entry.at);
    ActionItem item;
    item.incidentId = m_incident.id;
    item.title = QStringLiteral("Alert on pool saturation");
    ActionItemStore(store).add(item);
    Postmortem postmortem = PostmortemReview(store).start(m_incident.id);
    postmortem.rootCause = QStringLiteral("プールが小さすぎた");
    PostmortemReview(store).saveText(postmortem);

    const Incident before = *IncidentStore(store).byId(m_incident.id);
    const QList<LogEntry> entriesBefore = InvestigationLog(store).entries(m_incident.id, true);
    const QList<Attachment> attachmentsBefore = InvestigationLog(store).attachments(m_incident.id);
    const QList<ActionItem> itemsBefore = ActionItemStore(store).forIncident(m_incident.id);
    const std::optional<Postmortem> postmortemBefore = PostmortemStore(store).forIncident(m_incident.id);
    const auto revisionsBefore = InvestigationLog(store).revisions(entry.id);
    QCOMPARE(Search(store).find(QStringLiteral("exhausted")).size(), 1);

    QSignalSpy spy(&store.events(), &StoreEvents::changed);
    const CascadeSnapshot removed = IncidentStore(store).takeBack(m_incident.id);
    QVERIFY(!IncidentStore(store).byId(m_incident.id));
    QCOMPARE(IncidentStore(store).count(), 0);
    QVERIFY(InvestigationLog(store).entries(m_incident.id, true).isEmpty());
    QVERIFY(ActionItemStore(store).forIncident(m_incident.id).isEmpty());
    QVERIFY(!PostmortemStore(store).forIncident(m_incident.id));
    QVERIFY(Search(store).find(QStringLiteral("exhausted")).isEmpty());
    QCOMPARE(test::integrityCheck(m_temp->path()), QStringLiteral("ok"));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(changesOf(spy).constFirst(),
             (StoreChange{Subject::Incident, Kind::Removed, m_incident.id, m_incident.id}));

    IncidentStore(store).putBack(removed, m_incident.id);
    QCOMPARE(*IncidentStore(store).byId(m_incident.id), before);
    QCOMPARE(IncidentStore(store).byNumber(before.number)->id, m_incident.id);
    QCOMPARE(InvestigationLog(store).entries(m_incident.id, true), entriesBefore);
    QCOMPARE(InvestigationLog(store).attachments(m_incident.id), attachmentsBefore);
    QCOMPARE(InvestigationLog(store).revisions(entry.id), revisionsBefore);
    QCOMPARE(ActionItemStore(store).forIncident(m_incident.id), itemsBefore);
    QCOMPARE(PostmortemStore(store).forIncident(m_incident.id), postmortemBefore);
    QCOMPARE(Search(store).find(QStringLiteral("exhausted")).size(), 1);
    QCOMPARE(test::integrityCheck(m_temp->path()), QStringLiteral("ok"));
    QCOMPARE(changesOf(spy).constLast(), (StoreChange{Subject::Incident, Kind::Added, m_incident.id, m_incident.id}));

    QVERIFY_THROWS_EXCEPTION(StoreError, IncidentStore(store).takeBack(QUuid::createUuid()));
}

QTEST_GUILESS_MAIN(TestStoreEvents)
#include "tst_storeevents.moc"
