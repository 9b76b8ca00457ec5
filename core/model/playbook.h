#pragma once

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
};

} // namespace hindsight
