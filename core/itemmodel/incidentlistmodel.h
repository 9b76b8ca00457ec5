#pragma once

#include "domain/incident.h"
#include "store/incidentstore.h"

#include <QAbstractTableModel>

namespace hindsight {

/// The incident list as a table: a view onto the store that loads rows page by page as the view scrolls
/// (canFetchMore/fetchMore), so a store with years of incidents opens as fast as an empty one.
class IncidentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        SeverityColumn,
        StatusColumn,
        TitleColumn,
        DetectedColumn,
        ColumnCount
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NumberRole,
        /// The severity's key (low, middle, high, critical), for delegates that draw a badge.
        SeverityRole,
        StatusRole,
    };

    static constexpr int PageSize = 200;

    explicit IncidentListModel(Store &store, QObject *parent = nullptr);

    /// Reads the list again from the store (after a change made elsewhere).
    void reload();
    /// Shows only the incidents matching `filter` (its status, severity and text), in its order.
    void setFilter(const IncidentQuery &filter);
    IncidentQuery filter() const { return m_query; }

    const Incident &incidentAt(const QModelIndex &index) const;
    /// The row of the incident with this number among the rows loaded so far, or an invalid index.
    QModelIndex indexOfNumber(int number) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;
    /// Sorting is done by the store, so that rows not loaded yet come in the same order. A column of -1 returns to
    /// the default order: open incidents first, newest first.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    IncidentQuery pageFrom(int offset) const;

    IncidentStore m_incidents;
    IncidentQuery m_query;
    QList<Incident> m_rows;
    int m_total = 0;
    /// A reset or an insertion is being announced; fetching now would read the same page twice.
    bool m_changing = false;
};

} // namespace hindsight
