#pragma once

#include <QObject>
#include <QTimer>

namespace hindsight {

class Store;

/// Notices commits made to the store by other connections (the CLI logging while the window is open) by polling
/// SQLite's `data_version`, which changes only when another connection commits. One cheap pragma per interval.
class StoreWatcher : public QObject
{
    Q_OBJECT

public:
    explicit StoreWatcher(Store &store, int intervalMs = 1000, QObject *parent = nullptr);

    /// Checks now; emits changedElsewhere() if another connection committed since the last check, and reports it to the
    /// store's events() as StoreChanges::everything() (which commit changed what is not known here); emits fileLost()
    /// (once) if the store's file or its write-ahead log was deleted, moved or replaced since it was opened.
    void check();

signals:
    void changedElsewhere();
    /// The path no longer names the file that was opened, or the -wal this process writes to was deleted or replaced:
    /// writes are refused from now on (Store::fileState()). `message` says what happened and what to do.
    void fileLost(const QString &message);

private:
    qint64 readVersion() const;

    Store &m_store;
    QTimer m_timer;
    qint64 m_version = -1;
    bool m_fileLost = false;
};

} // namespace hindsight
