#pragma once

#include "domain/postmortem.h"
#include "store.h"

#include <optional>

namespace hindsight {

/// The written part of each incident's postmortem (at most one per incident).
class PostmortemStore
{
public:
    explicit PostmortemStore(Store &store);

    std::optional<Postmortem> forIncident(const QUuid &incidentId) const;
    /// Creates the incident's postmortem or replaces what it holds, review state included, without checking the
    /// review rules; returns it as stored. Clients change the review state through PostmortemReview.
    Postmortem save(Postmortem postmortem);

private:
    Store &m_store;
};

} // namespace hindsight
