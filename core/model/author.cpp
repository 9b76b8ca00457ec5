#include "author.h"

#include <QtGlobal>

namespace hindsight {

QString defaultAuthor()
{
    for (const char *variable : {"HINDSIGHT_AUTHOR", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

} // namespace hindsight
