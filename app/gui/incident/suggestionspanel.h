#pragma once

#include "search/suggestions.h"

#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace hindsight {

class Store;

/// Beside an open incident: the playbooks and past incidents most like it, best first, each with the words they
/// share. Ranking runs in a thread of its own on its own connection to the store, so typing in the log never waits
/// for it; it runs again shortly after the incident or its log changes, and a result that a newer one has overtaken
/// is dropped.
class SuggestionsPanel : public QWidget
{
    Q_OBJECT

public:
    /// How many suggestions are shown at most.
    static constexpr int MaxSuggestions = 8;

    explicit SuggestionsPanel(Store &store, QWidget *parent = nullptr);
    ~SuggestionsPanel() override;

    /// Ranks for this incident (now).
    void setIncident(const QUuid &incidentId);
    /// Ranks again after a short pause (the incident or its log changed); several changes in a burst rank once.
    void refresh();
    /// Shows `action` (such as "Create playbook from incident") under the suggestions.
    void setCreateAction(QAction *action);
    /// What is shown, best first.
    QList<Suggestion> suggestions() const { return m_suggestions; }

signals:
    void playbookChosen(const QUuid &playbookId);
    void incidentChosen(int number);

private:
    void rank();
    void showSuggestions(const QList<Suggestion> &suggestions, const QString &error);
    void choose(QListWidgetItem *item);

    QUuid m_incidentId;
    QLabel *m_state;
    QListWidget *m_list;
    QToolButton *m_create;
    QTimer m_pause;
    QList<Suggestion> m_suggestions;
    /// The ranking thread and the object that owns its store connection, which lives (and is deleted) there.
    QThread m_thread;
    QObject *m_worker;
    /// The newest request; the thread skips older ones it has not started, and their results are dropped.
    std::shared_ptr<std::atomic_int> m_latest;
};

} // namespace hindsight
