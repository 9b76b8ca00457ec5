#include "schema.h"

namespace hindsight {

namespace {

// Times are INTEGER milliseconds since the Unix epoch, UTC. Ids are UUID text. Enumerations are their stable keys
// (see model/enums.h). Tables that full-text search will index carry an INTEGER PRIMARY KEY `seq`, so their rowids
// stay stable for external-content FTS tables.
// Longer than 80 lines: the first schema, one statement per table, kept whole so it reads as the schema it is.
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

// Full-text search over incidents, investigation log entries and playbooks (search/searchtext.h makes the tokens,
// search/search.h runs the queries). Each FTS5 table holds the tokens of one row under the row's seq as rowid, so
// that newest first is FTS5's own rowid order. The tables keep their token text instead of being contentless: FTS5
// then removes exactly what it indexed, even after a later Hindsight (or Unicode version) tokenizes the same text
// differently. Triggers keep the index in step whoever writes; soft-deleted log entries leave it and come back when
// restored. The tokenchars are searchtext::IndexTokenChars.
QStringList version3()
{
    return {
        QStringLiteral(R"(CREATE VIRTUAL TABLE search_incident USING fts5 (words, chars,
            tokenize = "ascii tokenchars '-_.@+#:/%&=~$*'''"))"),
        QStringLiteral(R"(CREATE TRIGGER search_incident_insert AFTER INSERT ON incident BEGIN
            INSERT INTO search_incident (rowid, words, chars) VALUES (NEW.seq,
                hindsight_search_words(NEW.title, NEW.summary), hindsight_search_chars(NEW.title, NEW.summary));
            END)"),
        QStringLiteral(R"(CREATE TRIGGER search_incident_update AFTER UPDATE OF seq, title, summary ON incident
            WHEN OLD.seq IS NOT NEW.seq OR OLD.title IS NOT NEW.title OR OLD.summary IS NOT NEW.summary BEGIN
            DELETE FROM search_incident WHERE rowid = OLD.seq;
            INSERT INTO search_incident (rowid, words, chars) VALUES (NEW.seq,
                hindsight_search_words(NEW.title, NEW.summary), hindsight_search_chars(NEW.title, NEW.summary));
            END)"),
        QStringLiteral(R"(CREATE TRIGGER search_incident_delete AFTER DELETE ON incident BEGIN
            DELETE FROM search_incident WHERE rowid = OLD.seq;
            END)"),
        QStringLiteral(R"(INSERT INTO search_incident (rowid, words, chars)
            SELECT seq, hindsight_search_words(title, summary), hindsight_search_chars(title, summary)
            FROM incident)"),

        QStringLiteral(R"(CREATE VIRTUAL TABLE search_log_entry USING fts5 (words, chars,
            tokenize = "ascii tokenchars '-_.@+#:/%&=~$*'''"))"),
        QStringLiteral(R"(CREATE TRIGGER search_log_entry_insert AFTER INSERT ON log_entry
            WHEN NEW.deleted_at IS NULL BEGIN
            INSERT INTO search_log_entry (rowid, words, chars) VALUES (NEW.seq,
                hindsight_search_words(NEW.body), hindsight_search_chars(NEW.body));
            END)"),
        QStringLiteral(R"(CREATE TRIGGER search_log_entry_update AFTER UPDATE OF seq, body, deleted_at ON log_entry
            WHEN OLD.seq IS NOT NEW.seq OR OLD.body IS NOT NEW.body
                OR (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL) BEGIN
            DELETE FROM search_log_entry WHERE rowid = OLD.seq;
            INSERT INTO search_log_entry (rowid, words, chars)
                SELECT NEW.seq, hindsight_search_words(NEW.body), hindsight_search_chars(NEW.body)
                WHERE NEW.deleted_at IS NULL;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER search_log_entry_delete AFTER DELETE ON log_entry BEGIN
            DELETE FROM search_log_entry WHERE rowid = OLD.seq;
            END)"),
        QStringLiteral(R"(INSERT INTO search_log_entry (rowid, words, chars)
            SELECT seq, hindsight_search_words(body), hindsight_search_chars(body)
            FROM log_entry WHERE deleted_at IS NULL)"),

        QStringLiteral(R"(CREATE VIRTUAL TABLE search_playbook USING fts5 (words, chars,
            tokenize = "ascii tokenchars '-_.@+#:/%&=~$*'''"))"),
        QStringLiteral(R"(CREATE TRIGGER search_playbook_insert AFTER INSERT ON playbook BEGIN
            INSERT INTO search_playbook (rowid, words, chars) VALUES (NEW.seq,
                hindsight_search_words(NEW.title, NEW.trigger_text, NEW.body),
                hindsight_search_chars(NEW.title, NEW.trigger_text, NEW.body));
            END)"),
        QStringLiteral(
            R"(CREATE TRIGGER search_playbook_update AFTER UPDATE OF seq, title, trigger_text, body ON playbook
            WHEN OLD.seq IS NOT NEW.seq OR OLD.title IS NOT NEW.title OR OLD.trigger_text IS NOT NEW.trigger_text
                OR OLD.body IS NOT NEW.body BEGIN
            DELETE FROM search_playbook WHERE rowid = OLD.seq;
            INSERT INTO search_playbook (rowid, words, chars) VALUES (NEW.seq,
                hindsight_search_words(NEW.title, NEW.trigger_text, NEW.body),
                hindsight_search_chars(NEW.title, NEW.trigger_text, NEW.body));
            END)"),
        QStringLiteral(R"(CREATE TRIGGER search_playbook_delete AFTER DELETE ON playbook BEGIN
            DELETE FROM search_playbook WHERE rowid = OLD.seq;
            END)"),
        QStringLiteral(R"(INSERT INTO search_playbook (rowid, words, chars)
            SELECT seq, hindsight_search_words(title, trigger_text, body),
                hindsight_search_chars(title, trigger_text, body)
            FROM playbook)"),
    };
}

// Action items get a number that users type (`hindsight action set A12`). Numbers count up across the store and are
// never given out twice, so that an ID quoted in a chat thread never comes to mean another item: issued_number keeps
// the last one given out, whatever was deleted since. Existing items are numbered in the order they were added.
QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE action_item ADD COLUMN number INTEGER CHECK (number > 0)"),
        QStringLiteral(R"(UPDATE action_item SET number =
            (SELECT count(*) FROM action_item AS earlier WHERE earlier.seq <= action_item.seq))"),
        QStringLiteral("CREATE UNIQUE INDEX action_item_by_number ON action_item (number)"),
        QStringLiteral(R"(CREATE TABLE issued_number (
            name TEXT PRIMARY KEY NOT NULL,
            last_number INTEGER NOT NULL) WITHOUT ROWID)"),
        QStringLiteral(R"(INSERT INTO issued_number (name, last_number)
            SELECT 'action_item', coalesce(max(number), 0) FROM action_item)"),
    };
}

// Where postmortems are published (GitHub Discussions). `setting` holds the store's defaults by name
// (`publish.endpoint`, `publish.repository`, `publish.category`, `publish.language`); `publish_target` holds an
// incident's own choices, each NULL when the default applies. Kept in the store rather than in the user's settings
// file because they belong to the team's incidents, whichever machine or client publishes. No secret is ever stored
// here: the token lives in the system keychain or the environment.
QStringList version5()
{
    return {
        QStringLiteral(R"(CREATE TABLE setting (
            name TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE publish_target (
            incident_id TEXT PRIMARY KEY NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
            endpoint TEXT,
            repository TEXT,
            category TEXT,
            language TEXT CHECK (language IN ('ja', 'en'))) WITHOUT ROWID)"),
    };
}

// Playbooks get numbers users type (`hindsight playbook show P3`), given out like action items' (version 4): counting
// up across the store, never twice; existing playbooks are numbered in the order they were added. Postmortems record
// when they were approved, for the share approved within two weeks of resolution (insights/statistics.h). For
// postmortems already approved or published that time is not known; their last change is the best estimate, because
// nothing but publishing changes an approved postmortem.
QStringList version6()
{
    return {
        QStringLiteral("ALTER TABLE playbook ADD COLUMN number INTEGER CHECK (number > 0)"),
        QStringLiteral(R"(UPDATE playbook SET number =
            (SELECT count(*) FROM playbook AS earlier WHERE earlier.seq <= playbook.seq))"),
        QStringLiteral("CREATE UNIQUE INDEX playbook_by_number ON playbook (number)"),
        QStringLiteral(R"(INSERT INTO issued_number (name, last_number)
            SELECT 'playbook', coalesce(max(number), 0) FROM playbook)"),
        QStringLiteral("ALTER TABLE postmortem ADD COLUMN approved_at INTEGER"),
        QStringLiteral(
            "UPDATE postmortem SET approved_at = updated_at WHERE review_state IN ('approved', 'published')"),
    };
}

// The incident list opens on its default order, open incidents first and newest first (IncidentQuery::OpenFirst). An
// index on that very expression lets SQLite read the first page in order instead of sorting every incident: on ten
// thousand incidents, 0.1 ms instead of 18 ms at each start-up. The expression must stay the one in orderClause().
QStringList version7()
{
    return {
        QStringLiteral("CREATE INDEX incident_open_first ON incident (status IN ('resolved', 'closed'), number DESC)"),
    };
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all{
        {1, version1()}, {2, version2()}, {3, version3()}, {4, version4()},
        {5, version5()}, {6, version6()}, {7, version7()},
    };
    return all;
}

} // namespace hindsight
