#pragma once

#include "domain/actionitem.h"
#include "domain/incident.h"
#include "domain/postmortem.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hindsight {

// The rules of the postmortem review, as the teams' severity table states them (docs: README, "Postmortem review"):
//
//   severity  postmortem before closing   head of department at the review
//   Low       optional                    not required
//   Middle    approved                    optional
//   High      approved                    the facilitator decides, and the decision is recorded
//   Critical  approved                    required
//
// Every message is a translated sentence for users that names what it is about. These functions only read what
// they are given; PostmortemReview applies them to the store, and IncidentStore::update refuses to close an
// incident that whyCannotClose() objects to.

/// Whether an incident of this severity can only be closed once its postmortem is approved: Middle and above.
bool needsPostmortem(Severity severity);

/// What the written postmortem still lacks, in the order of the document: the incident's summary, the root cause,
/// each part of the lessons, an action item for Middle and above, and an owner and a due date for every action item
/// still open (done and won't-do items are left as they are). Submitting and approving are refused while there is
/// any.
QStringList completenessProblems(const Incident &incident, const Postmortem &postmortem,
                                 const QList<ActionItem> &actionItems);

/// What the recorded review meeting lacks for approval: its date and attendees, and the head of department's
/// attendance as the severity demands (Critical: attended; High: the facilitator's decision, and attended when it
/// was needed).
QStringList reviewMeetingProblems(const Incident &incident, const Postmortem &postmortem);

/// Why the postmortem cannot go from Draft to In review, or nullopt when it can.
std::optional<QString> whyCannotSubmit(const Incident &incident, const Postmortem &postmortem,
                                       const QList<ActionItem> &actionItems);

/// Why the postmortem cannot go from In review to Approved, or nullopt when it can: every completeness and review
/// meeting problem, one per line.
std::optional<QString> whyCannotApprove(const Incident &incident, const Postmortem &postmortem,
                                        const QList<ActionItem> &actionItems);

/// Why the postmortem cannot go back to Draft (from In review, Approved or Published), or nullopt when it can. It
/// cannot while its incident is closed and needs the approved postmortem.
std::optional<QString> whyCannotReopen(const Incident &incident, const Postmortem &postmortem);

/// Why the postmortem cannot be marked as published, or nullopt when it can: it has to be approved (or published
/// already, to record where it was published again).
std::optional<QString> whyCannotPublish(const Postmortem &postmortem);

/// Why the postmortem's text and review meeting cannot be changed, or nullopt when they can: not once it is approved
/// or published (reopen it as a draft first).
std::optional<QString> whyCannotEdit(const Postmortem &postmortem);

/// Why the incident cannot be closed, or nullopt when it can: an incident of Middle or above needs an approved (or
/// published) postmortem. The message says what is missing and how to go on from there.
std::optional<QString> whyCannotClose(const Incident &incident, const std::optional<Postmortem> &postmortem);

} // namespace hindsight
