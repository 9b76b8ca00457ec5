#include "playbookeditor.h"

#include "domain/displaytime.h"
#include "gui/common/focusoutsaver.h"
#include "gui/common/messagebox.h"
#include "markdown/markdownrenderer.h"
#include "playbookundocommands.h"
#include "store/incidentstore.h"
#include "store/playbookstore.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hindsight {

namespace {

constexpr int IncidentNumberRole = Qt::UserRole + 1;

QStringList tagsFromText(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            tags << part.trimmed();
    }
    return tags;
}

} // namespace

PlaybookEditor::PlaybookEditor(Store &store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_state(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_trigger(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_sources(new QListWidget(this))
    , m_body(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_save(new QPushButton(tr("&Save playbook"), this))
    , m_discard(new QPushButton(tr("&Discard draft"), this))
{
    setObjectName(QStringLiteral("playbookEditor"));
    setUpFields();

    connectFields();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&rigger:"), m_trigger);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("From incidents:"), m_sources);

    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_discard);
    top->addWidget(m_save);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("playbookSplitter"));
    splitter->addWidget(m_body);
    splitter->addWidget(m_preview);
    splitter->setSizes({480, 480});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(600);
    connect(&m_saveTimer, &QTimer::timeout, this, &PlaybookEditor::saveNow);
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &PlaybookEditor::renderPreview);

    clear();
}

void PlaybookEditor::setUpFields()
{
    m_state->setObjectName(QStringLiteral("playbookState"));
    m_state->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("playbookTitle"));
    m_title->setPlaceholderText(tr("What it is for, in a few words"));
    m_trigger->setObjectName(QStringLiteral("playbookTrigger"));
    m_trigger->setPlaceholderText(tr("The alert or symptom it answers"));
    m_tags->setObjectName(QStringLiteral("playbookTags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_sources->setObjectName(QStringLiteral("playbookSources"));
    m_sources->setToolTip(tr("Click an incident to open it in the main window."));
    m_sources->setMaximumHeight(m_sources->fontMetrics().lineSpacing() * 4 + 8);
    m_body->setObjectName(QStringLiteral("playbookBody"));
    m_body->setPlaceholderText(tr("What to do, in Markdown: ## headings, 1. numbered steps, - [ ] checklists"));
    m_body->setTabChangesFocus(true);
    m_preview->setObjectName(QStringLiteral("playbookPreview"));
    m_preview->setOpenLinks(false);
    m_save->setObjectName(QStringLiteral("savePlaybook"));
    m_discard->setObjectName(QStringLiteral("discardDraft"));
}

// Typing is saved a moment after it stops and when the field is left; the sources open their incident.
void PlaybookEditor::connectFields()
{
    const auto watch = [this](QLineEdit *edit, Field field) {
        connect(edit, &QLineEdit::textChanged, this, [this, field] {
            if (!m_filling)
                scheduleSave(field);
        });
        m_focusSavers << new FocusOutSaver(edit, [this] { saveNow(); });
        edit->installEventFilter(m_focusSavers.constLast());
    };
    watch(m_title, TitleField);
    watch(m_trigger, TriggerField);
    watch(m_tags, TagsField);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            scheduleSave(BodyField);
    });
    m_focusSavers << new FocusOutSaver(m_body, [this] { saveNow(); });
    m_body->installEventFilter(m_focusSavers.constLast());

    const auto openSource = [this](QListWidgetItem *item) {
        const int number = item ? item->data(IncidentNumberRole).toInt() : 0;
        if (number > 0)
            emit incidentChosen(number);
    };
    connect(m_sources, &QListWidget::itemClicked, this, openSource);
    connect(m_sources, &QListWidget::itemActivated, this, openSource);
    connect(m_save, &QPushButton::clicked, this, &PlaybookEditor::saveDraft);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        clear();
        emit draftDiscarded();
    });
}

PlaybookEditor::~PlaybookEditor()
{
    qDeleteAll(m_focusSavers);
}

void PlaybookEditor::setPlaybook(const Playbook &playbook)
{
    saveNow();
    m_playbook = playbook;
    m_draft = false;
    m_problem.clear();
    fillEditors();
}

void PlaybookEditor::setDraft(const Playbook &draft)
{
    saveNow();
    m_playbook = draft;
    m_playbook.id = QUuid();
    m_playbook.number = 0;
    m_draft = true;
    m_problem.clear();
    fillEditors();
}

void PlaybookEditor::clear()
{
    saveNow();
    m_playbook = Playbook{};
    m_draft = false;
    m_problem.clear();
    fillEditors();
}

Playbook PlaybookEditor::playbook() const
{
    Playbook shown = m_playbook;
    shown.title = m_title->text();
    shown.trigger = m_trigger->text();
    shown.tags = tagsFromText(m_tags->text());
    shown.body = m_body->toPlainText();
    return shown;
}

void PlaybookEditor::fillEditors()
{
    m_filling = true;
    m_saveTimer.stop();
    m_dirty = false;
    const bool shown = m_draft || !m_playbook.id.isNull();
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_trigger, m_tags, m_sources, m_body, m_preview})
        w->setEnabled(shown);
    if (m_title->text() != m_playbook.title)
        m_title->setText(m_playbook.title);
    if (m_trigger->text() != m_playbook.trigger)
        m_trigger->setText(m_playbook.trigger);
    if (tagsFromText(m_tags->text()) != m_playbook.tags)
        m_tags->setText(m_playbook.tags.join(QStringLiteral(", ")));
    if (m_body->toPlainText() != m_playbook.body)
        m_body->setPlainText(m_playbook.body);
    m_filling = false;
    fillSources();
    updateState();
    m_previewTimer.start();
}

void PlaybookEditor::fillSources()
{
    m_sources->clear();
    IncidentStore incidents(m_store);
    for (const QUuid &id : std::as_const(m_playbook.sourceIncidentIds)) {
        const std::optional<Incident> incident = incidents.byId(id);
        auto *item = new QListWidgetItem(incident ? QStringLiteral("#%1  %2").arg(incident->number).arg(incident->title)
                                                  : tr("An incident no longer in the store"),
                                         m_sources);
        item->setData(IncidentNumberRole, incident ? incident->number : 0);
    }
    if (m_sources->count() == 0 && (m_draft || !m_playbook.id.isNull()))
        new QListWidgetItem(tr("None: written by hand"), m_sources);
}

void PlaybookEditor::scheduleSave(Field field)
{
    m_previewTimer.start();
    if (m_draft) {
        updateState();
        return;
    }
    if (m_playbook.id.isNull())
        return;
    if (m_dirty && field != m_pendingField)
        saveNow(); // one undo step per field
    m_pendingField = field;
    m_dirty = true;
    m_saveTimer.start();
    updateState();
}

void PlaybookEditor::saveNow()
{
    if (!m_dirty || m_draft || m_playbook.id.isNull())
        return;
    m_saveTimer.stop();
    m_dirty = false;
    const Playbook before = m_playbook;
    const Playbook wanted = playbook();
    if (wanted.title.trimmed().isEmpty()) {
        // Not an error to interrupt typing with: say it beside the editor and keep the text.
        m_problem = tr("Not saved: a playbook needs a title.");
        m_dirty = true;
        updateState();
        return;
    }
    m_problem.clear();
    if (wanted == before) {
        updateState();
        return;
    }
    const QScopedValueRollback writing(m_writing, true);
    try {
        m_playbook = undo::change(m_undoStack, savePlaybook(m_store, before, wanted, m_pendingField));
        updateState();
        emit saved(m_playbook);
    } catch (const StoreError &error) {
        showError(error.message());
        fillEditors();
    }
}

bool PlaybookEditor::saveDraft()
{
    if (!m_draft)
        return false;
    const Playbook wanted = playbook();
    const QScopedValueRollback writing(m_writing, true);
    try {
        auto *command = new CreatePlaybookCommand(m_store, wanted);
        undo::push(m_undoStack, command);
        m_playbook = command->playbook();
        m_draft = false;
        m_problem.clear();
        fillEditors();
        emit saved(m_playbook);
        return true;
    } catch (const StoreError &error) {
        showError(error.message());
        return false;
    }
}

void PlaybookEditor::refresh()
{
    if (m_draft || m_playbook.id.isNull() || m_dirty || m_writing)
        return; // a draft is not in the store; text being typed wins and is saved in a moment
    const std::optional<Playbook> stored = PlaybookStore(m_store).byId(m_playbook.id);
    if (!stored) {
        clear();
        return;
    }
    if (*stored == m_playbook)
        return;
    m_playbook = *stored;
    fillEditors();
}

void PlaybookEditor::renderPreview()
{
    const Playbook shown = playbook();
    QString html;
    if (!shown.title.trimmed().isEmpty())
        html += QStringLiteral("<h1>%1</h1>").arg(shown.title.toHtmlEscaped());
    if (!shown.trigger.trimmed().isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("When: %1").arg(shown.trigger).toHtmlEscaped());
    // QTextDocument drops the space after an HTML comment, and safe mode leaves one where raw HTML was.
    html += MarkdownRenderer::toHtml(shown.body).remove(QStringLiteral("<!-- raw HTML omitted -->"));
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setHtml(html);
    m_preview->verticalScrollBar()->setValue(scroll);
}

void PlaybookEditor::updateState()
{
    m_save->setVisible(m_draft);
    m_discard->setVisible(m_draft);
    QString text;
    if (m_draft) {
        text = tr("Draft: not saved yet. Edit it, then save it to the library.");
    } else if (m_playbook.id.isNull()) {
        text = tr("Choose a playbook, or make a new one.");
    } else if (!m_problem.isEmpty()) {
        text = m_problem;
    } else if (m_dirty) {
        text = tr("%1 · editing…").arg(m_playbook.shortId());
    } else {
        text = tr("%1 · saved %2").arg(m_playbook.shortId(), displaytime::dateTime(m_playbook.updatedAt));
    }
    m_state->setStyleSheet(m_problem.isEmpty() ? QString() : QStringLiteral("color: #c62828; font-weight: bold;"));
    m_state->setText(text);
}

void PlaybookEditor::showError(const QString &message)
{
    messagebox::warning(this, tr("Hindsight"), message);
}

} // namespace hindsight
