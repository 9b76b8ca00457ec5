#include "focusoutsaver.h"

#include <QEvent>

namespace hindsight {

FocusOutSaver::FocusOutSaver(QObject *parent, std::function<void()> save)
    : QObject(parent)
    , m_save(std::move(save))
{}

bool FocusOutSaver::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        m_save();
    return QObject::eventFilter(watched, event);
}

} // namespace hindsight
