#include "commandgroup.h"

#include <QTextStream>

#include <algorithm>
#include <utility>

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
    QList<std::pair<QString, QString>> lines; // the usage after the group's word, and the summary
    for (const auto &command : m_commands) {
        const QString usage = command->name().section(QLatin1Char(' '), 1) + QLatin1Char(' ') + command->syntax();
        lines.append({usage.trimmed(), command->summary()});
    }
    qsizetype width = 0;
    for (const auto &[usage, summary] : std::as_const(lines))
        width = std::max(width, usage.size());
    QString list;
    for (const auto &[usage, summary] : std::as_const(lines))
        list += QStringLiteral("  ") + usage.leftJustified(width + 2) + summary + QLatin1Char('\n');
    return list;
}

} // namespace hindsight
