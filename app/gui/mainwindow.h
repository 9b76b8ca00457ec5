#pragma once

#include "store/storechange.h"

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace hindsight {

class ActionRegister;
class IncidentListModel;
class IncidentView;
class InsightsView;
class PlaybookLibrary;
class Store;
class StoreChanges;
class StoreWatcher;
struct SearchHit;

/// The main window: the incident list on the left, the open incident on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);

    /// Asks for a title and severity, stores the incident and opens it. Returns its number, or 0 if cancelled.
    int newIncident();
    /// Opens the incident with this number in the incident view, ready for typing in its log when `focusLog`;
    /// false if there is none.
    bool openIncident(int number, bool focusLog = true);
    IncidentView *incidentView() const { return m_view; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// Opens the search box (Ctrl+K).
    void openSearch();
    /// Re-reads everything shown from the store. Nothing needs to call it: every view re-reads what the store reports
    /// changed (StoreEvents), other processes' writes included.
    void reloadFromStore();
    /// The action items of all incidents, in a dock below the incident (View > Action item register, Ctrl+Shift+A);
    /// built when first shown or asked for.
    ActionRegister *actionRegister();
    /// Shows the insights window (View > Insights, Ctrl+Shift+I), creating it the first time.
    InsightsView *openInsights();
    /// Shows the playbook library window (Ctrl+Shift+B), creating it the first time.
    PlaybookLibrary *openPlaybookLibrary();

signals:
    /// The window is being shown for the first time and what it shows first is open: the last incident, if any
    /// (emitted before the first paint).
    void settled();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpFilters();
    void setUpList();
    void createActions();
    void createFileMenu();
    void createEditMenus();
    void createViewMenus();
    void createPlaybookAndSettingsMenus();
    void createActionRegister();
    void updateEmptyState();
    /// Re-reads what `changes` concern: the incident list (keeping the open incident chosen), the action items.
    void showStoreChanges(const StoreChanges &changes);
    void reloadIncidentList();
    QWidget *emptyHint();
    /// Reads the action items again: the register once built, and the open and overdue counts in the status bar.
    void reloadActionItems();
    void applyFilter();
    void openSampleIncident();
    void restoreSettings();
    void settle();
    void openSearchHit(const SearchHit &hit);

    Store &m_store;
    QUndoStack *m_undoStack;
    IncidentListModel *m_model;
    StoreWatcher *m_watcher;
    QSplitter *m_splitter;
    QTableView *m_list;
    QLineEdit *m_filterText;
    QComboBox *m_statusFilter;
    QComboBox *m_severityFilter;
    QStackedWidget *m_right;
    QWidget *m_emptyHint = nullptr;
    QLabel *m_noSelection;
    IncidentView *m_view;
    ActionRegister *m_actionRegister = nullptr;
    QDockWidget *m_registerDock = nullptr;
    /// Whether the register dock was given its first height.
    bool m_registerSized = false;
    QLabel *m_actionItemCounts = nullptr;
    QPointer<InsightsView> m_insights;
    PlaybookLibrary *m_playbooks = nullptr;
    /// Whether the window has been shown and settle() has opened what it shows first.
    bool m_settled = false;
    /// The incident open last time in this store, reopened by settle().
    int m_lastIncident = 0;
    /// Disconnected with the members, before the children are deleted (StoreSubscription).
    StoreSubscription m_storeSubscription;
};

} // namespace hindsight
