#include "undoactions.h"

#include "gui/common/messagebox.h"
#include "store/storeerror.h"

#include <QAction>
#include <QCoreApplication>
#include <QUndoStack>

namespace hindsight::undoactions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hindsight::undoactions", text);
}

QString objectName(const QString &prefix, const QString &what)
{
    return prefix.isEmpty() ? what.toLower() + QStringLiteral("Action") : prefix + what + QStringLiteral("Action");
}

} // namespace

std::pair<QAction *, QAction *> create(QUndoStack *stack, QWidget *window, const QString &prefix,
                                       const std::function<void()> &before)
{
    const auto step = [stack, window, before](bool undo) {
        if (before)
            before();
        try {
            if (undo)
                stack->undo();
            else
                stack->redo();
        } catch (const StoreError &error) {
            messagebox::warning(window, tr("Hindsight"), error.message());
        }
    };
    auto *undoAction = new QAction(tr("&Undo"), window);
    undoAction->setObjectName(objectName(prefix, QStringLiteral("Undo")));
    undoAction->setShortcut(QKeySequence::Undo);
    QObject::connect(undoAction, &QAction::triggered, window, [step] { step(true); });
    auto *redoAction = new QAction(tr("&Redo"), window);
    redoAction->setObjectName(objectName(prefix, QStringLiteral("Redo")));
    redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    QObject::connect(redoAction, &QAction::triggered, window, [step] { step(false); });
    QObject::connect(stack, &QUndoStack::canUndoChanged, undoAction, &QAction::setEnabled);
    QObject::connect(stack, &QUndoStack::canRedoChanged, redoAction, &QAction::setEnabled);
    QObject::connect(stack, &QUndoStack::undoTextChanged, undoAction,
                     [undoAction](const QString &text) { undoAction->setText(tr("&Undo %1").arg(text)); });
    QObject::connect(stack, &QUndoStack::redoTextChanged, redoAction,
                     [redoAction](const QString &text) { redoAction->setText(tr("&Redo %1").arg(text)); });
    undoAction->setEnabled(stack->canUndo());
    redoAction->setEnabled(stack->canRedo());
    return {undoAction, redoAction};
}

} // namespace hindsight::undoactions
