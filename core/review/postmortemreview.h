#pragma once

#include "domain/postmortem.h"
#include "store/store.h"

#include <QUuid>

namespace hindsight {

/// The review of postmortems, step by step: Draft → In review → Approved → Published, and back to Draft to change
/// one. Each call is one write transaction that reads the incident, its postmortem and its action items, applies the
/// rules of review/reviewrules.h and writes the result. A refusal throws StoreError::Invalid whose message says why
/// (the same text as the matching whyCannot... function) and leaves the store unchanged; an incident or postmortem
/// that does not exist throws StoreError::NotFound. Clients change a postmortem's review state only through here.
class PostmortemReview
{
public:
    explicit PostmortemReview(Store &store);

    /// The incident's postmortem, created as an empty draft when it has none yet.
    Postmortem start(const QUuid &incidentId);
    /// Writes the root cause and the lessons of `changed` into its incident's postmortem, starting it if needed; its
    /// review state and meeting stay as stored. Refused once approved or published.
    Postmortem saveText(const Postmortem &changed);
    /// The facilitator records the review meeting: date, attendees, whether the head of department attended and,
    /// for High, whether their attendance was needed. Refused once approved or published.
    Postmortem recordMeeting(const QUuid &incidentId, const ReviewMeeting &meeting);

    /// Draft → In review, once completenessProblems() finds nothing.
    Postmortem submit(const QUuid &incidentId);
    /// In review → Approved, once neither completenessProblems() nor reviewMeetingProblems() finds anything.
    Postmortem approve(const QUuid &incidentId);
    /// In review, Approved or Published → Draft, to change it; not while the incident is closed and needs it.
    Postmortem reopen(const QUuid &incidentId);
    /// Approved → Published, recording where (a publisher calls this once the discussion exists). Publishing again
    /// only updates `publication`.
    Postmortem markPublished(const QUuid &incidentId, const Publication &publication);

private:
    struct Subject;
    Subject load(const QUuid &incidentId) const;

    Store &m_store;
};

} // namespace hindsight
