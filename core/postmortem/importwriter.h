#pragma once

#include "domain/incident.h"
#include "postmortemimport.h"

namespace hindsight {

class Store;

/// Writes an imported postmortem into the store as a new incident with its investigation log, attachments,
/// postmortem and action items: all of it in one transaction, or nothing.
///
/// What the document held but the store has no place for goes into the incident's summary, after what the author
/// wrote, under the marked heading of ImportedPostmortem::notUnderstoodMarkdown(). Earlier incidents that Hindsight
/// listed under the related links become related links when they have one (their numbers belong to the store they
/// came from); Hindsight lists the related incidents of this store by itself.
class ImportWriter
{
public:
    explicit ImportWriter(Store &store);

    /// Creates the incident and returns it with its number. With `dryRun` everything is written and then rolled
    /// back, so that the number and any refusal of the store are what a real import would give. Throws StoreError,
    /// writing nothing.
    Incident write(const ImportedPostmortem &imported, bool dryRun = false);

private:
    Store &m_store;
};

} // namespace hindsight
