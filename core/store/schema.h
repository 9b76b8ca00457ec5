#pragma once

#include <QStringList>

#include <vector>

namespace hindsight {

/// One step of the store's schema. Migrations apply in order, each in its own transaction; a released migration is
/// never edited, only followed by a new one.
struct Migration
{
    int version;
    QStringList statements;
};

const std::vector<Migration> &migrations();

} // namespace hindsight
