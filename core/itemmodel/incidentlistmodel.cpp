#include "incidentlistmodel.h"

#include "domain/displaytime.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace hindsight {

IncidentListModel::IncidentListModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_incidents(store)
{
    reload();
}

void IncidentListModel::reload()
{
    // The first page comes with the reset, and nothing is fetched while the signals are out: a listener that fetches
    // on modelReset or rowsAboutToBeInserted (QAbstractItemModelTester does) would otherwise read a page twice.
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginResetModel();
    m_total = m_incidents.count(m_query);
    m_rows = m_incidents.list(pageFrom(0));
    endResetModel();
}

IncidentQuery IncidentListModel::pageFrom(int offset) const
{
    IncidentQuery query = m_query;
    query.withDetails = false;
    query.limit = PageSize;
    query.offset = offset;
    return query;
}

const Incident &IncidentListModel::incidentAt(const QModelIndex &index) const
{
    Q_ASSERT(index.isValid() && index.row() < m_rows.size());
    return m_rows.at(index.row());
}

QModelIndex IncidentListModel::indexOfNumber(int number) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).number == number)
            return index(row, 0);
    }
    return {};
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident &incident = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return incident.number;
        case SeverityColumn:
            return displayName(incident.severity);
        case StatusColumn:
            return displayName(incident.status);
        case TitleColumn:
            return incident.title;
        case DetectedColumn:
            return displaytime::dateTime(incident.detectedAt);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return incident.title;
        if (index.column() == DetectedColumn)
            return QLocale().toString(incident.detectedAt.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return incident.id;
    case NumberRole:
        return incident.number;
    case SeverityRole:
        return toKey(incident.severity);
    case StatusRole:
        return toKey(incident.status);
    }
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case SeverityColumn:
        return tr("Severity");
    case StatusColumn:
        return tr("Status");
    case TitleColumn:
        return tr("Title");
    case DetectedColumn:
        return tr("Detected");
    }
    return {};
}

bool IncidentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void IncidentListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_changing)
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    const QList<Incident> page = m_incidents.list(pageFrom(int(m_rows.size())));
    if (page.isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void IncidentListModel::setFilter(const IncidentQuery &filter)
{
    const IncidentQuery::Order order = m_query.order;
    m_query = filter;
    m_query.order = order;
    reload();
}

void IncidentListModel::sort(int column, Qt::SortOrder order)
{
    using Order = IncidentQuery::Order;
    const bool ascending = order == Qt::AscendingOrder;
    const Order before = m_query.order;
    switch (column) {
    case NumberColumn:
        m_query.order = ascending ? Order::NumberAscending : Order::NumberDescending;
        break;
    case SeverityColumn:
        m_query.order = ascending ? Order::SeverityAscending : Order::SeverityDescending;
        break;
    case StatusColumn:
        m_query.order = ascending ? Order::StatusAscending : Order::StatusDescending;
        break;
    case TitleColumn:
        m_query.order = ascending ? Order::TitleAscending : Order::TitleDescending;
        break;
    case DetectedColumn:
        m_query.order = ascending ? Order::DetectedAscending : Order::DetectedDescending;
        break;
    default:
        m_query.order = Order::OpenFirst;
        break;
    }
    // A view that turns sorting on asks for the order already shown (at start-up: twice): nothing to read again.
    if (m_query.order != before)
        reload();
}

QHash<int, QByteArray> IncidentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NumberRole, "number");
    names.insert(SeverityRole, "severity");
    names.insert(StatusRole, "status");
    return names;
}

} // namespace hindsight
