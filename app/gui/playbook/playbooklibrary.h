#pragma once

#include "domain/playbook.h"
#include "store/storechange.h"

#include <QMainWindow>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace hindsight {

class PlaybookEditor;
class PlaybookListModel;
class Store;

/// The playbook library, a window of its own beside the main window: the playbooks by title with their tags and the
/// incidents they came from, a search box and a tag filter, and the editor of the playbook chosen. Edits are saved as
/// they are typed; creating and deleting playbooks, and every saved edit, can be undone from its Edit menu.
class PlaybookLibrary : public QMainWindow
{
    Q_OBJECT

public:
    explicit PlaybookLibrary(Store &store, QWidget *parent = nullptr);
    ~PlaybookLibrary() override;

    /// Chooses the playbook with this id, clearing the filters if they hide it; false if it is not in the store.
    bool showPlaybook(const QUuid &id);
    /// Opens a playbook that is not stored yet (made from an incident) in the editor, for the user to change and save.
    void editDraft(const Playbook &draft);
    /// Starts an empty draft.
    void newPlaybook();
    /// Reads the list and the playbook shown again (after an undo, or another process's change).
    void reload();
    PlaybookEditor *editor() const { return m_editor; }
    QUndoStack *undoStack() const { return m_undoStack; }

signals:
    /// The user asked to open an incident a playbook came from.
    void incidentChosen(int number);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void applyFilter();
    void reloadTags();
    void selectId(const QUuid &id);
    void showCurrent();
    void deleteCurrent();
    /// Asks what to do with a draft not saved yet; false when the user wants to keep editing it.
    bool settleDraft();
    void updateCount();

    Store &m_store;
    QUndoStack *m_undoStack;
    PlaybookListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_tagFilter;
    QTableView *m_list;
    PlaybookEditor *m_editor;
    QLabel *m_count;
    QTimer m_searchPause;
    /// Disconnected with the members, before the children are deleted (StoreSubscription).
    StoreSubscription m_storeSubscription;
};

} // namespace hindsight
