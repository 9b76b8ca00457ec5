#include "seededhistory.h"

#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/postmortemstore.h"

#include <QTimeZone>

namespace hindsight::test {

namespace {

struct Times
{
    QDateTime detected;
    QDateTime mitigated;
    QDateTime resolved;
};

Incident addIncident(Store &store, const QString &title, Severity severity, const Times &times, bool exercise = false)
{
    Incident draft;
    draft.title = title;
    draft.severity = severity;
    draft.status = times.resolved.isValid()    ? IncidentStatus::Resolved
                   : times.mitigated.isValid() ? IncidentStatus::Mitigated
                                               : IncidentStatus::Investigating;
    draft.detectedAt = times.detected;
    draft.mitigatedAt = times.mitigated;
    draft.resolvedAt = times.resolved;
    draft.exercise = exercise;
    return IncidentStore(store).create(draft);
}

void addPostmortem(Store &store, const Incident &incident, ReviewState state, const QDateTime &approvedAt,
                   const QString &rootCause = QStringLiteral("written"))
{
    Postmortem postmortem;
    postmortem.incidentId = incident.id;
    postmortem.rootCause = rootCause;
    postmortem.reviewState = state;
    postmortem.approvedAt = approvedAt;
    PostmortemStore(store).save(postmortem);
}

void addActionItem(Store &store, const Incident &incident, const QString &title, const QDateTime &created,
                   const QDateTime &closed = {}, ActionItemStatus closedAs = ActionItemStatus::Done)
{
    ActionItem draft;
    draft.incidentId = incident.id;
    draft.title = title;
    draft.owner = QStringLiteral("SRE team");
    draft.status = closed.isValid() ? closedAs : ActionItemStatus::NotStarted;
    const ActionItem added = ActionItemStore(store).add(draft);
    // The store stamps an item with the time it is added: put it back in the past this history is about.
    store.exec(
        QStringLiteral("UPDATE action_item SET created_at = ?, closed_at = ?, updated_at = ? WHERE id = ?"),
        {db::fromDateTime(created), db::fromDateTime(closed), db::fromDateTime(created), db::fromUuid(added.id)});
}

} // namespace

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

void seedHistory(Store &store)
{
    // Detected before the period (December), resolved in January; approved exactly 14 days later: in time.
    const Incident dns = addIncident(store, QStringLiteral("DNS resolution failures"), Severity::Middle,
                                     {utc(2025, 12, 28, 10), utc(2025, 12, 28, 11), utc(2026, 1, 2, 10)});
    addPostmortem(store, dns, ReviewState::Approved, utc(2026, 1, 16, 10));
    addActionItem(store, dns, QStringLiteral("Cache DNS answers"), utc(2025, 12, 29, 10), utc(2026, 1, 5, 10));

    // January. Critical: 30 min to mitigate, 120 to resolve, approved after 10 days.
    const Incident checkout = addIncident(store, QStringLiteral("Checkout API 5xx"), Severity::Critical,
                                          {utc(2026, 1, 10, 10), utc(2026, 1, 10, 10, 30), utc(2026, 1, 10, 12)});
    addPostmortem(store, checkout, ReviewState::Approved, utc(2026, 1, 20, 12));
    addActionItem(store, checkout, QStringLiteral("Alert on pool saturation"), utc(2026, 1, 11, 9), utc(2026, 2, 3, 9));
    addActionItem(store, checkout, QStringLiteral("Load test the pool"), utc(2026, 1, 11, 9, 30));
    // High: 60 and 360 min, approved after 20 days: late.
    const Incident search = addIncident(store, QStringLiteral("Search latency"), Severity::High,
                                        {utc(2026, 1, 20, 8), utc(2026, 1, 20, 9), utc(2026, 1, 20, 14)});
    addPostmortem(store, search, ReviewState::Approved, utc(2026, 2, 9, 14));
    addActionItem(store, search, QStringLiteral("Shard the index"), utc(2026, 1, 25, 10), utc(2026, 1, 28, 10),
                  ActionItemStatus::WontDo);

    // February. Middle resolved without a mitigation time (it counts as mitigated when resolved: 90 and 90 min), no
    // postmortem: missed.
    const Incident login = addIncident(store, QStringLiteral("Login errors"), Severity::Middle,
                                       {utc(2026, 2, 5, 9), {}, utc(2026, 2, 5, 10, 30)});
    addActionItem(store, login, QStringLiteral("Retry the identity provider"), utc(2026, 2, 6, 10),
                  utc(2026, 3, 2, 10));
    // Low: 15 and 135 min; its postmortem is an untouched draft (opening the tab starts one): not counted.
    const Incident batch = addIncident(store, QStringLiteral("Nightly batch late"), Severity::Low,
                                       {utc(2026, 2, 14, 20), utc(2026, 2, 14, 20, 15), utc(2026, 2, 14, 22, 15)});
    addPostmortem(store, batch, ReviewState::Draft, {}, QString());
    // Low: 10 and 60 min, with a postmortem approved after 20 days: late.
    const Incident banner = addIncident(store, QStringLiteral("Wrong banner shown"), Severity::Low,
                                        {utc(2026, 2, 20, 10), utc(2026, 2, 20, 10, 10), utc(2026, 2, 20, 11)});
    addPostmortem(store, banner, ReviewState::Approved, utc(2026, 3, 12, 11));
    // Critical: 41 and 61 min, published (approved after 13 days): in time.
    const Incident payments = addIncident(store, QStringLiteral("Payment provider down"), Severity::Critical,
                                          {utc(2026, 2, 25, 10), utc(2026, 2, 25, 10, 41), utc(2026, 2, 25, 11, 1)});
    addPostmortem(store, payments, ReviewState::Published, utc(2026, 3, 10, 11, 1));
    // An exercise: left out of every figure, its action item too.
    const Incident gameDay =
        addIncident(store, QStringLiteral("Game day: lose a zone"), Severity::High,
                    {utc(2026, 2, 10, 10), utc(2026, 2, 10, 10, 5), utc(2026, 2, 10, 10, 30)}, true);
    addPostmortem(store, gameDay, ReviewState::Approved, utc(2026, 2, 11, 10));
    addActionItem(store, gameDay, QStringLiteral("Automate the zone failover"), utc(2026, 2, 10, 12),
                  utc(2026, 2, 11, 12));

    // March. Middle: 45 and 180 min; its postmortem went back to draft: missed once the two weeks are over.
    const Incident cache = addIncident(store, QStringLiteral("Cache stampede"), Severity::Middle,
                                       {utc(2026, 3, 3, 12), utc(2026, 3, 3, 12, 45), utc(2026, 3, 3, 15)});
    addPostmortem(store, cache, ReviewState::Draft, {});
    addActionItem(store, cache, QStringLiteral("Jitter the cache expiry"), utc(2026, 3, 4, 10));
    // Critical: 20 min to mitigate, resolved five days later (7200 min); no postmortem yet.
    addIncident(store, QStringLiteral("Payment timeouts"), Severity::Critical,
                {utc(2026, 3, 20, 6), utc(2026, 3, 20, 6, 20), utc(2026, 3, 25, 6)});
    // High: mitigated after 40 min, not resolved.
    addIncident(store, QStringLiteral("Disk full on db-2"), Severity::High,
                {utc(2026, 3, 27, 3), utc(2026, 3, 27, 3, 40), {}});
}

} // namespace hindsight::test
