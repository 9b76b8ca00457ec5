#pragma once

#include "command.h"

namespace hindsight {

/// `hindsight export-all DIR [--lang ja|en] [--force]`: every incident as Markdown with its attachments, and an index.
class ExportAllCommand : public Command
{
public:
    explicit ExportAllCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    const QCommandLineOption m_lang;
    const QCommandLineOption m_force;
};

} // namespace hindsight
