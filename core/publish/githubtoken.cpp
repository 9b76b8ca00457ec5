#include "githubtoken.h"

#include <QCoreApplication>

#include <array>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GitHubToken", text);
}

using Names = std::array<const char *, 2>;

const char *const HindsightVariable = "HINDSIGHT_GITHUB_TOKEN";
// gh's, in its order of precedence.
constexpr Names GitHubVariables{"GH_TOKEN", "GITHUB_TOKEN"};
constexpr Names EnterpriseVariables{"GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN"};

const Names &variablesOf(bool gitHubCom)
{
    return gitHubCom ? GitHubVariables : EnterpriseVariables;
}

} // namespace

GitHubToken::GitHubToken(const QByteArray &value, Source source, const QString &origin)
    : m_value(value.trimmed())
    , m_source(m_value.isEmpty() ? Source::None : source)
    , m_origin(m_value.isEmpty() ? QString() : origin)
{}

GitHubToken GitHubToken::fromEnvironment(const QUrl &endpoint, QString *why)
{
    if (why)
        why->clear();
    if (const QByteArray value = qgetenv(HindsightVariable).trimmed(); !value.isEmpty())
        return GitHubToken(value, Source::HindsightVariable, QLatin1String(HindsightVariable));
    const bool gitHubCom = isGitHubCom(endpoint);
    for (const char *name : variablesOf(gitHubCom)) {
        if (const QByteArray value = qgetenv(name).trimmed(); !value.isEmpty())
            return GitHubToken(value, gitHubCom ? Source::GitHubVariable : Source::EnterpriseVariable,
                               QLatin1String(name));
    }
    // Set, but for the other kind of host: not used, and the user is told why.
    for (const char *name : variablesOf(!gitHubCom)) {
        if (const QByteArray value = qgetenv(name).trimmed(); !value.isEmpty()) {
            GitHubToken(value, gitHubCom ? Source::EnterpriseVariable : Source::GitHubVariable, QLatin1String(name))
                .mayBeSentTo(endpoint, why);
            break;
        }
    }
    return {};
}

QStringList GitHubToken::variablesFor(const QUrl &endpoint)
{
    QStringList names{QLatin1String(HindsightVariable)};
    for (const char *name : variablesOf(isGitHubCom(endpoint)))
        names << QLatin1String(name);
    return names;
}

bool GitHubToken::isGitHubCom(const QUrl &endpoint)
{
    QString host = endpoint.host().toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host == QLatin1String("github.com") || host.endsWith(QLatin1String(".github.com"));
}

QString GitHubToken::hostKey(const QUrl &endpoint)
{
    QString host = endpoint.host().toLower();
    if (endpoint.port() != -1)
        host += QLatin1Char(':') + QString::number(endpoint.port());
    return host;
}

bool GitHubToken::mayBeSentTo(const QUrl &endpoint, QString *why) const
{
    const auto refuse = [&](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    switch (m_source) {
    case Source::None:
    case Source::HindsightVariable:
    case Source::Given:
        return true;
    case Source::GitHubVariable:
        if (isGitHubCom(endpoint))
            return true;
        return refuse(tr("%1 is only sent to github.com; for %2 set GH_ENTERPRISE_TOKEN or HINDSIGHT_GITHUB_TOKEN, "
                         "or save a token for that host with --save-token or in Settings > Publishing to GitHub.")
                          .arg(m_origin, endpoint.host()));
    case Source::EnterpriseVariable:
        if (!isGitHubCom(endpoint))
            return true;
        return refuse(tr("%1 is only sent to a GitHub Enterprise Server; for github.com set GH_TOKEN, GITHUB_TOKEN or "
                         "HINDSIGHT_GITHUB_TOKEN, or save a token for github.com with --save-token or in Settings > "
                         "Publishing to GitHub.")
                          .arg(m_origin));
    case Source::Keychain:
        if (!m_origin.isEmpty() && m_origin == hostKey(endpoint))
            return true;
        return refuse(tr("The token from the system keychain was saved for %1 and is only sent there, not to %2.")
                          .arg(m_origin, hostKey(endpoint)));
    case Source::Session:
        if (!m_origin.isEmpty() && m_origin == hostKey(endpoint))
            return true;
        return refuse(tr("The token given for this session is for %1 and is only sent there, not to %2.")
                          .arg(m_origin, hostKey(endpoint)));
    }
    return false;
}

QString GitHubToken::sourceDescription() const
{
    switch (m_source) {
    case Source::None:
        return tr("no token");
    case Source::HindsightVariable:
        return tr("the token from $%1").arg(QLatin1String(HindsightVariable));
    case Source::GitHubVariable:
    case Source::EnterpriseVariable:
        return tr("the token from $%1").arg(m_origin);
    case Source::Keychain:
        return tr("the token from the system keychain");
    case Source::Given:
        return tr("the token");
    case Source::Session:
        return tr("the token given for this session");
    }
    return {};
}

QByteArray GitHubToken::authorizationHeader() const
{
    return QByteArrayLiteral("bearer ") + m_value;
}

QString GitHubToken::mask()
{
    return QStringLiteral("********");
}

QString GitHubToken::scrub(const QString &text) const
{
    if (m_value.isEmpty())
        return text;
    QString scrubbed = text;
    scrubbed.replace(QString::fromUtf8(m_value), mask());
    return scrubbed;
}

bool GitHubToken::occursIn(const QString &text) const
{
    return !m_value.isEmpty() && text.contains(QString::fromUtf8(m_value));
}

} // namespace hindsight
