#include "commandgroup.h"

#include <QTextStream>

#include <algorithm>

namespace hindsight {

CommandGroup::CommandGroup(const Context &context, const char *name, const char *summary, const char *syntax,
                           std::vector<std::unique_ptr<Command>> commands)
    : Command(context, name, summary, syntax)
    , m_commands(std::move(commands))
{}

int CommandGroup::execute(const QStringList &arguments)
{
    const QString word = arguments.value(2);
    for (const auto &command : m_commands) {
        if (command->name() == name() + QLatin1Char(' ') + word)
            return command->execute(arguments);
    }
    if (word == QLatin1String("--help") || word == QLatin1String("-h")) {
        m_out << help(commandList());
        m_out.flush();
        return Done;
    }
    m_err << wrongCommand(word) << Qt::endl;
    return UsageError;
}

QString CommandGroup::commandList() const
{
    QStringList usages;
    for (const auto &command : m_commands)
        usages << (command->name().section(QLatin1Char(' '), 1) + QLatin1Char(' ') + command->syntax()).trimmed();
    qsizetype width = 0;
    for (const QString &usage : std::as_const(usages))
        width = std::max(width, usage.size());
    QString list;
    for (std::size_t i = 0; i < m_commands.size(); ++i)
        list += QStringLiteral("  ") + usages.at(qsizetype(i)).leftJustified(width + 2) + m_commands[i]->summary() +
                QLatin1Char('\n');
    return list;
}

} // namespace hindsight
