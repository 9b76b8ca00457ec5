#pragma once

#include "command.h"

namespace hindsight {

struct SearchHit;

/// `hindsight search QUERY`: incidents, investigation log entries and playbooks that contain every word.
class SearchCommand : public Command
{
public:
    explicit SearchCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    void printHits(const QList<SearchHit> &hits);

    const QCommandLineOption m_json;
    const QCommandLineOption m_limit;
};

} // namespace hindsight
