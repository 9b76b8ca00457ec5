#include "reviewrules.h"

#include <QCoreApplication>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReviewRules", text);
}

/// "Heading:\n- problem\n- problem"
QString withProblems(const QString &heading, const QStringList &problems)
{
    QString text = heading;
    for (const QString &problem : problems)
        text += QStringLiteral("\n- ") + problem;
    return text;
}

QString incidentName(const Incident &incident)
{
    return tr("incident #%1").arg(incident.number);
}

} // namespace

bool needsPostmortem(Severity severity)
{
    return severity != Severity::Low;
}

QStringList completenessProblems(const Incident &incident, const Postmortem &postmortem,
                                 const QList<ActionItem> &actionItems)
{
    QStringList problems;
    if (incident.summary.trimmed().isEmpty())
        problems << tr("The incident has no summary: say briefly what happened.");
    if (postmortem.rootCause.trimmed().isEmpty())
        problems << tr("The root cause is empty.");
    if (postmortem.wentWell.trimmed().isEmpty())
        problems << tr("Lessons learned: \"What went well\" is empty.");
    if (postmortem.wentWrong.trimmed().isEmpty())
        problems << tr("Lessons learned: \"What went wrong\" is empty.");
    if (postmortem.gotLucky.trimmed().isEmpty())
        problems << tr("Lessons learned: \"Where we got lucky\" is empty.");
    if (needsPostmortem(incident.severity) && actionItems.isEmpty()) {
        problems << tr("There is no action item: a %1 incident needs at least one, to keep it from happening again.")
                        .arg(displayName(incident.severity));
    }
    for (const ActionItem &item : actionItems) {
        if (item.isClosed())
            continue;
        if (item.owner.trimmed().isEmpty())
            problems << tr("Action item %1 \"%2\" has no owner.").arg(item.shortId(), item.title);
        if (!item.dueDate.isValid())
            problems << tr("Action item %1 \"%2\" has no due date.").arg(item.shortId(), item.title);
    }
    return problems;
}

QStringList reviewMeetingProblems(const Incident &incident, const Postmortem &postmortem)
{
    const ReviewMeeting &meeting = postmortem.review;
    QStringList problems;
    if (!meeting.date.isValid())
        problems << tr("The date of the review meeting is not recorded.");
    bool anyAttendee = false;
    for (const QString &name : meeting.attendees)
        anyAttendee = anyAttendee || !name.trimmed().isEmpty();
    if (!anyAttendee)
        problems << tr("The attendees of the review meeting are not recorded.");

    switch (incident.severity) {
    case Severity::Low:
    case Severity::Middle:
        break;
    case Severity::High:
        if (meeting.headAttendanceDecision == HeadAttendanceDecision::Undecided) {
            problems << tr("For a High incident the facilitator decides whether the head of department had to attend "
                           "the review, and that decision is not recorded.");
        } else if (meeting.headAttendanceDecision == HeadAttendanceDecision::Needed &&
                   !meeting.headOfDepartmentAttended) {
            problems << tr("The facilitator decided that the head of department had to attend the review, but they "
                           "are not recorded as having attended.");
        }
        break;
    case Severity::Critical:
        if (!meeting.headOfDepartmentAttended) {
            problems << tr("A Critical postmortem can only be approved when the head of department attended the "
                           "review, and they are not recorded as having attended. Hold the review with them, or "
                           "record that they attended.");
        }
        break;
    }
    return problems;
}

std::optional<QString> whyCannotSubmit(const Incident &incident, const Postmortem &postmortem,
                                       const QList<ActionItem> &actionItems)
{
    switch (postmortem.reviewState) {
    case ReviewState::Draft:
        break;
    case ReviewState::InReview:
        return tr("The postmortem of %1 is already in review.").arg(incidentName(incident));
    case ReviewState::Approved:
        return tr("The postmortem of %1 is already approved.").arg(incidentName(incident));
    case ReviewState::Published:
        return tr("The postmortem of %1 is already published.").arg(incidentName(incident));
    }
    const QStringList problems = completenessProblems(incident, postmortem, actionItems);
    if (problems.isEmpty())
        return std::nullopt;
    return withProblems(tr("The postmortem of %1 is not ready for review:").arg(incidentName(incident)), problems);
}

std::optional<QString> whyCannotApprove(const Incident &incident, const Postmortem &postmortem,
                                        const QList<ActionItem> &actionItems)
{
    switch (postmortem.reviewState) {
    case ReviewState::Draft:
        return tr("The postmortem of %1 is still a draft: submit it for review, hold the review meeting, then "
                  "approve it.")
            .arg(incidentName(incident));
    case ReviewState::InReview:
        break;
    case ReviewState::Approved:
        return tr("The postmortem of %1 is already approved.").arg(incidentName(incident));
    case ReviewState::Published:
        return tr("The postmortem of %1 is already published.").arg(incidentName(incident));
    }
    const QStringList problems =
        completenessProblems(incident, postmortem, actionItems) + reviewMeetingProblems(incident, postmortem);
    if (problems.isEmpty())
        return std::nullopt;
    return withProblems(tr("The postmortem of %1 cannot be approved yet:").arg(incidentName(incident)), problems);
}

std::optional<QString> whyCannotReopen(const Incident &incident, const Postmortem &postmortem)
{
    if (postmortem.reviewState == ReviewState::Draft)
        return tr("The postmortem of %1 is already a draft.").arg(incidentName(incident));
    if (incident.status == IncidentStatus::Closed && needsPostmortem(incident.severity)) {
        return tr("Incident #%1 is closed, and a closed %2 incident keeps its approved postmortem. Set the "
                  "incident's status back to resolved first.")
            .arg(incident.number)
            .arg(displayName(incident.severity));
    }
    return std::nullopt;
}

std::optional<QString> whyCannotPublish(const Postmortem &postmortem)
{
    switch (postmortem.reviewState) {
    case ReviewState::Draft:
        return tr("Only an approved postmortem can be published; this one is still a draft.");
    case ReviewState::InReview:
        return tr("Only an approved postmortem can be published; this one is still in review.");
    case ReviewState::Approved:
    case ReviewState::Published:
        break;
    }
    return std::nullopt;
}

std::optional<QString> whyCannotEdit(const Postmortem &postmortem)
{
    switch (postmortem.reviewState) {
    case ReviewState::Draft:
    case ReviewState::InReview:
        return std::nullopt;
    case ReviewState::Approved:
        return tr("The postmortem is approved: reopen it as a draft to change it, then have it approved again.");
    case ReviewState::Published:
        return tr("The postmortem is published: reopen it as a draft to change it, then have it approved and "
                  "publish it again.");
    }
    return std::nullopt;
}

std::optional<QString> whyCannotClose(const Incident &incident, const std::optional<Postmortem> &postmortem)
{
    if (!needsPostmortem(incident.severity))
        return std::nullopt;
    const ReviewState state = postmortem ? postmortem->reviewState : ReviewState::Draft;
    if (postmortem && (state == ReviewState::Approved || state == ReviewState::Published))
        return std::nullopt;

    const QString rule = tr("Incident #%1 is %2 and cannot be closed yet: an incident of Middle severity or above "
                            "is closed only once its postmortem has been reviewed and approved.")
                             .arg(incident.number)
                             .arg(displayName(incident.severity));
    QString next;
    if (!postmortem) {
        next = tr("It has no postmortem yet: start one, write the root cause, the lessons and the action items, "
                  "submit it for review and approve it after the review meeting.");
    } else if (state == ReviewState::Draft) {
        next = tr("Its postmortem is a draft: complete it and submit it for review, then approve it after the "
                  "review meeting.");
    } else {
        next = tr("Its postmortem is in review: record the review meeting, then approve it.");
    }
    return rule + QLatin1Char(' ') + next;
}

} // namespace hindsight
