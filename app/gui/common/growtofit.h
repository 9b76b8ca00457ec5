#pragma once

class QEvent;
class QWidget;

namespace hindsight {

/// For a dialog whose text wraps (a long message appears, the language changes): on each layout request while it is
/// shown, makes it as tall as its contents need at its width, so that nothing is cut off. Call from event().
void growToFit(QWidget *dialog, const QEvent *event);

} // namespace hindsight
