// `hindsight postmortem` and `hindsight review`: writing a postmortem and taking it through its review from the
// command line, so that the whole workflow can be scripted.
#include "arguments.h"
#include "cli.h"
#include "output.h"
#include "review/postmortemreview.h"
#include "review/reviewrules.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/postmortemstore.h"
#include "store/store.h"
#include "store/storelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

void field(QTextStream &out, const QString &label, const QString &value)
{
    output::printField(out, label, value, 20);
}

void problemList(QTextStream &out, const QString &heading, const QStringList &problems)
{
    out << "\n" << heading << "\n";
    for (const QString &problem : problems)
        out << "  - " << problem << "\n";
}

/// Where the review stands and what comes next.
void printReview(QTextStream &out, const Incident &incident, const Postmortem &postmortem,
                 const QList<ActionItem> &actionItems)
{
    const int number = incident.number;
    out << tr("Postmortem of #%1 %2").arg(number).arg(incident.title) << "\n";
    field(out, tr("Severity"), displayName(incident.severity));
    field(out, tr("Review state"), displayName(postmortem.reviewState));
    const ReviewMeeting &meeting = postmortem.review;
    field(out, tr("Review meeting"), meeting.date.isValid() ? meeting.date.toString(Qt::ISODate) : QStringLiteral("-"));
    field(out, tr("Attendees"),
          meeting.attendees.isEmpty() ? QStringLiteral("-") : meeting.attendees.join(QStringLiteral(", ")));
    field(out, tr("Head of department"), meeting.headOfDepartmentAttended ? tr("attended") : tr("did not attend"));
    if (incident.severity == Severity::High)
        field(out, tr("Their attendance"), displayName(meeting.headAttendanceDecision));

    switch (postmortem.reviewState) {
    case ReviewState::Draft: {
        const QStringList problems = completenessProblems(incident, postmortem, actionItems);
        if (!problems.isEmpty())
            problemList(out, tr("Missing before it can be submitted for review:"), problems);
        out << "\n" << tr("Next: hindsight review %1 --submit").arg(number) << "\n";
        break;
    }
    case ReviewState::InReview: {
        const QStringList problems =
            completenessProblems(incident, postmortem, actionItems) + reviewMeetingProblems(incident, postmortem);
        if (!problems.isEmpty())
            problemList(out, tr("Missing before it can be approved:"), problems);
        out << "\n" << tr("Next: hindsight review %1 --approve").arg(number) << "\n";
        break;
    }
    case ReviewState::Approved:
    case ReviewState::Published:
        if (incident.status != IncidentStatus::Closed)
            out << "\n" << tr("The incident can be closed: hindsight set %1 --status closed").arg(number) << "\n";
        break;
    }
}

void section(QTextStream &out, const QString &heading, const QString &text)
{
    out << "\n" << heading << "\n";
    if (text.trimmed().isEmpty()) {
        out << "  " << tr("(empty)") << "\n";
        return;
    }
    for (const QString &line : text.split(QLatin1Char('\n')))
        out << "  " << line << "\n";
}

} // namespace

int Cli::runPostmortem(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption rootCause(QStringLiteral("root-cause"), tr("The cause, concisely."), tr("TEXT"));
    const QCommandLineOption wentWell(QStringLiteral("went-well"), tr("Lessons learned: what went well."), tr("TEXT"));
    const QCommandLineOption wentWrong(QStringLiteral("went-wrong"), tr("Lessons learned: what went wrong."),
                                       tr("TEXT"));
    const QCommandLineOption gotLucky(QStringLiteral("got-lucky"), tr("Lessons learned: where we got lucky."),
                                      tr("TEXT"));
    parser.addOptions({rootCause, wentWell, wentWrong, gotLucky});
    parser.addPositionalArgument(QStringLiteral("NUMBER"), tr("The incident's number."));
    if (const auto stop = parse(parser, arguments))
        return *stop;
    const auto usage = [&](const QString &message) {
        m_err << "hindsight postmortem: " << message << Qt::endl;
        return UsageError;
    };
    const QStringList positional = parser.positionalArguments();
    const auto number = arguments::singleIncidentNumber(positional);
    if (!number)
        return usage(tr("give one incident number."));

    // Markdown text; - reads it from standard input, for one option at most.
    const std::pair<const QCommandLineOption *, QString Postmortem::*> texts[] = {{&rootCause, &Postmortem::rootCause},
                                                                                  {&wentWell, &Postmortem::wentWell},
                                                                                  {&wentWrong, &Postmortem::wentWrong},
                                                                                  {&gotLucky, &Postmortem::gotLucky}};
    bool writing = false;
    int fromStandardInput = 0;
    for (const auto &[option, member] : texts) {
        writing = writing || parser.isSet(*option);
        if (parser.isSet(*option) && parser.value(*option) == QLatin1String("-"))
            ++fromStandardInput;
    }
    if (fromStandardInput > 1)
        return usage(tr("only one option can read standard input (-)."));
    std::optional<QString> input;
    if (fromStandardInput == 1) {
        input = arguments::standardInput(m_in);
        if (!input)
            return usage(tr("standard input is not valid UTF-8 text; nothing was written."));
    }

    auto store = Store::open(resolveStorePath(m_storePath));
    const Incident incident = IncidentStore(*store).require(*number);
    std::optional<Postmortem> postmortem = PostmortemStore(*store).forIncident(incident.id);
    if (!writing) {
        if (!postmortem) {
            m_err << tr("Incident #%1 has no postmortem yet. Start it with: hindsight postmortem %1 --root-cause TEXT")
                         .arg(incident.number)
                  << Qt::endl;
            return Done;
        }
        m_out << tr("Postmortem of #%1 %2").arg(incident.number).arg(incident.title) << "\n";
        field(m_out, tr("Review state"), displayName(postmortem->reviewState));
        section(m_out, tr("Root cause:"), postmortem->rootCause);
        section(m_out, tr("What went well:"), postmortem->wentWell);
        section(m_out, tr("What went wrong:"), postmortem->wentWrong);
        section(m_out, tr("Where we got lucky:"), postmortem->gotLucky);
        m_out.flush();
        return Done;
    }

    Postmortem changed = postmortem.value_or(Postmortem{});
    changed.incidentId = incident.id;
    if (const auto why = whyCannotEdit(changed)) {
        return usage(*why + QLatin1Char(' ') + tr("Reopen it with: hindsight review %1 --draft").arg(incident.number));
    }
    for (const auto &[option, member] : texts) {
        if (parser.isSet(*option))
            changed.*member = parser.value(*option) == QLatin1String("-") ? *input : parser.value(*option);
    }
    PostmortemReview(*store).saveText(changed);
    return Done;
}

int Cli::runReview(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption submit(QStringLiteral("submit"),
                                    tr("Submit the postmortem for review; refused while something is missing."));
    const QCommandLineOption approve(
        QStringLiteral("approve"),
        tr("Approve the postmortem after the review meeting; refused while something is missing."));
    const QCommandLineOption draft(QStringLiteral("draft"), tr("Take the postmortem back to a draft, to change it."));
    const QCommandLineOption date(QStringLiteral("date"), tr("The day of the review meeting, as YYYY-MM-DD."),
                                  tr("DATE"));
    const QCommandLineOption attendee(
        QStringLiteral("attendee"), tr("Who attended the review; repeat for several. Replaces the list."), tr("NAME"));
    const QCommandLineOption headAttended(QStringLiteral("head-attended"),
                                          tr("The head of department attended the review."));
    const QCommandLineOption noHeadAttended(QStringLiteral("no-head-attended"),
                                            tr("The head of department did not attend the review."));
    const QCommandLineOption headNeeded(QStringLiteral("head-needed"),
                                        tr("High: the facilitator decided the head of department had to attend."));
    const QCommandLineOption headNotNeeded(
        QStringLiteral("head-not-needed"),
        tr("High: the facilitator decided the head of department did not have to attend."));
    parser.addOptions(
        {submit, approve, draft, date, attendee, headAttended, noHeadAttended, headNeeded, headNotNeeded});
    parser.addPositionalArgument(QStringLiteral("NUMBER"), tr("The incident's number."));
    if (const auto stop = parse(parser, arguments))
        return *stop;
    const auto usage = [&](const QString &message) {
        m_err << "hindsight review: " << message << Qt::endl;
        return UsageError;
    };
    const QStringList positional = parser.positionalArguments();
    const auto number = arguments::singleIncidentNumber(positional);
    if (!number)
        return usage(tr("give one incident number."));
    if (int(parser.isSet(submit)) + int(parser.isSet(approve)) + int(parser.isSet(draft)) > 1)
        return usage(tr("give one of --submit, --approve and --draft at a time."));
    if (parser.isSet(headAttended) && parser.isSet(noHeadAttended))
        return usage(tr("--head-attended and --no-head-attended contradict each other."));
    if (parser.isSet(headNeeded) && parser.isSet(headNotNeeded))
        return usage(tr("--head-needed and --head-not-needed contradict each other."));
    std::optional<QDate> meetingDate;
    if (parser.isSet(date) && !parser.value(date).trimmed().isEmpty()) {
        meetingDate = arguments::date(parser.value(date));
        if (!meetingDate)
            return usage(tr("--date '%1' is not a date such as 2026-12-01.").arg(parser.value(date)));
    }
    const bool meetingChanged = parser.isSet(date) || parser.isSet(attendee) || parser.isSet(headAttended) ||
                                parser.isSet(noHeadAttended) || parser.isSet(headNeeded) || parser.isSet(headNotNeeded);

    auto store = Store::open(resolveStorePath(m_storePath));
    const Incident incident = IncidentStore(*store).require(*number);
    std::optional<Postmortem> postmortem = PostmortemStore(*store).forIncident(incident.id);
    if (!postmortem) {
        const QString message =
            tr("Incident #%1 has no postmortem yet. Start it with: hindsight postmortem %1 --root-cause TEXT")
                .arg(incident.number);
        if (meetingChanged || parser.isSet(submit) || parser.isSet(approve) || parser.isSet(draft))
            return usage(message);
        m_err << message << Qt::endl;
        return Done;
    }

    PostmortemReview review(*store);
    if (parser.isSet(draft))
        postmortem = review.reopen(incident.id);
    if (meetingChanged) {
        ReviewMeeting meeting = postmortem->review;
        if (parser.isSet(date))
            meeting.date = meetingDate.value_or(QDate());
        if (parser.isSet(attendee)) {
            meeting.attendees.clear();
            for (const QString &name : parser.values(attendee)) {
                if (!name.trimmed().isEmpty())
                    meeting.attendees << name.trimmed();
            }
        }
        if (parser.isSet(headAttended) || parser.isSet(noHeadAttended))
            meeting.headOfDepartmentAttended = parser.isSet(headAttended);
        if (parser.isSet(headNeeded) || parser.isSet(headNotNeeded))
            meeting.headAttendanceDecision =
                parser.isSet(headNeeded) ? HeadAttendanceDecision::Needed : HeadAttendanceDecision::NotNeeded;
        postmortem = review.recordMeeting(incident.id, meeting);
    }
    // The meeting happened as recorded whether or not the postmortem can go on: its facts are kept when the step
    // after them is refused.
    try {
        if (parser.isSet(submit))
            postmortem = review.submit(incident.id);
        if (parser.isSet(approve))
            postmortem = review.approve(incident.id);
    } catch (const StoreError &error) {
        if (!meetingChanged || error.kind() != StoreError::Kind::Invalid)
            throw;
        m_err << "hindsight: " << error.message() << "\n"
              << tr("The review meeting's details given were recorded.") << Qt::endl;
        return UsageError;
    }

    printReview(m_out, incident, *postmortem, ActionItemStore(*store).forIncident(incident.id));
    m_out.flush();
    return Done;
}

} // namespace hindsight
