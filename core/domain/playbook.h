#pragma once

#include "shortid.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace hindsight {

/// What to do when a known problem comes back, distilled from past investigations.
struct Playbook
{
    QUuid id;
    /// Counts up from 1 across the whole store and is never given to another playbook, even after a delete, like
    /// ActionItem::number: users refer to a playbook by it (see shortId()).
    int number = 0;
    QString title;
    /// The alert or symptom it answers.
    QString trigger;
    QString body;
    QStringList tags;
    /// The incidents it was distilled from.
    QList<QUuid> sourceIncidentIds;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Playbook &) const = default;

    /// How users write the playbook's number, as `hindsight playbook list` shows it: "P3".
    QString shortId() const { return QLatin1Char('P') + QString::number(number); }
    /// The number in "P3", "p3" or "3"; nullopt for anything else.
    static std::optional<int> numberFromShortId(QStringView text)
    {
        return hindsight::numberFromShortId(text, QLatin1Char('P'));
    }
};

} // namespace hindsight
