#include "author.h"

#include <QtGlobal>

#include <pwd.h>
#include <unistd.h>

namespace hindsight {

QString defaultAuthor()
{
    for (const char *variable : {"HINDSIGHT_AUTHOR", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    // A service, cron job or `env -i` has none of these set: the account's own name is still known to the system.
    if (const passwd *account = ::getpwuid(::getuid()); account && account->pw_name && *account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("unknown");
}

} // namespace hindsight
