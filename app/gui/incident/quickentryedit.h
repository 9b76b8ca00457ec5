#pragma once

#include <QImage>
#include <QPlainTextEdit>

namespace hindsight {

/// The box at the bottom of the log where entries are typed. Enter submits, Shift+Enter starts a new line,
/// Ctrl+Enter submits as a key event. Pasted text is inserted exactly as it is; a pasted image is held as a pending
/// attachment of the next entry.
class QuickEntryEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit QuickEntryEdit(QWidget *parent = nullptr);

    QList<QImage> pendingImages() const { return m_images; }
    void clearPendingImages();

signals:
    void submitted(bool keyEvent);
    void pendingImagesChanged();
    /// Up on an empty box: the user wants to move into the timeline.
    void leaveUpwards();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    QList<QImage> m_images;
};

} // namespace hindsight
