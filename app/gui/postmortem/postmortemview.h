#pragma once

#include "domain/incident.h"
#include "domain/postmortem.h"
#include "store/storechange.h"

#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QVBoxLayout;
class QUndoStack;

namespace hindsight {

class ActionItemModel;
class Store;
class TemplateLibrary;

/// The postmortem of one incident: editors for the sections only people can write, the action items, the review
/// meeting, and a live preview of the whole document as GitHub will show it. Typing is saved after a short pause
/// (and when the editor loses focus); the preview is rendered off the UI thread, so typing never waits for it.
class PostmortemView : public QWidget
{
    Q_OBJECT

public:
    PostmortemView(Store &store, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~PostmortemView() override;

    void setIncident(const Incident &incident);
    /// Reads the postmortem and its action items again. Editors being typed in keep their text. Nothing needs to call
    /// it: the view re-reads what the store reports changed (StoreEvents), except for its own writes, after which it
    /// keeps what it shows (a refill would move the cursor of the editor being typed in).
    void refresh();
    /// Writes pending edits now (before closing, switching incident or exporting).
    void saveNow();
    /// The whole document in the chosen language, as it would be exported (before redaction).
    QString markdown() const;
    /// Opens the export dialog (redaction shown first; save as Markdown, HTML or PDF, or copy).
    void exportDocument();
    /// Opens the publish dialog (GitHub Discussions); the view shows the postmortem as Published once it is.
    void publishDocument();

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum Section
    {
        RootCause,
        WentWell,
        WentWrong,
        GotLucky,
        Review
    };

    // The parts of the view, top to bottom, built once by the constructor.
    QHBoxLayout *createTopBar();
    void addSectionEditors(QVBoxLayout *form);
    void addActionItemTable(QVBoxLayout *form);
    void addReviewMeeting(QVBoxLayout *form);
    QPlainTextEdit *addSectionEditor(const QString &objectName, const QString &placeholder, Section section);
    Postmortem fromEditors() const;
    void fillEditors();
    void scheduleSave(Section section);
    void schedulePreview();
    void renderPreview();
    void updateReviewControls();
    void addActionItem();
    void moveCurrentActionItem(int delta);
    void deleteCurrentActionItem();
    void showError(const QString &message);

    Store &m_store;
    QUndoStack *m_undoStack;
    Incident m_incident;
    Postmortem m_postmortem;
    ActionItemModel *m_actionItems;
    QLabel *m_state;
    QComboBox *m_language;
    QPlainTextEdit *m_rootCause;
    QPlainTextEdit *m_wentWell;
    QPlainTextEdit *m_wentWrong;
    QPlainTextEdit *m_gotLucky;
    QTableView *m_actionTable;
    QCheckBox *m_reviewHeld;
    QDateEdit *m_reviewDate;
    QLineEdit *m_attendees;
    QCheckBox *m_headAttended;
    QComboBox *m_headDecision;
    QTextBrowser *m_preview;
    QTimer m_saveTimer;
    QTimer m_previewTimer;
    Section m_pendingSection = RootCause;
    /// Edits not written yet.
    bool m_dirty = false;
    bool m_filling = false;
    /// While this view writes: it updates itself from what it wrote.
    bool m_writing = false;
    /// One render at a time, newest wins: results of older generations are dropped.
    QThreadPool m_renderPool;
    /// Used only by the render thread: templates are not thread-safe.
    std::unique_ptr<TemplateLibrary> m_previewTemplates;
    int m_generation = 0;
    /// Whether the preview waits for the view to be shown.
    bool m_previewStale = false;
    /// Disconnected with the members, before the children are deleted (StoreSubscription).
    StoreSubscription m_storeSubscription;
};

} // namespace hindsight
