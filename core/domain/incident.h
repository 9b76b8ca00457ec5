#pragma once

#include "enums.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace hindsight {

/// One period during which the problem was happening. An open window (still happening) has no end.
struct OccurrenceWindow
{
    QDateTime start;
    QDateTime end;

    bool operator==(const OccurrenceWindow &) const = default;
};

struct RelatedLink
{
    QString label;
    QString url;

    bool operator==(const RelatedLink &) const = default;
};

struct Person
{
    PersonRole role = PersonRole::Sre;
    QString name;

    bool operator==(const Person &) const = default;
};

/// An incident as users see it: numbered, graded by severity, with its times and the people on it. Times are UTC.
struct Incident
{
    QUuid id;
    int number = 0;
    QString title;
    Severity severity = Severity::Middle;
    IncidentStatus status = IncidentStatus::Investigating;
    QString summary;
    QDateTime detectedAt;
    QDateTime startedAt;
    QDateTime mitigatedAt;
    QDateTime resolvedAt;
    /// IANA name of the zone the incident's times are reported in (the postmortem's times); empty means the
    /// zone of the machine that created it.
    QString timeZone;
    QList<OccurrenceWindow> occurrences;
    QStringList products;
    QList<RelatedLink> links;
    QList<Person> people;
    /// Drills and game days: kept out of statistics.
    bool exercise = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Incident &) const = default;

    QStringList peopleIn(PersonRole role) const
    {
        QStringList names;
        for (const Person &p : people) {
            if (p.role == role)
                names << p.name;
        }
        return names;
    }
};

} // namespace hindsight
