// File > Back up…, Restore… and Check store in the main window, driven through its actions.
#include "gui/backupactions.h"
#include "gui/mainwindow.h"
#include "store/incidentstore.h"
#include "store/store.h"
#include "store/storebackup.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

Incident addIncident(Store &store, const QString &title)
{
    Incident draft;
    draft.title = title;
    draft.severity = Severity::Low;
    return IncidentStore(store).create(draft);
}

} // namespace

class TestBackupGui : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void backUpThenRestoreReloadsTheWindow();
    void cancelledRestoreChangesNothing();
    void refusedRestoreSaysWhy();
    void checkStoreShowsTheReport();

private:
    void trigger(const QString &actionName);
    QString lastMessage();
    int listedIncidents() const;

    std::unique_ptr<test::TemporaryStore> m_temp;
    std::unique_ptr<MainWindow> m_window;
};

void TestBackupGui::init()
{
    m_temp = std::make_unique<test::TemporaryStore>();
    addIncident(m_temp->store(), u"First"_s);
    m_window = std::make_unique<MainWindow>(m_temp->store());
    m_window->show();
}

void TestBackupGui::cleanup()
{
    TestCase::cleanup();
    m_window.reset();
    m_temp.reset();
}

void TestBackupGui::trigger(const QString &actionName)
{
    auto *action = m_window->findChild<QAction *>(actionName);
    QVERIFY2(action, qPrintable(actionName));
    action->trigger();
}

QString TestBackupGui::lastMessage()
{
    QString text;
    const auto boxes = m_window->findChildren<QMessageBox *>(u"backupMessage"_s);
    for (QMessageBox *box : boxes) {
        text = box->text();
        box->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return text;
}

int TestBackupGui::listedIncidents() const
{
    return m_window->findChild<QTableView *>(u"incidentList"_s)->model()->rowCount();
}

void TestBackupGui::backUpThenRestoreReloadsTheWindow()
{
    QTemporaryDir dir;
    const QString backup = dir.filePath(u"backup.sqlite"_s);
    BackupActions::setNextFileName(backup);
    trigger(u"backUpAction"_s);
    QVERIFY(lastMessage().contains(u"backed up to "_s + QDir::toNativeSeparators(backup)));
    QCOMPARE(test::integrityCheck(backup), u"ok"_s);

    addIncident(m_temp->store(), u"Second"_s);
    m_window->reloadFromStore();
    QCOMPARE(listedIncidents(), 2);

    // Undo history refers to what the restore replaces.
    m_window->undoStack()->push(new QUndoCommand(u"an edit"_s));
    QVERIFY(m_window->undoStack()->canUndo());

    BackupActions::setNextFileName(backup);
    BackupActions::setNextAnswer(QMessageBox::Yes);
    trigger(u"restoreAction"_s);
    const QString message = lastMessage();
    QVERIFY2(message.startsWith(u"Restored "_s), qPrintable(message));
    QVERIFY2(message.contains(u".before-restore-"_s), qPrintable(message));
    // The window keeps its store open and shows the restored content at once.
    QCOMPARE(listedIncidents(), 1);
    QCOMPARE(IncidentStore(m_temp->store()).list().constFirst().title, u"First"_s);
    QVERIFY(!m_window->undoStack()->canUndo());
}

void TestBackupGui::cancelledRestoreChangesNothing()
{
    QTemporaryDir dir;
    const QString backup = dir.filePath(u"backup.sqlite"_s);
    StoreBackup::write(m_temp->store(), backup);
    addIncident(m_temp->store(), u"Second"_s);
    m_window->reloadFromStore();

    BackupActions::setNextFileName(backup);
    BackupActions::setNextAnswer(QMessageBox::Cancel);
    trigger(u"restoreAction"_s);
    QCOMPARE(lastMessage(), QString());
    QCOMPARE(listedIncidents(), 2);
    QCOMPARE(QDir(m_temp->dir()).entryList({u"*before-restore*"_s}), QStringList());
}

void TestBackupGui::refusedRestoreSaysWhy()
{
    QTemporaryDir dir;
    const QString notes = dir.filePath(u"notes.txt"_s);
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("not a store\n").repeated(20));
    file.close();

    BackupActions::setNextFileName(notes);
    trigger(u"restoreAction"_s);
    const QString message = lastMessage();
    QVERIFY2(message.contains(u"not an SQLite database at all"_s), qPrintable(message));
    QCOMPARE(listedIncidents(), 1);
}

void TestBackupGui::checkStoreShowsTheReport()
{
    trigger(u"checkStoreAction"_s);
    auto *report = m_window->findChild<QPlainTextEdit *>(u"integrityReport"_s);
    QVERIFY(report);
    QVERIFY(report->isVisible());
    QVERIFY2(report->toPlainText().endsWith(u"The store is sound.\n"_s), qPrintable(report->toPlainText()));
    QVERIFY(report->toPlainText().contains(u"- SQLite integrity check: ok"_s));
}

QTEST_MAIN(TestBackupGui)
#include "tst_backupgui.moc"
