#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace hindsight {

enum class Severity
{
    Low,
    Middle,
    High,
    Critical
};

enum class IncidentStatus
{
    Investigating,
    Mitigated,
    Resolved,
    Closed
};

enum class PersonRole
{
    Sre,
    Development,
    FollowUp,
    Facilitator,
    HeadOfDepartment
};

enum class LogEntryKind
{
    Note,
    Hypothesis,
    Finding,
    Action,
    DeadEnd,
    Decision
};

enum class ReviewState
{
    Draft,
    InReview,
    Approved,
    Published
};

/// For a High incident the facilitator decides whether the head of department had to attend the review.
enum class HeadAttendanceDecision
{
    Undecided,
    Needed,
    NotNeeded
};

enum class ActionItemType
{
    Repair,
    Investigate,
    PreventRecurrence,
    Improve
};

enum class ActionItemPriority
{
    Low,
    Middle,
    High
};

enum class ActionItemStatus
{
    NotStarted,
    InProgress,
    Done,
    WontDo
};

/// The stable key of each enum value: what the store, the CLI and JSON use. Never reorder or rename a key: stores
/// written by earlier versions hold them.
template<typename E>
struct EnumKeys;

#define HINDSIGHT_ENUM_KEYS(E, N, ...)                                                                                 \
    template<>                                                                                                         \
    struct EnumKeys<E>                                                                                                 \
    {                                                                                                                  \
        static constexpr std::array<std::pair<E, const char *>, N> table{{__VA_ARGS__}};                               \
    };

HINDSIGHT_ENUM_KEYS(Severity, 4, {Severity::Low, "low"}, {Severity::Middle, "middle"}, {Severity::High, "high"},
                    {Severity::Critical, "critical"})
HINDSIGHT_ENUM_KEYS(IncidentStatus, 4, {IncidentStatus::Investigating, "investigating"},
                    {IncidentStatus::Mitigated, "mitigated"}, {IncidentStatus::Resolved, "resolved"},
                    {IncidentStatus::Closed, "closed"})
HINDSIGHT_ENUM_KEYS(PersonRole, 5, {PersonRole::Sre, "sre"}, {PersonRole::Development, "development"},
                    {PersonRole::FollowUp, "follow-up"}, {PersonRole::Facilitator, "facilitator"},
                    {PersonRole::HeadOfDepartment, "head-of-department"})
HINDSIGHT_ENUM_KEYS(LogEntryKind, 6, {LogEntryKind::Note, "note"}, {LogEntryKind::Hypothesis, "hypothesis"},
                    {LogEntryKind::Finding, "finding"}, {LogEntryKind::Action, "action"},
                    {LogEntryKind::DeadEnd, "dead-end"}, {LogEntryKind::Decision, "decision"})
HINDSIGHT_ENUM_KEYS(ReviewState, 4, {ReviewState::Draft, "draft"}, {ReviewState::InReview, "in-review"},
                    {ReviewState::Approved, "approved"}, {ReviewState::Published, "published"})
HINDSIGHT_ENUM_KEYS(HeadAttendanceDecision, 3, {HeadAttendanceDecision::Undecided, "undecided"},
                    {HeadAttendanceDecision::Needed, "needed"}, {HeadAttendanceDecision::NotNeeded, "not-needed"})
HINDSIGHT_ENUM_KEYS(ActionItemType, 4, {ActionItemType::Repair, "repair"}, {ActionItemType::Investigate, "investigate"},
                    {ActionItemType::PreventRecurrence, "prevent"}, {ActionItemType::Improve, "improve"})
HINDSIGHT_ENUM_KEYS(ActionItemPriority, 3, {ActionItemPriority::Low, "low"}, {ActionItemPriority::Middle, "middle"},
                    {ActionItemPriority::High, "high"})
HINDSIGHT_ENUM_KEYS(ActionItemStatus, 4, {ActionItemStatus::NotStarted, "not-started"},
                    {ActionItemStatus::InProgress, "in-progress"}, {ActionItemStatus::Done, "done"},
                    {ActionItemStatus::WontDo, "wont-do"})

#undef HINDSIGHT_ENUM_KEYS

template<typename E>
QString toKey(E value)
{
    for (const auto &[v, key] : EnumKeys<E>::table) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

/// Case-insensitive; accepts `_` for `-` so that `dead_end` and `Dead-End` both mean a dead end.
template<typename E>
std::optional<E> fromKey(QStringView text)
{
    const QString normalized = text.trimmed().toString().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    for (const auto &[v, key] : EnumKeys<E>::table) {
        if (normalized == QLatin1String(key))
            return v;
    }
    return std::nullopt;
}

template<typename E>
QStringList allKeys()
{
    QStringList keys;
    for (const auto &entry : EnumKeys<E>::table)
        keys << QString::fromLatin1(entry.second);
    return keys;
}

template<typename E>
constexpr auto allValues()
{
    std::array<E, EnumKeys<E>::table.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = EnumKeys<E>::table[i].first;
    return values;
}

/// Names shown to users, translated into the UI language.
QString displayName(Severity value);
QString displayName(IncidentStatus value);
QString displayName(PersonRole value);
QString displayName(LogEntryKind value);
QString displayName(ReviewState value);
QString displayName(HeadAttendanceDecision value);
QString displayName(ActionItemType value);
QString displayName(ActionItemPriority value);
QString displayName(ActionItemStatus value);

/// An incident still being worked on: investigating or mitigated.
inline bool isOpen(IncidentStatus status)
{
    return status == IncidentStatus::Investigating || status == IncidentStatus::Mitigated;
}

} // namespace hindsight
