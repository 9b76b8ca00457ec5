#include "schema.h"

namespace hindsight {

namespace {

// Times are INTEGER milliseconds since the Unix epoch, UTC. Ids are UUID text. Enumerations are their stable keys
// (see model/enums.h). Tables that full-text search will index carry an INTEGER PRIMARY KEY `seq`, so their rowids
// stay stable for external-content FTS tables.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE incident (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            number INTEGER NOT NULL UNIQUE CHECK (number > 0),
            title TEXT NOT NULL,
            severity TEXT NOT NULL CHECK (severity IN ('low', 'middle', 'high', 'critical')),
            status TEXT NOT NULL CHECK (status IN ('investigating', 'mitigated', 'resolved', 'closed')),
            summary TEXT NOT NULL DEFAULT '',
            detected_at INTEGER,
            started_at INTEGER,
            mitigated_at INTEGER,
            resolved_at INTEGER,
            time_zone TEXT NOT NULL DEFAULT '',
            exercise INTEGER NOT NULL DEFAULT 0 CHECK (exercise IN (0, 1)),
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX incident_by_status ON incident (status, number)"),
        QStringLiteral(R"(CREATE TABLE incident_occurrence (
            incident_id TEXT NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            start_at INTEGER NOT NULL,
            end_at INTEGER,
            PRIMARY KEY (incident_id, position)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE incident_product (
            incident_id TEXT NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (incident_id, position)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE incident_link (
            incident_id TEXT NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL,
            PRIMARY KEY (incident_id, position)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE incident_person (
            incident_id TEXT NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('sre', 'development', 'follow-up', 'facilitator',
                                               'head-of-department')),
            name TEXT NOT NULL,
            PRIMARY KEY (incident_id, position)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE log_entry (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            incident_id TEXT NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            backfilled INTEGER NOT NULL DEFAULT 0 CHECK (backfilled IN (0, 1)),
            author TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('note', 'hypothesis', 'finding', 'action', 'dead-end', 'decision')),
            body TEXT NOT NULL,
            key_event INTEGER NOT NULL DEFAULT 0 CHECK (key_event IN (0, 1)),
            automatic INTEGER NOT NULL DEFAULT 0 CHECK (automatic IN (0, 1)),
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            deleted_at INTEGER))"),
        QStringLiteral("CREATE INDEX log_entry_by_incident ON log_entry (incident_id, at, seq)"),
        QStringLiteral(R"(CREATE TABLE log_entry_revision (
            entry_id TEXT NOT NULL REFERENCES log_entry (id) ON DELETE CASCADE,
            revision INTEGER NOT NULL,
            at INTEGER NOT NULL,
            kind TEXT NOT NULL,
            body TEXT NOT NULL,
            replaced_at INTEGER NOT NULL,
            PRIMARY KEY (entry_id, revision)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE playbook (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            trigger_text TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE playbook_tag (
            playbook_id TEXT NOT NULL REFERENCES playbook (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            tag TEXT NOT NULL,
            PRIMARY KEY (playbook_id, position)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE playbook_source (
            playbook_id TEXT NOT NULL REFERENCES playbook (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            incident_id TEXT NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
            PRIMARY KEY (playbook_id, position)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX playbook_source_by_incident ON playbook_source (incident_id)"),
        QStringLiteral(R"(CREATE TABLE postmortem (
            id TEXT PRIMARY KEY NOT NULL,
            incident_id TEXT NOT NULL UNIQUE REFERENCES incident (id) ON DELETE CASCADE,
            root_cause TEXT NOT NULL DEFAULT '',
            went_well TEXT NOT NULL DEFAULT '',
            went_wrong TEXT NOT NULL DEFAULT '',
            got_lucky TEXT NOT NULL DEFAULT '',
            review_state TEXT NOT NULL CHECK (review_state IN ('draft', 'in-review', 'approved', 'published')),
            review_date TEXT,
            head_attended INTEGER NOT NULL DEFAULT 0 CHECK (head_attended IN (0, 1)),
            head_decision TEXT NOT NULL DEFAULT 'undecided'
                CHECK (head_decision IN ('undecided', 'needed', 'not-needed')),
            published_url TEXT NOT NULL DEFAULT '',
            published_id TEXT NOT NULL DEFAULT '',
            published_number INTEGER NOT NULL DEFAULT 0,
            published_at INTEGER,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE postmortem_attendee (
            postmortem_id TEXT NOT NULL REFERENCES postmortem (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (postmortem_id, position)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE action_item (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            incident_id TEXT NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            type TEXT NOT NULL CHECK (type IN ('repair', 'investigate', 'prevent', 'improve')),
            priority TEXT NOT NULL CHECK (priority IN ('low', 'middle', 'high')),
            owner TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done', 'wont-do')),
            due_date TEXT,
            tracker_url TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            closed_at INTEGER,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX action_item_by_incident ON action_item (incident_id, position)"),
        QStringLiteral("CREATE INDEX action_item_by_status ON action_item (status, due_date)"),
    };
}

// Screenshots and files pasted into log entries, kept in the store so that one file holds everything.
QStringList version2()
{
    return {
        QStringLiteral(R"(CREATE TABLE attachment (
            id TEXT PRIMARY KEY NOT NULL,
            entry_id TEXT NOT NULL REFERENCES log_entry (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            mime_type TEXT NOT NULL,
            data BLOB NOT NULL,
            created_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX attachment_by_entry ON attachment (entry_id, position)"),
    };
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all{
        {1, version1()},
        {2, version2()},
    };
    return all;
}

} // namespace hindsight
