#include "incidentview.h"

#include "domain/author.h"
#include "domain/displaytime.h"
#include "domain/quickentry.h"
#include "domain/reviewrules.h"
#include "entrydialog.h"
#include "gui/common/colors.h"
#include "gui/common/messagebox.h"
#include "gui/common/undocommands.h"
#include "gui/postmortem/postmortemview.h"
#include "incidentdetailspanel.h"
#include "incidentheader.h"
#include "itemmodel/logentrymodel.h"
#include "logentrydelegate.h"
#include "playbook/playbookdraft.h"
#include "postmortem/redactor.h"
#include "quickentryedit.h"
#include "review/postmortemreview.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/postmortemstore.h"
#include "suggestionspanel.h"
#include "timelinepager.h"

#include <QAction>
#include <QBuffer>
#include <QCoreApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace hindsight {

IncidentView::IncidentView(Store &store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_model(new LogEntryModel(store, this))
    , m_delegate(new LogEntryDelegate(m_model, this))
    , m_header(new IncidentHeader(this))
    , m_timeline(new QListView(this))
    , m_pendingImages(new QLabel(this))
    , m_kindHint(new QLabel(this))
    , m_quickEntry(new QuickEntryEdit(this))
    , m_saveState(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tabs(new QTabWidget(this))
    , m_createPlaybook(new QAction(tr("Create &playbook from incident…"), this))
{
    setObjectName(QStringLiteral("incidentView"));

    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setModel(m_model);
    m_timeline->setItemDelegate(m_delegate);
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setResizeMode(QListView::Adjust);
    m_timeline->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_timeline->setWordWrap(true);
    new TimelinePager(m_timeline, m_model);
    connect(m_delegate, &LogEntryDelegate::attachmentClicked, this, &IncidentView::showAttachment);
    // An edited entry's "edited" mark opens it with its earlier versions (the entry editor lists them).
    connect(m_delegate, &LogEntryDelegate::historyRequested, this, [this](const QUuid &entryId) {
        if (const QModelIndex index = m_model->indexOfId(entryId); index.isValid()) {
            m_timeline->setCurrentIndex(index);
            editCurrentEntry();
        }
    });
    connect(m_timeline, &QListView::doubleClicked, this, &IncidentView::editCurrentEntry);

    m_pendingImages->setObjectName(QStringLiteral("pendingImages"));
    m_pendingImages->hide();
    m_kindHint->setObjectName(QStringLiteral("kindHint"));
    m_kindHint->setTextFormat(Qt::RichText);
    // Wraps rather than holding the log pane (and so the whole incident view) as wide as the line of prefixes, which
    // pushed the incident list narrower than its titles.
    m_kindHint->setWordWrap(true);
    m_quickEntry->setFixedHeight(m_quickEntry->fontMetrics().lineSpacing() * 4 + 12);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    connect(m_quickEntry, &QuickEntryEdit::submitted, this, &IncidentView::submitQuickEntry);
    connect(m_quickEntry, &QPlainTextEdit::textChanged, this, &IncidentView::updateKindHint);
    connect(m_quickEntry, &QuickEntryEdit::pendingImagesChanged, this, &IncidentView::updatePendingImages);
    connect(m_quickEntry, &QuickEntryEdit::leaveUpwards, this, [this] {
        if (m_model->rowCount() == 0)
            return;
        m_timeline->setFocus();
        m_timeline->setCurrentIndex(m_model->index(m_model->rowCount() - 1));
    });

    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_kindHint, 1);
    entryRow->addWidget(m_saveState);

    auto *logPane = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_timeline, 1);
    logLayout->addWidget(m_pendingImages);
    logLayout->addLayout(entryRow);
    logLayout->addWidget(m_quickEntry);

    m_createPlaybook->setObjectName(QStringLiteral("createPlaybookAction"));
    m_createPlaybook->setEnabled(false); // until an incident is open
    connect(m_createPlaybook, &QAction::triggered, this, &IncidentView::requestPlaybookDraft);

    m_splitter->setObjectName(QStringLiteral("incidentSplitter"));
    m_splitter->addWidget(logPane);
    m_tabs->setObjectName(QStringLiteral("incidentTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, tr("Investigation &log"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    createEntryActions();
    updateKindHint();
    m_storeSubscription = StoreSubscription(store.events(), this, &IncidentView::showStoreChanges);
}

// The details, the suggestions and the postmortem are of no use until an incident is open: building them then keeps
// their widgets (a few milliseconds) out of start-up.
void IncidentView::buildIncidentParts()
{
    if (m_details)
        return;
    m_details = new IncidentDetailsPanel(this);
    connect(m_details, &IncidentDetailsPanel::changed, this, &IncidentView::applyIncidentChange);
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setMinimumWidth(300);

    // Suggestions sit under the details, so that the incident splitter's saved sizes still fit.
    m_suggestions = new SuggestionsPanel(m_store, this);
    m_suggestions->setCreateAction(m_createPlaybook);
    connect(m_suggestions, &SuggestionsPanel::playbookChosen, this, &IncidentView::playbookRequested);
    connect(m_suggestions, &SuggestionsPanel::incidentChosen, this, &IncidentView::incidentRequested);
    auto *side = new QSplitter(Qt::Vertical, this);
    side->setObjectName(QStringLiteral("incidentSideSplitter"));
    side->addWidget(detailsScroll);
    side->addWidget(m_suggestions);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);

    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({500, 300});
    if (!m_pendingSplitterState.isEmpty())
        m_splitter->restoreState(std::exchange(m_pendingSplitterState, {}));

    // The postmortem's editors and preview are built when the tab is first shown (or asked for).
    m_postmortemPage = new QWidget(this);
    m_postmortemPage->setObjectName(QStringLiteral("postmortemPage"));
    auto *postmortemLayout = new QVBoxLayout(m_postmortemPage);
    postmortemLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_postmortemPage, tr("&Postmortem"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_postmortemPage)
            postmortemView(); // built when first shown; it follows the store itself
        else if (m_postmortem)
            m_postmortem->saveNow();
    });
}

PostmortemView *IncidentView::postmortemView()
{
    if (!m_postmortemPage)
        return nullptr;
    if (!m_postmortem) {
        m_postmortem = new PostmortemView(m_store, m_undoStack, m_postmortemPage);
        m_postmortemPage->layout()->addWidget(m_postmortem);
        if (!m_incident.id.isNull())
            m_postmortem->setIncident(m_incident);
    }
    return m_postmortem;
}

QByteArray IncidentView::splitterState() const
{
    return m_details ? m_splitter->saveState() : m_pendingSplitterState;
}

void IncidentView::restoreSplitterState(const QByteArray &state)
{
    if (m_details)
        m_splitter->restoreState(state);
    else
        m_pendingSplitterState = state;
}

void IncidentView::createEntryActions()
{
    const auto add = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, m_timeline);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_timeline->addAction(action);
        return action;
    };
    add(tr("&Edit entry…"), QKeySequence(Qt::Key_F2), &IncidentView::editCurrentEntry);
    add(tr("Mark/unmark &key event"), QKeySequence(Qt::Key_K), &IncidentView::toggleKeyEventOfCurrent);
    add(tr("&Delete entry"), QKeySequence::Delete, &IncidentView::deleteCurrentEntry);
    int digit = 1;
    for (const LogEntryKind kind : allValues<LogEntryKind>()) {
        auto *action = new QAction(tr("Make it a %1").arg(displayName(kind).toLower()), m_timeline);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + digit++)));
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, kind] { setKindOfCurrent(kind); });
        m_timeline->addAction(action);
    }
    auto *back = new QAction(tr("Back to the entry box"), m_timeline);
    back->setShortcut(QKeySequence(Qt::Key_Escape));
    back->setShortcutContext(Qt::WidgetShortcut);
    connect(back, &QAction::triggered, this, &IncidentView::focusQuickEntry);
    m_timeline->addAction(back);
}

QList<QAction *> IncidentView::entryActions() const
{
    return m_timeline->actions();
}

void IncidentView::selectEntry(const QUuid &entryId)
{
    const QModelIndex index = m_model->reveal(entryId);
    if (!index.isValid())
        return;
    m_timeline->setCurrentIndex(index);
    m_timeline->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_timeline->setFocus();
}

void IncidentView::setShowDeleted(bool show)
{
    m_model->setShowDeleted(show);
}

bool IncidentView::openIncident(int number)
{
    const std::optional<Incident> incident = IncidentStore(m_store).byNumber(number);
    if (!incident)
        return false;
    buildIncidentParts();
    const bool sameIncident = incident->id == m_incident.id;
    m_incident = *incident;
    if (!sameIncident) {
        m_model->setIncident(m_incident.id);
        m_quickEntry->clear();
        m_quickEntry->clearPendingImages();
        m_saveState->clear();
    } else {
        m_model->reload();
    }
    m_details->setIncident(m_incident);
    m_suggestions->setIncident(m_incident.id);
    m_createPlaybook->setEnabled(true);
    if (!sameIncident) {
        if (m_postmortem)
            m_postmortem->setIncident(m_incident);
        m_tabs->setCurrentWidget(m_splitter);
    }
    m_header->setIncident(m_incident);
    if (!sameIncident) {
        // Measuring the rows costs a text layout each: done once, at the final width (the parts just built and the
        // view just shown are laid out first).
        if (isVisible())
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        m_timeline->scrollToBottom();
    }
    return true;
}

void IncidentView::closeIncident()
{
    m_incident = Incident{};
    m_model->setIncident({});
    m_createPlaybook->setEnabled(false);
}

void IncidentView::refresh()
{
    showStoreChanges(StoreChanges::everything());
    if (m_postmortem)
        m_postmortem->refresh();
}

void IncidentView::showStoreChanges(const StoreChanges &changes)
{
    if (m_incident.id.isNull())
        return;
    using Subject = StoreChange::Subject;
    const bool incidentChanged = changes.touches(Subject::Incident, m_incident.id);
    const bool logChanged = changes.touches(Subject::LogEntry, m_incident.id);
    if (incidentChanged) {
        const std::optional<Incident> incident = IncidentStore(m_store).byId(m_incident.id);
        if (!incident)
            return; // taken back (New incident undone): the main window shows another
        m_incident = *incident;
        m_details->setIncident(m_incident);
        m_header->setIncident(m_incident);
    }
    if (logChanged)
        reloadLog();
    // Suggestions come from the incident's title, products and log, and from the playbooks.
    if (incidentChanged || logChanged || changes.touches(Subject::Playbook))
        m_suggestions->refresh();
}

void IncidentView::reloadLog()
{
    const bool atBottom = m_timeline->verticalScrollBar() == nullptr ||
                          m_timeline->verticalScrollBar()->value() == m_timeline->verticalScrollBar()->maximum();
    const int rowsBefore = m_model->rowCount();
    m_model->reload();
    if (atBottom && m_model->rowCount() > rowsBefore)
        m_timeline->scrollToBottom();
}

void IncidentView::focusQuickEntry()
{
    m_tabs->setCurrentWidget(m_splitter);
    m_quickEntry->setFocus();
}

void IncidentView::showPostmortem()
{
    try {
        PostmortemReview(m_store).start(m_incident.id);
    } catch (const StoreError &error) {
        showError(error.message());
        return;
    }
    postmortemView();
    m_tabs->setCurrentWidget(m_postmortemPage);
}

void IncidentView::submitQuickEntry(bool keyEvent)
{
    const QuickEntry parsed = QuickEntry::parse(m_quickEntry->toPlainText());
    const QList<QImage> images = m_quickEntry->pendingImages();
    if (parsed.body.trimmed().isEmpty() && images.isEmpty())
        return;

    LogEntry draft;
    draft.incidentId = m_incident.id;
    draft.kind = parsed.kind;
    draft.body = parsed.body;
    draft.keyEvent = keyEvent;
    draft.author = defaultAuthor();
    QList<Attachment> attachments;
    for (const QImage &image : images) {
        Attachment attachment;
        QBuffer buffer(&attachment.data);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        attachment.mimeType = QStringLiteral("image/png");
        attachment.name = tr("screenshot-%1.png").arg(attachments.size() + 1);
        attachments << attachment;
    }
    try {
        // Stored durably before the box clears: if this throws, the text stays where it was typed.
        auto *command = new AppendEntryCommand(m_store, draft, attachments);
        undo::push(m_undoStack, command);
        m_quickEntry->clear();
        m_quickEntry->clearPendingImages();
        m_saveState->setStyleSheet(QString());
        m_saveState->setText(tr("✓ Saved %1").arg(displaytime::time(command->entry().at, true)));
        m_timeline->scrollToBottom();
    } catch (const StoreError &error) {
        m_saveState->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
        m_saveState->setText(tr("Not saved — your text is still here"));
        showError(error.message());
    }
}

namespace {

/// `text` kept on one line when the hint wraps: Japanese may otherwise break between any two characters
/// (行/き止まり), and English between the words of one term. Word joiners between the characters, no-break spaces
/// for the spaces.
QString unbreakable(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i > 0 && !c.isLowSurrogate() && c != u' ' && text.at(i - 1) != u' ')
            out += QChar(0x2060);
        out += c == u' ' ? QChar(QChar::Nbsp) : c;
    }
    return out;
}

} // namespace

void IncidentView::updateKindHint()
{
    const QuickEntry parsed = QuickEntry::parse(m_quickEntry->toPlainText());
    const QString current =
        QStringLiteral("<span style='background:%1;color:white;padding:1px 4px;'>&nbsp;%2&nbsp;</span>")
            .arg(kindColor(parsed.kind).name(), unbreakable(displayName(parsed.kind)).toHtmlEscaped());
    QStringList prefixes;
    for (const LogEntryKind kind : allValues<LogEntryKind>()) {
        const QString prefix = QuickEntry::prefixFor(kind).trimmed();
        if (!prefix.isEmpty())
            prefixes << QStringLiteral("<b>%1</b>&nbsp;%2")
                            .arg(prefix.toHtmlEscaped(), unbreakable(displayName(kind).toLower()).toHtmlEscaped());
    }
    // "Ctrl+Enter:" and the term each stay whole; the line may break between them.
    QStringList keyEvent = tr("Ctrl+Enter: key event").split(QStringLiteral(": "));
    for (QString &part : keyEvent)
        part = unbreakable(part).toHtmlEscaped();
    m_kindHint->setText(current + QStringLiteral(" &nbsp; ") + prefixes.join(QStringLiteral(" · ")) +
                        QStringLiteral(" &nbsp;|&nbsp; ") + keyEvent.join(QStringLiteral(": ")));
}

void IncidentView::updatePendingImages()
{
    const int count = int(m_quickEntry->pendingImages().size());
    m_pendingImages->setVisible(count > 0);
    m_pendingImages->setText(tr("%n screenshot(s) will be saved with the next entry", nullptr, count));
}

const LogEntry *IncidentView::currentEntry() const
{
    const QModelIndex index = m_timeline->currentIndex();
    return index.isValid() ? &m_model->entryAt(index) : nullptr;
}

void IncidentView::editCurrentEntry()
{
    const LogEntry *entry = currentEntry();
    if (!entry)
        return;
    const LogEntry before = *entry;
    EntryDialog dialog(before, InvestigationLog(m_store).revisions(before.id), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const LogEntry wanted = dialog.edited();
    if (wanted.kind == before.kind && wanted.body == before.body && wanted.at == before.at)
        return;
    try {
        undo::push(m_undoStack, changes::editEntry(m_store, before, wanted));
    } catch (const StoreError &error) {
        showError(error.message());
    }
}

void IncidentView::deleteCurrentEntry()
{
    const LogEntry *entry = currentEntry();
    if (!entry || entry->isDeleted())
        return;
    const LogEntry deleted = *entry;
    try {
        undo::push(m_undoStack, new DeleteEntryCommand(m_store, deleted));
        m_saveState->setStyleSheet(QString());
        m_saveState->setText(tr("Entry deleted — Ctrl+Z brings it back"));
    } catch (const StoreError &error) {
        showError(error.message());
    }
}

void IncidentView::toggleKeyEventOfCurrent()
{
    const LogEntry *entry = currentEntry();
    if (!entry)
        return;
    const LogEntry target = *entry;
    try {
        undo::push(m_undoStack, changes::setKeyEvent(m_store, target, !target.keyEvent));
    } catch (const StoreError &error) {
        showError(error.message());
    }
}

void IncidentView::setKindOfCurrent(LogEntryKind kind)
{
    const LogEntry *entry = currentEntry();
    if (!entry || entry->kind == kind)
        return;
    const LogEntry before = *entry;
    LogEntry after = before;
    after.kind = kind;
    try {
        undo::push(m_undoStack, changes::editEntry(m_store, before, after));
    } catch (const StoreError &error) {
        showError(error.message());
    }
}

void IncidentView::applyIncidentChange(const Incident &changed)
{
    if (changed == m_incident)
        return;
    const Incident before = m_incident;
    try {
        undo::push(m_undoStack, changes::updateIncident(m_store, before, changed, defaultAuthor()));
    } catch (const StoreError &error) {
        m_details->setIncident(m_incident);
        // Closing a Middle+ incident needs an approved postmortem: offer to go there.
        const bool closing = changed.status == IncidentStatus::Closed && before.status != IncidentStatus::Closed;
        if (closing && whyCannotClose(before, PostmortemStore(m_store).forIncident(before.id))) {
            const auto answer =
                messagebox::question(this, tr("The incident stays open"),
                                     error.message() + QStringLiteral("\n\n") + tr("Open the postmortem now?"));
            if (answer == QMessageBox::Yes)
                showPostmortem();
            return;
        }
        showError(error.message());
    }
}

void IncidentView::showAttachment(const Attachment &attachment)
{
    QPixmap pixmap;
    pixmap.loadFromData(attachment.data);
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("attachmentViewer"));
    dialog->setWindowTitle(attachment.name);
    auto *label = new QLabel(dialog);
    label->setPixmap(pixmap);
    auto *scroll = new QScrollArea(dialog);
    scroll->setWidget(label);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(scroll);
    dialog->resize(std::min(pixmap.width() + 40, 1200), std::min(pixmap.height() + 40, 900));
    dialog->show();
}

void IncidentView::requestPlaybookDraft()
{
    if (m_incident.id.isNull())
        return;
    try {
        // Written in the language of the user's locale, as `hindsight playbook from-incident` writes it.
        const DocumentLanguage language =
            QLocale().language() == QLocale::Japanese ? DocumentLanguage::Japanese : DocumentLanguage::English;
        emit playbookDraftRequested(playbookDraft(m_incident, InvestigationLog(m_store).entries(m_incident.id),
                                                  language, Redactor::withUserPatterns()));
    } catch (const StoreError &error) {
        showError(error.message());
    }
}

void IncidentView::showError(const QString &message)
{
    messagebox::warning(this, tr("Hindsight"), message);
}

} // namespace hindsight
