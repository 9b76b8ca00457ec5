#pragma once

#include "command.h"

namespace hindsight {

/// `hindsight new --title TEXT --severity SEVERITY`: creates an incident and prints its number.
class NewCommand : public Command
{
public:
    explicit NewCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    const QCommandLineOption m_title;
    const QCommandLineOption m_severity;
    const QCommandLineOption m_product;
    const QCommandLineOption m_incidentSummary;
    const QCommandLineOption m_exercise;
};

} // namespace hindsight
