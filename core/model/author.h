#pragma once

#include <QString>

namespace hindsight {

/// Who is writing, when nobody said: $HINDSIGHT_AUTHOR, else the login name.
QString defaultAuthor();

} // namespace hindsight
