#pragma once

#include "domain/incident.h"
#include "domain/logentry.h"
#include "domain/playbook.h"
#include "postmortem/documentlanguage.h"

#include <QList>

namespace hindsight {

class Redactor;

/// The playbook an investigation suggests, for people to edit before it is saved ("Create playbook from incident").
///
/// The title is the incident's; the trigger is its title with the affected products; the tags are the products; the
/// incident is its source. The Markdown body has, in `language` (a team's playbooks are written in one language,
/// whatever language each user runs Hindsight in, like its postmortems; clients pass the language their users chose
/// for documents):
///
/// - the situation it answers: the incident's summary and affected products;
/// - the steps: the log's findings, actions and decisions in time order, a numbered list labelled by kind;
/// - what was ruled out: the dead ends as an unticked checklist (`- [ ] …`), for the next responder to check again
///   quickly rather than to skip;
/// - the source: the incident's number, title, detection date (in its time zone) and severity.
///
/// Sections with nothing to say are left out. Notes, hypotheses, entries Hindsight wrote itself (severity and status
/// changes), deleted entries and entries without text are left out. Log text keeps its Markdown but is escaped so
/// that it stays inside its list item (see markdown::escapeBlock). `log` may be in any order. Everything taken from the
/// incident is redacted with `redactor` first: a playbook is shared and published, and a token pasted into the log
/// must not travel with it.
Playbook playbookDraft(const Incident &incident, const QList<LogEntry> &log, DocumentLanguage language,
                       const Redactor &redactor);

} // namespace hindsight
