#pragma once

#include "domain/attachment.h"
#include "domain/logentry.h"

#include <QCache>
#include <QHash>
#include <QStyledItemDelegate>

class QTextDocument;

namespace hindsight {

class LogEntryModel;

/// Draws one investigation log entry: a header line (time, kind badge, author, key-event and back-filled marks),
/// the body rendered from Markdown, and thumbnails of its screenshots. Dead ends are greyed and struck through but
/// always shown. Rendered bodies are cached per entry version and width.
class LogEntryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LogEntryDelegate(LogEntryModel *model, QObject *parent = nullptr);
    ~LogEntryDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int ThumbnailHeight = 96;

    /// Where the "edited" mark of an edited entry is drawn in `option.rect`; invalid when it was never edited.
    QRect editedMarkRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

signals:
    void attachmentClicked(const hindsight::Attachment &attachment);
    /// The "edited" mark was clicked: the entry's earlier versions are wanted.
    void historyRequested(const QUuid &entryId);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    void paintHeader(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QTextDocument *bodyDocument(const QModelIndex &index, int width, const QFont &font) const;
    QString bodyKey(const QModelIndex &index, int width) const;
    static int textWidth(const QStyleOptionViewItem &option);
    QList<QRect> thumbnailRects(const QModelIndex &index, const QRect &itemRect, int bodyHeight,
                                const QFont &font) const;
    int headerHeight(const QFont &font) const;
    QString notesText(const LogEntry &entry) const;
    QString editedMark(const QModelIndex &index) const;

    LogEntryModel *m_model;
    mutable QCache<QString, QTextDocument> m_documents;
    /// Body heights by bodyKey(): a view lays out every row, but paints only the visible ones, so heights are kept
    /// for many more entries than documents are.
    mutable QHash<QString, int> m_bodyHeights;
    mutable QCache<QUuid, QPixmap> m_thumbnails;
};

} // namespace hindsight
