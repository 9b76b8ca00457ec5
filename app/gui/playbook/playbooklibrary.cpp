#include "playbooklibrary.h"

#include "gui/common/messagebox.h"
#include "gui/common/undoactions.h"
#include "itemmodel/playbooklistmodel.h"
#include "playbookeditor.h"
#include "playbookundocommands.h"
#include "store/playbookstore.h"
#include "store/store.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hindsight {

PlaybookLibrary::PlaybookLibrary(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
    , m_model(new PlaybookListModel(store, this))
    , m_search(new QLineEdit(this))
    , m_tagFilter(new QComboBox(this))
    , m_list(new QTableView(this))
    , m_editor(new PlaybookEditor(store, m_undoStack, this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("playbookLibrary"));
    setWindowTitle(tr("Playbooks — Hindsight"));
    setWindowFlag(Qt::Window);

    m_search->setObjectName(QStringLiteral("playbookSearch"));
    m_search->setPlaceholderText(tr("Search titles, triggers and text"));
    m_search->setClearButtonEnabled(true);
    m_tagFilter->setObjectName(QStringLiteral("playbookTagFilter"));
    m_searchPause.setSingleShot(true);
    m_searchPause.setInterval(150);
    connect(&m_searchPause, &QTimer::timeout, this, &PlaybookLibrary::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchPause.start(); });
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, &PlaybookLibrary::applyFilter);

    m_list->setObjectName(QStringLiteral("playbookList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    for (const int column :
         {PlaybookListModel::NumberColumn, PlaybookListModel::TagsColumn, PlaybookListModel::SourcesColumn})
        m_list->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(PlaybookListModel::TitleColumn, QHeaderView::Stretch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlaybookLibrary::showCurrent);

    auto *newButton = new QPushButton(tr("&New playbook"), this);
    newButton->setObjectName(QStringLiteral("newPlaybook"));
    connect(newButton, &QPushButton::clicked, this, &PlaybookLibrary::newPlaybook);
    auto *deleteButton = new QPushButton(tr("Delete"), this);
    deleteButton->setObjectName(QStringLiteral("deletePlaybook"));
    connect(deleteButton, &QPushButton::clicked, this, &PlaybookLibrary::deleteCurrent);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_tagFilter);
    leftLayout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(deleteButton);
    buttons->addStretch();
    leftLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("playbookLibrarySplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({360, 900});
    setCentralWidget(splitter);

    // The list follows the store (the suggestions of an incident add playbooks too); a playbook just saved from a
    // draft is chosen in it.
    m_storeSubscription = StoreSubscription(store.events(), this, [this](const StoreChanges &changes) {
        if (changes.touches(StoreChange::Subject::Playbook))
            reload();
    });
    connect(m_editor, &PlaybookEditor::saved, this, [this](const Playbook &playbook) { selectId(playbook.id); });
    connect(m_editor, &PlaybookEditor::incidentChosen, this, &PlaybookLibrary::incidentChosen);
    connect(m_editor, &PlaybookEditor::draftDiscarded, this, [this] { m_list->clearSelection(); });

    m_count->setObjectName(QStringLiteral("playbookCount"));
    statusBar()->addPermanentWidget(m_count);
    createActions();
    reloadTags();
    updateCount();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("playbookLibrary/geometry")).toByteArray()))
        resize(1200, 760);
}

PlaybookLibrary::~PlaybookLibrary()
{
    // Now, while the undo stack and the list are still there.
    m_editor->saveNow();
    m_editor->disconnect(this);
}

void PlaybookLibrary::createActions()
{
    auto *newAction = new QAction(tr("&New playbook"), this);
    newAction->setObjectName(QStringLiteral("newPlaybookAction"));
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &PlaybookLibrary::newPlaybook);
    auto *saveAction = new QAction(tr("&Save"), this);
    saveAction->setObjectName(QStringLiteral("savePlaybookAction"));
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_editor->isDraft())
            m_editor->saveDraft();
        else
            m_editor->saveNow();
    });
    auto *deleteAction = new QAction(tr("&Delete playbook"), this);
    deleteAction->setObjectName(QStringLiteral("deletePlaybookAction"));
    connect(deleteAction, &QAction::triggered, this, &PlaybookLibrary::deleteCurrent);
    // Delete in the list deletes the chosen playbook; in an editor it deletes text.
    auto *deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &PlaybookLibrary::deleteCurrent);
    m_list->addAction(deleteKey);
    auto *closeAction = new QAction(tr("&Close"), this);
    closeAction->setShortcut(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);

    QMenu *playbookMenu = menuBar()->addMenu(tr("&Playbook"));
    playbookMenu->addAction(newAction);
    playbookMenu->addAction(saveAction);
    playbookMenu->addAction(deleteAction);
    playbookMenu->addSeparator();
    playbookMenu->addAction(closeAction);

    // The editor's text is saved first, so that Undo takes back the last step and not what is being typed.
    const auto [undoAction, redoAction] =
        undoactions::create(m_undoStack, this, QStringLiteral("playbook"), [this] { m_editor->saveNow(); });
    auto *findAction = new QAction(tr("&Find playbooks"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    editMenu->addAction(findAction);
}

bool PlaybookLibrary::showPlaybook(const QUuid &id)
{
    if (!PlaybookStore(m_store).byId(id))
        return false;
    if (!m_model->indexOfId(id).isValid()) {
        m_search->clear();
        m_searchPause.stop();
        m_tagFilter->setCurrentIndex(0);
        applyFilter();
    }
    m_list->setCurrentIndex(m_model->indexOfId(id));
    if (m_editor->playbookId() != id)
        return false; // the user kept their draft
    m_list->scrollTo(m_list->currentIndex());
    return true;
}

void PlaybookLibrary::editDraft(const Playbook &draft)
{
    if (!settleDraft())
        return;
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->clearSelection();
        m_list->setCurrentIndex({});
    }
    m_editor->setDraft(draft);
    statusBar()->showMessage(tr("A draft: change what you need, then save it (Ctrl+S)."), 8000);
}

void PlaybookLibrary::newPlaybook()
{
    editDraft(Playbook{});
    if (QWidget *title = m_editor->findChild<QWidget *>(QStringLiteral("playbookTitle")))
        title->setFocus();
}

void PlaybookLibrary::reload()
{
    m_editor->refresh();
    reloadTags();
    const QUuid shown = m_editor->playbookId();
    m_model->reload();
    selectId(shown);
    updateCount();
}

void PlaybookLibrary::reloadTags()
{
    const QString current = m_tagFilter->currentIndex() > 0 ? m_tagFilter->currentText() : QString();
    const QSignalBlocker blocker(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("Any tag"));
    m_tagFilter->addItems(PlaybookStore(m_store).tags());
    const int index = current.isEmpty() ? 0 : m_tagFilter->findText(current, Qt::MatchFixedString);
    if (index < 0) {
        // The tag is gone (its last playbook changed): keep filtering by it rather than show something else.
        m_tagFilter->addItem(current);
        m_tagFilter->setCurrentIndex(m_tagFilter->count() - 1);
    } else {
        m_tagFilter->setCurrentIndex(index);
    }
}

void PlaybookLibrary::applyFilter()
{
    PlaybookQuery query;
    query.text = m_search->text();
    if (m_tagFilter->currentIndex() > 0)
        query.tag = m_tagFilter->currentText();
    const QUuid shown = m_editor->playbookId();
    m_model->setQuery(query);
    selectId(shown);
    updateCount();
}

void PlaybookLibrary::selectId(const QUuid &id)
{
    const QSignalBlocker blocker(m_list->selectionModel());
    const QModelIndex index = id.isNull() ? QModelIndex() : m_model->indexOfId(id);
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
    } else {
        m_list->clearSelection();
        m_list->setCurrentIndex({});
    }
}

void PlaybookLibrary::showCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    const QUuid id = m_model->playbookAt(index).id;
    if (id == m_editor->playbookId())
        return;
    if (!settleDraft()) {
        selectId({});
        return;
    }
    selectId(id); // saving the draft chose the new playbook in the list
    // The list may be older than the store (another process's change): show the stored playbook.
    if (const std::optional<Playbook> playbook = PlaybookStore(m_store).byId(id))
        m_editor->setPlaybook(*playbook);
    else
        reload();
}

void PlaybookLibrary::deleteCurrent()
{
    const QUuid id = m_editor->playbookId();
    if (id.isNull())
        return;
    m_editor->saveNow();
    try {
        const std::optional<Playbook> playbook = PlaybookStore(m_store).byId(id);
        if (!playbook)
            return;
        undo::push(m_undoStack, new DeletePlaybookCommand(m_store, *playbook));
        m_editor->clear();
        statusBar()->showMessage(tr("Deleted %1. Undo brings it back (Ctrl+Z).").arg(playbook->shortId()), 8000);
    } catch (const StoreError &error) {
        messagebox::warning(this, tr("Hindsight"), error.message());
    }
}

bool PlaybookLibrary::settleDraft()
{
    if (!m_editor->isDraft())
        return true;
    const auto answer =
        messagebox::ask(this, QMessageBox::Question, tr("Save the draft playbook?"),
                        tr("The playbook you are writing is not saved yet."),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return m_editor->saveDraft();
    m_editor->clear();
    return true;
}

void PlaybookLibrary::updateCount()
{
    const int total = int(PlaybookStore(m_store).list().size());
    const int shown = m_model->rowCount();
    m_count->setText(shown == total ? tr("%1 in the library").arg(total) : tr("%1 of %2 shown").arg(shown).arg(total));
}

void PlaybookLibrary::closeEvent(QCloseEvent *event)
{
    if (!settleDraft()) {
        event->ignore();
        return;
    }
    m_editor->saveNow();
    QSettings settings;
    settings.setValue(QStringLiteral("playbookLibrary/geometry"), saveGeometry());
    event->accept();
}

} // namespace hindsight
