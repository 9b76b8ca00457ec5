#include "actionitemdelegate.h"

#include "domain/actionitem.h"
#include "domain/displaytime.h"
#include "gui/common/colors.h"
#include "itemmodel/actionitemmodel.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolTip>

namespace hindsight {

namespace {

constexpr const char *DueDateEditorName = "dueDateEditor";

QString typedForms()
{
    // The same date as ISO, as the window shows it and in words, each once (an English window shows it in words).
    QStringList dates{QStringLiteral("2026-12-15"), QLocale().toString(QDate(2026, 12, 15), displaytime::dateFormat()),
                      ActionItemDelegate::tr("15 Dec 2026")};
    dates.removeDuplicates();
    return ActionItemDelegate::tr("%1, today, tomorrow, +3d, friday, next friday, 明日, 来週金曜; empty for none")
        .arg(dates.join(QStringLiteral(", ")));
}

} // namespace

ActionItemDelegate::ActionItemDelegate(QLabel *problem, std::function<QStringList()> owners, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_problem(problem)
    , m_owners(std::move(owners))
{
    m_problem->setObjectName(QStringLiteral("actionItemProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();
}

QString ActionItemDelegate::unreadableDueDate(const QString &text)
{
    return tr("Cannot read “%1” as a due date, so it was not changed. Write it as %2.").arg(text, typedForms());
}

QWidget *ActionItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    QStringList keys;
    QStringList names;
    switch (index.column()) {
    case ActionItemModel::TypeColumn:
        for (const ActionItemType v : allValues<ActionItemType>())
            keys << toKey(v), names << displayName(v);
        break;
    case ActionItemModel::PriorityColumn:
        for (const ActionItemPriority v : allValues<ActionItemPriority>())
            keys << toKey(v), names << displayName(v);
        break;
    case ActionItemModel::StatusColumn:
        for (const ActionItemStatus v : allValues<ActionItemStatus>())
            keys << toKey(v), names << displayName(v);
        break;
    case ActionItemModel::OwnerColumn: {
        if (!m_owners)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("ownerEditor"));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(m_owners());
        return combo;
    }
    case ActionItemModel::DueColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QString::fromLatin1(DueDateEditorName));
        edit->setPlaceholderText(tr("tomorrow, +3d, 2026-12-15…"));
        edit->setToolTip(typedForms());
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choiceEditor"));
    for (int i = 0; i < keys.size(); ++i)
        combo->addItem(names.at(i), keys.at(i));
    return combo;
}

void ActionItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // The view calls this again whenever the row changes under an open editor (the store watcher reloads after every
    // write, this process's too): what the user has typed there so far stays.
    const auto *line = qobject_cast<QLineEdit *>(editor);
    if (const auto *combo = qobject_cast<QComboBox *>(editor); combo && combo->isEditable())
        line = combo->lineEdit();
    if (line && line->isModified())
        return;
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->isEditable())
            combo->setCurrentText(index.data(Qt::EditRole).toString());
        else
            combo->setCurrentIndex(combo->findData(index.data(ActionItemModel::KeyRole)));
        return;
    }
    if (editor->objectName() == QLatin1String(DueDateEditorName)) {
        // In the window's own format, which is read back as typed.
        const QDate due = QDate::fromString(index.data(ActionItemModel::KeyRole).toString(), Qt::ISODate);
        static_cast<QLineEdit *>(editor)->setText(due.isValid() ? QLocale().toString(due, displaytime::dateFormat())
                                                                : QString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ActionItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->isEditable() ? QVariant(combo->currentText()) : combo->currentData());
        return;
    }
    if (editor->objectName() == QLatin1String(DueDateEditorName)) {
        const QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
        const QDate due = displaytime::parseDate(text);
        if (!text.isEmpty() && !due.isValid()) {
            showProblem(unreadableDueDate(text));
            return;
        }
        showProblem(QString());
        model->setData(index, due.isValid() ? due.toString(Qt::ISODate) : QString());
        return;
    }
    showProblem(QString());
    QStyledItemDelegate::setModelData(editor, model, index);
}

bool ActionItemDelegate::eventFilter(QObject *watched, QEvent *event)
{
    auto *edit = qobject_cast<QLineEdit *>(watched);
    if (edit && edit->objectName() == QLatin1String(DueDateEditorName) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool commits =
            key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab;
        const QString text = edit->text().trimmed();
        if (commits && !text.isEmpty() && !displaytime::parseDate(text).isValid()) {
            // Stays open with what was typed, marked, until it can be read or Esc puts the date back.
            edit->setStyleSheet(QStringLiteral("border: 2px solid #c62828;"));
            showProblem(unreadableDueDate(text));
            QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())), unreadableDueDate(text), edit);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

void ActionItemDelegate::showProblem(const QString &message) const
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ActionItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(ActionItemModel::ClosedRole).toBool())
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    if (index.column() == ActionItemModel::DueColumn && index.data(ActionItemModel::OverdueRole).toBool()) {
        option->palette.setColor(QPalette::Text, severityColor(Severity::Critical));
        option->font.setBold(true);
    }
}

} // namespace hindsight
