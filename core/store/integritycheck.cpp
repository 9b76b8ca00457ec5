#include "integritycheck.h"

#include "sqlitefile.h"
#include "store.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <unistd.h>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IntegrityCheck", text);
}

QString sqlName(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString sqlText(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

/// FTS5 checks its index through a special INSERT, which needs a write transaction; it is rolled back.
void checkSearchIndexes(SqliteFile &file, const QStringList &indexes, IntegrityReport *report)
{
    const bool inTransaction = file.exec(QStringLiteral("BEGIN IMMEDIATE"));
    for (const QString &index : indexes) {
        IntegrityReport::Part part{tr("Search index %1").arg(index), {}};
        if (!inTransaction ||
            !file.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(sqlName(index))))
            part.problems << file.errorText();
        report->parts << part;
    }
    if (inTransaction)
        file.exec(QStringLiteral("ROLLBACK"));
}

/// Whether the file is a Hindsight store, and one of a version this Hindsight understands.
IntegrityReport::Part storeIdentity(SqliteFile &file)
{
    IntegrityReport::Part store{tr("Hindsight store"), {}};
    const QVariant applicationId = file.value(QStringLiteral("PRAGMA application_id"));
    const int version = file.value(QStringLiteral("PRAGMA user_version")).toInt();
    if (!applicationId.isValid()) {
        store.problems << tr("SQLite cannot read it: %1").arg(file.errorText());
    } else if (applicationId.toInt() != Store::ApplicationId) {
        store.problems << tr("It is an SQLite database of another program, not a Hindsight store.");
    } else {
        store.name = tr("Hindsight store, version %1").arg(version);
        if (version > Store::schemaVersion())
            store.problems << tr("It was written by a newer Hindsight (this version understands up to version %1).")
                                  .arg(Store::schemaVersion());
    }
    return store;
}

IntegrityReport::Part pageIntegrity(SqliteFile &file)
{
    IntegrityReport::Part pages{tr("SQLite integrity check"), {}};
    QStringList integrity;
    if (!file.rows(QStringLiteral("PRAGMA integrity_check"), &integrity))
        pages.problems << file.errorText();
    else if (integrity != QStringList{QStringLiteral("ok")})
        pages.problems = integrity;
    return pages;
}

IntegrityReport::Part foreignKeyIntegrity(SqliteFile &file)
{
    IntegrityReport::Part references{tr("Foreign keys"), {}};
    QSqlQuery foreignKeys(file.database());
    foreignKeys.setForwardOnly(true);
    if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        references.problems << foreignKeys.lastError().databaseText();
    } else {
        while (foreignKeys.next()) {
            const QString row = foreignKeys.value(1).isNull() ? QString() : foreignKeys.value(1).toString();
            references.problems << (row.isEmpty()
                                        ? tr("A row of %1 refers to a missing row of %2.")
                                              .arg(foreignKeys.value(0).toString(), foreignKeys.value(2).toString())
                                        : tr("Row %1 of %2 refers to a missing row of %3.")
                                              .arg(row, foreignKeys.value(0).toString(),
                                                   foreignKeys.value(2).toString()));
        }
    }
    foreignKeys.finish();
    return references;
}

/// For a file that must not be written: the search indexes are checked on a copy in a temporary folder.
void checkSearchIndexesOnCopy(SqliteFile &file, const QStringList &indexes, IntegrityReport *report)
{
    QTemporaryDir scratch;
    const QString copyPath = scratch.filePath(QStringLiteral("check.sqlite"));
    QSqlQuery vacuum(file.database());
    if (!scratch.isValid() || !vacuum.exec(QStringLiteral("VACUUM INTO %1").arg(sqlText(copyPath)))) {
        const QString reason = scratch.isValid() ? vacuum.lastError().databaseText() : scratch.errorString();
        for (const QString &index : indexes) {
            report->parts << IntegrityReport::Part{
                tr("Search index %1").arg(index),
                {tr("The file is read-only and could not be copied to check it: %1").arg(reason)}};
        }
        return;
    }
    vacuum.finish();
    SqliteFile copy(copyPath);
    if (!copy.open()) {
        report->parts << IntegrityReport::Part{tr("Search index"), {copy.errorText()}};
        return;
    }
    checkSearchIndexes(copy, indexes, report);
}

} // namespace

bool IntegrityReport::isOk() const
{
    for (const Part &part : parts) {
        if (!part.problems.isEmpty())
            return false;
    }
    return true;
}

QString IntegrityReport::text() const
{
    QString out = tr("Checked %1:").arg(QDir::toNativeSeparators(path)) + u'\n';
    for (const Part &part : parts) {
        if (part.problems.isEmpty()) {
            out += tr("- %1: ok").arg(part.name) + u'\n';
            continue;
        }
        out += QCoreApplication::translate("IntegrityCheck", "- %1: %n problem(s)", nullptr, int(part.problems.size()))
                   .arg(part.name) +
               u'\n';
        for (const QString &problem : part.problems)
            out += QStringLiteral("    ") + problem + u'\n';
    }
    for (const QString &note : notes)
        out += tr("Note: %1").arg(note) + u'\n';
    out += isOk() ? tr("The store is sound.")
                  : tr("The store is damaged. Keep a copy of the file as it is, then restore the latest good backup.");
    return out + u'\n';
}

IntegrityReport IntegrityCheck::run(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isDir()) {
        throw StoreError(StoreError::Kind::NotFound,
                         tr("There is no store file at %1.").arg(QDir::toNativeSeparators(path)));
    }
    IntegrityReport report;
    report.path = info.absoluteFilePath();

    if (!SqliteFile::hasSqliteHeader(path)) {
        report.parts << IntegrityReport::Part{tr("SQLite database"), {tr("The file is not an SQLite database.")}};
        return report;
    }
    // A file this user cannot write (a backup made read-only, read-only media) is checked without writing anything:
    // opened read-only, and its search indexes checked on a copy, since FTS5 checks through a write statement.
    if (const QString exposed = Store::exposureOf(path); !exposed.isEmpty())
        report.notes << exposed;
    const bool writable = ::access(QFile::encodeName(path).constData(), W_OK) == 0 &&
                          ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) == 0;
    SqliteFile file(path, writable ? SqliteFile::Access::ReadWrite : SqliteFile::Access::ReadOnly);
    if (!file.open()) {
        report.parts << IntegrityReport::Part{tr("SQLite database"),
                                              {tr("SQLite cannot open it: %1").arg(file.errorText())}};
        return report;
    }

    report.parts << storeIdentity(file);
    report.parts << pageIntegrity(file);
    report.parts << foreignKeyIntegrity(file);

    QStringList indexes;
    if (!file.rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                  "AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' ORDER BY name"),
                   &indexes)) {
        report.parts << IntegrityReport::Part{tr("Search index"), {file.errorText()}};
        return report;
    }
    if (writable)
        checkSearchIndexes(file, indexes, &report);
    else
        checkSearchIndexesOnCopy(file, indexes, &report);
    return report;
}

} // namespace hindsight
