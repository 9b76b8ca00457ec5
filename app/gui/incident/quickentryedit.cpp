#include "quickentryedit.h"

#include <QKeyEvent>
#include <QMimeData>

namespace hindsight {

QuickEntryEdit::QuickEntryEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("quickEntry"));
    setTabChangesFocus(true);
    setPlaceholderText(tr("Log what you see, try or decide… (Enter saves, Shift+Enter for a new line)"));
}

void QuickEntryEdit::clearPendingImages()
{
    if (m_images.isEmpty())
        return;
    m_images.clear();
    emit pendingImagesChanged();
}

bool QuickEntryEdit::event(QEvent *event)
{
    // With nothing of its own to undo, the box lets Ctrl+Z reach the window's undo of log changes.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->matches(QKeySequence::Undo) && !document()->isUndoAvailable()) ||
            (key->matches(QKeySequence::Redo) && !document()->isRedoAvailable())) {
            event->ignore();
            return false;
        }
    }
    return QPlainTextEdit::event(event);
}

void QuickEntryEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        emit submitted(event->modifiers() & Qt::ControlModifier);
        return;
    }
    if (event->key() == Qt::Key_Up && event->modifiers() == Qt::NoModifier && document()->isEmpty()) {
        emit leaveUpwards();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool QuickEntryEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || QPlainTextEdit::canInsertFromMimeData(source);
}

void QuickEntryEdit::insertFromMimeData(const QMimeData *source)
{
    if (source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            m_images << image;
            emit pendingImagesChanged();
            return;
        }
    }
    // Plain text exactly as copied: tabs, leading spaces, Markdown characters and all.
    if (source->hasText())
        insertPlainText(source->text());
}

} // namespace hindsight
