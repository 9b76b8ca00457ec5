#include "enums.h"

#include <QCoreApplication>

namespace hindsight {

QString displayName(Severity value)
{
    switch (value) {
    case Severity::Low:
        return QCoreApplication::translate("Severity", "Low");
    case Severity::Middle:
        return QCoreApplication::translate("Severity", "Middle");
    case Severity::High:
        return QCoreApplication::translate("Severity", "High");
    case Severity::Critical:
        return QCoreApplication::translate("Severity", "Critical");
    }
    return {};
}

QString displayName(IncidentStatus value)
{
    switch (value) {
    case IncidentStatus::Investigating:
        return QCoreApplication::translate("IncidentStatus", "Investigating");
    case IncidentStatus::Mitigated:
        return QCoreApplication::translate("IncidentStatus", "Mitigated");
    case IncidentStatus::Resolved:
        return QCoreApplication::translate("IncidentStatus", "Resolved");
    case IncidentStatus::Closed:
        return QCoreApplication::translate("IncidentStatus", "Closed");
    }
    return {};
}

QString displayName(PersonRole value)
{
    switch (value) {
    case PersonRole::Sre:
        return QCoreApplication::translate("PersonRole", "SRE");
    case PersonRole::Development:
        return QCoreApplication::translate("PersonRole", "Development");
    case PersonRole::FollowUp:
        return QCoreApplication::translate("PersonRole", "Follow-up");
    case PersonRole::Facilitator:
        return QCoreApplication::translate("PersonRole", "Facilitator");
    case PersonRole::HeadOfDepartment:
        return QCoreApplication::translate("PersonRole", "Head of department");
    }
    return {};
}

QString displayName(LogEntryKind value)
{
    switch (value) {
    case LogEntryKind::Note:
        return QCoreApplication::translate("LogEntryKind", "Note");
    case LogEntryKind::Hypothesis:
        return QCoreApplication::translate("LogEntryKind", "Hypothesis");
    case LogEntryKind::Finding:
        return QCoreApplication::translate("LogEntryKind", "Finding");
    case LogEntryKind::Action:
        return QCoreApplication::translate("LogEntryKind", "Action");
    case LogEntryKind::DeadEnd:
        return QCoreApplication::translate("LogEntryKind", "Dead end");
    case LogEntryKind::Decision:
        return QCoreApplication::translate("LogEntryKind", "Decision");
    }
    return {};
}

QString displayName(ReviewState value)
{
    switch (value) {
    case ReviewState::Draft:
        return QCoreApplication::translate("ReviewState", "Draft");
    case ReviewState::InReview:
        return QCoreApplication::translate("ReviewState", "In review");
    case ReviewState::Approved:
        return QCoreApplication::translate("ReviewState", "Approved");
    case ReviewState::Published:
        return QCoreApplication::translate("ReviewState", "Published");
    }
    return {};
}

QString displayName(HeadAttendanceDecision value)
{
    switch (value) {
    case HeadAttendanceDecision::Undecided:
        return QCoreApplication::translate("HeadAttendanceDecision", "Not decided");
    case HeadAttendanceDecision::Needed:
        return QCoreApplication::translate("HeadAttendanceDecision", "Attendance needed");
    case HeadAttendanceDecision::NotNeeded:
        return QCoreApplication::translate("HeadAttendanceDecision", "Attendance not needed");
    }
    return {};
}

QString displayName(ActionItemType value)
{
    switch (value) {
    case ActionItemType::Repair:
        return QCoreApplication::translate("ActionItemType", "Repair");
    case ActionItemType::Investigate:
        return QCoreApplication::translate("ActionItemType", "Investigate");
    case ActionItemType::PreventRecurrence:
        return QCoreApplication::translate("ActionItemType", "Prevent recurrence");
    case ActionItemType::Improve:
        return QCoreApplication::translate("ActionItemType", "Improve");
    }
    return {};
}

QString displayName(ActionItemPriority value)
{
    switch (value) {
    case ActionItemPriority::Low:
        return QCoreApplication::translate("ActionItemPriority", "Low");
    case ActionItemPriority::Middle:
        return QCoreApplication::translate("ActionItemPriority", "Middle");
    case ActionItemPriority::High:
        return QCoreApplication::translate("ActionItemPriority", "High");
    }
    return {};
}

QString displayName(ActionItemStatus value)
{
    switch (value) {
    case ActionItemStatus::NotStarted:
        return QCoreApplication::translate("ActionItemStatus", "Not started");
    case ActionItemStatus::InProgress:
        return QCoreApplication::translate("ActionItemStatus", "In progress");
    case ActionItemStatus::Done:
        return QCoreApplication::translate("ActionItemStatus", "Done");
    case ActionItemStatus::WontDo:
        return QCoreApplication::translate("ActionItemStatus", "Won't do");
    }
    return {};
}

} // namespace hindsight
