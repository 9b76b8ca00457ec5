#pragma once

#include <QString>

#include <functional>
#include <utility>

class QAction;
class QUndoStack;
class QWidget;

namespace hindsight::undoactions {

/// Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z, Ctrl+Y) for `stack`, named after the step they take and enabled only when
/// there is one, with objectNames `<prefix>UndoAction` and `<prefix>RedoAction` (`undoAction`, `redoAction` without a
/// prefix). A step writes to the store, which can fail (a full disk): the failure is shown over `window` instead of
/// the step being lost. `before` runs ahead of each step (to save what is being typed); the views show the step
/// through the store's events.
std::pair<QAction *, QAction *> create(QUndoStack *stack, QWidget *window, const QString &prefix,
                                       const std::function<void()> &before);

} // namespace hindsight::undoactions
