#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTableView;

namespace hindsight {

class IncidentListModel;
class Store;

/// The main window: the incident list, and the way to create an incident.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);

    /// Asks for a title and severity, stores the incident and selects it. Returns its number, or 0 if cancelled.
    int newIncident();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateEmptyState();

    Store &m_store;
    IncidentListModel *m_model;
    QStackedWidget *m_stack;
    QTableView *m_list;
    QLabel *m_emptyHint;
};

} // namespace hindsight
