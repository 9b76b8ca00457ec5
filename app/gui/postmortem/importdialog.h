#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>

class QAction;
class QLabel;
class QTreeWidget;

namespace hindsight {

class Store;

/// File > Import…: postmortems written in the template (by Hindsight or by hand) become incidents, one file at a
/// time, each all or nothing. The dialog then lists every file with the incident it became, or why it was refused,
/// and what the import had to guess.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Store &store, QWidget *parent = nullptr);

    /// Imports `files` and shows what happened to each; returns how many were imported.
    int importFiles(const QStringList &files);

    /// The menu action: asks for the files, imports them and shows the report. What was imported reaches the views
    /// through the store's events.
    static QAction *createAction(Store &store, QWidget *parent);

    /// Test seam: the next file dialog is not shown and returns `files` instead.
    static void setNextFiles(const QStringList &files);

private:
    Store &m_store;
    QTreeWidget *m_report;
    QLabel *m_summary;
};

} // namespace hindsight
