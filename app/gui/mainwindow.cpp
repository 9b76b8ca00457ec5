#include "mainwindow.h"

#include "backupactions.h"
#include "gui/common/languagesettings.h"
#include "gui/common/messagebox.h"
#include "gui/common/undoactions.h"
#include "gui/common/undocommands.h"
#include "gui/incident/incidentview.h"
#include "gui/incident/newincidentdialog.h"
#include "gui/incident/severitydelegate.h"
#include "gui/insights/insightsview.h"
#include "gui/playbook/playbooklibrary.h"
#include "gui/postmortem/actionregister.h"
#include "gui/postmortem/importdialog.h"
#include "gui/publish/publishsettingsdialog.h"
#include "itemmodel/incidentlistmodel.h"
#include "searchdialog.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/sampleincident.h"
#include "store/store.h"
#include "store/storewatcher.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace hindsight {

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
    , m_model(new IncidentListModel(store, this))
    , m_watcher(new StoreWatcher(store, 1000, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_list(new QTableView(this))
    , m_filterText(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_severityFilter(new QComboBox(this))
    , m_right(new QStackedWidget(this))
    , m_noSelection(new QLabel(this))
    , m_view(new IncidentView(store, m_undoStack, this))
{
    setWindowTitle(tr("Hindsight"));
    setObjectName(QStringLiteral("mainWindow"));

    setUpFilters();

    setUpList();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_severityFilter);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filterText);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_list, 1);

    m_noSelection->setObjectName(QStringLiteral("noSelection"));
    m_noSelection->setAlignment(Qt::AlignCenter);
    m_noSelection->setText(tr("Choose an incident on the left, or press Ctrl+N for a new one."));

    m_right->addWidget(m_noSelection);
    m_right->addWidget(m_view);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_right);
    // The incident, where the on-call engineer works, gets most of the width; the list keeps room for the titles.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({400, 800});
    setCentralWidget(m_splitter);

    // Other processes' writes come through the watcher as StoreEvents too.
    m_storeSubscription = StoreSubscription(store.events(), this, &MainWindow::showStoreChanges);
    // Nothing more is written to a store whose file was deleted or replaced (Store refuses it); say so at once rather
    // than at the next entry.
    connect(m_watcher, &StoreWatcher::fileLost, this, [this](const QString &message) {
        // Kept in view, not a passing status message: every later save is refused until Hindsight is restarted.
        auto *warning = new QLabel(message, this);
        warning->setObjectName(QStringLiteral("storeLostWarning"));
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
        statusBar()->clearMessage();
        statusBar()->addPermanentWidget(warning, 1);
    });

    createActionRegister();
    createActions();
    statusBar()->showMessage(tr("Store: %1").arg(QDir::toNativeSeparators(store.path())));
    updateEmptyState();
    restoreSettings();
}

void MainWindow::setUpFilters()
{
    m_filterText->setObjectName(QStringLiteral("filterText"));
    m_filterText->setPlaceholderText(tr("Filter: number, title or summary"));
    // The clear button (which loads its icon, a few milliseconds of start-up) from the first text typed, the first
    // moment it is shown.
    connect(
        m_filterText, &QLineEdit::textChanged, this, [this] { m_filterText->setClearButtonEnabled(true); },
        Qt::SingleShotConnection);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Any status"), -1);
    for (const IncidentStatus status : allValues<IncidentStatus>())
        m_statusFilter->addItem(displayName(status), int(status));
    m_severityFilter->setObjectName(QStringLiteral("severityFilter"));
    m_severityFilter->addItem(tr("Any severity"), -1);
    for (const Severity severity : allValues<Severity>())
        m_severityFilter->addItem(displayName(severity), int(severity));
    connect(m_filterText, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_severityFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
}

void MainWindow::setUpList()
{
    m_list->setObjectName(QStringLiteral("incidentList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SeverityDelegate(m_list));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    // No column's order (open ones first) before sorting is turned on, which sorts by the indicator's column.
    m_list->horizontalHeader()->setSortIndicatorClearable(true);
    m_list->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_list->setSortingEnabled(true);
    m_list->verticalHeader()->hide();
    for (const int column : {IncidentListModel::NumberColumn, IncidentListModel::SeverityColumn,
                             IncidentListModel::StatusColumn, IncidentListModel::DetectedColumn})
        m_list->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(IncidentListModel::TitleColumn, QHeaderView::Stretch);
    // Sized to the rows on screen: measuring all of a loaded page's text would cost start-up a frame or two, and
    // these columns (number, severity, status, date) hardly vary in width.
    m_list->horizontalHeader()->setResizeContentsPrecision(0);
    // Moving through the list with the arrow keys shows each incident; clicking or Enter opens it for logging.
    // Before the window is shown there is nothing to follow: settle() opens what to show first.
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (index.isValid() && m_settled)
            openIncident(m_model->incidentAt(index).number, false);
    });
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            openIncident(m_model->incidentAt(index).number);
    });
    connect(m_list, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            openIncident(m_model->incidentAt(index).number);
    });
}

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenus();
    createViewMenus();
    createPlaybookAndSettingsMenus();
}

void MainWindow::createFileMenu()
{
    auto *newAction = new QAction(tr("&New incident…"), this);
    newAction->setObjectName(QStringLiteral("newIncidentAction"));
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &MainWindow::newIncident);

    auto *sampleAction = new QAction(tr("Open a &sample incident"), this);
    connect(sampleAction, &QAction::triggered, this, &MainWindow::openSampleIncident);

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(newAction);
    fileMenu->addAction(sampleAction);
    fileMenu->addAction(ImportDialog::createAction(m_store, this));
    fileMenu->addSeparator();
    // A restore goes into the open store, so the window stays open: it shows the restored store and drops the undo
    // history.
    auto *backup = new BackupActions(m_store, this, [this] {
        m_undoStack->clear();
        m_store.reportEverything();
    });
    backup->addTo(fileMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
}

// Edit, and Entry with what can be done to the selected log entry.
void MainWindow::createEditMenus()
{
    const auto [undoAction, redoAction] = undoactions::create(m_undoStack, this, QString(), nullptr);
    auto *searchAction = new QAction(tr("&Search everything…"), this);
    searchAction->setObjectName(QStringLiteral("searchAction"));
    searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(searchAction, &QAction::triggered, this, &MainWindow::openSearch);
    auto *filterAction = new QAction(tr("&Filter incidents"), this);
    filterAction->setShortcut(QKeySequence::Find);
    connect(filterAction, &QAction::triggered, this, [this] {
        m_filterText->setFocus();
        m_filterText->selectAll();
    });
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    editMenu->addAction(searchAction);
    editMenu->addAction(filterAction);
    QMenu *entryMenu = menuBar()->addMenu(tr("E&ntry"));
    entryMenu->addActions(m_view->entryActions());
}

// View, and Go with the keys that move between the log and the list.
void MainWindow::createViewMenus()
{
    auto *deletedAction = new QAction(tr("Show &deleted entries"), this);
    deletedAction->setObjectName(QStringLiteral("showDeletedAction"));
    deletedAction->setCheckable(true);
    connect(deletedAction, &QAction::toggled, m_view, &IncidentView::setShowDeleted);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(deletedAction);
    viewMenu->addSeparator();
    QAction *registerAction = m_registerDock->toggleViewAction();
    registerAction->setObjectName(QStringLiteral("actionRegisterAction"));
    registerAction->setText(tr("&Action item register"));
    registerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(registerAction, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            actionRegister()->setFocus();
    });
    viewMenu->addAction(registerAction);
    auto *insightsAction = new QAction(tr("&Insights…"), this);
    insightsAction->setObjectName(QStringLiteral("insightsAction"));
    insightsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(insightsAction, &QAction::triggered, this, &MainWindow::openInsights);
    viewMenu->addAction(insightsAction);

    auto *logAction = new QAction(tr("Write in the &log"), this);
    logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(logAction, &QAction::triggered, this, [this] {
        if (m_right->currentWidget() == m_view)
            m_view->focusQuickEntry();
    });
    auto *listAction = new QAction(tr("Go to the &incident list"), this);
    listAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(listAction, &QAction::triggered, this, [this] { m_list->setFocus(); });
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->addAction(logAction);
    goMenu->addAction(listAction);
}

void MainWindow::createPlaybookAndSettingsMenus()
{
    auto *playbooksAction = new QAction(tr("Playbook &library"), this);
    playbooksAction->setObjectName(QStringLiteral("playbookLibraryAction"));
    playbooksAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(playbooksAction, &QAction::triggered, this, &MainWindow::openPlaybookLibrary);
    QMenu *playbookMenu = menuBar()->addMenu(tr("Play&books"));
    playbookMenu->addAction(playbooksAction);
    playbookMenu->addAction(m_view->createPlaybookAction());
    connect(m_view, &IncidentView::playbookDraftRequested, this,
            [this](const Playbook &draft) { openPlaybookLibrary()->editDraft(draft); });
    connect(m_view, &IncidentView::playbookRequested, this,
            [this](const QUuid &id) { openPlaybookLibrary()->showPlaybook(id); });
    connect(m_view, &IncidentView::incidentRequested, this, [this](int number) { openIncident(number, false); });

    auto *publishingAction = new QAction(tr("&Publishing to GitHub…"), this);
    publishingAction->setObjectName(QStringLiteral("publishSettingsAction"));
    connect(publishingAction, &QAction::triggered, this, [this] {
        auto *dialog = new PublishSettingsDialog(m_store, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(publishingAction);
    LanguageSettings::addTo(settingsMenu);
}

void MainWindow::createActionRegister()
{
    // The dock is there from the start (its place is restored with the window's state); the register in it is built
    // when it is first shown: most starts never show it.
    m_registerDock = new QDockWidget(tr("Action items of all incidents"), this);
    m_registerDock->setObjectName(QStringLiteral("actionRegisterDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_registerDock);
    m_registerDock->hide();
    // Opened for the first time, the register takes a quarter of the window: the log above keeps at least half.
    connect(m_registerDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            return;
        actionRegister();
        if (!std::exchange(m_registerSized, true))
            resizeDocks({m_registerDock}, {height() / 4}, Qt::Vertical);
    });
    m_actionItemCounts = new QLabel(this); // filled by settle()
    m_actionItemCounts->setObjectName(QStringLiteral("actionItemCounts"));
    statusBar()->addPermanentWidget(m_actionItemCounts);
}

ActionRegister *MainWindow::actionRegister()
{
    if (m_actionRegister)
        return m_actionRegister;
    m_actionRegister = new ActionRegister(m_store, m_undoStack, this);
    m_registerDock->setWidget(m_actionRegister);
    connect(m_actionRegister, &ActionRegister::countsChanged, this,
            [this](const ActionItemCounts &counts) { m_actionItemCounts->setText(actionItemCountsText(counts)); });
    connect(m_actionRegister, &ActionRegister::openIncidentRequested, this, [this](int number) {
        if (openIncident(number, false))
            m_view->showPostmortem();
    });
    m_actionRegister->reload();
    return m_actionRegister;
}

void MainWindow::reloadActionItems()
{
    if (m_actionRegister)
        m_actionRegister->reload(); // while hidden, its counts only
    m_actionItemCounts->setText(actionItemCountsText(
        m_actionRegister ? m_actionRegister->counts() : ActionItemStore(m_store).counts(QDate::currentDate())));
}

InsightsView *MainWindow::openInsights()
{
    if (!m_insights)
        m_insights = new InsightsView(m_store, this);
    m_insights->show();
    m_insights->raise();
    m_insights->activateWindow();
    return m_insights;
}

int MainWindow::newIncident()
{
    NewIncidentDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    try {
        auto *command = new CreateIncidentCommand(m_store, dialog.draft());
        undo::push(m_undoStack, command);
        const Incident incident = command->incident();
        openIncident(incident.number);
        statusBar()->showMessage(tr("Incident #%1 created.").arg(incident.number), 5000);
        return incident.number;
    } catch (const StoreError &error) {
        messagebox::critical(this, tr("Could not create the incident"), error.message());
        return 0;
    }
}

bool MainWindow::openIncident(int number, bool focusLog)
{
    // The view is shown before it fills, so that the timeline measures its rows once, at the width they are shown at.
    QWidget *const shown = m_right->currentWidget();
    m_right->setCurrentWidget(m_view);
    if (!m_view->openIncident(number)) {
        m_right->setCurrentWidget(shown);
        return false;
    }
    if (focusLog)
        m_view->focusQuickEntry();
    const QModelIndex index = m_model->indexOfNumber(number);
    if (index.isValid() && m_list->currentIndex().row() != index.row()) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
    return true;
}

void MainWindow::openSampleIncident()
{
    try {
        const Incident incident = createSampleIncident(m_store);
        openIncident(incident.number);
    } catch (const StoreError &error) {
        messagebox::critical(this, tr("Could not create the sample incident"), error.message());
    }
}

void MainWindow::openSearch()
{
    auto *dialog = new SearchDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SearchDialog::hitChosen, this, &MainWindow::openSearchHit);
    dialog->open();
}

void MainWindow::openSearchHit(const SearchHit &hit)
{
    if (hit.kind == SearchHitKind::Playbook) {
        openPlaybookLibrary()->showPlaybook(hit.playbookId);
        return;
    }
    if (!openIncident(hit.incidentNumber, hit.kind == SearchHitKind::Incident))
        return;
    if (hit.kind == SearchHitKind::LogEntry)
        m_view->selectEntry(hit.entryId);
}

PlaybookLibrary *MainWindow::openPlaybookLibrary()
{
    if (!m_playbooks) {
        m_playbooks = new PlaybookLibrary(m_store, this);
        connect(m_playbooks, &PlaybookLibrary::incidentChosen, this, [this](int number) {
            if (openIncident(number, false)) {
                raise();
                activateWindow();
            }
        });
    }
    m_playbooks->show();
    m_playbooks->raise();
    m_playbooks->activateWindow();
    return m_playbooks;
}

void MainWindow::reloadFromStore()
{
    m_store.reportEverything();
}

void MainWindow::showStoreChanges(const StoreChanges &changes)
{
    using Subject = StoreChange::Subject;
    // "New incident" undone takes the open incident away.
    if (changes.touches(Subject::Incident) && !m_view->incidentId().isNull() &&
        !IncidentStore(m_store).byId(m_view->incidentId())) {
        m_view->closeIncident();
        m_right->setCurrentWidget(m_noSelection);
    }
    if (changes.touches(Subject::Incident))
        reloadIncidentList();
    // The register shows each item's incident (number and title) too.
    if (changes.touches(Subject::ActionItem) || changes.touches(Subject::Incident))
        reloadActionItems();
}

void MainWindow::reloadIncidentList()
{
    const int number = m_view->incidentNumber();
    m_model->reload();
    if (number > 0) {
        const QModelIndex index = m_model->indexOfNumber(number);
        if (index.isValid()) {
            const QSignalBlocker blocker(m_list->selectionModel());
            m_list->setCurrentIndex(index);
        }
    }
    updateEmptyState();
}

void MainWindow::applyFilter()
{
    IncidentQuery filter;
    filter.text = m_filterText->text();
    if (const int status = m_statusFilter->currentData().toInt(); status >= 0)
        filter.status = static_cast<IncidentStatus>(status);
    if (const int severity = m_severityFilter->currentData().toInt(); severity >= 0)
        filter.severity = static_cast<Severity>(severity);
    m_model->setFilter(filter);
}

// Shown only while the store is empty, so built then: its rich text costs start-up a layout otherwise (a stacked
// widget measures its hidden pages too).
QWidget *MainWindow::emptyHint()
{
    if (m_emptyHint)
        return m_emptyHint;
    m_emptyHint = new QWidget(this);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    auto *hintText = new QLabel(tr("<h2>No incidents yet</h2><p>When an alert fires, press <b>Ctrl+N</b> to open an "
                                   "incident: a title and a severity are enough to start logging.</p>"
                                   "<p>Or open a sample incident (marked as an exercise) to look around.</p>"),
                                m_emptyHint);
    hintText->setWordWrap(true);
    hintText->setAlignment(Qt::AlignCenter);
    auto *newButton = new QPushButton(tr("New incident (Ctrl+N)"), m_emptyHint);
    newButton->setObjectName(QStringLiteral("emptyNewIncident"));
    auto *sampleButton = new QPushButton(tr("Open a sample incident"), m_emptyHint);
    sampleButton->setObjectName(QStringLiteral("openSample"));
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newIncident);
    connect(sampleButton, &QPushButton::clicked, this, &MainWindow::openSampleIncident);
    auto *hintLayout = new QVBoxLayout(m_emptyHint);
    hintLayout->addStretch();
    hintLayout->addWidget(hintText);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(newButton);
    buttons->addWidget(sampleButton);
    buttons->addStretch();
    hintLayout->addLayout(buttons);
    hintLayout->addStretch();

    m_right->insertWidget(0, m_emptyHint);
    return m_emptyHint;
}

void MainWindow::updateEmptyState()
{
    const bool storeEmpty = IncidentStore(m_store).count() == 0;
    if (storeEmpty)
        m_right->setCurrentWidget(emptyHint());
    else if (m_emptyHint && m_right->currentWidget() == m_emptyHint)
        m_right->setCurrentWidget(m_noSelection);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_view->restoreSplitterState(settings.value(QStringLiteral("incidentView/splitter")).toByteArray());
    // Reopen the incident that was open last time in this store.
    const QString key = QStringLiteral("lastIncident/") + QString::fromLatin1(m_store.path().toUtf8().toBase64());
    m_lastIncident = settings.value(key).toInt();
}

// Start-up opens the last incident as the window is shown, before its first paint: the first frame a user sees has
// the list and the incident, laid out and painted once (a frame of the list alone, then the incident, costs a second
// layout and paint of everything, and the user waits for the incident either way).
bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Show && !m_settled)
        settle();
    return QMainWindow::event(event);
}

void MainWindow::settle()
{
    m_settled = true;
    reloadActionItems();
    const auto done = qScopeGuard([this] { emit settled(); });
    if (m_view->incidentNumber() > 0)
        return; // opened before the window was shown (by a test, or the bench's probe)
    const int last = std::exchange(m_lastIncident, 0);
    if (last > 0 && openIncident(last, true))
        return;
    // Nothing to reopen: the list's focus chooses (as moving through the list shows each incident); the incident
    // view's parts are built once the window is up, so that the first incident opens at once.
    QTimer::singleShot(0, this, [this] {
        if (m_view->incidentNumber() <= 0)
            m_view->prepare();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("incidentView/splitter"), m_view->splitterState());
    const QString key = QStringLiteral("lastIncident/") + QString::fromLatin1(m_store.path().toUtf8().toBase64());
    settings.setValue(key, m_view->incidentNumber());
    event->accept();
}

} // namespace hindsight
