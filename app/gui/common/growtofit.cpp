#include "growtofit.h"

#include <QEvent>
#include <QWidget>

namespace hindsight {

void growToFit(QWidget *dialog, const QEvent *event)
{
    if (event->type() != QEvent::LayoutRequest || !dialog->isVisible())
        return;
    const int needed = dialog->heightForWidth(dialog->width());
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

} // namespace hindsight
