#pragma once

#include "domain/playbook.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QUndoStack;

namespace hindsight {

class Store;

/// One playbook: its title, trigger and tags, the incidents it came from, and its Markdown text beside a live
/// preview. A stored playbook is saved as the postmortem is, after a short pause in typing and when a field loses
/// focus, one undo step per burst of typing in a field. A draft (made from an incident) is written only when the user
/// saves it. The preview follows typing after a short pause, so typing never waits for it.
class PlaybookEditor : public QWidget
{
    Q_OBJECT

public:
    enum Field
    {
        TitleField,
        TriggerField,
        TagsField,
        BodyField
    };

    PlaybookEditor(Store &store, QUndoStack *undoStack, QWidget *parent = nullptr);
    /// Writes nothing: the owner calls saveNow() first, while the undo stack is still there.
    ~PlaybookEditor() override;

    /// Shows a stored playbook for editing (writing pending edits of the one shown before).
    void setPlaybook(const Playbook &playbook);
    /// Shows a playbook that is not stored yet; nothing is written until saveDraft().
    void setDraft(const Playbook &draft);
    /// Shows no playbook.
    void clear();

    bool isDraft() const { return m_draft; }
    /// The id of the stored playbook shown; null for a draft or nothing.
    QUuid playbookId() const { return m_draft ? QUuid() : m_playbook.id; }
    /// The playbook as the editors show it.
    Playbook playbook() const;

    /// Writes pending edits of a stored playbook now.
    void saveNow();
    /// Stores the draft as a new playbook, linked to its incidents; false (after saying why) when the store refuses.
    bool saveDraft();
    /// Reads the playbook shown again (after an undo, or another process's change). Fields being typed in keep their
    /// text.
    void refresh();

signals:
    /// A playbook was written through the editor: created from a draft, or changed.
    void saved(const hindsight::Playbook &playbook);
    /// The user asked to open one of the incidents the playbook came from.
    void incidentChosen(int number);
    /// The user threw the draft away.
    void draftDiscarded();

private:
    void setUpFields();
    void connectFields();
    void fillEditors();
    void fillSources();
    void scheduleSave(Field field);
    void renderPreview();
    void updateState();
    void showError(const QString &message);

    Store &m_store;
    QUndoStack *m_undoStack;
    Playbook m_playbook;
    bool m_draft = false;
    QLabel *m_state;
    QLineEdit *m_title;
    QLineEdit *m_trigger;
    QLineEdit *m_tags;
    QListWidget *m_sources;
    QPlainTextEdit *m_body;
    QTextBrowser *m_preview;
    QPushButton *m_save;
    QPushButton *m_discard;
    QTimer m_saveTimer;
    QTimer m_previewTimer;
    Field m_pendingField = BodyField;
    /// Edits not written yet.
    bool m_dirty = false;
    /// While this editor writes: it keeps what it shows (a refill would move the cursor being typed with).
    bool m_writing = false;
    bool m_filling = false;
    /// Save the fields as they lose focus; removed first when the editor goes, as its fields lose focus then too.
    QList<QObject *> m_focusSavers;
    /// Why the last save was refused (an empty title), shown until it is fixed.
    QString m_problem;
};

} // namespace hindsight
