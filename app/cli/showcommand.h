#pragma once

#include "command.h"

namespace hindsight {

struct Incident;
struct LogEntry;

/// `hindsight show NUMBER`: an incident with its investigation log.
class ShowCommand : public Command
{
public:
    explicit ShowCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    void printIncident(const Incident &incident);
    void printLog(const Incident &incident, const QList<LogEntry> &entries);

    const QCommandLineOption m_json;
    const QCommandLineOption m_deleted;
};

} // namespace hindsight
