#include "storechange.h"

#include "storeerror.h"

#include <QLoggingCategory>

#include <algorithm>

namespace hindsight {

namespace {
Q_LOGGING_CATEGORY(storeEvents, "hindsight.store.events")
}

bool StoreChanges::touches(StoreChange::Subject subject) const
{
    return std::any_of(m_changes.cbegin(), m_changes.cend(), [subject](const StoreChange &change) {
        return change.subject == subject || change.subject == StoreChange::Subject::Everything;
    });
}

bool StoreChanges::touches(StoreChange::Subject subject, const QUuid &incidentId) const
{
    return std::any_of(m_changes.cbegin(), m_changes.cend(), [&](const StoreChange &change) {
        return change.subject == StoreChange::Subject::Everything ||
               (change.subject == subject && change.incidentId == incidentId);
    });
}

bool StoreChanges::isEverything() const
{
    return std::any_of(m_changes.cbegin(), m_changes.cend(),
                       [](const StoreChange &change) { return change.subject == StoreChange::Subject::Everything; });
}

void StoreEvents::announce(const StoreChanges &changes)
{
    if (changes.list().isEmpty())
        return;
    try {
        emit changed(changes);
    } catch (const StoreError &error) {
        // The write is durable: a view that could not read it again shows it at its next read.
        qCWarning(storeEvents) << "A view could not read the store again after a change:" << error.message();
    }
}

} // namespace hindsight
