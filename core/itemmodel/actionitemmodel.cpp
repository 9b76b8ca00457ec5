#include "actionitemmodel.h"

namespace hindsight {

ActionItemModel::ActionItemModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

void ActionItemModel::setQuery(const ActionItemQuery &query)
{
    m_query = query;
    reload();
}

void ActionItemModel::setShowsIncident(bool shows)
{
    if (shows == m_showsIncident)
        return;
    beginResetModel();
    m_showsIncident = shows;
    // Read with the items when there are none yet (reload() reads both).
    m_incidents = shows && !m_items.isEmpty() ? m_store.incidents() : QHash<QUuid, ActionItemIncident>();
    endResetModel();
}

void ActionItemModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ActionItemModel::reload()
{
    QList<ActionItem> fresh =
        m_query.isOneIncident() ? m_store.forIncident(*m_query.incidentId) : m_store.list(m_query);
    if (m_showsIncident)
        m_incidents = m_store.incidents();
    const bool sameRows = fresh.size() == m_items.size() &&
                          std::equal(fresh.cbegin(), fresh.cend(), m_items.cbegin(),
                                     [](const ActionItem &a, const ActionItem &b) { return a.id == b.id; });
    if (sameRows) {
        m_items = fresh;
        if (!m_items.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_items = fresh;
    endResetModel();
}

const ActionItem &ActionItemModel::itemAt(const QModelIndex &index) const
{
    Q_ASSERT(index.isValid() && index.row() < m_items.size());
    return m_items.at(index.row());
}

QModelIndex ActionItemModel::indexOfId(const QUuid &id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return index(row, 0);
    }
    return {};
}

int ActionItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionItemModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_showsIncident ? RegisterColumnCount : ColumnCount;
}

QVariant ActionItemModel::displayData(const QModelIndex &index) const
{
    const ActionItem &item = m_items.at(index.row());
    switch (index.column()) {
    case ShortIdColumn:
        return item.shortId();
    case IncidentColumn: {
        const ActionItemIncident incident = m_incidents.value(item.incidentId);
        return incident.number > 0 ? tr("#%1 %2").arg(incident.number).arg(incident.title) : QString();
    }
    case TitleColumn:
        return item.title;
    case TypeColumn:
        return displayName(item.type);
    case PriorityColumn:
        return displayName(item.priority);
    case OwnerColumn:
        return item.owner;
    case StatusColumn:
        return displayName(item.status);
    case DueColumn:
        return item.dueDate.isValid() ? item.dueDate.toString(Qt::ISODate) : QString();
    case TrackerColumn:
        return item.trackerUrl;
    }
    return {};
}

QVariant ActionItemModel::keyData(const QModelIndex &index) const
{
    const ActionItem &item = m_items.at(index.row());
    switch (index.column()) {
    case TypeColumn:
        return toKey(item.type);
    case PriorityColumn:
        return toKey(item.priority);
    case StatusColumn:
        return toKey(item.status);
    case DueColumn:
        return item.dueDate.isValid() ? item.dueDate.toString(Qt::ISODate) : QString();
    default:
        return data(index, Qt::DisplayRole);
    }
}

QVariant ActionItemModel::toolTipData(const QModelIndex &index) const
{
    const ActionItem &item = m_items.at(index.row());
    const ActionItemIncident incident = m_incidents.value(item.incidentId);
    if (index.column() == IncidentColumn && incident.number > 0)
        return tr("#%1 %2 (%3)").arg(incident.number).arg(incident.title, displayName(incident.status));
    if (item.isOverdue(m_today))
        return tr("Overdue since %1").arg(item.dueDate.toString(Qt::ISODate));
    return {};
}

QVariant ActionItemModel::sortData(const QModelIndex &index) const
{
    const ActionItem &item = m_items.at(index.row());
    switch (index.column()) {
    case TypeColumn:
        return int(item.type);
    case PriorityColumn:
        return int(item.priority);
    case StatusColumn:
        return int(item.status);
    case DueColumn:
        // Undated last in ascending order.
        return item.dueDate.isValid() ? item.dueDate : QDate(9999, 12, 31);
    case ShortIdColumn:
        return item.number;
    case IncidentColumn:
        return m_incidents.value(item.incidentId).number;
    default:
        return data(index, Qt::DisplayRole);
    }
}

QVariant ActionItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return displayData(index);
    case KeyRole:
        return keyData(index);
    case Qt::ToolTipRole:
        return toolTipData(index);
    case SortRole:
        return sortData(index);
    case IdRole:
        return item.id;
    case ShortIdRole:
        return item.shortId();
    case IncidentIdRole:
        return item.incidentId;
    case IncidentNumberRole:
        return m_incidents.value(item.incidentId).number;
    case OverdueRole:
        return item.isOverdue(m_today);
    case ClosedRole:
        return item.isClosed();
    }
    return {};
}

bool ActionItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const ActionItem before = m_items.at(index.row());
    ActionItem after = before;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case TitleColumn:
        if (text.isEmpty())
            return false;
        after.title = text;
        break;
    case TypeColumn:
        if (const auto type = fromKey<ActionItemType>(text))
            after.type = *type;
        else
            return false;
        break;
    case PriorityColumn:
        if (const auto priority = fromKey<ActionItemPriority>(text))
            after.priority = *priority;
        else
            return false;
        break;
    case OwnerColumn:
        after.owner = text;
        break;
    case StatusColumn:
        if (const auto status = fromKey<ActionItemStatus>(text))
            after.status = *status;
        else
            return false;
        break;
    case DueColumn:
        after.dueDate = text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !after.dueDate.isValid())
            return false;
        break;
    case TrackerColumn:
        after.trackerUrl = text;
        break;
    default:
        return false;
    }
    if (after == before)
        return true;
    if (m_editor)
        m_editor(before, after);
    else
        m_store.update(after);
    // Only this row: a reset here would pull the rows from under the view that is committing the edit. Whether the
    // item still matches the query is up to the next reload().
    const QModelIndex row = indexOfId(before.id);
    if (const std::optional<ActionItem> stored = m_store.byId(before.id); stored && row.isValid()) {
        m_items[row.row()] = *stored;
        emit dataChanged(row, row.siblingAtColumn(columnCount() - 1));
    }
    return true;
}

QVariant ActionItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Each row is headed by its item's ID, so that "Action item A2 has no owner" can be followed in any table.
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_items.size())
            return m_items.at(section).shortId();
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Action item");
    case TypeColumn:
        return tr("Type");
    case PriorityColumn:
        return tr("Priority");
    case OwnerColumn:
        return tr("Owner");
    case StatusColumn:
        return tr("Status");
    case DueColumn:
        return tr("Due");
    case TrackerColumn:
        return tr("Tracker");
    case ShortIdColumn:
        return tr("ID");
    case IncidentColumn:
        return tr("Incident");
    }
    return {};
}

Qt::ItemFlags ActionItemModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() >= ColumnCount)
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

} // namespace hindsight
