#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hindsight {

/// What checking a store found, part by part.
struct IntegrityReport
{
    /// One thing checked ("SQLite integrity check", "Foreign keys", "Search index search_incident") and what is wrong
    /// with it; no problems means it is sound.
    struct Part
    {
        QString name;
        QStringList problems;
    };

    QString path;
    QList<Part> parts;
    /// What the user should know that does not make the store unsound (a file other users can read).
    QStringList notes;

    bool isOk() const;
    /// The report for people: one line per part checked, its problems indented below it, and a verdict.
    QString text() const;
};

/// Checks a store file: that it is a Hindsight store, SQLite's `PRAGMA integrity_check`, `PRAGMA foreign_key_check`,
/// and the FTS5 `integrity-check` of each search index table.
namespace IntegrityCheck {
/// Checks the file at `path` through a connection of its own, without migrating it or changing anything: the
/// search index check runs in a transaction that is rolled back, or, on a file this user cannot write, on a
/// temporary copy (the file itself is opened read-only). Safe while the store is in use; it waits for writers as a
/// write would. Throws StoreError::NotFound when there is no file at `path`.
IntegrityReport run(const QString &path);
} // namespace IntegrityCheck

} // namespace hindsight
