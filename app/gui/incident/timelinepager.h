#pragma once

#include <QObject>

class QListView;

namespace hindsight {

class LogEntryModel;

/// Reads earlier investigation log entries into the timeline as the reader scrolls up to its top, keeping the entry
/// on screen where it was (LogEntryModel holds the newest entries of a long log only).
class TimelinePager : public QObject
{
    Q_OBJECT

public:
    TimelinePager(QListView *view, LogEntryModel *model);

    /// Adds a page of earlier entries at the top without moving what is shown; returns how many.
    int fetchOlder();

private:
    void scrolled(int value);

    QListView *m_view;
    LogEntryModel *m_model;
    bool m_fetching = false;
};

} // namespace hindsight
