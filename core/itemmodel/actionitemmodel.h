#pragma once

#include "domain/actionitem.h"
#include "store/actionitemstore.h"

#include <QAbstractTableModel>

#include <functional>

namespace hindsight {

/// Action items as an editable table: one incident's items in their order, or any selection of all items. A view
/// onto the store: edits are written through the store (or handed to an editor that also records them for undo).
class ActionItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        TypeColumn,
        PriorityColumn,
        OwnerColumn,
        StatusColumn,
        DueColumn,
        TrackerColumn,
        ColumnCount,
        /// The register of all incidents' items (setShowsIncident) adds the item's ID and its incident after these.
        ShortIdColumn = ColumnCount,
        IncidentColumn,
        RegisterColumnCount
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        /// The value's key (for enumerations) or ISO date, as editors need it.
        KeyRole,
        /// Open and past its due date: views make it stand out (colours belong to the GUI, not to core).
        OverdueRole,
        ClosedRole,
        /// "A12".
        ShortIdRole,
        IncidentIdRole,
        /// The incident's number, with setShowsIncident (0 without).
        IncidentNumberRole,
        /// A value to sort the column by, for a QSortFilterProxyModel: priorities and statuses in their order, due
        /// dates as dates with undated items last, IDs and incidents by number.
        SortRole,
    };

    /// Writes a change a user made in the table. The GUI sets one that goes through its undo stack; without one the
    /// model writes to the store itself.
    using Editor = std::function<void(const ActionItem &before, const ActionItem &after)>;

    explicit ActionItemModel(Store &store, QObject *parent = nullptr);

    void setQuery(const ActionItemQuery &query);
    /// Adds the ID and incident columns, for a register of the items of all incidents. Off by default.
    void setShowsIncident(bool shows);
    bool showsIncident() const { return m_showsIncident; }
    void setEditor(Editor editor) { m_editor = std::move(editor); }
    /// Reads the items again from the store. An edit through setData() refreshes only its row: call this to apply
    /// the query to the changed item (a register of open items drops one just done).
    void reload();
    /// Today's date for the overdue marks (settable so tests do not depend on the calendar).
    void setToday(const QDate &today);

    const ActionItem &itemAt(const QModelIndex &index) const;
    QModelIndex indexOfId(const QUuid &id) const;
    QList<ActionItem> items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    // data(), one role each.
    QVariant displayData(const QModelIndex &index) const;
    QVariant keyData(const QModelIndex &index) const;
    QVariant toolTipData(const QModelIndex &index) const;
    QVariant sortData(const QModelIndex &index) const;

    ActionItemStore m_store;
    ActionItemQuery m_query;
    QList<ActionItem> m_items;
    QHash<QUuid, ActionItemIncident> m_incidents;
    bool m_showsIncident = false;
    QDate m_today = QDate::currentDate();
    Editor m_editor;
};

} // namespace hindsight
