#include "entrydialog.h"

#include "domain/displaytime.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QTextBrowser>

namespace hindsight {

EntryDialog::EntryDialog(const LogEntry &entry, const QList<LogEntryRevision> &revisions, QWidget *parent)
    : QDialog(parent)
    , m_entry(entry)
    , m_kind(new QComboBox(this))
    , m_at(new QDateTimeEdit(this))
    , m_body(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Edit log entry"));
    m_kind->setObjectName(QStringLiteral("entryKind"));
    for (const LogEntryKind kind : allValues<LogEntryKind>())
        m_kind->addItem(displayName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(entry.kind)));
    m_at->setObjectName(QStringLiteral("entryTime"));
    m_at->setDisplayFormat(displaytime::dateTimeFormat(true));
    m_at->setDateTime(entry.at.toLocalTime());
    m_body->setObjectName(QStringLiteral("entryBody"));
    m_body->setPlainText(entry.body);
    m_body->setMinimumSize(520, 160);
    // Keys as in the quick-entry box, where Ctrl+Enter also ends an entry: here Enter adds a line, Ctrl+Enter and
    // Ctrl+S save, Esc cancels, and Tab moves on to the buttons.
    m_body->setTabChangesFocus(true);
    m_body->installEventFilter(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Time:"), m_at);
    form->addRow(tr("Te&xt:"), m_body);
    if (!revisions.isEmpty()) {
        auto *history = new QTextBrowser(this);
        history->setObjectName(QStringLiteral("entryHistory"));
        QString text;
        for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
            text += QStringLiteral("<p><b>%1</b> · %2 · %3<br>%4</p>")
                        .arg(tr("Until %1").arg(displaytime::dateTime(it->replacedAt)), displayName(it->kind),
                             displaytime::dateTime(it->at),
                             it->body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        }
        history->setHtml(text);
        history->setMaximumHeight(140);
        form->addRow(tr("Earlier versions:"), history);
    }
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Ctrl+S from anywhere in the dialog, not only the text.
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &QDialog::accept);
    m_body->setFocus();
}

bool EntryDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_body && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool control = key->modifiers().testFlag(Qt::ControlModifier);
        if (control && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_S)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

LogEntry EntryDialog::edited() const
{
    LogEntry entry = m_entry;
    entry.kind = static_cast<LogEntryKind>(m_kind->currentData().toInt());
    entry.body = m_body->toPlainText();
    const QDateTime at = m_at->dateTime().toUTC();
    // The editor shows seconds only: keep the stored milliseconds unless the time was really changed.
    if (at.toSecsSinceEpoch() != m_entry.at.toSecsSinceEpoch())
        entry.at = at;
    return entry;
}

} // namespace hindsight
