#include "publishcommand.h"

#include "arguments.h"
#include "columns.h"
#include "publish/discussionpublisher.h"
#include "publish/githubclient.h"
#include "publish/githubtoken.h"
#include "publish/publisherror.h"
#include "publish/publishsettings.h"
#include "publish/tokenkeychain.h"
#include "store/incidentstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace hindsight {

namespace {

/// The token from the environment meant for `endpoint`, else the keychain's for its host; `why` says why there is
/// none.
GitHubToken findToken(const QUrl &endpoint, QString *why)
{
    QString notMeantForIt;
    GitHubToken token = GitHubToken::fromEnvironment(endpoint, &notMeantForIt);
    if (!token.isEmpty())
        return token;
    const TokenKeychain::Outcome outcome = TokenKeychain::readNow(endpoint);
    if (outcome.ok())
        return outcome.token;
    if (!notMeantForIt.isEmpty()) {
        *why =
            notMeantForIt + QLatin1Char(' ') +
            tr("The keychain has no token for %1 either (%2) Nothing was sent.").arg(endpoint.host(), outcome.message);
        return {};
    }
    const QStringList variables = GitHubToken::variablesFor(endpoint);
    *why = tr("No GitHub token: %1, %2 and %3 are not set, and the keychain has none for %4 (%5) Store one with "
              "'hindsight publish --save-token < FILE', or set HINDSIGHT_GITHUB_TOKEN.")
               .arg(variables.at(0), variables.at(1), variables.at(2), endpoint.host(), outcome.message);
    return {};
}

QString describeTarget(const PublishTarget &target, const PublishTarget &defaults)
{
    const auto line = [](const QString &name, const QString &value, const QString &fallback) {
        return QStringLiteral("  %1  %2\n").arg(columns::padded(name, 10), value.isEmpty() ? fallback : value);
    };
    const QString notSet = tr("(not set)");
    const auto fromDefault = [&](const QString &value, const QString &defaultValue, const QString &otherwise) {
        return value.isEmpty() ? (defaultValue.isEmpty() ? otherwise : defaultValue + tr(" (default)")) : value;
    };
    const QString language = target.language ? toKey(*target.language) : QString();
    const QString defaultLanguage = defaults.language ? toKey(*defaults.language) : QString();
    return line(tr("endpoint"), fromDefault(target.endpoint, defaults.endpoint, QStringLiteral("github.com")), notSet) +
           line(tr("repository"), fromDefault(target.repository, defaults.repository, notSet), notSet) +
           line(tr("category"), fromDefault(target.category, defaults.category, notSet), notSet) +
           line(tr("language"),
                fromDefault(language, defaultLanguage,
                            toKey(PublishTarget::defaultLanguage()) + tr(" (from your locale)")),
                notSet);
}

/// What publishing did, for people.
QString outcome(const DiscussionPublisher::Result &result)
{
    QString what;
    switch (result.action) {
    case DiscussionPublisher::Result::Action::Created:
        what = Cli::tr("created discussion #%1 in %2, category %3.");
        break;
    case DiscussionPublisher::Result::Action::Updated:
        what = Cli::tr("updated discussion #%1 in %2, category %3 (published before; no second one was made).");
        break;
    case DiscussionPublisher::Result::Action::FoundAndUpdated:
        what = Cli::tr("found discussion #%1 in %2, category %3, by the marker in its body (Hindsight had lost its "
                       "record of it) and updated it.");
        break;
    }
    return what.arg(result.publication.number).arg(result.repository, result.category);
}

} // namespace

PublishCommand::PublishCommand(const Context &context)
    : Command(context, "publish",
              QT_TRANSLATE_NOOP("Cli", "Publish an incident's postmortem to GitHub Discussions, or update it."),
              "NUMBER")
    , m_repo(QStringLiteral("repo"), Cli::tr("The repository, as OWNER/NAME."), Cli::tr("OWNER/NAME"))
    , m_category(QStringLiteral("category"), Cli::tr("The discussion category, by name or slug (see --categories)."),
                 Cli::tr("NAME"))
    , m_endpoint(QStringLiteral("endpoint"),
                 Cli::tr("github.com (the default) or a GitHub Enterprise Server's address, "
                         "https://HOST."),
                 Cli::tr("URL"))
    , m_lang(QStringLiteral("lang"),
             Cli::tr("The document's language: ja or en (default: the setting, else ja when your "
                     "locale is Japanese, else en)."),
             Cli::tr("LANG"))
    , m_dryRun(QStringLiteral("dry-run"),
               Cli::tr("Print the requests that would be sent (the token masked) and send nothing."))
    , m_save(QStringLiteral("save"),
             Cli::tr("Save --repo, --category, --endpoint and --lang as the defaults, or as incident "
                     "NUMBER's own when it is given (an empty value clears one), and publish nothing. "
                     "Without them, show the settings."))
    , m_categories(QStringLiteral("categories"), Cli::tr("List the discussion categories of the repository."))
    , m_saveToken(QStringLiteral("save-token"),
                  Cli::tr("Store the token read from standard input in the system keychain, for the "
                          "endpoint."))
    , m_forgetToken(QStringLiteral("forget-token"), Cli::tr("Remove the endpoint's token from the system keychain."))
{
    addOptions({m_repo, m_category, m_endpoint, m_lang, m_dryRun, m_save, m_categories, m_saveToken, m_forgetToken});
    addIncidentNumberArgument();
}

int PublishCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;

    const QStringList positional = parser.positionalArguments();
    std::optional<int> number;
    if (positional.size() > 1 || (positional.size() == 1 && !(number = arguments::incidentNumber(positional.at(0)))))
        return usage(Cli::tr("give one incident number, e.g. hindsight publish 12"));
    int modes = 0;
    for (const QCommandLineOption *mode : {&m_dryRun, &m_save, &m_categories, &m_saveToken, &m_forgetToken})
        modes += parser.isSet(*mode) ? 1 : 0;
    if (modes > 1)
        return usage(Cli::tr("--dry-run, --save, --categories, --save-token and --forget-token go one at a time."));

    PublishTarget given;
    given.endpoint = parser.value(m_endpoint);
    given.repository = parser.value(m_repo);
    given.category = parser.value(m_category);
    if (parser.isSet(m_lang)) {
        given.language = fromKey<DocumentLanguage>(parser.value(m_lang));
        if (!given.language && !(parser.isSet(m_save) && parser.value(m_lang).isEmpty()))
            return usage(Cli::tr("--lang must be one of %1.").arg(arguments::keys<DocumentLanguage>()));
    }
    if (const auto why = PublishSettings::validate(given))
        return usage(*why);

    auto store = openStore();
    PublishSettings settings(*store);
    std::optional<Incident> incident;
    if (number)
        incident = IncidentStore(*store).require(*number);
    const PublishTarget target =
        (incident ? settings.effective(incident->id) : settings.defaults()).overriddenBy(given);
    QString why;
    const auto graphqlUrl = PublishTarget::graphqlUrl(target.endpoint, &why);
    if (!graphqlUrl)
        return usage(why);

    if (parser.isSet(m_save))
        return saveSettings(parser, settings, incident, given);
    if (parser.isSet(m_saveToken) || parser.isSet(m_forgetToken)) {
        if (number)
            return usage(Cli::tr("the token belongs to the endpoint, not to an incident: give no number."));
        return saveOrForgetToken(parser, *graphqlUrl);
    }
    if (parser.isSet(m_categories))
        return listCategories(target, *graphqlUrl);
    if (!number)
        return usage(Cli::tr("give one incident number, e.g. hindsight publish 12"));
    return publish(*store, *number, given, parser.isSet(m_dryRun));
}

int PublishCommand::saveSettings(const QCommandLineParser &parser, PublishSettings &settings,
                                 const std::optional<Incident> &incident, const PublishTarget &given)
{
    PublishTarget saved = incident ? settings.forIncident(incident->id) : settings.defaults();
    if (parser.isSet(m_endpoint))
        saved.endpoint = given.endpoint;
    if (parser.isSet(m_repo))
        saved.repository = given.repository;
    if (parser.isSet(m_category))
        saved.category = given.category;
    if (parser.isSet(m_lang))
        saved.language = given.language;
    if (incident)
        settings.setForIncident(incident->id, saved);
    else
        settings.setDefaults(saved);
    const PublishTarget newDefaults = settings.defaults();
    if (incident) {
        m_out << Cli::tr("Incident #%1 is published to:").arg(incident->number) << "\n"
              << describeTarget(settings.forIncident(incident->id), newDefaults);
    } else {
        m_out << Cli::tr("Postmortems are published to:") << "\n" << describeTarget(newDefaults, {});
    }
    m_out.flush();
    return Done;
}

int PublishCommand::saveOrForgetToken(const QCommandLineParser &parser, const QUrl &graphqlUrl)
{
    const QString host = graphqlUrl.host();
    if (parser.isSet(m_forgetToken)) {
        const TokenKeychain::Outcome outcome = TokenKeychain::removeNow(graphqlUrl);
        if (outcome.status != TokenKeychain::Status::Done && outcome.status != TokenKeychain::Status::NotFound)
            return failed(outcome.message);
        m_err << Cli::tr("hindsight publish: the system keychain holds no token for %1 now.").arg(host) << Qt::endl;
        return Done;
    }
    const auto text = arguments::standardInput(m_in);
    if (!text || text->trimmed().isEmpty())
        return usage(Cli::tr("give the token on standard input, e.g. hindsight publish --save-token < token.txt"));
    const TokenKeychain::Outcome outcome = TokenKeychain::writeNow(graphqlUrl, text->trimmed().toUtf8());
    if (!outcome.ok())
        return failed(outcome.message + QLatin1Char(' ') + Cli::tr("The token was not stored."));
    m_err << Cli::tr("hindsight publish: the token for %1 is in the system keychain.").arg(host) << Qt::endl;
    return Done;
}

int PublishCommand::listCategories(const PublishTarget &target, const QUrl &graphqlUrl)
{
    QString why;
    const auto repository = PublishTarget::splitRepository(target.repository, &why);
    if (!repository)
        return usage(why);
    const GitHubToken token = findToken(graphqlUrl, &why);
    if (token.isEmpty())
        return failed(why);
    try {
        GitHubClient client(graphqlUrl, token);
        const GitHubRepository found = client.repository(repository->first, repository->second);
        if (!found.hasDiscussionsEnabled)
            return failed(Cli::tr("Discussions are not enabled in %1.").arg(found.nameWithOwner));
        for (const DiscussionCategory &each : found.categories) {
            m_out << each.name << "  (" << each.slug << ")"
                  << (each.isAnswerable ? Cli::tr("  answerable: questions and answers") : QString()) << "\n";
        }
        m_out.flush();
    } catch (const PublishError &error) {
        return failed(error.message());
    }
    return Done;
}

int PublishCommand::publish(Store &store, int number, const PublishTarget &given, bool dryRun)
{
    DiscussionPublisher::Options options = DiscussionPublisher::defaultOptions();
    options.overrides = given;
    DiscussionPublisher publisher(store, options);
    publisher.setProgressHandler(
        [this](const QString &message) { m_err << "hindsight publish: " << message << Qt::endl; });
    try {
        // The local checks first: a postmortem that cannot be published is refused before any token is looked for.
        const DiscussionPublisher::Document document = publisher.prepare(number);
        for (const QString &warning : document.warnings)
            warn(warning);
        reportRedaction(document.maskedSecrets, Cli::tr("hindsight publish: redaction masked nothing."),
                        Cli::tr("hindsight publish: redaction masked %1 value(s): %2."));

        QString why;
        const GitHubToken token = findToken(document.endpoint, &why);
        publisher.setToken(token);
        if (dryRun) {
            if (token.isEmpty())
                warn(why);
            const DiscussionPublisher::Plan plan = publisher.plan(number);
            m_out << Cli::tr("Dry run: nothing is sent. Publishing incident #%1 to %2 (category %3, language %4) "
                             "sends:")
                         .arg(number)
                         .arg(document.owner + QLatin1Char('/') + document.name, document.target.category,
                              toKey(*document.target.language))
                  << "\n\n"
                  << plan.requests.join(QLatin1Char('\n')) << "\n";
            m_out.flush();
            return Done;
        }
        if (token.isEmpty())
            return failed(why);

        const DiscussionPublisher::Result result = publisher.publish(number);
        m_err << "hindsight publish: " << outcome(result) << " "
              << Cli::tr("The postmortem of incident #%1 is published.").arg(number) << Qt::endl;
        m_out << result.publication.url << Qt::endl;
        return Done;
    } catch (const PublishError &error) {
        return fail(error.message(), error.kind() == PublishError::Kind::Refused ? UsageError : PublishFailed);
    }
}

} // namespace hindsight
