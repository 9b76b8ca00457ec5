#pragma once

#include "command.h"

namespace hindsight {

/// `hindsight log NUMBER TEXT`: appends an entry to an incident's investigation log and prints its ID.
class LogCommand : public Command
{
public:
    explicit LogCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    /// The entry's text: the arguments after the number, or standard input for "-". nullopt, reported, when it cannot
    /// be logged.
    std::optional<QString> entryText(const QStringList &positional);

    const QCommandLineOption m_kind;
    const QCommandLineOption m_at;
    const QCommandLineOption m_key;
    const QCommandLineOption m_author;
};

} // namespace hindsight
