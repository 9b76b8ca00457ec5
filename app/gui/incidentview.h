#pragma once

#include "model/incident.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QListView;
class QSplitter;
class QTabWidget;
class QUndoStack;

namespace hindsight {

class IncidentDetailsPanel;
class LogEntryDelegate;
class LogEntryModel;
class PostmortemView;
class QuickEntryEdit;
class Store;
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
    int incidentNumber() const { return m_incident.number; }
    /// Reads the incident and its log again (after an undo, or a change made by another process).
    void refresh();
    void focusQuickEntry();
    /// Shows the postmortem tab (starting the postmortem if the incident has none yet).
    void showPostmortem();
    PostmortemView *postmortemView() const { return m_postmortem; }
    QSplitter *splitter() const { return m_splitter; }
    /// What can be done to the selected log entry, with shortcuts that work while the timeline has focus.
    QList<QAction *> entryActions() const;
    /// Selects and shows this log entry in the timeline (from a search result).
    void selectEntry(const QUuid &entryId);
    /// Whether deleted entries are listed (struck through) in the timeline.
    void setShowDeleted(bool show);

signals:
    /// Something in the store changed through this view (so lists elsewhere should reload).
    void incidentChanged();

private:
    void submitQuickEntry(bool keyEvent);
    void updateHeader();
    void updateElapsed();
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

    Store &m_store;
    QUndoStack *m_undoStack;
    Incident m_incident;
    LogEntryModel *m_model;
    LogEntryDelegate *m_delegate;
    QLabel *m_title;
    QLabel *m_severity;
    QLabel *m_status;
    QLabel *m_elapsed;
    QListView *m_timeline;
    QLabel *m_pendingImages;
    QLabel *m_kindHint;
    QuickEntryEdit *m_quickEntry;
    QLabel *m_saveState;
    IncidentDetailsPanel *m_details;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    PostmortemView *m_postmortem;
    QTimer m_elapsedTimer;
};

} // namespace hindsight
