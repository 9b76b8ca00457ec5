#include "githubclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>

namespace hindsight {

namespace {

using namespace std::chrono;
using Kind = PublishError::Kind;

QString tr(const char *text)
{
    return QCoreApplication::translate("GitHubClient", text);
}

QString count(qint64 n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}

/// "45 seconds", "3 minutes", "2 hours 5 minutes".
QString duration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 1);
    if (seconds < 90)
        return count(seconds, "1 second", "%1 seconds");
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 90)
        return count(minutes, "1 minute", "%1 minutes");
    const QString hours = count(minutes / 60, "1 hour", "%1 hours");
    return minutes % 60 == 0 ? hours : hours + QLatin1Char(' ') + count(minutes % 60, "1 minute", "%1 minutes");
}

/// How long a rate-limited answer says to wait: `retry-after`, else until `x-ratelimit-reset` when no requests
/// remain, else a minute.
milliseconds rateLimitWait(const HttpResponse &response)
{
    bool ok = false;
    const qint64 retryAfter = response.header("retry-after").trimmed().toLongLong(&ok);
    if (ok && retryAfter >= 0)
        return seconds(retryAfter);
    if (response.header("x-ratelimit-remaining").trimmed() == "0") {
        const qint64 reset = response.header("x-ratelimit-reset").trimmed().toLongLong(&ok);
        if (ok)
            return seconds(std::max<qint64>(reset - QDateTime::currentSecsSinceEpoch(), 0) + 1);
    }
    return minutes(1);
}

bool looksRateLimited(const HttpResponse &response)
{
    return !response.header("retry-after").isNull() || response.header("x-ratelimit-remaining").trimmed() == "0" ||
           response.body.toLower().contains("rate limit");
}

/// GitHub's `message`, when the answer is JSON that has one.
QString messageOf(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject() ? document.object().value(QLatin1String("message")).toString() : QString();
}

QString string(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

QJsonObject object(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toObject();
}

} // namespace

QByteArray GraphQLRequest::body() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("query"), query},
                                     {QStringLiteral("operationName"), operationName},
                                     {QStringLiteral("variables"), variables}})
        .toJson(QJsonDocument::Compact);
}

std::optional<DiscussionCategory> GitHubRepository::category(const QString &nameOrSlug) const
{
    const QString wanted = nameOrSlug.trimmed();
    for (const DiscussionCategory &category : categories) {
        if (category.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
            category.slug.compare(wanted, Qt::CaseInsensitive) == 0)
            return category;
    }
    return std::nullopt;
}

GitHubClient::GitHubClient(const QUrl &endpoint, const GitHubToken &token)
    : m_endpoint(endpoint)
    , m_token(token)
{}

void GitHubClient::setCancelFlag(const std::atomic<bool> *flag)
{
    m_cancel = flag;
    m_http.setCancelFlag(flag);
}

HttpRequest GitHubClient::httpRequest(const GraphQLRequest &request) const
{
    HttpRequest http;
    http.url = m_endpoint;
    http.headers = {{QByteArrayLiteral("Authorization"), m_token.authorizationHeader()},
                    {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                    {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    http.body = request.body();
    return http;
}

QString GitHubClient::describe(const GraphQLRequest &request) const
{
    const QJsonObject body{{QStringLiteral("query"), request.query},
                           {QStringLiteral("operationName"), request.operationName},
                           {QStringLiteral("variables"), request.variables}};
    QString text = QStringLiteral("POST ") + m_endpoint.toDisplayString() + QLatin1Char('\n');
    text += QStringLiteral("Authorization: bearer ") + GitHubToken::mask() + QStringLiteral("  (") +
            (m_token.isEmpty() ? tr("no token found") : m_token.sourceDescription()) + QStringLiteral(")\n");
    text += QStringLiteral("Content-Type: application/json\nAccept: application/json\nUser-Agent: ") +
            QString::fromLatin1(HttpClient::userAgent()) + QStringLiteral("\n\n");
    text += QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented));
    return m_token.scrub(text);
}

void GitHubClient::fail(PublishError::Kind kind, const QString &message, int retryAfterSeconds) const
{
    throw PublishError(kind, m_token.scrub(message), retryAfterSeconds);
}

void GitHubClient::progress(const QString &message) const
{
    if (m_progress)
        m_progress(m_token.scrub(message));
}

void GitHubClient::checkCancelled() const
{
    if (m_cancel && m_cancel->load())
        fail(Kind::Cancelled, tr("Cancelled."));
}

void GitHubClient::wait(milliseconds duration)
{
    const auto end = steady_clock::now() + duration;
    while (steady_clock::now() < end) {
        checkCancelled();
        const auto left = duration_cast<milliseconds>(end - steady_clock::now());
        QThread::msleep(ulong(std::clamp<qint64>(left.count(), 0, 50)));
    }
    checkCancelled();
}

void GitHubClient::checkMaySend() const
{
    if (m_token.isEmpty()) {
        fail(Kind::BadCredentials, tr("No GitHub token: put one in the environment variable HINDSIGHT_GITHUB_TOKEN, or "
                                      "in the system keychain."));
    }
    // Every request leaves through here: a token meant for another host stops it.
    if (QString why; !m_token.mayBeSentTo(m_endpoint, &why))
        fail(Kind::Refused, why + QLatin1Char(' ') + tr("Nothing was sent."));
}

void GitHubClient::spaceMutations(const GraphQLRequest &request)
{
    if (!request.mutation)
        return;
    if (m_lastMutation) {
        const auto since = duration_cast<milliseconds>(steady_clock::now() - *m_lastMutation);
        if (since < m_retry.mutationSpacing)
            wait(m_retry.mutationSpacing - since);
    }
    m_lastMutation = steady_clock::now();
}

void GitHubClient::failWithoutAnswer(const HttpClient::Result &result) const
{
    switch (result.failure) {
    case HttpClient::Failure::None:
        return;
    case HttpClient::Failure::Cancelled:
        fail(Kind::Cancelled, tr("Cancelled."));
    case HttpClient::Failure::Timeout:
        fail(Kind::Timeout,
             result.error + QLatin1Char(' ') + tr("GitHub may be slow or the network may be down; try again later."));
    case HttpClient::Failure::RefusedUrl:
    case HttpClient::Failure::Network:
    case HttpClient::Failure::Certificate:
        fail(Kind::Network, result.error);
    case HttpClient::Failure::Truncated:
    case HttpClient::Failure::TooLarge:
        fail(Kind::BadResponse, result.error + QLatin1Char(' ') + tr("Try again later."));
    }
}

void GitHubClient::failUnauthorized(const HttpResponse &response) const
{
    fail(Kind::BadCredentials,
         tr("GitHub does not accept %1 (HTTP 401: %2): it is wrong, has expired or was revoked. "
            "Create a new token and store it again.")
             .arg(m_token.sourceDescription(),
                  messageOf(response.body).isEmpty() ? QStringLiteral("Bad credentials") : messageOf(response.body)));
}

void GitHubClient::failForbidden(const HttpResponse &response) const
{
    fail(Kind::Forbidden, tr("GitHub refused %1 (HTTP 403: %2). A classic token needs the repo "
                             "scope (public_repo for a public repository); a fine-grained token needs read "
                             "and write access to the repository's Discussions.")
                              .arg(m_token.sourceDescription(), messageOf(response.body)));
}

void GitHubClient::failUnlessOk(const HttpResponse &response) const
{
    const int status = response.status;
    if (status == 404) {
        fail(Kind::NotFound, tr("There is no GitHub GraphQL API at %1 (HTTP 404). Check the endpoint setting: "
                                "github.com, or a GitHub Enterprise Server's address.")
                                 .arg(m_endpoint.toDisplayString()));
    }
    if (status != 200) {
        const QString message = messageOf(response.body);
        fail(Kind::Failed, tr("GitHub answered HTTP %1%2.")
                               .arg(status)
                               .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message));
    }
}

milliseconds GitHubClient::waitForRateLimit(milliseconds suggested, milliseconds previousWait, int attempt,
                                            int attempts)
{
    // Each wait at least doubles the one before, so that a limit that does not lift is given up on.
    const milliseconds waitFor = std::max(suggested, previousWait * 2);
    const qint64 secondsLeft = duration_cast<seconds>(waitFor + milliseconds(999)).count();
    if (attempt >= attempts || waitFor > m_retry.maxWait) {
        const QString at = QDateTime::currentDateTime().addSecs(secondsLeft).toString(QStringLiteral("HH:mm"));
        fail(Kind::RateLimited,
             tr("GitHub's rate limit for this token is reached: it accepts requests again in %1 (at %2). "
                "Try again then.")
                 .arg(duration(secondsLeft), at),
             int(std::max<qint64>(secondsLeft, 1)));
    }
    progress(tr("GitHub's rate limit is reached: waiting %1 before trying again (try %2 of %3).")
                 .arg(duration(secondsLeft))
                 .arg(attempt + 1)
                 .arg(attempts));
    wait(waitFor);
    return waitFor;
}

void GitHubClient::waitAfterServerError(int status, int attempt, int attempts, bool retryServerErrors)
{
    if (!retryServerErrors || attempt >= attempts) {
        fail(Kind::ServerError, retryServerErrors
                                    ? tr("GitHub answered HTTP %1 (a server error) %2 times in a row; try again later.")
                                          .arg(status)
                                          .arg(attempt)
                                    : tr("GitHub answered HTTP %1 (a server error).").arg(status));
    }
    const milliseconds backoff = m_retry.firstBackoff * (1 << std::min(attempt - 1, 10));
    progress(tr("GitHub answered HTTP %1: trying again in %2 (try %3 of %4).")
                 .arg(status)
                 .arg(duration(duration_cast<seconds>(backoff + milliseconds(999)).count()))
                 .arg(attempt + 1)
                 .arg(attempts));
    wait(backoff);
}

QJsonObject GitHubClient::send(const GraphQLRequest &request)
{
    checkMaySend();
    // Creating is not repeated when GitHub may have done it already (a 5xx says nothing about that).
    const bool retryServerErrors = request.operationName != QLatin1String("HindsightCreateDiscussion");
    const int attempts = std::max(m_retry.maxAttempts, 1);
    milliseconds lastRateLimitWait{0};
    for (int attempt = 1;; ++attempt) {
        checkCancelled();
        spaceMutations(request);
        const HttpClient::Result result = m_http.post(httpRequest(request));
        failWithoutAnswer(result);

        const HttpResponse &response = result.response;
        const int status = response.status;
        if (status == 401)
            failUnauthorized(response);
        if ((status == 403 || status == 429) && looksRateLimited(response)) {
            lastRateLimitWait = waitForRateLimit(rateLimitWait(response), lastRateLimitWait, attempt, attempts);
            continue;
        }
        if (status == 403)
            failForbidden(response);
        if (status == 502 || status == 503 || status == 504) {
            waitAfterServerError(status, attempt, attempts, retryServerErrors);
            continue;
        }
        failUnlessOk(response);

        try {
            return answerData(response.body, m_endpoint.host(), m_token.sourceDescription());
        } catch (const PublishError &error) {
            if (error.kind() != Kind::RateLimited)
                fail(error.kind(), error.message());
        }
        lastRateLimitWait = waitForRateLimit(rateLimitWait(response), lastRateLimitWait, attempt, attempts);
    }
}

QJsonObject GitHubClient::answerData(const QByteArray &body, const QString &host, const QString &tokenDescription)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        throw PublishError(Kind::BadResponse,
                           tr("The answer from %1 is not GitHub's JSON (%2 at byte %3). Check the endpoint setting, or "
                              "try again later.")
                               .arg(host, parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                       : tr("not an object"))
                               .arg(parseError.offset));
    }
    const QJsonObject answer = document.object();
    const QJsonArray errors = answer.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty()) {
        QStringList types;
        QStringList messages;
        for (const QJsonValue &error : errors) {
            types << error.toObject().value(QLatin1String("type")).toString();
            messages << error.toObject().value(QLatin1String("message")).toString();
        }
        QString said = messages.join(QLatin1Char(' ')).trimmed();
        if (!said.isEmpty() && !said.endsWith(QLatin1Char('.')))
            said += QLatin1Char('.');
        if (types.contains(QLatin1String("RATE_LIMITED")) || types.contains(QLatin1String("RATE_LIMIT")))
            throw PublishError(Kind::RateLimited, tr("GitHub's rate limit is reached: %1").arg(said));
        if (types.contains(QLatin1String("NOT_FOUND")))
            throw PublishError(Kind::NotFound, tr("GitHub found nothing there: %1").arg(said));
        if (types.contains(QLatin1String("FORBIDDEN"))) {
            throw PublishError(
                Kind::Forbidden,
                tr("GitHub refused %1: %2 A classic token needs the repo scope (public_repo for a public "
                   "repository); a fine-grained token needs read and write access to the repository's "
                   "Discussions.")
                    .arg(tokenDescription, said));
        }
        throw PublishError(Kind::Failed, tr("GitHub refused the request: %1").arg(said));
    }
    const QJsonValue data = answer.value(QLatin1String("data"));
    if (!data.isObject())
        throw PublishError(Kind::BadResponse, tr("The answer from %1 has no data. Try again later.").arg(host));
    return data.toObject();
}

GitHubRepository GitHubClient::repository(const QString &owner, const QString &name)
{
    const QString fullName = owner + QLatin1Char('/') + name;
    QJsonObject data;
    try {
        data = send(repositoryRequest(owner, name));
    } catch (const PublishError &error) {
        if (error.kind() != Kind::NotFound)
            throw;
        fail(Kind::NotFound, tr("GitHub has no repository %1, or %2 cannot see it. Check the name; a "
                                "private repository needs a token with access to it.")
                                 .arg(fullName, m_token.sourceDescription()));
    }
    return repositoryIn(data, fullName, m_token.sourceDescription());
}

GitHubRepository GitHubClient::repositoryIn(const QJsonObject &data, const QString &fullName,
                                            const QString &tokenDescription)
{
    const QJsonValue value = data.value(QLatin1String("repository"));
    if (value.isNull()) {
        throw PublishError(Kind::NotFound,
                           tr("GitHub has no repository %1, or %2 cannot see it.").arg(fullName, tokenDescription));
    }
    const QJsonObject repository = value.toObject();
    GitHubRepository result;
    result.id = string(repository, "id");
    result.nameWithOwner = string(repository, "nameWithOwner");
    result.hasDiscussionsEnabled = repository.value(QLatin1String("hasDiscussionsEnabled")).toBool();
    if (result.id.isEmpty() || !repository.value(QLatin1String("hasDiscussionsEnabled")).isBool()) {
        throw PublishError(Kind::BadResponse,
                           tr("GitHub's answer about %1 lacks its id. Try again later.").arg(fullName));
    }
    if (result.nameWithOwner.isEmpty())
        result.nameWithOwner = fullName;
    const QJsonArray nodes = object(repository, "discussionCategories").value(QLatin1String("nodes")).toArray();
    for (const QJsonValue &node : nodes) {
        const QJsonObject category = node.toObject();
        result.categories << DiscussionCategory{
            string(category, "id"),          string(category, "name"),
            string(category, "slug"),        string(category, "emoji"),
            string(category, "description"), category.value(QLatin1String("isAnswerable")).toBool()};
    }
    return result;
}

std::optional<Discussion> GitHubClient::discussion(const QString &id)
{
    QJsonObject data;
    try {
        data = send(discussionRequest(id));
    } catch (const PublishError &error) {
        if (error.kind() == Kind::NotFound)
            return std::nullopt; // deleted on GitHub
        throw;
    }
    return discussionIn(data, id);
}

std::optional<Discussion> GitHubClient::discussionIn(const QJsonObject &data, const QString &id)
{
    const QJsonObject node = object(data, "node");
    if (string(node, "id").isEmpty())
        return std::nullopt;
    Discussion discussion{string(node, "id"), node.value(QLatin1String("number")).toInt(), string(node, "url"),
                          string(object(node, "repository"), "nameWithOwner"), string(object(node, "category"), "id")};
    if (discussion.number <= 0 || discussion.url.isEmpty()) {
        throw PublishError(Kind::BadResponse,
                           tr("GitHub's answer about discussion %1 lacks its number or address.").arg(id));
    }
    return discussion;
}

std::optional<Discussion> GitHubClient::findDiscussion(const QString &owner, const QString &name,
                                                       const QString &categoryId, const QString &marker)
{
    QString after;
    for (int page = 1; page <= MaxDiscussionPages; ++page) {
        if (page > 1)
            progress(tr("Looking for an earlier publication: page %1 of the category's discussions.").arg(page));
        const DiscussionsPage found = discussionsPageIn(send(discussionsPageRequest(owner, name, categoryId, after)),
                                                        owner, name, categoryId, marker);
        if (found.found || found.nextCursor.isEmpty())
            return found.found;
        after = found.nextCursor;
    }
    fail(Kind::Failed,
         tr("The category holds more than %1 discussions, too many to look through for an earlier publication of this "
            "postmortem, so none was created, to avoid a duplicate. Publish it to a category with fewer discussions.")
             .arg(MaxDiscussionPages * DiscussionsPerPage));
}

GitHubClient::DiscussionsPage GitHubClient::discussionsPageIn(const QJsonObject &data, const QString &owner,
                                                              const QString &name, const QString &categoryId,
                                                              const QString &marker)
{
    const QJsonValue repository = data.value(QLatin1String("repository"));
    if (repository.isNull()) {
        throw PublishError(Kind::NotFound,
                           tr("GitHub has no repository %1/%2, or the token cannot see it.").arg(owner, name));
    }
    const QJsonObject discussions = object(repository.toObject(), "discussions");
    const QJsonValue nodes = discussions.value(QLatin1String("nodes"));
    const QJsonObject pageInfo = object(discussions, "pageInfo");
    if (!nodes.isArray() || !pageInfo.value(QLatin1String("hasNextPage")).isBool()) {
        throw PublishError(Kind::BadResponse,
                           tr("GitHub's list of discussions lacks its entries or its page information."));
    }
    for (const QJsonValue &value : nodes.toArray()) {
        const QJsonObject node = value.toObject();
        if (!string(node, "body").contains(marker))
            continue;
        Discussion found{string(node, "id"), node.value(QLatin1String("number")).toInt(), string(node, "url"),
                         owner + QLatin1Char('/') + name, categoryId};
        if (found.id.isEmpty() || found.number <= 0) {
            throw PublishError(Kind::BadResponse,
                               tr("GitHub's list of discussions has an entry without its id or number."));
        }
        return {found, QString()};
    }
    if (!pageInfo.value(QLatin1String("hasNextPage")).toBool())
        return {};
    const QString after = string(pageInfo, "endCursor");
    if (after.isEmpty()) {
        throw PublishError(Kind::BadResponse,
                           tr("GitHub's list of discussions says there is more but gives no cursor."));
    }
    return {std::nullopt, after};
}

Discussion GitHubClient::mutatedDiscussionIn(const QJsonObject &data, const char *mutation, const QString &host)
{
    const QJsonObject discussion = object(object(data, mutation), "discussion");
    Discussion result{string(discussion, "id"), discussion.value(QLatin1String("number")).toInt(),
                      string(discussion, "url"), QString(), QString()};
    if (result.id.isEmpty() || result.number <= 0 || result.url.isEmpty()) {
        throw PublishError(Kind::BadResponse,
                           tr("The answer from %1 lacks the discussion's id, number or address.").arg(host));
    }
    return result;
}

Discussion GitHubClient::createDiscussion(const QString &repositoryId, const QString &categoryId, const QString &title,
                                          const QString &body)
{
    return mutatedDiscussionIn(send(createDiscussionRequest(repositoryId, categoryId, title, body)), "createDiscussion",
                               m_endpoint.host());
}

Discussion GitHubClient::updateDiscussion(const QString &discussionId, const QString &categoryId, const QString &title,
                                          const QString &body)
{
    return mutatedDiscussionIn(send(updateDiscussionRequest(discussionId, categoryId, title, body)), "updateDiscussion",
                               m_endpoint.host());
}

} // namespace hindsight
