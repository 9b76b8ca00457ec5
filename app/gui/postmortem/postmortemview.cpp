#include "postmortemview.h"

#include "actionitemdelegate.h"
#include "domain/author.h"
#include "domain/displaytime.h"
#include "domain/reviewrules.h"
#include "exportdialog.h"
#include "gui/common/colors.h"
#include "gui/common/focusoutsaver.h"
#include "gui/common/messagebox.h"
#include "gui/common/undocommands.h"
#include "gui/publish/publishdialog.h"
#include "itemmodel/actionitemmodel.h"
#include "markdown/markdownrenderer.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/redactor.h"
#include "postmortem/templatelibrary.h"
#include "publish/publishsettings.h"
#include "review/postmortemreview.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/postmortemstore.h"
#include "store/store.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hindsight {

namespace {

void addHeading(QVBoxLayout *form, const QString &text)
{
    form->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(text)));
}

} // namespace

PostmortemView::PostmortemView(Store &store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_actionItems(new ActionItemModel(store, this))
    , m_state(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_actionTable(new QTableView(this))
    , m_reviewHeld(new QCheckBox(tr("Held on"), this))
    , m_reviewDate(new QDateEdit(this))
    , m_attendees(new QLineEdit(this))
    , m_headAttended(new QCheckBox(tr("The head of department attended"), this))
    , m_headDecision(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("postmortemView"));
    m_renderPool.setMaxThreadCount(1);
    m_previewTemplates = std::make_unique<TemplateLibrary>();

    QHBoxLayout *top = createTopBar();

    auto *editors = new QWidget(this);
    auto *form = new QVBoxLayout(editors);
    addSectionEditors(form);
    addActionItemTable(form);
    addReviewMeeting(form);
    form->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(editors);
    scroll->setWidgetResizable(true);

    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setOpenLinks(false);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("postmortemSplitter"));
    splitter->addWidget(scroll);
    splitter->addWidget(m_preview);
    // The editors (and the action item table's columns) get more of the width than the preview.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500); // "half a second after you stop typing" (README)
    connect(&m_saveTimer, &QTimer::timeout, this, &PostmortemView::saveNow);
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &PostmortemView::renderPreview);

    m_storeSubscription = StoreSubscription(store.events(), this, [this](const StoreChanges &changes) {
        using Subject = StoreChange::Subject;
        // The incident's summary and severity decide what is still missing.
        if (!m_writing &&
            (changes.touches(Subject::Postmortem, m_incident.id) ||
             changes.touches(Subject::ActionItem, m_incident.id) || changes.touches(Subject::Incident, m_incident.id)))
            refresh();
    });
}

QHBoxLayout *PostmortemView::createTopBar()
{
    m_state->setObjectName(QStringLiteral("reviewState"));
    m_state->setOpenExternalLinks(true);
    m_language->setObjectName(QStringLiteral("documentLanguage"));
    for (const DocumentLanguage language : allValues<DocumentLanguage>())
        m_language->addItem(nativeName(language), int(language));
    m_language->setToolTip(tr("The language of the document previewed here, exported and published. The default is "
                              "the one set in Settings > Publishing to GitHub (or the incident's own), else your "
                              "locale's."));
    connect(m_language, &QComboBox::currentIndexChanged, this, &PostmortemView::schedulePreview);

    auto *submit = new QPushButton(tr("Submit for review"), this);
    submit->setObjectName(QStringLiteral("submitReview"));
    auto *approve = new QPushButton(tr("Approve"), this);
    approve->setObjectName(QStringLiteral("approveReview"));
    auto *reopen = new QPushButton(tr("Back to draft"), this);
    reopen->setObjectName(QStringLiteral("reopenReview"));
    const auto transition = [this](Postmortem (PostmortemReview::*step)(const QUuid &)) {
        saveNow();
        try {
            (PostmortemReview(m_store).*step)(m_incident.id);
        } catch (const StoreError &error) {
            showError(error.message());
        }
    };
    connect(submit, &QPushButton::clicked, this, [transition] { transition(&PostmortemReview::submit); });
    connect(approve, &QPushButton::clicked, this, [transition] { transition(&PostmortemReview::approve); });
    connect(reopen, &QPushButton::clicked, this, [transition] { transition(&PostmortemReview::reopen); });

    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportPostmortem"));
    connect(exportButton, &QPushButton::clicked, this, &PostmortemView::exportDocument);
    auto *publishButton = new QPushButton(tr("Publish…"), this);
    publishButton->setObjectName(QStringLiteral("publishPostmortem"));
    publishButton->setToolTip(tr("Publish the approved postmortem to GitHub Discussions, or update it there"));
    connect(publishButton, &QPushButton::clicked, this, &PostmortemView::publishDocument);

    auto *top = new QHBoxLayout;
    top->addWidget(m_state);
    top->addStretch();
    top->addWidget(new QLabel(tr("Document:"), this));
    top->addWidget(m_language);
    top->addWidget(submit);
    top->addWidget(approve);
    top->addWidget(reopen);
    top->addWidget(exportButton);
    top->addWidget(publishButton);
    return top;
}

void PostmortemView::addSectionEditors(QVBoxLayout *form)
{
    addHeading(form, tr("Root cause"));
    m_rootCause = addSectionEditor(QStringLiteral("rootCause"), tr("The cause, concisely (Markdown)"), RootCause);
    form->addWidget(m_rootCause);
    addHeading(form, tr("Lessons learned: what went well"));
    m_wentWell = addSectionEditor(QStringLiteral("wentWell"), tr("What went well"), WentWell);
    form->addWidget(m_wentWell);
    addHeading(form, tr("What went wrong"));
    m_wentWrong = addSectionEditor(QStringLiteral("wentWrong"), tr("What went wrong"), WentWrong);
    form->addWidget(m_wentWrong);
    addHeading(form, tr("Where we got lucky"));
    m_gotLucky = addSectionEditor(QStringLiteral("gotLucky"), tr("Where we got lucky"), GotLucky);
    form->addWidget(m_gotLucky);
}

void PostmortemView::addActionItemTable(QVBoxLayout *form)
{
    addHeading(form, tr("Action items"));
    m_actionTable->setObjectName(QStringLiteral("actionItems"));
    m_actionTable->setModel(m_actionItems);
    auto *actionProblem = new QLabel(this);
    m_actionTable->setItemDelegate(new ActionItemDelegate(actionProblem, {}, m_actionTable));
    // The items' IDs head the rows (A2), as the review's messages name them.
    m_actionTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Every column in sight: the title takes what the others (as wide as their contents) leave.
    m_actionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_actionTable->horizontalHeader()->setSectionResizeMode(ActionItemModel::TitleColumn, QHeaderView::Stretch);
    m_actionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_actionTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                   QAbstractItemView::AnyKeyPressed);
    m_actionTable->setMinimumHeight(140);
    m_actionItems->setEditor([this](const ActionItem &before, const ActionItem &after) {
        // The model updates the edited row itself: reading the table again would pull it from under the editor.
        const QScopedValueRollback writing(m_writing, true);
        try {
            undo::change(m_undoStack, changes::editActionItem(m_store, before, after));
        } catch (const StoreError &error) {
            showError(error.message());
        }
        schedulePreview();
    });
    form->addWidget(m_actionTable);
    form->addWidget(actionProblem);
    auto *addItem = new QPushButton(tr("Add action item"), this);
    addItem->setObjectName(QStringLiteral("addActionItem"));
    auto *up = new QPushButton(tr("Move up"), this);
    up->setObjectName(QStringLiteral("moveActionItemUp"));
    auto *down = new QPushButton(tr("Move down"), this);
    down->setObjectName(QStringLiteral("moveActionItemDown"));
    // A mistaken item is deleted (Delete in the table, undoable); one that will not be done is closed as won't do.
    auto *remove = new QPushButton(tr("Delete"), this);
    remove->setObjectName(QStringLiteral("deleteActionItem"));
    remove->setToolTip(tr("Delete the selected action item (Delete). Its number is not used again. An item that "
                          "will not be done is better closed as \"Won't do\", so the decision stays on record."));
    auto *deleteAction = new QAction(tr("Delete action item"), m_actionTable);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_actionTable->addAction(deleteAction);
    connect(addItem, &QPushButton::clicked, this, &PostmortemView::addActionItem);
    connect(up, &QPushButton::clicked, this, [this] { moveCurrentActionItem(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrentActionItem(1); });
    connect(remove, &QPushButton::clicked, this, &PostmortemView::deleteCurrentActionItem);
    connect(deleteAction, &QAction::triggered, this, &PostmortemView::deleteCurrentActionItem);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(addItem);
    itemButtons->addWidget(up);
    itemButtons->addWidget(down);
    itemButtons->addWidget(remove);
    itemButtons->addStretch();
    form->addLayout(itemButtons);
}

void PostmortemView::addReviewMeeting(QVBoxLayout *form)
{
    auto *review = new QGroupBox(tr("Review meeting"), this);
    auto *reviewForm = new QFormLayout(review);
    reviewForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_reviewHeld->setObjectName(QStringLiteral("reviewHeld"));
    m_reviewDate->setObjectName(QStringLiteral("reviewDate"));
    m_reviewDate->setCalendarPopup(true);
    m_reviewDate->setDisplayFormat(displaytime::dateFormat());
    m_attendees->setObjectName(QStringLiteral("attendees"));
    m_attendees->setPlaceholderText(tr("Names, separated by commas"));
    m_headAttended->setObjectName(QStringLiteral("headAttended"));
    m_headDecision->setObjectName(QStringLiteral("headDecision"));
    for (const HeadAttendanceDecision decision : allValues<HeadAttendanceDecision>())
        m_headDecision->addItem(displayName(decision), int(decision));
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_reviewHeld);
    dateRow->addWidget(m_reviewDate, 1);
    reviewForm->addRow(tr("Date:"), dateRow);
    reviewForm->addRow(tr("Attendees:"), m_attendees);
    reviewForm->addRow(QString(), m_headAttended);
    reviewForm->addRow(tr("Head of department needed:"), m_headDecision);
    const auto meetingChanged = [this] {
        if (!m_filling)
            scheduleSave(Review);
    };
    connect(m_reviewHeld, &QCheckBox::toggled, this, meetingChanged);
    connect(m_reviewDate, &QDateEdit::dateChanged, this, meetingChanged);
    connect(m_attendees, &QLineEdit::editingFinished, this, meetingChanged);
    connect(m_headAttended, &QCheckBox::toggled, this, meetingChanged);
    connect(m_headDecision, &QComboBox::activated, this, meetingChanged);
    form->addWidget(review);
    auto *problems = new QLabel(this);
    problems->setObjectName(QStringLiteral("reviewProblems"));
    problems->setWordWrap(true);
    form->addWidget(problems);
}

PostmortemView::~PostmortemView()
{
    m_renderPool.waitForDone();
}

QPlainTextEdit *PostmortemView::addSectionEditor(const QString &objectName, const QString &placeholder, Section section)
{
    auto *editor = new QPlainTextEdit(this);
    editor->setObjectName(objectName);
    editor->setPlaceholderText(placeholder);
    editor->setTabChangesFocus(true);
    editor->setMinimumHeight(70);
    connect(editor, &QPlainTextEdit::textChanged, this, [this, section] {
        if (!m_filling)
            scheduleSave(section);
    });
    editor->installEventFilter(new FocusOutSaver(editor, [this] { saveNow(); }));
    return editor;
}

void PostmortemView::setIncident(const Incident &incident)
{
    saveNow();
    m_incident = incident;
    m_postmortem = PostmortemStore(m_store).forIncident(incident.id).value_or(Postmortem{});
    m_postmortem.incidentId = incident.id;
    ActionItemQuery query;
    query.incidentId = incident.id;
    m_actionItems->setQuery(query);
    fillEditors();
    {
        // The language Export and Publish use too unless chosen here for this document (as `hindsight export` does).
        const QSignalBlocker blocker(m_language);
        const DocumentLanguage language = PublishSettings(m_store).documentLanguage(incident.id);
        m_language->setCurrentIndex(m_language->findData(int(language)));
    }
    schedulePreview();
}

void PostmortemView::refresh()
{
    if (m_incident.id.isNull())
        return;
    // The incident's summary and severity decide what is still missing: read again with everything else.
    if (const std::optional<Incident> incident = IncidentStore(m_store).byId(m_incident.id))
        m_incident = *incident;
    m_actionItems->reload();
    if (m_dirty) {
        updateReviewControls();
        return; // the user is typing: their text wins, and is saved in a moment
    }
    m_postmortem = PostmortemStore(m_store).forIncident(m_incident.id).value_or(m_postmortem);
    fillEditors();
    schedulePreview();
}

void PostmortemView::fillEditors()
{
    m_filling = true;
    const std::pair<QPlainTextEdit *, QString> texts[] = {{m_rootCause, m_postmortem.rootCause},
                                                          {m_wentWell, m_postmortem.wentWell},
                                                          {m_wentWrong, m_postmortem.wentWrong},
                                                          {m_gotLucky, m_postmortem.gotLucky}};
    for (const auto &[editor, text] : texts) {
        if (editor->toPlainText() != text)
            editor->setPlainText(text);
    }
    const ReviewMeeting &meeting = m_postmortem.review;
    m_reviewHeld->setChecked(meeting.date.isValid());
    m_reviewDate->setEnabled(meeting.date.isValid());
    m_reviewDate->setDate(meeting.date.isValid() ? meeting.date : QDate::currentDate());
    m_attendees->setText(meeting.attendees.join(QStringLiteral(", ")));
    m_headAttended->setChecked(meeting.headOfDepartmentAttended);
    m_headDecision->setCurrentIndex(m_headDecision->findData(int(meeting.headAttendanceDecision)));
    updateReviewControls();
    m_filling = false;
}

Postmortem PostmortemView::fromEditors() const
{
    Postmortem p = m_postmortem;
    p.incidentId = m_incident.id;
    p.rootCause = m_rootCause->toPlainText();
    p.wentWell = m_wentWell->toPlainText();
    p.wentWrong = m_wentWrong->toPlainText();
    p.gotLucky = m_gotLucky->toPlainText();
    ReviewMeeting &meeting = p.review;
    meeting.date = m_reviewHeld->isChecked() ? m_reviewDate->date() : QDate();
    meeting.attendees.clear();
    for (const QString &name : m_attendees->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            meeting.attendees << name.trimmed();
    }
    meeting.headOfDepartmentAttended = m_headAttended->isChecked();
    meeting.headAttendanceDecision = static_cast<HeadAttendanceDecision>(m_headDecision->currentData().toInt());
    return p;
}

void PostmortemView::scheduleSave(Section section)
{
    if (m_dirty && section != m_pendingSection)
        saveNow(); // one undo step per section
    m_pendingSection = section;
    m_dirty = true;
    m_saveTimer.start();
    m_reviewDate->setEnabled(m_reviewHeld->isChecked());
    schedulePreview();
}

void PostmortemView::saveNow()
{
    if (!m_dirty || m_incident.id.isNull())
        return;
    m_saveTimer.stop();
    m_dirty = false;
    const Postmortem before = m_postmortem;
    const Postmortem wanted = fromEditors();
    if (wanted == before)
        return;
    const QScopedValueRollback writing(m_writing, true);
    try {
        m_postmortem = undo::change(m_undoStack, changes::savePostmortem(m_store, before, wanted, m_pendingSection));
        updateReviewControls();
    } catch (const StoreError &error) {
        // Refused (approved postmortems are read-only): show why and put the stored text back.
        showError(error.message());
        fillEditors();
    }
}

void PostmortemView::updateReviewControls()
{
    const Publication &publication = m_postmortem.publication;
    m_state->setText(m_postmortem.reviewState == ReviewState::Published && publication.isPublished()
                         ? tr("Postmortem: %1 as <a href=\"%2\">discussion #%3</a>")
                               .arg(displayName(m_postmortem.reviewState), publication.url.toHtmlEscaped(),
                                    QString::number(publication.number))
                         : tr("Postmortem: %1").arg(displayName(m_postmortem.reviewState)));
    const bool editable = !whyCannotEdit(m_postmortem);
    // Text that cannot be changed is still read: read-only in its normal colour, not greyed out like a placeholder.
    for (QPlainTextEdit *editor : {m_rootCause, m_wentWell, m_wentWrong, m_gotLucky})
        editor->setReadOnly(!editable);
    m_attendees->setReadOnly(!editable);
    for (QWidget *w : std::initializer_list<QWidget *>{m_reviewHeld, m_headAttended, m_headDecision})
        w->setEnabled(editable);
    m_reviewDate->setEnabled(editable && m_reviewHeld->isChecked());
    // The whole row, label included: a label without its field is left dangling otherwise.
    const bool high = m_incident.severity == Severity::High;
    if (auto *form = qobject_cast<QFormLayout *>(m_headDecision->parentWidget()->layout()))
        form->setRowVisible(m_headDecision, high);
    else
        m_headDecision->setVisible(high);
    if (auto *label = findChild<QLabel *>(QStringLiteral("reviewProblems"))) {
        QStringList problems = completenessProblems(m_incident, m_postmortem, m_actionItems->items());
        if (m_postmortem.reviewState == ReviewState::InReview)
            problems += reviewMeetingProblems(m_incident, m_postmortem);
        label->setText(problems.isEmpty()
                           ? tr("Nothing missing.")
                           : tr("Still missing:") + QStringLiteral("\n• ") + problems.join(QStringLiteral("\n• ")));
    }
}

void PostmortemView::schedulePreview()
{
    m_previewTimer.start();
}

QString PostmortemView::markdown() const
{
    PostmortemSource source = PostmortemSource::load(m_store, m_incident.number);
    source.postmortem = fromEditors();
    return PostmortemDocument::markdown(source, static_cast<DocumentLanguage>(m_language->currentData().toInt()),
                                        TemplateLibrary());
}

void PostmortemView::exportDocument()
{
    saveNow();
    try {
        PostmortemSource source = PostmortemSource::load(m_store, m_incident.number);
        source.postmortem = fromEditors();
        ExportDialog dialog(source, static_cast<DocumentLanguage>(m_language->currentData().toInt()), this);
        dialog.exec();
    } catch (const StoreError &error) {
        showError(error.message());
    }
}

void PostmortemView::publishDocument()
{
    saveNow();
    auto *dialog = new PublishDialog(m_store, m_incident, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PostmortemView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_previewStale)
        schedulePreview();
}

void PostmortemView::renderPreview()
{
    if (m_incident.id.isNull())
        return;
    // Hidden behind the log tab: rendered when shown, so that opening an incident does not fill its document.
    m_previewStale = !isVisible();
    if (m_previewStale)
        return;
    PostmortemSource source;
    try {
        source = PostmortemSource::load(m_store, m_incident.number);
    } catch (const StoreError &error) {
        m_preview->setPlainText(error.message());
        return;
    }
    source.postmortem = fromEditors();
    const auto language = static_cast<DocumentLanguage>(m_language->currentData().toInt());
    const int generation = ++m_generation;
    QPointer<PostmortemView> self(this);
    // Filling and rendering run off the UI thread, one at a time, with a template library of their own (templates
    // are not thread-safe); a result that a newer edit has overtaken is dropped.
    const TemplateLibrary *templates = m_previewTemplates.get();
    m_renderPool.start([self, source, language, generation, templates]() mutable {
        // The preview shows the document as it will leave: redacted, each masked place marked.
        source.redact(Redactor::withUserPatterns());
        static const QRegularExpression mask(QStringLiteral(R"((\[REDACTED:[A-Za-z0-9_-]+\]))"));
        const QString html = MarkdownRenderer::toHtml(PostmortemDocument::markdown(source, language, *templates))
                                 .replace(mask, QStringLiteral("<span style=\"background-color:#ffe082;color:#5d4037\">"
                                                               "\\1</span>"));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, html, generation] {
                if (!self || generation != self->m_generation)
                    return;
                const int scroll = self->m_preview->verticalScrollBar()->value();
                self->m_preview->setHtml(html);
                self->m_preview->verticalScrollBar()->setValue(scroll);
            },
            Qt::QueuedConnection);
    });
}

void PostmortemView::addActionItem()
{
    ActionItem draft;
    draft.incidentId = m_incident.id;
    draft.title = tr("New action item");
    draft.type = ActionItemType::PreventRecurrence;
    try {
        auto *command = new AddActionItemCommand(m_store, draft);
        undo::push(m_undoStack, command);
        const QModelIndex index = m_actionItems->indexOfId(command->item().id);
        m_actionTable->setCurrentIndex(index);
        m_actionTable->edit(index);
    } catch (const StoreError &error) {
        showError(error.message());
    }
}

void PostmortemView::moveCurrentActionItem(int delta)
{
    const QModelIndex current = m_actionTable->currentIndex();
    if (!current.isValid())
        return;
    const int from = current.row();
    const int to = std::clamp(from + delta, 0, m_actionItems->rowCount() - 1);
    if (from == to)
        return;
    const ActionItem item = m_actionItems->itemAt(current);
    try {
        undo::change(m_undoStack, changes::moveActionItem(m_store, item, from, to));
        m_actionTable->setCurrentIndex(m_actionItems->indexOfId(item.id).siblingAtColumn(current.column()));
    } catch (const StoreError &error) {
        showError(error.message());
    }
}

void PostmortemView::deleteCurrentActionItem()
{
    const QModelIndex current = m_actionTable->currentIndex();
    if (!current.isValid())
        return;
    const ActionItem item = m_actionItems->itemAt(current);
    const int row = current.row();
    try {
        undo::push(m_undoStack, new DeleteActionItemCommand(m_store, item, row));
    } catch (const StoreError &error) {
        showError(error.message());
        return;
    }
    if (m_actionItems->rowCount() > 0)
        m_actionTable->setCurrentIndex(
            m_actionItems->index(std::min(row, m_actionItems->rowCount() - 1), current.column()));
}

void PostmortemView::showError(const QString &message)
{
    messagebox::warning(this, tr("Hindsight"), message);
}

} // namespace hindsight
