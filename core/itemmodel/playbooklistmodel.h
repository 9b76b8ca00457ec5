#pragma once

#include "domain/playbook.h"
#include "store/playbookstore.h"

#include <QAbstractTableModel>

namespace hindsight {

/// The playbook library as a table: number, title, tags and the incidents each playbook came from, for the
/// playbooks matching a query (PlaybookQuery), by title. A view onto the store: reload() reads it again.
///
/// It lives with the GUI rather than in core/itemmodel only because the library is the one view that shows it.
class PlaybookListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        TagsColumn,
        SourcesColumn,
        ColumnCount
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    explicit PlaybookListModel(Store &store, QObject *parent = nullptr);

    /// Shows only the playbooks matching `query`.
    void setQuery(const PlaybookQuery &query);
    PlaybookQuery query() const { return m_query; }
    /// Reads the list again from the store.
    void reload();

    const Playbook &playbookAt(const QModelIndex &index) const;
    /// The row of the playbook with this id, or an invalid index when it is not listed.
    QModelIndex indexOfId(const QUuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Store &m_store;
    PlaybookQuery m_query;
    QList<Playbook> m_rows;
    /// The source incidents of each row as users write them: "#12, #41".
    QStringList m_sources;
};

} // namespace hindsight
