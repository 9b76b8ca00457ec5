#pragma once

#include "command.h"

namespace hindsight {

/// `hindsight stats [--from YYYY-MM] [--to YYYY-MM] [--json] [--csv TABLE]`: incident, recovery, action item and
/// review figures per month.
class StatsCommand : public Command
{
public:
    explicit StatsCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    const QCommandLineOption m_from;
    const QCommandLineOption m_to;
    const QCommandLineOption m_json;
    const QCommandLineOption m_csv;
};

} // namespace hindsight
