#include "publishtarget.h"

#include "httpclient.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PublishTarget", text);
}

template<typename T>
T refuse(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return std::nullopt;
}

} // namespace

QUrl PublishTarget::gitHubApi()
{
    return QUrl(QStringLiteral("https://api.github.com/graphql"));
}

PublishTarget PublishTarget::overriddenBy(const PublishTarget &overrides) const
{
    PublishTarget result = *this;
    if (!overrides.endpoint.isEmpty())
        result.endpoint = overrides.endpoint;
    if (!overrides.repository.isEmpty())
        result.repository = overrides.repository;
    if (!overrides.category.isEmpty())
        result.category = overrides.category;
    if (overrides.language)
        result.language = overrides.language;
    return result;
}

bool PublishTarget::isEmpty() const
{
    return endpoint.isEmpty() && repository.isEmpty() && category.isEmpty() && !language;
}

std::optional<QUrl> PublishTarget::graphqlUrl(const QString &endpoint, QString *why)
{
    using Result = std::optional<QUrl>;
    QString text = endpoint.trimmed();
    static const QRegularExpression gitHubCom(QStringLiteral("^(https://)?(api\\.)?github\\.com/?$"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (text.isEmpty() || gitHubCom.match(text).hasMatch())
        return gitHubApi();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    QUrl url(text, QUrl::StrictMode);
    const QString expected =
        tr("Give github.com, a GitHub Enterprise Server's address such as https://github.example.com, "
           "or the full URL of its GraphQL API (https://HOST/api/graphql).");
    if (!url.isValid() || url.host().isEmpty())
        return refuse<Result>(why, tr("'%1' is not a web address. %2").arg(endpoint, expected));
    // Not repeated in the message: what stands before the @ may be a password.
    if (!url.userInfo().isEmpty())
        return refuse<Result>(why, tr("The endpoint must not hold a user name or password; the token is sent "
                                      "separately. %1")
                                       .arg(expected));
    if (url.hasQuery() || url.hasFragment())
        return refuse<Result>(
            why, tr("'%1' has a query or a fragment, which an endpoint has not. %2").arg(endpoint, expected));
    QString reason;
    if (!HttpClient::isAllowed(url, &reason))
        return refuse<Result>(why, reason);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.isEmpty())
        path = QStringLiteral("/api/graphql");
    else if (!path.endsWith(QLatin1String("/graphql")))
        return refuse<Result>(
            why, tr("'%1' is neither a server's address nor a GraphQL endpoint. %2").arg(endpoint, expected));
    url.setPath(path);
    return url;
}

std::optional<std::pair<QString, QString>> PublishTarget::splitRepository(const QString &repository, QString *why)
{
    using Result = std::optional<std::pair<QString, QString>>;
    static const QRegularExpression shape(
        QStringLiteral("^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)/([A-Za-z0-9._-]+)$"));
    const QString text = repository.trimmed();
    if (text.isEmpty())
        return refuse<Result>(why, tr("No repository is set: give one as OWNER/NAME."));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch() || match.captured(2) == QLatin1String(".") || match.captured(2) == QLatin1String(".."))
        return refuse<Result>(
            why, tr("'%1' is not a repository: give it as OWNER/NAME, such as acme/postmortems.").arg(repository));
    return std::pair{match.captured(1), match.captured(2)};
}

DocumentLanguage PublishTarget::defaultLanguage()
{
    return QLocale().language() == QLocale::Japanese ? DocumentLanguage::Japanese : DocumentLanguage::English;
}

} // namespace hindsight
