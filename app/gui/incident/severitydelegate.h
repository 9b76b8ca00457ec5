#pragma once

#include <QStyledItemDelegate>

namespace hindsight {

/// Draws the severity column of the incident list as a coloured badge, and open incidents' other cells in bold.
class SeverityDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace hindsight
