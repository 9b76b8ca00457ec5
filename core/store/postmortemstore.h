#pragma once

#include "model/postmortem.h"
#include "store.h"

#include <optional>

namespace hindsight {

/// The written part of each incident's postmortem (at most one per incident).
class PostmortemStore
{
public:
    explicit PostmortemStore(Store &store);

    std::optional<Postmortem> forIncident(const QUuid &incidentId) const;
    /// Creates the incident's postmortem or replaces what it holds; returns it as stored.
    Postmortem save(Postmortem postmortem);

private:
    Store &m_store;
};

} // namespace hindsight
