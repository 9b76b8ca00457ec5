#include "reviewcommand.h"

#include "arguments.h"
#include "domain/reviewrules.h"
#include "output.h"
#include "review/postmortemreview.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/postmortemstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace hindsight {

namespace {

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

} // namespace

ReviewCommand::ReviewCommand(const Context &context)
    : Command(context, "review",
              QT_TRANSLATE_NOOP("Cli", "Record the review of a postmortem, submit, approve or reopen it."), "NUMBER")
    , m_submit(QStringLiteral("submit"),
               Cli::tr("Submit the postmortem for review; refused while something is missing."))
    , m_approve(QStringLiteral("approve"),
                Cli::tr("Approve the postmortem after the review meeting; refused while something is missing."))
    , m_draft(QStringLiteral("draft"), Cli::tr("Take the postmortem back to a draft, to change it."))
    , m_date(QStringLiteral("date"), Cli::tr("The day of the review meeting, as YYYY-MM-DD."), Cli::tr("DATE"))
    , m_attendee(QStringLiteral("attendee"), Cli::tr("Who attended the review; repeat for several. Replaces the list."),
                 Cli::tr("NAME"))
    , m_headAttended(QStringLiteral("head-attended"), Cli::tr("The head of department attended the review."))
    , m_noHeadAttended(QStringLiteral("no-head-attended"), Cli::tr("The head of department did not attend the review."))
    , m_headNeeded(QStringLiteral("head-needed"),
                   Cli::tr("High: the facilitator decided the head of department had to attend."))
    , m_headNotNeeded(QStringLiteral("head-not-needed"),
                      Cli::tr("High: the facilitator decided the head of department did not have to attend."))
{
    addOptions({m_submit, m_approve, m_draft, m_date, m_attendee, m_headAttended, m_noHeadAttended, m_headNeeded,
                m_headNotNeeded});
    addIncidentNumberArgument();
}

int ReviewCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;
    const auto number = arguments::singleIncidentNumber(parser.positionalArguments());
    if (!number)
        return usage(Cli::tr("give one incident number."));
    if (int(parser.isSet(m_submit)) + int(parser.isSet(m_approve)) + int(parser.isSet(m_draft)) > 1)
        return usage(Cli::tr("give one of --submit, --approve and --draft at a time."));
    if (parser.isSet(m_headAttended) && parser.isSet(m_noHeadAttended))
        return usage(Cli::tr("--head-attended and --no-head-attended contradict each other."));
    if (parser.isSet(m_headNeeded) && parser.isSet(m_headNotNeeded))
        return usage(Cli::tr("--head-needed and --head-not-needed contradict each other."));
    std::optional<QDate> meetingDate;
    if (parser.isSet(m_date) && !parser.value(m_date).trimmed().isEmpty()) {
        meetingDate = arguments::date(parser.value(m_date));
        if (!meetingDate)
            return usage(Cli::tr("--date '%1' is not a date such as 2026-12-01.").arg(parser.value(m_date)));
    }
    const bool meetingChanged = parser.isSet(m_date) || parser.isSet(m_attendee) || parser.isSet(m_headAttended) ||
                                parser.isSet(m_noHeadAttended) || parser.isSet(m_headNeeded) ||
                                parser.isSet(m_headNotNeeded);

    auto store = openStore();
    const Incident incident = IncidentStore(*store).require(*number);
    std::optional<Postmortem> postmortem = PostmortemStore(*store).forIncident(incident.id);
    if (!postmortem) {
        const QString message =
            Cli::tr("Incident #%1 has no postmortem yet. Start it with: hindsight postmortem %1 --root-cause TEXT")
                .arg(incident.number);
        if (meetingChanged || parser.isSet(m_submit) || parser.isSet(m_approve) || parser.isSet(m_draft))
            return usage(message);
        m_err << message << Qt::endl;
        return Done;
    }

    PostmortemReview review(*store);
    if (parser.isSet(m_draft))
        postmortem = review.reopen(incident.id);
    if (meetingChanged)
        postmortem = review.recordMeeting(incident.id, changedMeeting(parser, postmortem->review, meetingDate));
    // The meeting happened as recorded whether or not the postmortem can go on: its facts are kept when the step
    // after them is refused.
    try {
        if (parser.isSet(m_submit))
            postmortem = review.submit(incident.id);
        if (parser.isSet(m_approve))
            postmortem = review.approve(incident.id);
    } catch (const StoreError &error) {
        if (!meetingChanged || error.kind() != StoreError::Kind::Invalid)
            throw;
        m_err << "hindsight: " << error.message() << "\n"
              << Cli::tr("The review meeting's details given were recorded.") << Qt::endl;
        return UsageError;
    }

    printReview(m_out, incident, *postmortem, ActionItemStore(*store).forIncident(incident.id));
    m_out.flush();
    return Done;
}

ReviewMeeting ReviewCommand::changedMeeting(const QCommandLineParser &parser, ReviewMeeting meeting,
                                            const std::optional<QDate> &date) const
{
    if (parser.isSet(m_date))
        meeting.date = date.value_or(QDate());
    if (parser.isSet(m_attendee)) {
        meeting.attendees.clear();
        for (const QString &name : parser.values(m_attendee)) {
            if (!name.trimmed().isEmpty())
                meeting.attendees << name.trimmed();
        }
    }
    if (parser.isSet(m_headAttended) || parser.isSet(m_noHeadAttended))
        meeting.headOfDepartmentAttended = parser.isSet(m_headAttended);
    if (parser.isSet(m_headNeeded) || parser.isSet(m_headNotNeeded))
        meeting.headAttendanceDecision =
            parser.isSet(m_headNeeded) ? HeadAttendanceDecision::Needed : HeadAttendanceDecision::NotNeeded;
    return meeting;
}

} // namespace hindsight
