#pragma once

#include "search/search.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListWidget;

namespace hindsight {

class Store;

/// Ctrl+K: one search box over incidents, investigation logs and playbooks. Results update as you type; Up/Down
/// choose, Enter opens.
class SearchDialog : public QDialog
{
    Q_OBJECT

public:
    SearchDialog(Store &store, QWidget *parent = nullptr);

    /// Runs `text` now (without waiting for the typing pause), as the box would.
    void search(const QString &text);
    QList<SearchHit> hits() const { return m_hits; }

signals:
    void hitChosen(const hindsight::SearchHit &hit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void choose();

    /// One for all the queries typed, so its statements are prepared once.
    Search m_search;
    QLineEdit *m_input;
    QListWidget *m_results;
    QLabel *m_summary;
    QTimer m_pause;
    QList<SearchHit> m_hits;
};

} // namespace hindsight
