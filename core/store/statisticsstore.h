#pragma once

#include "domain/enums.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

namespace hindsight {

class Store;

/// What Insights counts, read whole from the store: the times of real incidents (exercises left out), their action
/// items' and their postmortems'. Statistics does the counting.
class StatisticsStore
{
public:
    struct IncidentTimes
    {
        QUuid id;
        Severity severity = Severity::Middle;
        QDateTime detected;
        QDateTime mitigated;
        QDateTime resolved;
    };
    struct PostmortemState
    {
        QUuid incidentId;
        QDateTime approved;
        /// Written in, or gone to review: opening a Low incident's postmortem tab starts an empty draft, and only
        /// one that was written in (or reviewed) means the team chose to write a postmortem for it.
        bool written = false;
    };
    struct ActionItemTimes
    {
        QDateTime created;
        QDateTime closed;
    };

    explicit StatisticsStore(Store &store);

    QList<IncidentTimes> incidents() const;
    QList<PostmortemState> postmortems() const;
    /// The action items of real incidents.
    QList<ActionItemTimes> actionItems() const;

private:
    Store &m_store;
};

} // namespace hindsight
