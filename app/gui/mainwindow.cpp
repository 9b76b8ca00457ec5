#include "mainwindow.h"

#include "itemmodel/incidentlistmodel.h"
#include "newincidentdialog.h"
#include "store/incidentstore.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace hindsight {

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_model(new IncidentListModel(store, this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QTableView(this))
    , m_emptyHint(new QLabel(this))
{
    setWindowTitle(tr("Hindsight"));
    setObjectName(QStringLiteral("mainWindow"));

    m_list->setObjectName(QStringLiteral("incidentList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(IncidentListModel::TitleColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(IncidentListModel::NumberColumn, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(IncidentListModel::DetectedColumn, QHeaderView::ResizeToContents);

    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setText(tr("<h2>No incidents yet</h2><p>When an alert fires, press <b>Ctrl+N</b> to open an "
                            "incident: a title and a severity are enough to start logging.</p>"));

    m_stack->addWidget(m_list);
    m_stack->addWidget(m_emptyHint);
    setCentralWidget(m_stack);

    createActions();
    statusBar()->showMessage(tr("Store: %1").arg(QDir::toNativeSeparators(store.path())));
    updateEmptyState();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(960, 600);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::createActions()
{
    auto *newAction = new QAction(tr("&New incident…"), this);
    newAction->setObjectName(QStringLiteral("newIncidentAction"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Open a new incident"));
    connect(newAction, &QAction::triggered, this, &MainWindow::newIncident);

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(newAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(newAction);
}

int MainWindow::newIncident()
{
    NewIncidentDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    try {
        const Incident incident = IncidentStore(m_store).create(dialog.draft());
        m_model->reload();
        updateEmptyState();
        const QModelIndex index = m_model->indexOfNumber(incident.number);
        if (index.isValid()) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
        }
        statusBar()->showMessage(tr("Incident #%1 created.").arg(incident.number), 5000);
        return incident.number;
    } catch (const StoreError &error) {
        QMessageBox::critical(this, tr("Could not create the incident"), error.message());
        return 0;
    }
}

void MainWindow::updateEmptyState()
{
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_emptyHint) : m_list);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace hindsight
