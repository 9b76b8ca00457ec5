#include "command.h"

#include "postmortem/redactor.h"
#include "postmortem/templatelibrary.h"
#include "store/store.h"
#include "store/storelocation.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace hindsight {

QString tr(const char *sourceText)
{
    return Cli::tr(sourceText);
}

Command::Command(const Context &context, const char *name, const char *summary, const char *syntax)
    : m_out(context.out)
    , m_err(context.err)
    , m_in(context.in)
    , m_name(QLatin1String(name))
    , m_summary(summary)
    , m_syntax(QLatin1String(syntax))
    , m_storePath(context.storePath)
{}

Command::~Command() = default;

QString Command::summary() const
{
    return Cli::tr(m_summary);
}

void Command::addOptions(const QList<QCommandLineOption> &options)
{
    m_options += options;
}

void Command::addPositionalArgument(const QString &name, const QString &description, const QString &syntax)
{
    m_arguments.append({name, description, syntax});
}

void Command::addIncidentNumberArgument()
{
    addPositionalArgument(QStringLiteral("NUMBER"), Cli::tr("The incident's number."));
}

QCommandLineOption Command::jsonOption()
{
    return {QStringLiteral("json"), Cli::tr("Print JSON.")};
}

std::optional<int> Command::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setApplicationDescription(summary());
    parser.addOptions(m_options);
    for (const PositionalArgument &argument : std::as_const(m_arguments))
        parser.addPositionalArgument(argument.name, argument.description, argument.syntax);
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The store to use."), QStringLiteral("PATH"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
    parser.addOption(db);
    parser.addOption(help);
    QStringList forParser = arguments;
    forParser.remove(1, m_name.count(QLatin1Char(' ')) + 1);
    if (!parser.parse(forParser)) {
        m_err << "hindsight " << m_name << ": " << parser.errorText() << "\n"
              << Cli::tr("See 'hindsight %1 --help'.").arg(m_name) << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1); // replace Qt's usage line with ours
        m_out << Cli::tr("Usage: hindsight %1 [options] %2").arg(m_name, m_syntax).trimmed() << "\n" << text;
        m_out.flush();
        return Done;
    }
    if (parser.isSet(db))
        m_storePath = parser.value(db);
    return std::nullopt;
}

int Command::fail(const QString &message, int exitCode)
{
    m_err << "hindsight " << m_name << ": " << message << Qt::endl;
    return exitCode;
}

int Command::usage(const QString &message)
{
    return fail(message, UsageError);
}

int Command::usageError(const QString &line)
{
    m_err << line << Qt::endl;
    return UsageError;
}

void Command::warn(const QString &message)
{
    m_err << "hindsight " << m_name << ": " << message << "\n";
}

bool Command::reportProblems(const Redactor &redactor, const TemplateLibrary &templates)
{
    if (!redactor.problems().isEmpty()) {
        for (const RedactionProblem &problem : redactor.problems())
            warn(problem.toString());
        return false;
    }
    for (const TemplateProblem &problem : templates.problems())
        warn(problem.toString());
    return true;
}

void Command::reportRedaction(const QMap<QString, int> &byRule, const QString &nothing, const QString &masked)
{
    if (byRule.isEmpty()) {
        m_err << nothing << "\n";
    } else {
        QStringList counts;
        int total = 0;
        for (auto it = byRule.cbegin(); it != byRule.cend(); ++it) {
            counts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
            total += it.value();
        }
        m_err << masked.arg(total).arg(counts.join(QStringLiteral(", "))) << "\n";
    }
    m_err.flush();
}

QString Command::storePath() const
{
    return resolveStorePath(m_storePath);
}

std::unique_ptr<Store> Command::openStore() const
{
    return Store::open(storePath());
}

void Command::printJson(const QJsonArray &json)
{
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Command::printJson(const QJsonObject &json)
{
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace hindsight
