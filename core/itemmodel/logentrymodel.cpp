#include "logentrymodel.h"

#include <QLocale>

namespace hindsight {

LogEntryModel::LogEntryModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_log(store)
{}

void LogEntryModel::setIncident(const QUuid &incidentId)
{
    beginResetModel();
    m_incidentId = incidentId;
    m_entries.clear();
    m_attachments.clear();
    endResetModel();
    reload();
}

void LogEntryModel::setShowDeleted(bool show)
{
    if (show == m_showDeleted)
        return;
    m_showDeleted = show;
    setIncident(m_incidentId);
}

void LogEntryModel::reload()
{
    if (m_incidentId.isNull())
        return;
    const QList<LogEntry> fresh = m_log.entries(m_incidentId, m_showDeleted);
    QHash<QUuid, QList<Attachment>> attachments;
    for (const Attachment &attachment : m_log.attachments(m_incidentId))
        attachments[attachment.entryId] << attachment;

    const bool onlyAppended =
        fresh.size() >= m_entries.size() && std::equal(m_entries.cbegin(), m_entries.cend(), fresh.cbegin());
    if (onlyAppended) {
        m_attachments = attachments;
        if (fresh.size() > m_entries.size()) {
            beginInsertRows({}, int(m_entries.size()), int(fresh.size() - 1));
            m_entries = fresh;
            endInsertRows();
        }
        return;
    }
    // Same rows with changed content: update in place so that views keep their state.
    const bool sameRows = fresh.size() == m_entries.size() &&
                          std::equal(m_entries.cbegin(), m_entries.cend(), fresh.cbegin(),
                                     [](const LogEntry &a, const LogEntry &b) { return a.id == b.id; });
    if (sameRows) {
        m_entries = fresh;
        m_attachments = attachments;
        if (!m_entries.isEmpty())
            emit dataChanged(index(0), index(int(m_entries.size() - 1)));
        return;
    }
    beginResetModel();
    m_entries = fresh;
    m_attachments = attachments;
    endResetModel();
}

const LogEntry &LogEntryModel::entryAt(const QModelIndex &index) const
{
    Q_ASSERT(index.isValid() && index.row() < m_entries.size());
    return m_entries.at(index.row());
}

QModelIndex LogEntryModel::indexOfId(const QUuid &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return index(row);
    }
    return {};
}

int LogEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant LogEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2  %3")
            .arg(QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat), displayName(entry.kind), entry.body);
    case Qt::ToolTipRole:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat);
    case IdRole:
        return entry.id;
    case KindRole:
        return toKey(entry.kind);
    case AtRole:
        return entry.at;
    case AuthorRole:
        return entry.author;
    case BodyRole:
        return entry.body;
    case KeyEventRole:
        return entry.keyEvent;
    case BackfilledRole:
        return entry.backfilled;
    case AutomaticRole:
        return entry.automatic;
    case DeletedRole:
        return entry.isDeleted();
    }
    return {};
}

QHash<int, QByteArray> LogEntryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(KindRole, "kind");
    names.insert(AtRole, "at");
    names.insert(AuthorRole, "author");
    names.insert(BodyRole, "body");
    names.insert(KeyEventRole, "keyEvent");
    names.insert(BackfilledRole, "backfilled");
    names.insert(AutomaticRole, "automatic");
    names.insert(DeletedRole, "deleted");
    return names;
}

} // namespace hindsight
