#pragma once

#include "cascadesnapshot.h"
#include "domain/incident.h"
#include "store.h"

#include <optional>

namespace hindsight {

/// Which incidents to list, and in which order.
struct IncidentQuery
{
    enum class Order
    {
        /// Open incidents (investigating, mitigated) before the others; then newest first.
        OpenFirst,
        NumberAscending,
        NumberDescending,
        SeverityAscending,
        SeverityDescending,
        StatusAscending,
        StatusDescending,
        TitleAscending,
        TitleDescending,
        DetectedAscending,
        DetectedDescending,
    };

    std::optional<IncidentStatus> status;
    std::optional<Severity> severity;
    /// Only incidents whose number, title or summary contains this text (case-insensitive).
    QString text;
    Order order = Order::OpenFirst;
    int limit = -1;
    int offset = 0;
    /// Also load occurrences, products, links and people (one more query per incident).
    bool withDetails = false;
};

/// Incidents in the store. Every change to severity or status is also written to the investigation log.
class IncidentStore
{
public:
    explicit IncidentStore(Store &store);

    /// Stores a new incident and returns it with its id, number and times. `draft.detectedAt` defaults to now.
    Incident create(Incident draft);
    std::optional<Incident> byNumber(int number) const;
    std::optional<Incident> byId(const QUuid &id) const;
    /// Like byNumber, but throws StoreError::NotFound with a message for users.
    Incident require(int number) const;
    QList<Incident> list(const IncidentQuery &query = {}) const;
    int count(const IncidentQuery &query = {}) const;
    /// The latest real (not exercise) incidents numbered below `number` that name one of `products` (compared
    /// trimmed and case-folded), newest first, at most `limit`: a postmortem's related incidents.
    QList<Incident> earlierWithProducts(int number, const QStringList &products, int limit) const;

    /// Writes every field of `changed` (found by its id). A change of severity or status adds an automatic log
    /// entry by `author`; moving to Mitigated or Resolved stamps the matching time when it is still empty. Closing an
    /// incident of Middle or above (or raising a closed one to Middle or above) throws StoreError::Invalid with
    /// whyCannotClose()'s reason, writing nothing, unless its postmortem is approved or published.
    Incident update(Incident changed, const QString &author);

    /// Takes back the creation of incident `id` (undoing "New incident"): deletes it with everything written to it
    /// since, and returns what was deleted, for putBack(). Throws StoreError::NotFound when there is no such incident.
    /// Nothing else deletes an incident.
    CascadeSnapshot takeBack(const QUuid &id);
    /// Writes an incident that takeBack() deleted again, exactly as it was (its number, log, postmortem...).
    void putBack(const CascadeSnapshot &removed, const QUuid &id);

private:
    void validate(const Incident &incident) const;
    void writeDetails(const Incident &incident);
    void loadDetails(Incident &incident) const;

    Store &m_store;
};

} // namespace hindsight
