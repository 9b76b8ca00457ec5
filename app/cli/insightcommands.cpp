// `hindsight suggest` and `hindsight stats`: what the store's history says about an incident, and about the team.
#include "arguments.h"
#include "cli.h"
#include "insights/statistics.h"
#include "output.h"
#include "search/suggestions.h"
#include "store/incidentstore.h"
#include "store/store.h"
#include "store/storelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

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

int Cli::runSuggest(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("Show at most N suggestions (default: 10)."), tr("N"),
                                   QStringLiteral("10"));
    parser.addOptions({json, limit});
    parser.addPositionalArgument(QStringLiteral("NUMBER"), tr("The incident's number."));
    if (const auto stop = parse(parser, arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const auto number = arguments::singleIncidentNumber(positional);
    if (!number) {
        m_err << tr("hindsight suggest: give one incident number.") << Qt::endl;
        return UsageError;
    }
    bool ok = false;
    const int maxSuggestions = parser.value(limit).toInt(&ok);
    if (!ok || maxSuggestions <= 0) {
        m_err << tr("hindsight suggest: --limit must be a number above 0.") << Qt::endl;
        return UsageError;
    }

    auto store = Store::open(resolveStorePath(m_storePath));
    const Incident incident = IncidentStore(*store).require(*number);
    const QList<Suggestion> suggestions = Suggestions(*store).forIncident(incident.id, maxSuggestions);
    const auto shortId = [](const Suggestion &s) {
        return s.kind == SuggestionKind::Playbook ? QLatin1Char('P') + QString::number(s.number)
                                                  : QLatin1Char('#') + QString::number(s.number);
    };
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Suggestion &s : suggestions) {
            array.append(QJsonObject{{QStringLiteral("kind"), toKey(s.kind)},
                                     {QStringLiteral("id"), db::fromUuid(s.id)},
                                     {QStringLiteral("number"), s.number},
                                     {QStringLiteral("shortId"), shortId(s)},
                                     {QStringLiteral("title"), s.title},
                                     {QStringLiteral("score"), output::rounded(s.score)},
                                     {QStringLiteral("matchingTerms"), QJsonArray::fromStringList(s.matchingTerms)},
                                     {QStringLiteral("exercise"), s.exercise}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return Done;
    }
    if (suggestions.isEmpty()) {
        m_err << tr("Nothing in the store looks like incident #%1 yet.").arg(incident.number) << Qt::endl;
        return Done;
    }
    QList<QStringList> rows{{tr("KIND"), tr("ID"), tr("SCORE"), tr("TITLE"), tr("MATCHING")}};
    for (const Suggestion &s : suggestions) {
        QString title = s.title;
        if (s.exercise)
            title += QLatin1Char(' ') + tr("[exercise]");
        rows << QStringList{toKey(s.kind), shortId(s), QString::number(s.score, 'f', 2), title,
                            s.matchingTerms.join(QStringLiteral(", "))};
    }
    output::printTable(m_out, rows);
    m_out.flush();
    return Done;
}

int Cli::runStats(const QStringList &arguments)
{
    static const QStringList tables{QStringLiteral("incidents"), QStringLiteral("recovery"),
                                    QStringLiteral("action-items"), QStringLiteral("approvals")};
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("The first month, as YYYY-MM (default: eleven months before --to)."), tr("MONTH"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The last month, as YYYY-MM (default: this month)."),
                                tr("MONTH"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("Print one table as CSV: %1.").arg(tables.join(QLatin1Char('|'))), tr("TABLE"));
    parser.addOptions({from, to, json, csv});
    if (const auto stop = parse(parser, arguments))
        return *stop;
    const auto usage = [&](const QString &message) {
        m_err << "hindsight stats: " << message << Qt::endl;
        return UsageError;
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));

    StatisticsPeriod period = StatisticsPeriod::lastMonths(12);
    if (parser.isSet(to)) {
        period.lastMonth = StatisticsPeriod::parseMonth(parser.value(to));
        if (!period.lastMonth.isValid())
            return usage(tr("--to '%1' is not a month such as 2026-11.").arg(parser.value(to)));
        period.firstMonth = period.lastMonth.addMonths(-11);
    }
    if (parser.isSet(from)) {
        period.firstMonth = StatisticsPeriod::parseMonth(parser.value(from));
        if (!period.firstMonth.isValid())
            return usage(tr("--from '%1' is not a month such as 2026-01.").arg(parser.value(from)));
    }
    if (period.firstMonth > period.lastMonth)
        return usage(tr("--from comes after --to."));
    if (period.months().size() > 1200)
        return usage(tr("the period is longer than a hundred years."));
    if (parser.isSet(csv) && !tables.contains(parser.value(csv)))
        return usage(tr("--csv must be one of %1.").arg(tables.join(QLatin1Char('|'))));
    if (parser.isSet(csv) && parser.isSet(json))
        return usage(tr("give --csv or --json, not both."));

    auto store = Store::open(resolveStorePath(m_storePath));
    const Insights insights = Statistics(*store).compute(period);
    if (parser.isSet(json)) {
        m_out << QString::fromUtf8(QJsonDocument(toJson(insights)).toJson(QJsonDocument::Indented));
    } else if (parser.isSet(csv)) {
        const QString table = parser.value(csv);
        if (table == tables.at(0))
            m_out << insights.incidentsCsv();
        else if (table == tables.at(1))
            m_out << insights.recoveryTimesCsv();
        else if (table == tables.at(2))
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
