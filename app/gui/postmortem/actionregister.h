#pragma once

#include "store/actionitemstore.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace hindsight {

class ActionItemModel;
class Store;

/// The action items of all incidents in one table, for the facilitator: filtered by owner, status, priority, type,
/// incident and overdue, soonest due first. Status, owner and the other fields are changed in place, each change a
/// step on the window's undo stack. Items of closed incidents stay until they are done or won't be done.
class ActionRegister : public QWidget
{
    Q_OBJECT

public:
    ActionRegister(Store &store, QUndoStack *undoStack, QWidget *parent = nullptr);

    /// Re-reads the items, the filters' choices and the counts from the store, keeping the filters. While the register
    /// is hidden only the counts are read; the rest waits until it is shown (reading every item of a store of years
    /// takes tens of milliseconds that start-up should not spend).
    void reload();
    /// The day items count as overdue after; today unless set (tests fix it).
    void setToday(const QDate &today);
    QDate today() const;
    /// The query the filters make.
    ActionItemQuery query() const;
    /// Open and overdue items of all incidents, whatever the filters.
    ActionItemCounts counts() const { return m_counts; }
    /// Reads counts() again (emitting countsChanged if they changed), leaving the table as it is.
    void updateCounts();
    /// "Open incident" on the current row.
    void openCurrentIncident();

signals:
    /// The user wants to see this incident (double click, Enter, "Open incident").
    void openIncidentRequested(int number);
    /// The open and overdue counts changed (after reload() or updateCounts()).
    void countsChanged(const hindsight::ActionItemCounts &counts);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The parts of the register, built once by the constructor.
    void setUpFilters();
    void setUpTable();
    void addTableActions();
    void fillFilterChoices();

    Store &m_store;
    QUndoStack *m_undoStack;
    ActionItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_owner;
    QComboBox *m_status;
    QComboBox *m_priority;
    QComboBox *m_type;
    QComboBox *m_incident;
    QCheckBox *m_overdue;
    QTableView *m_table;
    QLabel *m_shown;
    /// Why the last edit in the table was not taken (a due date that cannot be read); hidden otherwise.
    QLabel *m_problem = nullptr;
    std::optional<QDate> m_today;
    ActionItemCounts m_counts;
    bool m_filling = false;
    /// While the table commits an edit.
    bool m_editing = false;
    /// The table and the filters' choices are older than the store: read them when next shown.
    bool m_stale = true;
};

/// The text of the status bar's action item counts.
QString actionItemCountsText(const ActionItemCounts &counts);

} // namespace hindsight
