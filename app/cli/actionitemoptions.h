#pragma once

#include "arguments.h"
#include "command.h"

#include <QCommandLineOption>

namespace hindsight {

/// The options that `action add` and `action set` share: what they mean is the same, only add requires some of them.
struct ActionItemOptions
{
    QCommandLineOption title{QStringLiteral("title"), tr("What is to be done."), tr("TEXT")};
    QCommandLineOption type{QStringLiteral("type"), tr("One of %1.").arg(arguments::keys<ActionItemType>()),
                            tr("TYPE")};
    QCommandLineOption priority{QStringLiteral("priority"), tr("One of %1.").arg(arguments::keys<ActionItemPriority>()),
                                tr("PRIORITY")};
    QCommandLineOption owner{QStringLiteral("owner"), tr("Who does it: a team or a person."), tr("NAME")};
    QCommandLineOption due{QStringLiteral("due"), tr("When it is due, as YYYY-MM-DD."), tr("DATE")};
    QCommandLineOption url{QStringLiteral("url"), tr("Its ticket in the tracker."), tr("URL")};
};

} // namespace hindsight
