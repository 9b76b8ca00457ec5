#include "timelinepager.h"

#include "itemmodel/logentrymodel.h"

#include <QListView>
#include <QScrollBar>

namespace hindsight {

TimelinePager::TimelinePager(QListView *view, LogEntryModel *model)
    : QObject(view)
    , m_view(view)
    , m_model(model)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &TimelinePager::scrolled);
    // A page that does not fill the view (a tall window, short entries) leaves nothing to scroll: read on until it
    // does. Queued, once the view has finished the layout that changed the range.
    connect(
        bar, &QScrollBar::rangeChanged, this, [this, bar] { scrolled(bar->value()); }, Qt::QueuedConnection);
}

void TimelinePager::scrolled(int value)
{
    // Within a screen of the top: read on before the reader gets there.
    if (!m_fetching && m_model->hasOlder() && value <= m_view->verticalScrollBar()->minimum() + m_view->height())
        fetchOlder();
}

int TimelinePager::fetchOlder()
{
    if (m_fetching || !m_model->hasOlder())
        return 0;
    m_fetching = true;
    // The entry at the top of the viewport, and how far its top is from the viewport's.
    const QModelIndex anchor = m_view->indexAt(QPoint(1, 1));
    const int offset = anchor.isValid() ? m_view->visualRect(anchor).top() : 0;
    const QPersistentModelIndex kept(anchor);
    const int added = m_model->fetchOlder();
    if (added > 0 && kept.isValid()) {
        // Lay the new rows out now, then scroll by as much as they pushed the anchor down.
        m_view->doItemsLayout();
        QScrollBar *bar = m_view->verticalScrollBar();
        bar->setValue(bar->value() + m_view->visualRect(kept).top() - offset);
    }
    m_fetching = false;
    return added;
}

} // namespace hindsight
