#include "searchdialog.h"

#include "domain/displaytime.h"
#include "store/storeerror.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

namespace hindsight {

namespace {

/// Paints an item's text as rich text, for the highlighted matches.
class RichTextDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
        QTextDocument document;
        document.setDefaultFont(option.font);
        document.setHtml(index.data().toString());
        document.setTextWidth(option.rect.width() - 8);
        painter->save();
        painter->translate(option.rect.topLeft() + QPoint(4, 2));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        if (option.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QTextDocument document;
        document.setDefaultFont(option.font);
        document.setHtml(index.data().toString());
        document.setTextWidth(std::max(200, option.rect.width() - 8));
        return {option.rect.width(), int(document.size().height()) + 4};
    }
};

QString highlighted(const SearchHit &hit)
{
    QString html;
    int position = 0;
    for (const TextRange &match : hit.matches) {
        html += hit.snippet.mid(position, match.start - position).toHtmlEscaped();
        html += QStringLiteral("<b style='background:#ffe082;color:black'>") +
                hit.snippet.mid(match.start, match.length).toHtmlEscaped() + QStringLiteral("</b>");
        position = match.start + match.length;
    }
    return html + hit.snippet.mid(position).toHtmlEscaped();
}

QString describe(const SearchHit &hit)
{
    const QString time = displaytime::dateTime(hit.at);
    QString what;
    switch (hit.kind) {
    case SearchHitKind::Incident:
        what = SearchDialog::tr("Incident #%1").arg(hit.incidentNumber);
        break;
    case SearchHitKind::LogEntry:
        what = SearchDialog::tr("Log of #%1").arg(hit.incidentNumber);
        break;
    case SearchHitKind::Playbook:
        what = SearchDialog::tr("Playbook");
        break;
    }
    return QStringLiteral("<span style='color:gray'>%1 · %2</span><br>%3").arg(what, time, highlighted(hit));
}

} // namespace

SearchDialog::SearchDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_search(store)
    , m_input(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Search"));
    setObjectName(QStringLiteral("searchDialog"));
    m_input->setObjectName(QStringLiteral("searchInput"));
    m_input->setPlaceholderText(tr("Search incidents, logs and playbooks: 障害, p99, ALB-1, user@example.com…"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setItemDelegate(new RichTextDelegate(m_results));
    m_results->setUniformItemSizes(false);
    m_results->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("searchSummary"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_summary);
    resize(720, 480);

    m_pause.setSingleShot(true);
    m_pause.setInterval(120);
    connect(&m_pause, &QTimer::timeout, this, &SearchDialog::runSearch);
    connect(m_input, &QLineEdit::textChanged, this, [this] { m_pause.start(); });
    connect(m_input, &QLineEdit::returnPressed, this, &SearchDialog::choose);
    connect(m_results, &QListWidget::itemActivated, this, &SearchDialog::choose);
}

namespace {

/// How many results the dialog lists; the CLI's --limit shows more.
constexpr int ShownLimit = 50;

} // namespace

void SearchDialog::search(const QString &text)
{
    m_input->setText(text);
    m_pause.stop();
    runSearch();
}

void SearchDialog::runSearch()
{
    m_results->clear();
    m_hits.clear();
    const QString text = m_input->text();
    if (text.trimmed().isEmpty()) {
        m_summary->clear();
        return;
    }
    try {
        m_hits = m_search.find(text, ShownLimit);
    } catch (const StoreError &error) {
        m_summary->setText(error.message());
        return;
    }
    for (const SearchHit &hit : std::as_const(m_hits))
        m_results->addItem(describe(hit));
    if (!m_hits.isEmpty())
        m_results->setCurrentRow(0);
    if (m_hits.isEmpty()) {
        m_summary->setText(tr("Nothing found. Every word must match: try fewer words."));
    } else if (m_hits.size() >= ShownLimit) {
        m_summary->setText(tr("The first %1 results, newest first: add a word to narrow them down, or run "
                              "'hindsight search \"%2\" --limit 500' to see more. Up/Down to choose, Enter to open.")
                               .arg(ShownLimit)
                               .arg(text.trimmed()));
    } else {
        m_summary->setText(tr("%n result(s). Up/Down to choose, Enter to open.", nullptr, int(m_hits.size())));
    }
}

void SearchDialog::choose()
{
    if (m_pause.isActive()) {
        m_pause.stop();
        runSearch();
    }
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_hits.size())
        return;
    emit hitChosen(m_hits.at(row));
    accept();
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move through the results while the cursor stays in the box.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_results->count() > 0) {
            const int row =
                std::clamp(m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1), 0, m_results->count() - 1);
            m_results->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace hindsight
