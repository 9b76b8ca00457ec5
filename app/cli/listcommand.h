#pragma once

#include "command.h"

namespace hindsight {

struct Incident;

/// `hindsight list`: the incidents, open ones first, as a table or JSON.
class ListCommand : public Command
{
public:
    explicit ListCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    void printTable(const QList<Incident> &incidents);

    const QCommandLineOption m_status;
    const QCommandLineOption m_severity;
    const QCommandLineOption m_json;
};

} // namespace hindsight
