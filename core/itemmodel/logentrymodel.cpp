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
    m_revisions.clear();
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
    // The entries from the first one shown on; the newest page when nothing is shown yet (or the first one is gone).
    QList<LogEntry> fresh;
    if (!m_entries.isEmpty())
        fresh = m_log.entriesFrom(m_incidentId, m_entries.constFirst().id, m_showDeleted);
    if (fresh.isEmpty()) {
        fresh = m_log.latestEntries(m_incidentId, PageSize, m_showDeleted);
        if (!m_entries.isEmpty() && !fresh.isEmpty() && m_entries.constFirst().id != fresh.constFirst().id) {
            beginResetModel();
            m_entries.clear();
            m_attachments.clear();
            endResetModel();
        }
    }
    m_hasOlder =
        !fresh.isEmpty() && !m_log.entriesBefore(m_incidentId, fresh.constFirst().id, 1, m_showDeleted).isEmpty();
    QList<QUuid> ids;
    ids.reserve(fresh.size());
    for (const LogEntry &entry : std::as_const(fresh))
        ids << entry.id;
    QHash<QUuid, QList<Attachment>> attachments;
    for (const Attachment &attachment : m_log.attachmentsOf(ids))
        attachments[attachment.entryId] << attachment;
    m_revisions = m_log.revisionCounts(ids);

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

int LogEntryModel::fetchOlder(int count)
{
    if (m_incidentId.isNull() || m_entries.isEmpty() || !m_hasOlder || count <= 0)
        return 0;
    const QList<LogEntry> older = m_log.entriesBefore(m_incidentId, m_entries.constFirst().id, count, m_showDeleted);
    m_hasOlder =
        older.size() == count && !m_log.entriesBefore(m_incidentId, older.constFirst().id, 1, m_showDeleted).isEmpty();
    if (older.isEmpty())
        return 0;
    QList<QUuid> ids;
    for (const LogEntry &entry : older)
        ids << entry.id;
    beginInsertRows({}, 0, int(older.size() - 1));
    m_entries = older + m_entries;
    for (const Attachment &attachment : m_log.attachmentsOf(ids))
        m_attachments[attachment.entryId] << attachment;
    m_revisions.insert(m_log.revisionCounts(ids));
    endInsertRows();
    return int(older.size());
}

QModelIndex LogEntryModel::reveal(const QUuid &id)
{
    QModelIndex found = indexOfId(id);
    while (!found.isValid() && fetchOlder() > 0)
        found = indexOfId(id);
    return found;
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
    case RevisionsRole:
        return m_revisions.value(entry.id);
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
    names.insert(RevisionsRole, "revisions");
    return names;
}

} // namespace hindsight
