#include "statscommand.h"

#include "insights/statistics.h"
#include "output.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace hindsight {

namespace {

/// The tables --csv prints, in the order of the text report.
const QStringList CsvTables = {QStringLiteral("incidents"), QStringLiteral("recovery"), QStringLiteral("action-items"),
                               QStringLiteral("approvals")};

/// One decimal, for people; "-" for no value.
QString oneDecimal(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("-");
}

QString monthText(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QJsonObject toJson(const ApprovalMonth &m)
{
    QJsonObject object{
        {QStringLiteral("resolved"), m.resolved()}, {QStringLiteral("inTime"), m.inTime},
        {QStringLiteral("late"), m.late},           {QStringLiteral("missed"), m.missed},
        {QStringLiteral("pending"), m.pending},     {QStringLiteral("share"), output::rounded(m.share())}};
    if (m.month.isValid())
        object.insert(QStringLiteral("month"), monthText(m.month));
    return object;
}

QJsonObject toJson(const Insights &insights)
{
    QJsonArray incidents;
    for (const IncidentMonth &m : insights.incidentsPerMonth) {
        QJsonObject object{{QStringLiteral("month"), monthText(m.month)}, {QStringLiteral("total"), m.total()}};
        for (const Severity severity : allValues<Severity>())
            object.insert(toKey(severity), m.bySeverity[int(severity)]);
        incidents.append(object);
    }
    QJsonArray recovery;
    for (const RecoveryTimes &r : insights.recoveryTimes) {
        recovery.append(QJsonObject{{QStringLiteral("severity"), toKey(r.severity)},
                                    {QStringLiteral("mitigated"), r.mitigated},
                                    {QStringLiteral("meanMinutesToMitigate"), output::rounded(r.meanMinutesToMitigate)},
                                    {QStringLiteral("resolved"), r.resolved},
                                    {QStringLiteral("meanMinutesToResolve"), output::rounded(r.meanMinutesToResolve)}});
    }
    QJsonArray actionItems;
    for (const ActionItemMonth &m : insights.actionItemsPerMonth) {
        actionItems.append(QJsonObject{{QStringLiteral("month"), monthText(m.month)},
                                       {QStringLiteral("opened"), m.opened},
                                       {QStringLiteral("closed"), m.closed}});
    }
    QJsonArray approvals;
    for (const ApprovalMonth &m : insights.approvalsPerMonth)
        approvals.append(toJson(m));
    return {{QStringLiteral("from"), monthText(insights.period.firstMonth)},
            {QStringLiteral("to"), monthText(insights.period.lastMonth)},
            {QStringLiteral("incidentsPerMonth"), incidents},
            {QStringLiteral("recoveryTimes"), recovery},
            {QStringLiteral("actionItemsPerMonth"), actionItems},
            {QStringLiteral("approvalsPerMonth"), approvals},
            {QStringLiteral("approvals"), toJson(insights.approvals)}};
}

void printInsights(QTextStream &out, const Insights &insights)
{
    out << tr("Incidents per month, by severity (detected; exercises left out)") << "\n";
    QList<QStringList> rows{{tr("MONTH"), displayName(Severity::Low), displayName(Severity::Middle),
                             displayName(Severity::High), displayName(Severity::Critical), tr("TOTAL")}};
    for (const IncidentMonth &m : insights.incidentsPerMonth) {
        rows << QStringList{monthText(m.month),
                            QString::number(m.bySeverity[0]),
                            QString::number(m.bySeverity[1]),
                            QString::number(m.bySeverity[2]),
                            QString::number(m.bySeverity[3]),
                            QString::number(m.total())};
    }
    output::printTable(out, rows);

    out << "\n" << tr("Mean minutes from detection to mitigation and to resolution (incidents detected then)") << "\n";
    rows = {{tr("SEVERITY"), tr("MITIGATED"), tr("TO MITIGATE"), tr("RESOLVED"), tr("TO RESOLVE")}};
    for (const RecoveryTimes &r : insights.recoveryTimes) {
        rows << QStringList{displayName(r.severity), QString::number(r.mitigated), oneDecimal(r.meanMinutesToMitigate),
                            QString::number(r.resolved), oneDecimal(r.meanMinutesToResolve)};
    }
    output::printTable(out, rows);

    out << "\n" << tr("Action items opened and closed per month") << "\n";
    rows = {{tr("MONTH"), tr("OPENED"), tr("CLOSED")}};
    for (const ActionItemMonth &m : insights.actionItemsPerMonth)
        rows << QStringList{monthText(m.month), QString::number(m.opened), QString::number(m.closed)};
    output::printTable(out, rows);

    out << "\n"
        << tr("Postmortems approved within %1 days of resolution (by month of resolution)")
               .arg(ApprovalMonth::ApprovalDays)
        << "\n";
    rows = {{tr("MONTH"), tr("RESOLVED"), tr("IN TIME"), tr("LATE"), tr("MISSED"), tr("PENDING"), tr("SHARE")}};
    const auto approvalRow = [](const QString &label, const ApprovalMonth &m) {
        const std::optional<double> share = m.share();
        return QStringList{label,
                           QString::number(m.resolved()),
                           QString::number(m.inTime),
                           QString::number(m.late),
                           QString::number(m.missed),
                           QString::number(m.pending),
                           share ? QString::number(std::lround(*share * 100)) + QLatin1Char('%') : QStringLiteral("-")};
    };
    for (const ApprovalMonth &m : insights.approvalsPerMonth)
        rows << approvalRow(monthText(m.month), m);
    rows << approvalRow(tr("total"), insights.approvals);
    output::printTable(out, rows);
    out.flush();
}

} // namespace

StatsCommand::StatsCommand(const Context &context)
    : Command(context, "stats",
              QT_TRANSLATE_NOOP("Cli", "Show incident, recovery, action item and review figures per month."))
    , m_from(QStringLiteral("from"), Cli::tr("The first month, as YYYY-MM (default: eleven months before --to)."),
             Cli::tr("MONTH"))
    , m_to(QStringLiteral("to"), Cli::tr("The last month, as YYYY-MM (default: this month)."), Cli::tr("MONTH"))
    , m_json(jsonOption())
    , m_csv(QStringLiteral("csv"), Cli::tr("Print one table as CSV: %1.").arg(CsvTables.join(QLatin1Char('|'))),
            Cli::tr("TABLE"))
{
    addOptions({m_from, m_to, m_json, m_csv});
}

int StatsCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usage(Cli::tr("unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));

    StatisticsPeriod period = StatisticsPeriod::lastMonths(12);
    if (parser.isSet(m_to)) {
        period.lastMonth = StatisticsPeriod::parseMonth(parser.value(m_to));
        if (!period.lastMonth.isValid())
            return usage(Cli::tr("--to '%1' is not a month such as 2026-11.").arg(parser.value(m_to)));
        period.firstMonth = period.lastMonth.addMonths(-11);
    }
    if (parser.isSet(m_from)) {
        period.firstMonth = StatisticsPeriod::parseMonth(parser.value(m_from));
        if (!period.firstMonth.isValid())
            return usage(Cli::tr("--from '%1' is not a month such as 2026-01.").arg(parser.value(m_from)));
    }
    if (period.firstMonth > period.lastMonth)
        return usage(Cli::tr("--from comes after --to."));
    if (period.months().size() > 1200)
        return usage(Cli::tr("the period is longer than a hundred years."));
    if (parser.isSet(m_csv) && !CsvTables.contains(parser.value(m_csv)))
        return usage(Cli::tr("--csv must be one of %1.").arg(CsvTables.join(QLatin1Char('|'))));
    if (parser.isSet(m_csv) && parser.isSet(m_json))
        return usage(Cli::tr("give --csv or --json, not both."));

    auto store = openStore();
    const Insights insights = Statistics(*store).compute(period);
    if (parser.isSet(m_json)) {
        printJson(toJson(insights));
    } else if (parser.isSet(m_csv)) {
        const QString table = parser.value(m_csv);
        if (table == CsvTables.at(0))
            m_out << insights.incidentsCsv();
        else if (table == CsvTables.at(1))
            m_out << insights.recoveryTimesCsv();
        else if (table == CsvTables.at(2))
            m_out << insights.actionItemsCsv();
        else
            m_out << insights.approvalsCsv();
    } else {
        printInsights(m_out, insights);
    }
    m_out.flush();
    return Done;
}

} // namespace hindsight
