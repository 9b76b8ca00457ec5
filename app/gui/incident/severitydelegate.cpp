#include "severitydelegate.h"

#include "gui/common/colors.h"
#include "itemmodel/incidentlistmodel.h"

#include <QPainter>
#include <QPainterPath>

namespace hindsight {

void SeverityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto severity = fromKey<Severity>(index.data(IncidentListModel::SeverityRole).toString());
    if (index.column() != IncidentListModel::SeverityColumn || !severity) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QString text = index.data().toString();
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(text) + 14;
    const QRect badge(option.rect.left() + 4, option.rect.center().y() - metrics.height() / 2 - 1, width,
                      metrics.height() + 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, 4, 4);
    painter->fillPath(path, severityColor(*severity));
    painter->setPen(Qt::white);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace hindsight
