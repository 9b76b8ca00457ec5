#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace hindsight {

/// A file kept with a log entry, such as a pasted screenshot.
struct Attachment
{
    QUuid id;
    QUuid entryId;
    QString name;
    QString mimeType;
    QByteArray data;
    QDateTime createdAt;

    bool isImage() const { return mimeType.startsWith(QLatin1String("image/")); }
    bool operator==(const Attachment &) const = default;
};

} // namespace hindsight
