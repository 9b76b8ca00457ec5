#include "cascadesnapshot.h"

#include "store.h"

#include <QSqlRecord>

namespace hindsight {

namespace {

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

/// A foreign key of `table` that deletes its rows with the row they refer to.
struct CascadingKey
{
    QString table;
    QString column;
    QString parentColumn;
};

QList<CascadingKey> cascadingKeysTo(Store &store, const QString &parent)
{
    QList<CascadingKey> keys;
    QStringList tables;
    QSqlQuery list = store.exec(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"));
    while (list.next())
        tables << list.value(0).toString();
    list.finish();
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery foreign = store.exec(QStringLiteral("SELECT \"table\", \"from\", \"to\", on_delete FROM "
                                                      "pragma_foreign_key_list(?)"),
                                       {table});
        while (foreign.next()) {
            if (foreign.value(0).toString() == parent &&
                foreign.value(3).toString().compare(QLatin1String("CASCADE"), Qt::CaseInsensitive) == 0)
                keys.append({table, foreign.value(1).toString(), foreign.value(2).toString()});
        }
    }
    return keys;
}

} // namespace

CascadeSnapshot CascadeSnapshot::read(Store &store, const QString &table, const QString &keyColumn, const QVariant &key)
{
    CascadeSnapshot snapshot;
    snapshot.m_keyColumn = keyColumn;
    snapshot.m_key = key;
    const Table root = readTable(
        store, table, QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(quoted(table), quoted(keyColumn)), {key});
    snapshot.m_tables << root;
    if (!root.rows.isEmpty())
        snapshot.readChildren(store, root, 0);
    return snapshot;
}

CascadeSnapshot::Table CascadeSnapshot::readTable(Store &store, const QString &table, const QString &sql,
                                                  const QVariantList &values)
{
    Table read{table, {}, {}};
    QSqlQuery rows = store.exec(sql, values);
    const QSqlRecord record = rows.record();
    for (int i = 0; i < record.count(); ++i)
        read.columns << record.fieldName(i);
    while (rows.next()) {
        QVariantList row;
        for (int i = 0; i < record.count(); ++i)
            row << rows.value(i);
        read.rows << row;
    }
    rows.finish();
    return read;
}

void CascadeSnapshot::readChildren(Store &store, const Table &parent, int depth)
{
    // The schema's cascades are three deep (incident, log entry, attachment); a cycle would be a schema error.
    if (depth > 8)
        store.fail(QStringLiteral("read the rows that depend on %1").arg(parent.name),
                   QStringLiteral("the foreign keys form a cycle"));
    for (const CascadingKey &key : cascadingKeysTo(store, parent.name)) {
        const qsizetype parentIndex = parent.columns.indexOf(key.parentColumn);
        if (parentIndex < 0)
            continue;
        QStringList placeholders;
        QVariantList values;
        for (const QVariantList &row : parent.rows) {
            placeholders << QStringLiteral("?");
            values << row.at(parentIndex);
        }
        const Table child = readTable(store, key.table,
                                      QStringLiteral("SELECT * FROM %1 WHERE %2 IN (%3)")
                                          .arg(quoted(key.table), quoted(key.column), placeholders.join(u',')),
                                      values);
        if (child.rows.isEmpty())
            continue;
        m_tables << child;
        readChildren(store, child, depth + 1);
    }
}

void CascadeSnapshot::remove(Store &store) const
{
    if (m_tables.isEmpty())
        return;
    store.exec(
        QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(quoted(m_tables.constFirst().name), quoted(m_keyColumn)),
        {m_key});
}

void CascadeSnapshot::restore(Store &store) const
{
    for (const Table &table : m_tables) {
        QStringList columns;
        QStringList placeholders;
        for (const QString &column : table.columns) {
            columns << quoted(column);
            placeholders << QStringLiteral("?");
        }
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(quoted(table.name), columns.join(u','), placeholders.join(u','));
        QSqlQuery insert = store.prepare(sql);
        for (QVariantList row : table.rows) {
            // A NULL column reads back as a null QString, which Store::exec() would write as ''.
            for (QVariant &value : row) {
                if (value.isNull())
                    value = QVariant();
            }
            store.exec(insert, row);
        }
        insert.finish();
    }
}

} // namespace hindsight
