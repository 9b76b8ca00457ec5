// The main window as a user drives it with the keyboard: the empty store's hint, and opening an incident with Ctrl+N.
#include "gui/incident/incidentview.h"
#include "gui/incident/newincidentdialog.h"
#include "gui/incident/quickentryedit.h"
#include "gui/mainwindow.h"
#include "itemmodel/incidentlistmodel.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

Q_DECLARE_METATYPE(hindsight::Severity)

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

/// Presses Ctrl+N in `window` and, while the dialog it opens is up (exec() does not return before it closes), hands
/// the dialog to `use`. Returns whether a NewIncidentDialog opened.
bool withNewIncidentDialog(MainWindow &window, const std::function<void(NewIncidentDialog &)> &use)
{
    // A closed dialog hands the focus back to the window on a desktop; the offscreen platform does not.
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        qWarning("the main window is not active; Ctrl+N may not reach it");

    bool opened = false;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &window, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *dialog = qobject_cast<NewIncidentDialog *>(modal);
        if (!dialog) {
            // Something else (an error message?) would block the test: close it.
            if (auto *other = qobject_cast<QDialog *>(modal))
                other->reject();
            return;
        }
        opened = true;
        use(*dialog);
        // A check that failed inside `use` must not leave the test waiting on a modal dialog.
        if (dialog->isVisible())
            dialog->reject();
    });
    // The timer fires inside the dialog's own event loop, once Ctrl+N has opened it.
    timer.start(0);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    return opened;
}

/// Types `text` as a user would: key by key, or through an input method for text no keyboard has keys for (an IME
/// commits Japanese as a whole string).
void typeText(QWidget *widget, const QString &text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

QPushButton *createButton(NewIncidentDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    return buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
}

Incident newIncident(const QString &title, Severity severity, IncidentStatus status = IncidentStatus::Investigating)
{
    Incident draft;
    draft.title = title;
    draft.severity = severity;
    draft.status = status;
    return draft;
}

} // namespace

class TestMainWindow : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStoreShowsHint();
    void createWithKeyboard_data();
    void createWithKeyboard();
    void newIncidentComesFirst();
    void createNeedsTitle();
    void escapeCancels();
    void lastIncidentReopensOnceShown();
    void windowAndCliShareTheStore();
    void newIncidentCanBeUndone();
    void windowShowsWritesWithoutBeingTold();

private:
    std::unique_ptr<test::TemporaryStore> m_temp;
    std::unique_ptr<MainWindow> m_window;

    MainWindow &showWindow();
    QTableView *list() const { return m_window->findChild<QTableView *>(u"incidentList"_s); }
    QWidget *emptyHint() const { return m_window->findChild<QWidget *>(u"emptyHint"_s); }
};

void TestMainWindow::initTestCase()
{
    // Window geometry and the last incident are remembered in QSettings: keep the user's own out of the test.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"hindsight-tests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
}

void TestMainWindow::init()
{
    m_temp = std::make_unique<test::TemporaryStore>();
}

void TestMainWindow::cleanup()
{
    TestCase::cleanup();
    m_window.reset();
    m_temp.reset();
}

MainWindow &TestMainWindow::showWindow()
{
    m_window = std::make_unique<MainWindow>(m_temp->store());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qWarning("the main window was not shown");
    return *m_window;
}

void TestMainWindow::emptyStoreShowsHint()
{
    showWindow();
    QWidget *hint = emptyHint();
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QVERIFY(list());
    QCOMPARE(list()->model()->rowCount(), 0);
}

void TestMainWindow::createWithKeyboard_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("severityName");
    QTest::addColumn<QString>("title");
    QTest::addColumn<Severity>("severity");

    QTest::newRow("low") << u"Disk full on db-3"_s << u"Low"_s << u"Disk full on db-3"_s << Severity::Low;
    QTest::newRow("middle (the default)") << u"Slow search"_s << QString() << u"Slow search"_s << Severity::Middle;
    QTest::newRow("high") << u"決済APIで5xxが増加"_s << u"High"_s << u"決済APIで5xxが増加"_s << Severity::High;
    QTest::newRow("critical, spaces trimmed")
        << u"  Checkout API 5xx above 2%  "_s << u"Critical"_s << u"Checkout API 5xx above 2%"_s << Severity::Critical;
}

void TestMainWindow::createWithKeyboard()
{
    QFETCH(QString, typed);
    QFETCH(QString, severityName);
    QFETCH(QString, title);
    QFETCH(Severity, severity);

    MainWindow &window = showWindow();
    QVERIFY(emptyHint()->isVisible());

    const bool opened = withNewIncidentDialog(window, [&](NewIncidentDialog &dialog) {
        auto *titleEdit = dialog.findChild<QLineEdit *>(u"titleEdit"_s);
        auto *severityCombo = dialog.findChild<QComboBox *>(u"severityCombo"_s);
        QVERIFY(titleEdit);
        QVERIFY(severityCombo);
        QStringList choices;
        for (int i = 0; i < severityCombo->count(); ++i)
            choices << severityCombo->itemText(i);
        QCOMPARE(choices, (QStringList{u"Low"_s, u"Middle"_s, u"High"_s, u"Critical"_s}));
        QCOMPARE(severityCombo->currentText(), u"Middle"_s);

        typeText(titleEdit, typed);
        if (!severityName.isEmpty()) {
            // Typing a name in a combo box selects it, as it would for a user tabbing through the form.
            QTest::keyClicks(severityCombo, severityName);
            QCOMPARE(severityCombo->currentText(), severityName);
        }
        QTest::keyClick(titleEdit, Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
    });
    QVERIFY2(opened, "Ctrl+N did not open the new incident dialog");

    // Stored...
    const QList<Incident> stored = IncidentStore(m_temp->store()).list();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).number, 1);
    QCOMPARE(stored.at(0).title, title);
    QCOMPARE(stored.at(0).severity, severity);
    QCOMPARE(stored.at(0).status, IncidentStatus::Investigating);

    // ...listed and selected, in place of the hint.
    QTableView *table = list();
    QCOMPARE(table->model()->rowCount(), 1);
    const QModelIndex current = table->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.row(), 0);
    QCOMPARE(current.siblingAtColumn(IncidentListModel::TitleColumn).data().toString(), title);
    QCOMPARE(current.siblingAtColumn(IncidentListModel::NumberColumn).data().toInt(), 1);
    QVERIFY(table->isVisible());
    QVERIFY(!emptyHint()->isVisible());
    QCOMPARE(window.statusBar()->currentMessage(), u"Incident #1 created."_s);
}

void TestMainWindow::newIncidentComesFirst()
{
    {
        IncidentStore incidents(m_temp->store());
        incidents.create(newIncident(u"Old and resolved"_s, Severity::Low, IncidentStatus::Resolved));
        incidents.create(newIncident(u"Still investigating"_s, Severity::High));
        incidents.create(newIncident(u"Mitigated"_s, Severity::Middle, IncidentStatus::Mitigated));
    }
    MainWindow &window = showWindow();
    QVERIFY(!emptyHint() || !emptyHint()->isVisible()); // built only when the store is empty
    QCOMPARE(list()->model()->rowCount(), 3);

    const bool opened = withNewIncidentDialog(window, [&](NewIncidentDialog &dialog) {
        auto *titleEdit = dialog.findChild<QLineEdit *>(u"titleEdit"_s);
        QVERIFY(titleEdit);
        QTest::keyClicks(titleEdit, u"Newest"_s);
        QTest::keyClick(titleEdit, Qt::Key_Enter);
    });
    QVERIFY2(opened, "Ctrl+N did not open the new incident dialog");

    QCOMPARE(IncidentStore(m_temp->store()).count(), 4);
    QTableView *table = list();
    QCOMPARE(table->model()->rowCount(), 4);
    QStringList titles;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        titles << table->model()->index(row, IncidentListModel::TitleColumn).data().toString();
    QCOMPARE(titles, (QStringList{u"Newest"_s, u"Mitigated"_s, u"Still investigating"_s, u"Old and resolved"_s}));
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(table->currentIndex().data(IncidentListModel::NumberRole).toInt(), 4);
}

void TestMainWindow::createNeedsTitle()
{
    MainWindow &window = showWindow();
    const bool opened = withNewIncidentDialog(window, [&](NewIncidentDialog &dialog) {
        auto *titleEdit = dialog.findChild<QLineEdit *>(u"titleEdit"_s);
        QPushButton *create = createButton(dialog);
        QVERIFY(titleEdit);
        QVERIFY(create);
        QCOMPARE(create->text(), u"Create"_s);
        QVERIFY(!create->isEnabled());

        QTest::keyClicks(titleEdit, u"   "_s);
        QVERIFY(!create->isEnabled());
        // Enter on a blank title does nothing: the dialog stays open.
        QTest::keyClick(titleEdit, Qt::Key_Return);
        QVERIFY(dialog.isVisible());

        QTest::keyClicks(titleEdit, u"x"_s);
        QVERIFY(create->isEnabled());
        QTest::keyClick(titleEdit, Qt::Key_Backspace);
        QVERIFY(!create->isEnabled());
        QTest::keyClick(titleEdit, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    });
    QVERIFY2(opened, "Ctrl+N did not open the new incident dialog");

    QCOMPARE(IncidentStore(m_temp->store()).count(), 0);
    QCOMPARE(list()->model()->rowCount(), 0);
    QVERIFY(emptyHint()->isVisible());
}

void TestMainWindow::escapeCancels()
{
    MainWindow &window = showWindow();
    const bool opened = withNewIncidentDialog(window, [&](NewIncidentDialog &dialog) {
        auto *titleEdit = dialog.findChild<QLineEdit *>(u"titleEdit"_s);
        auto *severityCombo = dialog.findChild<QComboBox *>(u"severityCombo"_s);
        QVERIFY(titleEdit);
        QVERIFY(severityCombo);
        QTest::keyClicks(titleEdit, u"Changed my mind"_s);
        QTest::keyClicks(severityCombo, u"Critical"_s);
        QVERIFY(createButton(dialog));
        QVERIFY(createButton(dialog)->isEnabled());
        QTest::keyClick(titleEdit, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    });
    QVERIFY2(opened, "Ctrl+N did not open the new incident dialog");

    QCOMPARE(IncidentStore(m_temp->store()).count(), 0);
    QCOMPARE(list()->model()->rowCount(), 0);
    QVERIFY(emptyHint()->isVisible());
    QVERIFY(window.statusBar()->currentMessage() != u"Incident #1 created."_s);

    // The next Ctrl+N starts afresh.
    const bool reopened = withNewIncidentDialog(window, [&](NewIncidentDialog &dialog) {
        auto *titleEdit = dialog.findChild<QLineEdit *>(u"titleEdit"_s);
        QVERIFY(titleEdit);
        QCOMPARE(titleEdit->text(), QString());
        QCOMPARE(dialog.findChild<QComboBox *>(u"severityCombo"_s)->currentText(), u"Middle"_s);
    });
    QVERIFY(reopened);
    QCOMPARE(IncidentStore(m_temp->store()).count(), 0);
}

// Nothing of the incident view's parts or the action item counts is built before the window is shown; its first frame
// has the incident open last time, the details and postmortem tab, and the counts.
void TestMainWindow::lastIncidentReopensOnceShown()
{
    IncidentStore incidents(m_temp->store());
    for (const QString &title : {u"DNS flaps"_s, u"Checkout 5xx"_s, u"Disk full on db-2"_s})
        incidents.create(newIncident(title, Severity::High));
    showWindow();
    QVERIFY(m_window->openIncident(2, true));
    m_window->close();
    m_window.reset();

    m_window = std::make_unique<MainWindow>(m_temp->store());
    QCOMPARE(m_window->incidentView()->incidentNumber(), 0);
    QVERIFY(!m_window->incidentView()->postmortemView());
    auto *counts = m_window->findChild<QLabel *>(u"actionItemCounts"_s);
    QVERIFY(counts);
    QVERIFY(counts->text().isEmpty());
    m_window->show();
    QCOMPARE(m_window->incidentView()->incidentNumber(), 2);
    QVERIFY(m_window->incidentView()->isVisible());
    QVERIFY(m_window->incidentView()->postmortemView());
    QCOMPARE(counts->text(), u"Action items: 0 open, 0 overdue"_s);
    QCOMPARE(list()->model()->rowCount(), 3);
}

// Issue 14 as a user met it: the window open on an incident (its suggestions worker holding a second connection), the
// CLI run beside it while the window is idle, searching and rendering the postmortem preview. Every entry either side
// acknowledged is seen by a new process, and the window's files stay the store's (TestCase::cleanup checks that no
// descriptor of this process points at a deleted -wal or -shm).
void TestMainWindow::windowAndCliShareTheStore()
{
    Incident draft;
    draft.title = u"Checkout API 5xx"_s;
    draft.products = {u"checkout"_s};
    const int number = IncidentStore(m_temp->store()).create(draft).number;
    QTemporaryDir home;
    const QProcessEnvironment environment = test::isolatedCliEnvironment(home.path());
    const QString path = m_temp->path();
    const auto cli = [&](const QStringList &arguments) {
        return test::runCli(QStringList{u"--db"_s, path} + arguments, environment);
    };

    MainWindow &window = showWindow();
    QVERIFY(window.openIncident(number));
    auto *box = window.findChild<QuickEntryEdit *>(u"quickEntry"_s);
    auto *saveState = window.findChild<QLabel *>(u"saveState"_s);
    QVERIFY(box && saveState);
    QStringList fromWindow;
    const auto logInWindow = [&](const QString &text) {
        box->setPlainText(text);
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY2(saveState->text().contains(u"Saved"_s), qPrintable(saveState->text()));
        fromWindow << text;
    };
    QStringList fromCli;
    const auto logFromCli = [&](const QString &text) {
        const test::CliRun run = cli({u"log"_s, QString::number(number), text});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        fromCli << text;
    };

    // The suggestions worker opens its own connection once the incident is shown and ranked.
    logInWindow(u"pool exhausted? first look"_s);
    QTest::qWait(600);
    QCOMPARE(cli({u"show"_s, QString::number(number)}).exitCode, 0); // idle window, a CLI that only reads
    logInWindow(u"window entry after the CLI read"_s);
    logFromCli(u"CLI entry while the window is open"_s);

    // Searching in the window, with the CLI reading and writing beside it.
    QAction *search = window.findChild<QAction *>(u"searchAction"_s);
    QVERIFY(search);
    search->trigger();
    QLineEdit *input = nullptr;
    QTRY_VERIFY((input = window.findChild<QLineEdit *>(u"searchInput"_s)) != nullptr);
    QTest::keyClicks(input, u"pool"_s);
    QCOMPARE(cli({u"search"_s, u"pool"_s}).exitCode, 0);
    logFromCli(u"CLI entry while the window searches"_s);
    if (auto *dialog = window.findChild<QDialog *>(u"searchDialog"_s))
        dialog->close();

    // The postmortem preview rendering, with the CLI beside it.
    auto *tabs = window.findChild<QTabWidget *>(u"incidentTabs"_s);
    QVERIFY(tabs);
    tabs->setCurrentIndex(tabs->count() - 1);
    QTest::qWait(300);
    logFromCli(u"CLI entry while the preview renders"_s);
    QCOMPARE(cli({u"export"_s, QString::number(number)}).exitCode, 0);
    tabs->setCurrentIndex(0);
    logInWindow(u"window entry after several CLI processes"_s);

    // What a new process finds: everything either side acknowledged, and the window sees the CLI's entries too.
    const test::CliRun shown = cli({u"show"_s, QString::number(number), u"--json"_s});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QStringList stored;
    for (const QJsonValue &entry : QJsonDocument::fromJson(shown.outBytes).object().value(u"logEntries").toArray())
        stored << entry.toObject().value(u"body").toString();
    for (const QString &text : fromWindow + fromCli)
        QVERIFY2(stored.contains(text), qPrintable(u"lost: "_s + text));
    QVERIFY(test::deletedStoreFilesHeldOpen().isEmpty());
}

// Ctrl+N, then Ctrl+Z: the incident goes (from the list, the window and the store), and Ctrl+Shift+Z brings it back
// with its number and what was logged in it.
void TestMainWindow::newIncidentCanBeUndone()
{
    MainWindow &window = showWindow();
    const bool opened = withNewIncidentDialog(window, [&](NewIncidentDialog &dialog) {
        auto *titleEdit = dialog.findChild<QLineEdit *>(u"titleEdit"_s);
        QVERIFY(titleEdit);
        typeText(titleEdit, u"Wrong window"_s);
        QTest::keyClick(titleEdit, Qt::Key_Return);
    });
    QVERIFY(opened);
    QCOMPARE(list()->model()->rowCount(), 1);
    QCOMPARE(window.incidentView()->incidentNumber(), 1);
    auto *box = window.findChild<QuickEntryEdit *>(u"quickEntry"_s);
    QVERIFY(box);
    box->setPlainText(u"typed before noticing"_s);
    QTest::keyClick(box, Qt::Key_Return);

    QAction *undo = window.findChild<QAction *>(u"undoAction"_s);
    QAction *redo = window.findChild<QAction *>(u"redoAction"_s);
    QVERIFY(undo && redo);
    QCOMPARE(undo->text(), u"&Undo Add log entry"_s);
    undo->trigger();
    QCOMPARE(undo->text(), u"&Undo New incident #1"_s);
    undo->trigger();
    QCOMPARE(IncidentStore(m_temp->store()).count(), 0);
    QCOMPARE(list()->model()->rowCount(), 0);
    QCOMPARE(window.incidentView()->incidentNumber(), 0);
    QVERIFY(!window.incidentView()->isVisible());
    QVERIFY(emptyHint()->isVisible());

    redo->trigger();
    redo->trigger();
    const std::optional<Incident> back = IncidentStore(m_temp->store()).byNumber(1);
    QVERIFY(back);
    QCOMPARE(back->title, u"Wrong window"_s);
    QCOMPARE(list()->model()->rowCount(), 1);
    const QList<LogEntry> entries = InvestigationLog(m_temp->store()).entries(back->id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).body, u"typed before noticing"_s);
}

// Whatever writes to the store the window has open (an import, the team hub, a second view) is shown at once,
// without the writer telling the window.
void TestMainWindow::windowShowsWritesWithoutBeingTold()
{
    Incident draft;
    draft.title = u"Checkout API 5xx"_s;
    const Incident incident = IncidentStore(m_temp->store()).create(draft);
    MainWindow &window = showWindow();
    QVERIFY(window.openIncident(incident.number));
    auto *timeline = window.findChild<QAbstractItemView *>(u"timeline"_s);
    QVERIFY(timeline);
    const int rows = timeline->model()->rowCount();

    LogEntry entry;
    entry.incidentId = incident.id;
    entry.body = u"written elsewhere in this process"_s;
    InvestigationLog(m_temp->store()).append(entry);
    QCOMPARE(timeline->model()->rowCount(), rows + 1);

    Incident changed = *IncidentStore(m_temp->store()).byId(incident.id);
    changed.title = u"Checkout API 5xx, all regions"_s;
    IncidentStore(m_temp->store()).update(changed, u"tester"_s);
    const QModelIndex current = list()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.siblingAtColumn(IncidentListModel::TitleColumn).data().toString(), changed.title);

    auto *counts = window.findChild<QLabel *>(u"actionItemCounts"_s);
    QVERIFY(counts);
    const QString before = counts->text();
    ActionItem item;
    item.incidentId = incident.id;
    item.title = u"Alert on pool saturation"_s;
    ActionItemStore(m_temp->store()).add(item);
    QVERIFY2(counts->text() != before, qPrintable(counts->text()));
    QVERIFY2(counts->text().contains(u"1"_s), qPrintable(counts->text()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
