#include "backupactions.h"

#include "gui/common/messagebox.h"
#include "store/integritycheck.h"
#include "store/store.h"
#include "store/storebackup.h"
#include "store/storeerror.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace hindsight {

namespace {

/// Shows the wait cursor while a store operation runs on the UI thread.
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

const QString FileFilter = QStringLiteral("*.sqlite *.sqlite3 *.db");

} // namespace

std::optional<QString> BackupActions::s_nextFileName;

BackupActions::BackupActions(Store &store, QWidget *window, std::function<void()> restored)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_restored(std::move(restored))
    , m_backUpAction(new QAction(tr("&Back up…"), this))
    , m_restoreAction(new QAction(tr("&Restore…"), this))
    , m_checkAction(new QAction(tr("&Check store"), this))
{
    m_backUpAction->setObjectName(QStringLiteral("backUpAction"));
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_checkAction->setObjectName(QStringLiteral("checkStoreAction"));
    connect(m_backUpAction, &QAction::triggered, this, &BackupActions::backUp);
    connect(m_restoreAction, &QAction::triggered, this, &BackupActions::restore);
    connect(m_checkAction, &QAction::triggered, this, &BackupActions::checkStore);
}

void BackupActions::addTo(QMenu *menu)
{
    menu->addAction(m_backUpAction);
    menu->addAction(m_restoreAction);
    menu->addAction(m_checkAction);
}

void BackupActions::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
}

void BackupActions::setNextAnswer(QMessageBox::StandardButton answer)
{
    messagebox::setNextAnswer(answer);
}

QString BackupActions::askFileName(bool forSaving)
{
    if (s_nextFileName) {
        const QString fileName = *s_nextFileName;
        s_nextFileName.reset();
        return fileName;
    }
    const QString filter = tr("Hindsight stores (%1);;All files (*)").arg(FileFilter);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!forSaving)
        return QFileDialog::getOpenFileName(m_window, tr("Restore a backup"), folder, filter);
    const QString suggested = QStringLiteral("hindsight-backup-%1.sqlite")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    return QFileDialog::getSaveFileName(m_window, tr("Back up the store"), QDir(folder).filePath(suggested), filter);
}

bool BackupActions::confirm(const QString &text)
{
    return messagebox::ask(m_window, QMessageBox::Question, tr("Restore a backup"), text,
                           QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                           {{QMessageBox::Yes, tr("Restore")}}) == QMessageBox::Yes;
}

void BackupActions::tell(QMessageBox::Icon icon, const QString &text)
{
    auto *box = new QMessageBox(icon, tr("Hindsight"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("backupMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void BackupActions::backUp()
{
    const QString file = askFileName(true);
    if (file.isEmpty())
        return;
    try {
        const WaitCursor waiting;
        StoreBackup::write(m_store, file);
    } catch (const StoreError &error) {
        tell(QMessageBox::Warning, error.message());
        return;
    }
    tell(QMessageBox::Information,
         tr("The store was backed up to %1 and the copy checked.").arg(QDir::toNativeSeparators(file)));
}

void BackupActions::restore()
{
    const QString file = askFileName(false);
    if (file.isEmpty())
        return;
    BackupFacts facts;
    try {
        const WaitCursor waiting;
        facts = StoreBackup::inspect(file);
    } catch (const StoreError &error) {
        tell(QMessageBox::Warning, error.message());
        return;
    }
    const QString question =
        tr("Replace everything in the store with the backup %1 (%n incident(s))?", nullptr, facts.incidentCount)
            .arg(QDir::toNativeSeparators(file)) +
        QStringLiteral("\n\n") +
        tr("The store as it is now is kept beside it as a copy, and the window shows the restored data at once. "
           "Undo history is cleared.");
    if (!confirm(question))
        return;
    RestoreResult result;
    try {
        const WaitCursor waiting;
        result = StoreBackup::restore(m_store.path(), file);
    } catch (const StoreError &error) {
        tell(QMessageBox::Warning, error.message());
        return;
    }
    if (m_restored)
        m_restored();
    if (result.previousStore.isEmpty()) {
        tell(QMessageBox::Information, tr("Restored %1.").arg(QDir::toNativeSeparators(file)));
        return;
    }
    tell(QMessageBox::Information,
         tr("Restored %1. The previous store is kept as %2.")
             .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(result.previousStore)));
}

void BackupActions::checkStore()
{
    IntegrityReport report;
    try {
        const WaitCursor waiting;
        report = IntegrityCheck::run(m_store.path());
    } catch (const StoreError &error) {
        tell(QMessageBox::Warning, error.message());
        return;
    }
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("integrityReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(report.isOk() ? tr("The store is sound") : tr("The store has problems"));
    auto *text = new QPlainTextEdit(report.text(), dialog);
    text->setObjectName(QStringLiteral("integrityReport"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(640, 360);
    dialog->open();
}

} // namespace hindsight
