#pragma once

#include "model/playbook.h"
#include "store.h"

#include <optional>

namespace hindsight {

/// The playbook library.
class PlaybookStore
{
public:
    explicit PlaybookStore(Store &store);

    Playbook create(Playbook draft);
    std::optional<Playbook> byId(const QUuid &id) const;
    /// All playbooks, by title.
    QList<Playbook> list() const;
    Playbook update(Playbook changed);
    void remove(const QUuid &id);

private:
    void validate(const Playbook &playbook) const;
    void writeDetails(const Playbook &playbook);
    void loadDetails(Playbook &playbook) const;

    Store &m_store;
};

} // namespace hindsight
