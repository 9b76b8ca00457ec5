#include "logentrydelegate.h"

#include "domain/displaytime.h"
#include "gui/common/colors.h"
#include "itemmodel/logentrymodel.h"
#include "markdown/markdownrenderer.h"

#include <QAbstractScrollArea>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace hindsight {

namespace {

constexpr int Margin = 8;
constexpr int BadgePadding = 6;
constexpr int ThumbnailSpacing = 6;
constexpr int ParagraphSpacing = 4;

/// Whether Markdown would render `body` as one paragraph of exactly this text: no line breaks, no character that
/// can start emphasis, code, a link, an autolink, HTML or an entity, no leading marker of a block, and no runs of
/// spaces (which HTML collapses).
bool isPlainText(const QString &body)
{
    if (body.isEmpty() || body.size() > 2000)
        return false;
    static const QString special = QStringLiteral("\\`*_[]<>#|~&!@\n\r\t");
    for (const QChar c : body) {
        if (special.contains(c))
            return false;
    }
    const QChar first = body.front();
    if (first.isSpace() || first.isDigit() || first == u'-' || first == u'+' || first == u'=' || body.back().isSpace())
        return false;
    return !body.contains(QLatin1String("  ")) && !body.contains(QLatin1String("://")) &&
           !body.contains(QLatin1String("www."), Qt::CaseInsensitive);
}

QString timeText(const QDateTime &at)
{
    if (at.toLocalTime().date() == QDate::currentDate())
        return displaytime::time(at, true);
    return displaytime::dateTime(at, true);
}

} // namespace

LogEntryDelegate::LogEntryDelegate(LogEntryModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
    , m_documents(400)
    , m_thumbnails(200)
{}

LogEntryDelegate::~LogEntryDelegate() = default;

int LogEntryDelegate::headerHeight(const QFont &font) const
{
    return QFontMetrics(font).height() + 6;
}

QString LogEntryDelegate::bodyKey(const QModelIndex &index, int width) const
{
    const LogEntry &entry = m_model->entryAt(index);
    return entry.id.toString(QUuid::WithoutBraces) + QLatin1Char(':') +
           QString::number(entry.updatedAt.toMSecsSinceEpoch()) + QLatin1Char(':') + QString::number(width) +
           (entry.isDeleted() ? QLatin1String(":d") : QLatin1String(""));
}

QTextDocument *LogEntryDelegate::bodyDocument(const QModelIndex &index, int width, const QFont &font) const
{
    const LogEntry &entry = m_model->entryAt(index);
    const QString key = bodyKey(index, width);
    if (QTextDocument *cached = m_documents.object(key))
        return cached;

    auto *document = new QTextDocument;
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    if (isPlainText(entry.body)) {
        // Most entries are one line of plain words: laid out as the Markdown paragraph would be, without the round
        // trip through HTML (which costs more than the layout).
        document->setPlainText(entry.body);
        QTextBlockFormat paragraph;
        paragraph.setBottomMargin(ParagraphSpacing);
        QTextCursor(document).setBlockFormat(paragraph);
    } else {
        document->setDefaultStyleSheet(
            QStringLiteral("p, ul, ol, pre, table, blockquote { margin-top: 0; margin-bottom: %1px; } "
                           "pre, code { font-family: monospace; } ")
                .arg(ParagraphSpacing));
        document->setHtml(MarkdownRenderer::toHtml(entry.body));
    }
    if (entry.kind == LogEntryKind::DeadEnd || entry.isDeleted()) {
        // Dead ends stay readable but visibly ruled out.
        QTextCursor cursor(document);
        cursor.select(QTextCursor::Document);
        QTextCharFormat struck;
        struck.setFontStrikeOut(true);
        struck.setForeground(QColor(0x88, 0x88, 0x88));
        cursor.mergeCharFormat(struck);
    }
    document->setTextWidth(width);
    m_documents.insert(key, document);
    return document;
}

QString LogEntryDelegate::notesText(const LogEntry &entry) const
{
    QStringList notes;
    if (!entry.author.isEmpty())
        notes << entry.author;
    if (entry.backfilled)
        notes << tr("time back-filled");
    if (entry.automatic)
        notes << tr("automatic");
    if (entry.isDeleted())
        notes << tr("deleted");
    return notes.join(QStringLiteral(" · "));
}

QString LogEntryDelegate::editedMark(const QModelIndex &index) const
{
    const int revisions = m_model->revisionsOf(m_model->entryAt(index).id);
    return revisions > 0 ? tr("edited (%n earlier version(s))", nullptr, revisions) : QString();
}

QRect LogEntryDelegate::editedMarkRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString mark = editedMark(index);
    if (mark.isEmpty())
        return {};
    // Where paint() puts it: after the time, the kind's badge, the key event's star and the notes.
    const LogEntry &entry = m_model->entryAt(index);
    const QFontMetrics metrics(option.font);
    int x = option.rect.left() + Margin;
    x += metrics.horizontalAdvance(timeText(entry.at) + (entry.backfilled ? QStringLiteral("*") : QString())) + Margin;
    x += metrics.horizontalAdvance(displayName(entry.kind)) + 2 * BadgePadding + Margin;
    if (entry.keyEvent)
        x += metrics.horizontalAdvance(tr("★ key event")) + Margin;
    const QString notes = notesText(entry);
    if (!notes.isEmpty())
        x += metrics.horizontalAdvance(notes + QStringLiteral(" · "));
    QFont link = option.font;
    link.setUnderline(true);
    return QRect(x, option.rect.top() + Margin, QFontMetrics(link).horizontalAdvance(mark) + 2, metrics.height());
}

QList<QRect> LogEntryDelegate::thumbnailRects(const QModelIndex &index, const QRect &itemRect, int bodyHeight,
                                              const QFont &font) const
{
    QList<QRect> rects;
    const QList<Attachment> attachments = m_model->attachmentsOf(m_model->entryAt(index).id);
    int x = itemRect.left() + Margin;
    const int y = itemRect.top() + Margin + headerHeight(font) + bodyHeight + ThumbnailSpacing;
    for (const Attachment &attachment : attachments) {
        if (!attachment.isImage())
            continue;
        QPixmap *thumb = m_thumbnails.object(attachment.id);
        if (!thumb) {
            QPixmap full;
            full.loadFromData(attachment.data);
            thumb =
                new QPixmap(full.isNull() ? QPixmap() : full.scaledToHeight(ThumbnailHeight, Qt::SmoothTransformation));
            m_thumbnails.insert(attachment.id, thumb);
        }
        const int width = thumb->isNull() ? ThumbnailHeight : std::min(thumb->width(), ThumbnailHeight * 3);
        rects << QRect(x, y, width, ThumbnailHeight);
        x += width + ThumbnailSpacing;
    }
    return rects;
}

int LogEntryDelegate::textWidth(const QStyleOptionViewItem &option)
{
    int width = option.rect.width() - 2 * Margin;
    // Less a vertical scroll bar's width while none is shown, so that the one that appears as a long log fills (and
    // takes that width from the rows) does not make every row be measured again.
    if (const auto *view = qobject_cast<const QAbstractScrollArea *>(option.widget);
        view && view->verticalScrollBarPolicy() == Qt::ScrollBarAsNeeded &&
        !view->verticalScrollBar()->isVisibleTo(view))
        width -= view->verticalScrollBar()->sizeHint().width();
    return std::max(100, width);
}

QSize LogEntryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (option.rect.isEmpty()) {
        // Asked without a place (QListView's scroll step): a row of one line, without laying text out at a width
        // it is never shown at.
        return {0, Margin + headerHeight(option.font) + QFontMetrics(option.font).lineSpacing() + Margin};
    }
    const int width = textWidth(option);
    const QString key = bodyKey(index, width);
    int bodyHeight = m_bodyHeights.value(key, -1);
    if (bodyHeight < 0) {
        bodyHeight = int(std::ceil(bodyDocument(index, width, option.font)->size().height()));
        if (m_bodyHeights.size() > 100'000)
            m_bodyHeights.clear();
        m_bodyHeights.insert(key, bodyHeight);
    }
    int height = Margin + headerHeight(option.font) + bodyHeight + Margin;
    if (!thumbnailRects(index, option.rect, 0, option.font).isEmpty())
        height += ThumbnailHeight + ThumbnailSpacing;
    return {option.rect.width(), height};
}

// The header line: time, kind badge, key event, author and notes, and the link to earlier versions.
void LogEntryDelegate::paintHeader(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const LogEntry &entry = m_model->entryAt(index);
    const QPalette &palette = option.palette;
    const QFontMetrics metrics(option.font);
    int x = option.rect.left() + Margin;
    const int top = option.rect.top() + Margin;
    const int lineHeight = metrics.height();
    const QColor dimColor = palette.color(QPalette::PlaceholderText);

    painter->setPen(dimColor);
    const QString time = timeText(entry.at) + (entry.backfilled ? QStringLiteral("*") : QString());
    painter->drawText(QPoint(x, top + metrics.ascent()), time);
    x += metrics.horizontalAdvance(time) + Margin;

    const QString kind = displayName(entry.kind);
    const QRect badge(x, top - 1, metrics.horizontalAdvance(kind) + 2 * BadgePadding, lineHeight + 2);
    QPainterPath path;
    path.addRoundedRect(badge, 4, 4);
    painter->fillPath(path, kindColor(entry.kind));
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, kind);
    x = badge.right() + Margin;

    if (entry.keyEvent) {
        painter->setPen(QColor(0xd4, 0x9b, 0x00));
        const QString star = tr("★ key event");
        painter->drawText(QPoint(x, top + metrics.ascent()), star);
        x += metrics.horizontalAdvance(star) + Margin;
    }
    painter->setPen(dimColor);
    const QString notes = notesText(entry);
    const QRect edited = editedMarkRect(option, index);
    painter->drawText(QPoint(x, top + metrics.ascent()),
                      notes + (edited.isValid() && !notes.isEmpty() ? QStringLiteral(" · ") : QString()));
    // An edited entry says so, as a link to its earlier versions.
    if (edited.isValid()) {
        QFont link = option.font;
        link.setUnderline(true);
        painter->setFont(link);
        painter->setPen(palette.color(QPalette::Link));
        painter->drawText(edited, Qt::AlignLeft | Qt::AlignVCenter, editedMark(index));
        painter->setFont(option.font);
    }
}

void LogEntryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const LogEntry &entry = m_model->entryAt(index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(option.rect, palette.color(QPalette::Highlight).lighter(170));
    else if (entry.keyEvent)
        painter->fillRect(option.rect, QColor(255, 196, 0, 28));
    painter->setPen(palette.color(QPalette::Mid));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());

    paintHeader(painter, option, index);

    // Body.
    const int width = textWidth(option);
    QTextDocument *document = bodyDocument(index, width, option.font);
    painter->translate(option.rect.left() + Margin, option.rect.top() + Margin + headerHeight(option.font));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette;
    context.palette.setColor(QPalette::Text, palette.color(QPalette::Text));
    document->documentLayout()->draw(painter, context);
    painter->restore();

    // Thumbnails.
    const QList<Attachment> attachments = m_model->attachmentsOf(entry.id);
    const QList<QRect> rects =
        thumbnailRects(index, option.rect, int(std::ceil(document->size().height())), option.font);
    int i = 0;
    for (const Attachment &attachment : attachments) {
        if (!attachment.isImage())
            continue;
        const QRect rect = rects.value(i++);
        if (const QPixmap *thumb = m_thumbnails.object(attachment.id); thumb && !thumb->isNull())
            painter->drawPixmap(rect.topLeft(), *thumb, QRect(0, 0, rect.width(), rect.height()));
        painter->setPen(palette.color(QPalette::Mid));
        painter->drawRect(rect.adjusted(0, 0, -1, -1));
    }
}

bool LogEntryDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (editedMarkRect(option, index).contains(mouse->position().toPoint())) {
            emit historyRequested(m_model->entryAt(index).id);
            return true;
        }
        const int width = textWidth(option);
        const int bodyHeight = int(std::ceil(bodyDocument(index, width, option.font)->size().height()));
        const QList<QRect> rects = thumbnailRects(index, option.rect, bodyHeight, option.font);
        QList<Attachment> images;
        for (const Attachment &attachment : m_model->attachmentsOf(m_model->entryAt(index).id)) {
            if (attachment.isImage())
                images << attachment;
        }
        for (int i = 0; i < rects.size() && i < images.size(); ++i) {
            if (rects.at(i).contains(mouse->position().toPoint())) {
                emit attachmentClicked(images.at(i));
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace hindsight
