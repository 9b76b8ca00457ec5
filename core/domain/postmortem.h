#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace hindsight {

struct ReviewMeeting
{
    QDate date;
    QStringList attendees;
    bool headOfDepartmentAttended = false;
    /// For High: whether the facilitator decided the head of department had to attend.
    HeadAttendanceDecision headAttendanceDecision = HeadAttendanceDecision::Undecided;

    bool operator==(const ReviewMeeting &) const = default;
};

/// Where the postmortem was published (a GitHub discussion).
struct Publication
{
    QString url;
    QString id;
    int number = 0;
    QDateTime publishedAt;

    bool isPublished() const { return !id.isEmpty(); }
    bool operator==(const Publication &) const = default;
};

/// The written part of an incident's postmortem; the rest of the document is filled from the incident.
struct Postmortem
{
    QUuid id;
    QUuid incidentId;
    QString rootCause;
    QString wentWell;
    QString wentWrong;
    QString gotLucky;
    ReviewState reviewState = ReviewState::Draft;
    ReviewMeeting review;
    /// When it was last approved (moved to Approved); kept once published, cleared when it is reopened as a draft.
    QDateTime approvedAt;
    Publication publication;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Postmortem &) const = default;
};

} // namespace hindsight
