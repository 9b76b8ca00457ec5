#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace hindsight {

class Store;

/// The months a set of figures covers. Exercises (drills, game days) are left out of every figure.
struct StatisticsPeriod
{
    /// The first and the last month, each given by any day in it; both are included.
    QDate firstMonth;
    QDate lastMonth;
    /// The zone whose calendar puts a time into a month.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    /// The time the figures are computed at: a postmortem whose two weeks have not passed yet is still pending.
    QDateTime now = QDateTime::currentDateTimeUtc();

    /// The months from the first to the last, each as its first day.
    QList<QDate> months() const;
    /// The `count` months up to and including the month of `now` in `timeZone`.
    static StatisticsPeriod lastMonths(int count, const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                       const QTimeZone &timeZone = QTimeZone::systemTimeZone());
    /// "2026-11" as the first day of that month; an invalid date for anything else.
    static QDate parseMonth(const QString &text);
};

/// Incidents detected in one month, by severity.
struct IncidentMonth
{
    /// The month's first day.
    QDate month;
    /// Indexed by Severity.
    std::array<int, 4> bySeverity{};

    int total() const { return bySeverity[0] + bySeverity[1] + bySeverity[2] + bySeverity[3]; }
    bool operator==(const IncidentMonth &) const = default;
};

/// How long incidents of one severity detected in the period took to be mitigated and to be resolved, counted from
/// their detection. An incident resolved without a mitigation time was mitigated when it was resolved at the latest,
/// and counts so. Incidents without the time, or with one before their detection (a typing mistake), are left out.
struct RecoveryTimes
{
    Severity severity = Severity::Low;
    /// How many incidents the mean to mitigate is taken over.
    int mitigated = 0;
    std::optional<double> meanMinutesToMitigate;
    /// How many incidents the mean to resolve is taken over.
    int resolved = 0;
    std::optional<double> meanMinutesToResolve;

    bool operator==(const RecoveryTimes &) const = default;
};

/// Action items added and closed (done or won't do) in one month.
struct ActionItemMonth
{
    QDate month;
    int opened = 0;
    int closed = 0;

    bool operator==(const ActionItemMonth &) const = default;
};

/// Whether the postmortems of the incidents resolved in one month (or the whole period) were approved within
/// ApprovalDays of the resolution. Counted are the incidents that need a postmortem (Middle and above) and those of
/// Low that have one written in or taken to review (not an untouched draft, which merely opening the postmortem
/// starts). A postmortem counts as approved at the time it was last approved (Postmortem::approvedAt); one reopened
/// since is not approved.
struct ApprovalMonth
{
    static constexpr int ApprovalDays = 14;

    /// The month's first day; invalid for the whole period.
    QDate month;
    int inTime = 0;
    /// Approved, but after the two weeks.
    int late = 0;
    /// Not approved, and the two weeks are over.
    int missed = 0;
    /// Not approved yet, but the two weeks are not over.
    int pending = 0;

    int resolved() const { return inTime + late + missed + pending; }
    /// The share approved in time among those whose two weeks are over; nullopt when there are none.
    std::optional<double> share() const
    {
        const int decided = inTime + late + missed;
        return decided > 0 ? std::optional<double>(double(inTime) / decided) : std::nullopt;
    }
    bool operator==(const ApprovalMonth &) const = default;
};

/// The figures the insights charts show, as plain values, with each table as CSV text (for "Copy as CSV" and
/// `hindsight stats --csv`: a header line of stable English keys, months as YYYY-MM, minutes and shares with up to
/// three decimals, empty where there is no value, one line each).
struct Insights
{
    StatisticsPeriod period;
    /// Every month of the period, empty ones included, oldest first.
    QList<IncidentMonth> incidentsPerMonth;
    /// One per severity, Low to Critical.
    QList<RecoveryTimes> recoveryTimes;
    /// Every month of the period, oldest first.
    QList<ActionItemMonth> actionItemsPerMonth;
    /// Every month of the period, oldest first.
    QList<ApprovalMonth> approvalsPerMonth;
    /// The whole period.
    ApprovalMonth approvals;

    QString incidentsCsv() const;
    QString recoveryTimesCsv() const;
    QString actionItemsCsv() const;
    QString approvalsCsv() const;
};

/// Computes the insights of a store over a period.
class Statistics
{
public:
    explicit Statistics(Store &store);

    Insights compute(const StatisticsPeriod &period) const;

private:
    Store &m_store;
};

} // namespace hindsight
