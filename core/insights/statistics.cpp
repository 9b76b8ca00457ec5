#include "statistics.h"

#include "store/statisticsstore.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace hindsight {

namespace {

QDate firstOfMonth(const QDate &day)
{
    return day.isValid() ? QDate(day.year(), day.month(), 1) : QDate();
}

/// Where `time` falls among `months` (the period's), or -1 outside them.
qsizetype monthIndex(const StatisticsPeriod &period, const QList<QDate> &months, const QDateTime &time)
{
    if (!time.isValid() || months.isEmpty())
        return -1;
    const QDate day = time.toTimeZone(period.timeZone).date();
    const QDate first = months.constFirst();
    const qsizetype index = (day.year() - first.year()) * 12 + (day.month() - first.month());
    return index >= 0 && index < months.size() ? index : -1;
}

QString monthText(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

/// Up to three decimals, without trailing zeros; empty for no value.
QString decimal(std::optional<double> value)
{
    if (!value)
        return {};
    QString text = QString::number(std::round(*value * 1000) / 1000, 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

struct Mean
{
    qint64 totalMilliseconds = 0;
    int count = 0;

    void add(const QDateTime &from, const QDateTime &to)
    {
        if (!from.isValid() || !to.isValid() || to < from)
            return;
        totalMilliseconds += from.msecsTo(to);
        ++count;
    }
    std::optional<double> minutes() const
    {
        return count > 0 ? std::optional<double>(double(totalMilliseconds) / count / 60000.0) : std::nullopt;
    }
};

} // namespace

QList<QDate> StatisticsPeriod::months() const
{
    QList<QDate> result;
    const QDate last = firstOfMonth(lastMonth);
    for (QDate month = firstOfMonth(firstMonth); month.isValid() && month <= last; month = month.addMonths(1))
        result << month;
    return result;
}

StatisticsPeriod StatisticsPeriod::lastMonths(int count, const QDateTime &now, const QTimeZone &timeZone)
{
    StatisticsPeriod period;
    period.timeZone = timeZone;
    period.now = now;
    period.lastMonth = firstOfMonth(now.toTimeZone(timeZone).date());
    period.firstMonth = period.lastMonth.addMonths(-(std::max(count, 1) - 1));
    return period;
}

QDate StatisticsPeriod::parseMonth(const QString &text)
{
    const QString value = text.trimmed();
    const QDate month = QDate::fromString(value, QStringLiteral("yyyy-MM"));
    return value.size() == 7 ? month : QDate();
}

QString Insights::incidentsCsv() const
{
    QString csv = QStringLiteral("month,low,middle,high,critical,total\n");
    for (const IncidentMonth &m : incidentsPerMonth) {
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                   .arg(monthText(m.month))
                   .arg(m.bySeverity[0])
                   .arg(m.bySeverity[1])
                   .arg(m.bySeverity[2])
                   .arg(m.bySeverity[3])
                   .arg(m.total());
    }
    return csv;
}

QString Insights::recoveryTimesCsv() const
{
    QString csv = QStringLiteral("severity,mitigated,mean_minutes_to_mitigate,resolved,mean_minutes_to_resolve\n");
    for (const RecoveryTimes &r : recoveryTimes) {
        csv += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(toKey(r.severity))
                   .arg(r.mitigated)
                   .arg(decimal(r.meanMinutesToMitigate))
                   .arg(r.resolved)
                   .arg(decimal(r.meanMinutesToResolve));
    }
    return csv;
}

QString Insights::actionItemsCsv() const
{
    QString csv = QStringLiteral("month,opened,closed\n");
    for (const ActionItemMonth &m : actionItemsPerMonth)
        csv += QStringLiteral("%1,%2,%3\n").arg(monthText(m.month)).arg(m.opened).arg(m.closed);
    return csv;
}

QString Insights::approvalsCsv() const
{
    QString csv = QStringLiteral("month,resolved,in_time,late,missed,pending,share\n");
    const auto line = [](const QString &label, const ApprovalMonth &m) {
        return QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
            .arg(label)
            .arg(m.resolved())
            .arg(m.inTime)
            .arg(m.late)
            .arg(m.missed)
            .arg(m.pending)
            .arg(decimal(m.share()));
    };
    for (const ApprovalMonth &m : approvalsPerMonth)
        csv += line(monthText(m.month), m);
    return csv + line(QStringLiteral("total"), approvals);
}

Statistics::Statistics(Store &store)
    : m_store(store)
{}

Insights Statistics::compute(const StatisticsPeriod &period) const
{
    Insights insights;
    insights.period = period;
    const QList<QDate> months = period.months();
    for (const QDate &month : months) {
        insights.incidentsPerMonth << IncidentMonth{month, {}};
        insights.actionItemsPerMonth << ActionItemMonth{month, 0, 0};
        ApprovalMonth approvals;
        approvals.month = month;
        insights.approvalsPerMonth << approvals;
    }

    // Only a postmortem that was written in counts for a Low incident (see StatisticsStore::PostmortemState).
    const StatisticsStore facts(m_store);
    QHash<QUuid, QDateTime> approvedAt;
    QSet<QUuid> written;
    for (const StatisticsStore::PostmortemState &postmortem : facts.postmortems()) {
        approvedAt.insert(postmortem.incidentId, postmortem.approved);
        if (postmortem.written)
            written.insert(postmortem.incidentId);
    }

    std::array<Mean, 4> toMitigate;
    std::array<Mean, 4> toResolve;
    for (const StatisticsStore::IncidentTimes &incident : facts.incidents()) {
        const Severity severity = incident.severity;
        const QDateTime &resolved = incident.resolved;
        if (const qsizetype month = monthIndex(period, months, incident.detected); month >= 0) {
            ++insights.incidentsPerMonth[month].bySeverity[int(severity)];
            toMitigate[int(severity)].add(incident.detected,
                                          incident.mitigated.isValid() ? incident.mitigated : resolved);
            toResolve[int(severity)].add(incident.detected, resolved);
        }
        const qsizetype resolvedMonth = monthIndex(period, months, resolved);
        if (resolvedMonth < 0 || (severity == Severity::Low && !written.contains(incident.id)))
            continue;
        const QDateTime deadline = resolved.addDays(ApprovalMonth::ApprovalDays);
        const QDateTime approved = approvedAt.value(incident.id);
        int ApprovalMonth::*outcome = &ApprovalMonth::pending;
        if (approved.isValid())
            outcome = approved <= deadline ? &ApprovalMonth::inTime : &ApprovalMonth::late;
        else if (period.now > deadline)
            outcome = &ApprovalMonth::missed;
        ++(insights.approvalsPerMonth[resolvedMonth].*outcome);
        ++(insights.approvals.*outcome);
    }
    for (const Severity severity : allValues<Severity>()) {
        const int i = int(severity);
        insights.recoveryTimes << RecoveryTimes{severity, toMitigate[i].count, toMitigate[i].minutes(),
                                                toResolve[i].count, toResolve[i].minutes()};
    }

    for (const StatisticsStore::ActionItemTimes &item : facts.actionItems()) {
        if (const qsizetype month = monthIndex(period, months, item.created); month >= 0)
            ++insights.actionItemsPerMonth[month].opened;
        if (const qsizetype month = monthIndex(period, months, item.closed); month >= 0)
            ++insights.actionItemsPerMonth[month].closed;
    }
    return insights;
}

} // namespace hindsight
