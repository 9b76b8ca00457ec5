#include "playbooklistmodel.h"

#include "store/incidentstore.h"

namespace hindsight {

PlaybookListModel::PlaybookListModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

void PlaybookListModel::setQuery(const PlaybookQuery &query)
{
    m_query = query;
    reload();
}

void PlaybookListModel::reload()
{
    beginResetModel();
    m_rows = PlaybookStore(m_store).list(m_query);
    m_sources.clear();
    IncidentStore incidents(m_store);
    for (const Playbook &playbook : std::as_const(m_rows)) {
        QStringList numbers;
        for (const QUuid &id : playbook.sourceIncidentIds) {
            if (const std::optional<Incident> incident = incidents.byId(id))
                numbers << QLatin1Char('#') + QString::number(incident->number);
        }
        m_sources << numbers.join(QStringLiteral(", "));
    }
    endResetModel();
}

const Playbook &PlaybookListModel::playbookAt(const QModelIndex &index) const
{
    return m_rows.at(index.row());
}

QModelIndex PlaybookListModel::indexOfId(const QUuid &id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return index(int(row), 0);
    }
    return {};
}

int PlaybookListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlaybookListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaybookListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Playbook &playbook = m_rows.at(index.row());
    if (role == IdRole)
        return playbook.id;
    if (role == Qt::ToolTipRole && !playbook.trigger.isEmpty())
        return tr("When: %1").arg(playbook.trigger);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return playbook.shortId();
    case TitleColumn:
        return playbook.title;
    case TagsColumn:
        return playbook.tags.join(QStringLiteral(", "));
    case SourcesColumn:
        return m_sources.at(index.row());
    default:
        return {};
    }
}

QVariant PlaybookListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("ID");
    case TitleColumn:
        return tr("Title");
    case TagsColumn:
        return tr("Tags");
    case SourcesColumn:
        return tr("From");
    default:
        return {};
    }
}

} // namespace hindsight
