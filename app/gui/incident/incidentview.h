#pragma once

#include "domain/incident.h"
#include "domain/playbook.h"
#include "store/storechange.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QListView;
class QSplitter;
class QTabWidget;
class QUndoStack;

namespace hindsight {

class IncidentDetailsPanel;
class IncidentHeader;
class LogEntryDelegate;
class LogEntryModel;
class PostmortemView;
class QuickEntryEdit;
class Store;
class StoreChanges;
class SuggestionsPanel;
struct Attachment;
struct LogEntry;

/// The screen an on-call engineer lives in: the incident's header, its investigation log as a timeline, the
/// quick-entry box (focused when the incident opens) and the details panel. Every change goes through the undo stack.
class IncidentView : public QWidget
{
    Q_OBJECT

public:
    IncidentView(Store &store, QUndoStack *undoStack, QWidget *parent = nullptr);

    /// Shows the incident with this number (the caller decides whether to focus the quick-entry box); returns false
    /// if it is not in the store.
    bool openIncident(int number);
    /// Builds the details, suggestions and postmortem parts now rather than when the first incident opens (the main
    /// window does once it has painted, while the user reads it).
    void prepare() { buildIncidentParts(); }
    int incidentNumber() const { return m_incident.number; }
    QUuid incidentId() const { return m_incident.id; }
    /// Shows no incident (the one shown is gone from the store).
    void closeIncident();
    /// Reads the incident, its log and its postmortem again. Nothing needs to call it: the view re-reads what the
    /// store reports changed (StoreEvents), whoever wrote it.
    void refresh();
    void focusQuickEntry();
    /// Shows the postmortem tab (starting the postmortem if the incident has none yet).
    void showPostmortem();
    /// The postmortem tab's view, built now if it was not yet; null until an incident was opened (the details,
    /// suggestions and the postmortem tab are made then, and the postmortem's editors when first shown).
    PostmortemView *postmortemView();
    /// The sizes of the log and the side panel, as QSplitter::saveState() gives them.
    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);
    /// What can be done to the selected log entry, with shortcuts that work while the timeline has focus.
    QList<QAction *> entryActions() const;
    /// Selects and shows this log entry in the timeline (from a search result).
    void selectEntry(const QUuid &entryId);
    /// Whether deleted entries are listed (struck through) in the timeline.
    void setShowDeleted(bool show);
    /// "Create playbook from incident": asks for a playbook drafted from this incident's log
    /// (playbookDraftRequested).
    QAction *createPlaybookAction() const { return m_createPlaybook; }
    /// Null until an incident was opened.
    SuggestionsPanel *suggestionsPanel() const { return m_suggestions; }

signals:
    /// The user wants a playbook made from this incident, starting from `draft` (not stored yet).
    void playbookDraftRequested(const hindsight::Playbook &draft);
    /// The user chose a suggested playbook.
    void playbookRequested(const QUuid &playbookId);
    /// The user chose a suggested past incident.
    void incidentRequested(int number);

private:
    void submitQuickEntry(bool keyEvent);
    void updateKindHint();
    void updatePendingImages();
    void editCurrentEntry();
    void deleteCurrentEntry();
    void toggleKeyEventOfCurrent();
    void setKindOfCurrent(LogEntryKind kind);
    void showAttachment(const Attachment &attachment);
    void applyIncidentChange(const Incident &changed);
    void showError(const QString &message);
    const LogEntry *currentEntry() const;
    void createEntryActions();
    void buildIncidentParts();
    void requestPlaybookDraft();
    void showStoreChanges(const StoreChanges &changes);
    void reloadLog();

    Store &m_store;
    QUndoStack *m_undoStack;
    Incident m_incident;
    LogEntryModel *m_model;
    LogEntryDelegate *m_delegate;
    IncidentHeader *m_header;
    QListView *m_timeline;
    QLabel *m_pendingImages;
    QLabel *m_kindHint;
    QuickEntryEdit *m_quickEntry;
    QLabel *m_saveState;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    // Built by buildIncidentParts() when the first incident opens.
    IncidentDetailsPanel *m_details = nullptr;
    QWidget *m_postmortemPage = nullptr;
    PostmortemView *m_postmortem = nullptr;
    SuggestionsPanel *m_suggestions = nullptr;
    /// Splitter sizes restored before the side panel existed.
    QByteArray m_pendingSplitterState;
    QAction *m_createPlaybook;
    /// Disconnected with the members, before the children are deleted (StoreSubscription).
    StoreSubscription m_storeSubscription;
};

} // namespace hindsight
