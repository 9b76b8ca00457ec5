#pragma once

#include <QMessageBox>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace hindsight {

class Store;

/// File > Back up…, Restore… and Check store: the window's side of StoreBackup and IntegrityCheck.
///
/// A restore goes into the open store through SQLite (see StoreBackup::restore()), so the window keeps running: it
/// reloads what it shows and forgets its undo history, which refers to what was replaced.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    /// `restored` is called after a restore, to reload the window.
    BackupActions(Store &store, QWidget *window, std::function<void()> restored);

    /// Adds the three actions (objectNames `backUpAction`, `restoreAction`, `checkStoreAction`) to `menu`.
    void addTo(QMenu *menu);

    void backUp();
    void restore();
    void checkStore();

    /// Test seams, used once each instead of asking: the file the next file dialog returns (an empty string stands
    /// for Cancel), and the answer to the next confirmation (messagebox::setNextAnswer()).
    static void setNextFileName(const QString &fileName);
    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    QString askFileName(bool forSaving);
    bool confirm(const QString &text);
    /// A window-modal message that does not block, so that tests can read it (objectName `backupMessage`).
    void tell(QMessageBox::Icon icon, const QString &text);

    Store &m_store;
    QWidget *m_window;
    std::function<void()> m_restored;
    QAction *m_backUpAction;
    QAction *m_restoreAction;
    QAction *m_checkAction;

    static std::optional<QString> s_nextFileName;
};

} // namespace hindsight
