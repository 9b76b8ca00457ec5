#pragma once

#include "command.h"

namespace hindsight {

/// `hindsight import FILE.md... [--dry-run] [--time-zone ZONE] [--author NAME]`: postmortems written in the template,
/// by Hindsight or by hand, become incidents.
class ImportCommand : public Command
{
public:
    explicit ImportCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    const QCommandLineOption m_dryRun;
    const QCommandLineOption m_zone;
    const QCommandLineOption m_author;
};

} // namespace hindsight
