// `hindsight publish`: the postmortem to GitHub Discussions, redacted, updated in place when published again; and the
// publishing settings, the repository's categories and the token in the keychain.
#include "arguments.h"
#include "cli.h"
#include "columns.h"
#include "publish/discussionpublisher.h"
#include "publish/githubclient.h"
#include "publish/githubtoken.h"
#include "publish/publisherror.h"
#include "publish/publishsettings.h"
#include "publish/tokenkeychain.h"
#include "store/incidentstore.h"
#include "store/store.h"
#include "store/storelocation.h"

#include <QCoreApplication>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

/// GitHub refused, could not be reached, or there is no token: nothing was published.
constexpr int PublishFailed = 3;

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

} // namespace

int Cli::runPublish(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption repo(QStringLiteral("repo"), tr("The repository, as OWNER/NAME."), tr("OWNER/NAME"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      tr("The discussion category, by name or slug (see --categories)."), tr("NAME"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      tr("github.com (the default) or a GitHub Enterprise Server's address, "
                                         "https://HOST."),
                                      tr("URL"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("The document's language: ja or en (default: the setting, else ja when your "
                                     "locale is Japanese, else en)."),
                                  tr("LANG"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Print the requests that would be sent (the token masked) and send nothing."));
    const QCommandLineOption save(QStringLiteral("save"),
                                  tr("Save --repo, --category, --endpoint and --lang as the defaults, or as incident "
                                     "NUMBER's own when it is given (an empty value clears one), and publish nothing. "
                                     "Without them, show the settings."));
    const QCommandLineOption categories(QStringLiteral("categories"),
                                        tr("List the discussion categories of the repository."));
    const QCommandLineOption saveToken(QStringLiteral("save-token"),
                                       tr("Store the token read from standard input in the system keychain, for the "
                                          "endpoint."));
    const QCommandLineOption forgetToken(QStringLiteral("forget-token"),
                                         tr("Remove the endpoint's token from the system keychain."));
    parser.addOptions({repo, category, endpoint, lang, dryRun, save, categories, saveToken, forgetToken});
    parser.addPositionalArgument(QStringLiteral("NUMBER"), tr("The incident's number."));
    if (const auto stop = parse(parser, arguments))
        return *stop;

    const auto usage = [&](const QString &message) {
        m_err << "hindsight publish: " << message << Qt::endl;
        return UsageError;
    };
    const auto failed = [&](const QString &message) {
        m_err << "hindsight publish: " << message << Qt::endl;
        return PublishFailed;
    };
    const QStringList positional = parser.positionalArguments();
    std::optional<int> number;
    if (positional.size() > 1 || (positional.size() == 1 && !(number = arguments::incidentNumber(positional.at(0)))))
        return usage(tr("give one incident number, e.g. hindsight publish 12"));
    int modes = 0;
    for (const QCommandLineOption *mode : {&dryRun, &save, &categories, &saveToken, &forgetToken})
        modes += parser.isSet(*mode) ? 1 : 0;
    if (modes > 1)
        return usage(tr("--dry-run, --save, --categories, --save-token and --forget-token go one at a time."));

    PublishTarget given;
    given.endpoint = parser.value(endpoint);
    given.repository = parser.value(repo);
    given.category = parser.value(category);
    if (parser.isSet(lang)) {
        given.language = fromKey<DocumentLanguage>(parser.value(lang));
        if (!given.language && !(parser.isSet(save) && parser.value(lang).isEmpty()))
            return usage(tr("--lang must be one of %1.").arg(arguments::keys<DocumentLanguage>()));
    }
    if (const auto why = PublishSettings::validate(given))
        return usage(*why);

    auto store = Store::open(resolveStorePath(m_storePath));
    PublishSettings settings(*store);
    std::optional<Incident> incident;
    if (number)
        incident = IncidentStore(*store).require(*number);
    const PublishTarget defaults = settings.defaults();
    const PublishTarget target = (incident ? settings.effective(incident->id) : defaults).overriddenBy(given);
    QString why;
    const auto graphqlUrl = PublishTarget::graphqlUrl(target.endpoint, &why);
    if (!graphqlUrl)
        return usage(why);

    if (parser.isSet(save)) {
        PublishTarget saved = incident ? settings.forIncident(incident->id) : defaults;
        if (parser.isSet(endpoint))
            saved.endpoint = given.endpoint;
        if (parser.isSet(repo))
            saved.repository = given.repository;
        if (parser.isSet(category))
            saved.category = given.category;
        if (parser.isSet(lang))
            saved.language = given.language;
        if (incident)
            settings.setForIncident(incident->id, saved);
        else
            settings.setDefaults(saved);
        const PublishTarget newDefaults = settings.defaults();
        if (incident) {
            m_out << tr("Incident #%1 is published to:").arg(*number) << "\n"
                  << describeTarget(settings.forIncident(incident->id), newDefaults);
        } else {
            m_out << tr("Postmortems are published to:") << "\n" << describeTarget(newDefaults, {});
        }
        m_out.flush();
        return Done;
    }

    if (parser.isSet(saveToken) || parser.isSet(forgetToken)) {
        if (number)
            return usage(tr("the token belongs to the endpoint, not to an incident: give no number."));
        const QString host = graphqlUrl->host();
        if (parser.isSet(forgetToken)) {
            const TokenKeychain::Outcome outcome = TokenKeychain::removeNow(*graphqlUrl);
            if (outcome.status != TokenKeychain::Status::Done && outcome.status != TokenKeychain::Status::NotFound)
                return failed(outcome.message);
            m_err << tr("hindsight publish: the system keychain holds no token for %1 now.").arg(host) << Qt::endl;
            return Done;
        }
        const auto text = arguments::standardInput(m_in);
        if (!text || text->trimmed().isEmpty())
            return usage(tr("give the token on standard input, e.g. hindsight publish --save-token < token.txt"));
        const TokenKeychain::Outcome outcome = TokenKeychain::writeNow(*graphqlUrl, text->trimmed().toUtf8());
        if (!outcome.ok())
            return failed(outcome.message + QLatin1Char(' ') + tr("The token was not stored."));
        m_err << tr("hindsight publish: the token for %1 is in the system keychain.").arg(host) << Qt::endl;
        return Done;
    }

    if (parser.isSet(categories)) {
        const auto repository = PublishTarget::splitRepository(target.repository, &why);
        if (!repository)
            return usage(why);
        const GitHubToken token = findToken(*graphqlUrl, &why);
        if (token.isEmpty())
            return failed(why);
        try {
            GitHubClient client(*graphqlUrl, token);
            const GitHubRepository found = client.repository(repository->first, repository->second);
            if (!found.hasDiscussionsEnabled)
                return failed(tr("Discussions are not enabled in %1.").arg(found.nameWithOwner));
            for (const DiscussionCategory &each : found.categories) {
                m_out << each.name << "  (" << each.slug << ")"
                      << (each.isAnswerable ? tr("  answerable: questions and answers") : QString()) << "\n";
            }
            m_out.flush();
        } catch (const PublishError &error) {
            return failed(error.message());
        }
        return Done;
    }

    if (!number)
        return usage(tr("give one incident number, e.g. hindsight publish 12"));

    DiscussionPublisher::Options options = DiscussionPublisher::defaultOptions();
    options.overrides = given;
    DiscussionPublisher publisher(*store, options);
    publisher.setProgressHandler(
        [this](const QString &message) { m_err << "hindsight publish: " << message << Qt::endl; });
    try {
        // The local checks first: a postmortem that cannot be published is refused before any token is looked for.
        const DiscussionPublisher::Document document = publisher.prepare(*number);
        for (const QString &warning : document.warnings)
            m_err << "hindsight publish: " << warning << "\n";
        if (document.maskedSecrets.isEmpty()) {
            m_err << tr("hindsight publish: redaction masked nothing.") << "\n";
        } else {
            QStringList counts;
            int total = 0;
            for (auto it = document.maskedSecrets.cbegin(); it != document.maskedSecrets.cend(); ++it) {
                counts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
                total += it.value();
            }
            m_err << tr("hindsight publish: redaction masked %1 value(s): %2.")
                         .arg(total)
                         .arg(counts.join(QStringLiteral(", ")))
                  << "\n";
        }
        m_err.flush();

        const GitHubToken token = findToken(document.endpoint, &why);
        publisher.setToken(token);
        if (parser.isSet(dryRun)) {
            if (token.isEmpty())
                m_err << "hindsight publish: " << why << "\n";
            const DiscussionPublisher::Plan plan = publisher.plan(*number);
            m_out << tr("Dry run: nothing is sent. Publishing incident #%1 to %2 (category %3, language %4) sends:")
                         .arg(*number)
                         .arg(document.owner + QLatin1Char('/') + document.name, document.target.category,
                              toKey(*document.target.language))
                  << "\n\n"
                  << plan.requests.join(QLatin1Char('\n')) << "\n";
            m_out.flush();
            return Done;
        }
        if (token.isEmpty())
            return failed(why);

        const DiscussionPublisher::Result result = publisher.publish(*number);
        QString what;
        switch (result.action) {
        case DiscussionPublisher::Result::Action::Created:
            what = tr("created discussion #%1 in %2, category %3.");
            break;
        case DiscussionPublisher::Result::Action::Updated:
            what = tr("updated discussion #%1 in %2, category %3 (published before; no second one was made).");
            break;
        case DiscussionPublisher::Result::Action::FoundAndUpdated:
            what = tr("found discussion #%1 in %2, category %3, by the marker in its body (Hindsight had lost its "
                      "record of it) and updated it.");
            break;
        }
        m_err << "hindsight publish: " << what.arg(result.publication.number).arg(result.repository, result.category)
              << " " << tr("The postmortem of incident #%1 is published.").arg(*number) << Qt::endl;
        m_out << result.publication.url << Qt::endl;
        return Done;
    } catch (const PublishError &error) {
        m_err << "hindsight publish: " << error.message() << Qt::endl;
        return error.kind() == PublishError::Kind::Refused ? UsageError : PublishFailed;
    }
}

} // namespace hindsight
