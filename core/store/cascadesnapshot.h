#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace hindsight {

class Store;

/// The rows of one record and of everything that hangs off it through `ON DELETE CASCADE` foreign keys (an incident:
/// its log, attachments, postmortem, action items, publishing target...), column by column as stored. Taking the
/// record out deletes exactly these rows; putting it back writes them again, so that what referred to them (an undo
/// step, a search hit) finds them as they were. Found from the schema itself, so that a table added later is
/// included without being named here.
class CascadeSnapshot
{
public:
    /// Reads the row of `table` whose `keyColumn` is `key`, and every row that cascades from it.
    static CascadeSnapshot read(Store &store, const QString &table, const QString &keyColumn, const QVariant &key);

    bool isEmpty() const { return m_tables.isEmpty() || m_tables.constFirst().rows.isEmpty(); }
    /// Deletes the record (the rows that cascade from it go with it). Call within a Store::WriteTransaction.
    void remove(Store &store) const;
    /// Writes every row again, the record's first. Call within a Store::WriteTransaction.
    void restore(Store &store) const;

private:
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    static Table readTable(Store &store, const QString &table, const QString &sql, const QVariantList &values);
    void readChildren(Store &store, const Table &parent, int depth);

    QString m_keyColumn;
    QVariant m_key;
    QList<Table> m_tables; // each after the table it refers to
};

} // namespace hindsight
