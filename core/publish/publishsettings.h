#pragma once

#include "publishtarget.h"

#include <QUuid>

namespace hindsight {

class Store;

/// Where the store's postmortems are published: the store's defaults and each incident's own choices (schema
/// version 5: the `setting` and `publish_target` tables). They live in the store, beside the incidents they are
/// about, so that the window and the command line, on any machine that opens the store, publish to the same place.
/// The token is never kept here: see GitHubToken and TokenKeychain.
class PublishSettings
{
public:
    explicit PublishSettings(Store &store);

    /// The store's defaults; unset fields are null.
    PublishTarget defaults() const;
    /// Replaces the defaults: unset (empty) fields are cleared. Throws StoreError::Invalid, leaving the store
    /// unchanged, when the endpoint or the repository cannot be used (see validate()).
    void setDefaults(const PublishTarget &target);

    /// The incident's own choices; unset fields use the defaults.
    PublishTarget forIncident(const QUuid &incidentId) const;
    /// Replaces the incident's own choices; an empty target removes them. Validated like setDefaults().
    void setForIncident(const QUuid &incidentId, const PublishTarget &target);

    /// The defaults overridden by the incident's choices.
    PublishTarget effective(const QUuid &incidentId) const;

    /// The language the incident's postmortem is previewed, exported and published in unless the user picks another
    /// for one document: the incident's own publishing choice, else the store's default, else the user's locale's
    /// (PublishTarget::defaultLanguage()). A null id gives the store's default.
    DocumentLanguage documentLanguage(const QUuid &incidentId = {}) const;

    /// Why the set fields of `target` cannot be used, or nullopt: an endpoint that is not an address Hindsight can
    /// send a token to, a repository that is not OWNER/NAME.
    static std::optional<QString> validate(const PublishTarget &target);

private:
    Store &m_store;
};

} // namespace hindsight
