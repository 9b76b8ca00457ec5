#pragma once

#include <QString>

namespace hindsight {

/// Who is writing, when nobody said: $HINDSIGHT_AUTHOR, else the login name ($USER, $USERNAME, $LOGNAME, else the
/// account name the system gives for this process's user).
QString defaultAuthor();

} // namespace hindsight
