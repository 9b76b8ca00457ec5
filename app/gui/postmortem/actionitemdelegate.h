#pragma once

#include <QStyledItemDelegate>

#include <functional>

class QLabel;

namespace hindsight {

/// The editors of an action item table (ActionItemModel's columns), in the register and in the postmortem: a choice
/// for type, priority and status, the owners already named for the owner, and a due date typed by hand in any form
/// displaytime::parseDate() reads (`2026-12-15`, the window's format, `tomorrow`, `+3d`, `next friday`, `明日`,
/// `来週金曜`...). A due date that cannot be read keeps its editor open, marked, with the reason in `problem` (a label
/// under the table) and as a tool tip; nothing typed is dropped without a word. Closed items are greyed and overdue due
/// dates in red.
class ActionItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// `owners` lists the owners to offer; without it the owner is plain text. `problem` shows why an edit was not
    /// taken (hidden when there is nothing to say).
    ActionItemDelegate(QLabel *problem, std::function<QStringList()> owners, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    /// Why `text` cannot be a due date, as shown to the user.
    static QString unreadableDueDate(const QString &text);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showProblem(const QString &message) const;

    QLabel *m_problem;
    std::function<QStringList()> m_owners;
};

} // namespace hindsight
