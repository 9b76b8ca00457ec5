#include "sampleincident.h"

#include "incidentstore.h"
#include "investigationlog.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SampleIncident", text);
}

} // namespace

Incident createSampleIncident(Store &store)
{
    const QDateTime start = db::now().addSecs(-95 * 60);
    Incident draft;
    draft.title = tr("[Sample] Checkout API: p99 latency above 2 s");
    draft.severity = Severity::High;
    draft.summary = tr("A sample incident to look around in. It is marked as an exercise, so it never counts in "
                       "statistics. Delete it or keep it as a reference.");
    draft.detectedAt = start;
    draft.startedAt = start.addSecs(-180);
    draft.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    draft.products = {QStringLiteral("checkout"), QStringLiteral("payments-api")};
    draft.links = {{tr("Latency monitor"), QStringLiteral("https://monitoring.example.com/monitors/4711")}};
    draft.people = {{PersonRole::Sre, QStringLiteral("Alice")}, {PersonRole::Development, QStringLiteral("Bob")}};
    draft.occurrences = {{draft.startedAt, QDateTime()}};
    draft.exercise = true;

    Store::WriteTransaction transaction(store);
    const Incident incident = IncidentStore(store).create(draft);
    InvestigationLog log(store);
    const struct
    {
        int minutes;
        LogEntryKind kind;
        bool key;
        const char *body;
    } entries[] = {
        {0, LogEntryKind::Note, true,
         QT_TRANSLATE_NOOP("SampleIncident", "Alert: checkout p99 latency 2.4 s (threshold 2 s).")},
        {4, LogEntryKind::Hypothesis, false,
         QT_TRANSLATE_NOOP("SampleIncident", "Yesterday's release `2026.11.3` changed the payment client's timeouts?")},
        {9, LogEntryKind::DeadEnd, false,
         QT_TRANSLATE_NOOP("SampleIncident",
                           "Rolled back `2026.11.3` on one canary: latency unchanged. Not the release.")},
        {15, LogEntryKind::Finding, true,
         QT_TRANSLATE_NOOP("SampleIncident", "DB connection pool saturated: `max=10`, 10 in use since 13:02.\n\n"
                                             "| pool | in use | waiting |\n|---|---|---|\n| payments | 10 | 37 |")},
        {18, LogEntryKind::Decision, false,
         QT_TRANSLATE_NOOP("SampleIncident", "Raise the pool to 30 now; find out why it filled up afterwards.")},
        {21, LogEntryKind::Action, true, QT_TRANSLATE_NOOP("SampleIncident", "Pool raised to 30 on all pods.")},
        {30, LogEntryKind::Note, false,
         QT_TRANSLATE_NOOP("SampleIncident", "p99 back to 300 ms. Watching for an hour.")},
    };
    for (const auto &e : entries) {
        LogEntry entry;
        entry.incidentId = incident.id;
        entry.at = start.addSecs(e.minutes * 60);
        entry.kind = e.kind;
        entry.keyEvent = e.key;
        entry.author = e.kind == LogEntryKind::Decision ? QStringLiteral("Bob") : QStringLiteral("Alice");
        entry.body = tr(e.body);
        const LogEntry stored = log.append(entry);
        Q_UNUSED(stored);
    }
    transaction.commit();
    return incident;
}

} // namespace hindsight
