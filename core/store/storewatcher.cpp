#include "storewatcher.h"

#include "store.h"

namespace hindsight {

StoreWatcher::StoreWatcher(Store &store, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_version = readVersion();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::check);
    m_timer.start();
}

void StoreWatcher::check()
{
    if (!m_fileLost) {
        const Store::FileState state = m_store.fileState();
        if (state != Store::FileState::InPlace) {
            m_fileLost = true;
            emit fileLost(m_store.fileLossMessage(state));
        }
    }
    const qint64 version = readVersion();
    if (version < 0 || version == m_version)
        return;
    m_version = version;
    emit changedElsewhere();
    m_store.reportEverything();
}

qint64 StoreWatcher::readVersion() const
{
    try {
        QSqlQuery q = m_store.exec(QStringLiteral("PRAGMA data_version"));
        return q.next() ? q.value(0).toLongLong() : -1;
    } catch (const StoreError &) {
        return -1; // a busy or vanished store is reported by the next real read or write
    }
}

} // namespace hindsight
