#pragma once

#include "githubtoken.h"
#include "httpclient.h"
#include "publisherror.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace hindsight {

/// One GraphQL request: a document with its operation's name, and its variables. Text users wrote (titles, bodies)
/// goes into the variables only, never into the document.
struct GraphQLRequest
{
    QString operationName;
    QString query;
    QJsonObject variables;
    /// A mutation changes something on GitHub: it is paced, and not retried blindly when its outcome is unknown.
    bool mutation = false;

    /// `{"query": ..., "operationName": ..., "variables": ...}` in compact JSON.
    QByteArray body() const;
};

struct DiscussionCategory
{
    QString id;
    QString name;
    QString slug;
    QString emoji;
    QString description;
    bool isAnswerable = false;

    bool operator==(const DiscussionCategory &) const = default;
};

struct GitHubRepository
{
    QString id;
    /// `owner/name` as GitHub spells it.
    QString nameWithOwner;
    bool hasDiscussionsEnabled = false;
    QList<DiscussionCategory> categories;

    /// The category whose name or slug is `nameOrSlug`, case not minding.
    std::optional<DiscussionCategory> category(const QString &nameOrSlug) const;
};

struct Discussion
{
    QString id;
    int number = 0;
    QString url;
    /// `owner/name` of its repository, when the answer said (the lookup by id does).
    QString repository;
    /// When the answer said.
    QString categoryId;
};

/// Hindsight's client of GitHub's GraphQL API for Discussions: the documents it sends (each built by one of the
/// ...Request() functions below, and nowhere else), sent through HttpClient with the token, and GitHub's answers and
/// errors turned into values and PublishErrors that say what to do. A token is only sent where it may go
/// (GitHubToken::mayBeSentTo()); anywhere else the request is refused (PublishError::Refused) before it is sent.
///
/// Retries: an answer of 502, 503 or 504 is retried with exponential backoff, except for a mutation that creates
/// something (GitHub may have done it; DiscussionPublisher looks before trying again). A rate-limited request waits as
/// GitHub says (`retry-after`, else until `x-ratelimit-reset` when none remain, else a minute), backing off further on
/// each retry, and gives up at once when the wait would be longer than RetryPolicy::maxWait, saying how long to wait.
/// Mutations are sent at least RetryPolicy::mutationSpacing apart, as GitHub asks. Timeouts are not retried.
///
/// Runs in any thread (one client per thread); cancel through the flag of setCancelFlag(), which also ends waits.
class GitHubClient
{
public:
    struct RetryPolicy
    {
        /// Tries of one request, the first included.
        int maxAttempts = 4;
        /// The longest wait for a rate limit that is worth waiting for.
        std::chrono::milliseconds maxWait{std::chrono::minutes(2)};
        /// The first wait after a server error; doubled on each retry.
        std::chrono::milliseconds firstBackoff{std::chrono::seconds(1)};
        std::chrono::milliseconds mutationSpacing{std::chrono::seconds(1)};
    };

    /// Discussions searched per page, and pages at most, when looking for an earlier publication.
    static constexpr int DiscussionsPerPage = 50;
    static constexpr int MaxDiscussionPages = 200;

    GitHubClient(const QUrl &endpoint, const GitHubToken &token);

    QUrl endpoint() const { return m_endpoint; }
    void setTimeouts(const HttpTimeouts &timeouts) { m_http.setTimeouts(timeouts); }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setCancelFlag(const std::atomic<bool> *flag);
    /// Called (in the client's thread) with a sentence for people whenever the client waits or looks further.
    void setProgressHandler(std::function<void(const QString &)> handler) { m_progress = std::move(handler); }

    /// The repository with its discussion categories. Throws PublishError.
    GitHubRepository repository(const QString &owner, const QString &name);
    /// The discussion with this node id; nullopt when it no longer exists (deleted) or is not a discussion.
    std::optional<Discussion> discussion(const QString &id);
    /// The most recently updated discussion of the category whose body contains `marker`, looking through at most
    /// MaxDiscussionPages pages (then throws PublishError::Failed rather than guess).
    std::optional<Discussion> findDiscussion(const QString &owner, const QString &name, const QString &categoryId,
                                             const QString &marker);
    Discussion createDiscussion(const QString &repositoryId, const QString &categoryId, const QString &title,
                                const QString &body);
    Discussion updateDiscussion(const QString &discussionId, const QString &categoryId, const QString &title,
                                const QString &body);

    // Every document the client sends. The schema check (tests/graphql) validates exampleRequests() against GitHub's
    // published schema.
    static GraphQLRequest repositoryRequest(const QString &owner, const QString &name);
    static GraphQLRequest discussionRequest(const QString &id);
    static GraphQLRequest discussionsPageRequest(const QString &owner, const QString &name, const QString &categoryId,
                                                 const QString &after);
    static GraphQLRequest createDiscussionRequest(const QString &repositoryId, const QString &categoryId,
                                                  const QString &title, const QString &body);
    static GraphQLRequest updateDiscussionRequest(const QString &discussionId, const QString &categoryId,
                                                  const QString &title, const QString &body);
    /// One request of each kind above, with example values.
    static QList<GraphQLRequest> exampleRequests();

    /// The HTTP request that sends `request` (POST to the endpoint, JSON, the Authorization header with the token).
    HttpRequest httpRequest(const GraphQLRequest &request) const;
    /// The same as text for people: the request line, the headers with the token masked, and the body as indented
    /// JSON. What a dry run shows.
    QString describe(const GraphQLRequest &request) const;

    /// Sends `request` with the retries described above and returns the answer's `data`. Throws PublishError.
    QJsonObject send(const GraphQLRequest &request);

    // GitHub's answers read, apart from sending, so that any answer can be tested on its own (fuzz_github_response).
    // Each throws PublishError with a message for users: `host` and `tokenDescription` are named in it, never the
    // token, but GitHub's own words may be, so send() scrubs them.

    /// The `data` of an answer with HTTP status 200. An answer listing errors throws by their type (NotFound,
    /// Forbidden, RateLimited, else Failed); one that is not GitHub's JSON or has no data throws BadResponse.
    static QJsonObject answerData(const QByteArray &body, const QString &host, const QString &tokenDescription);
    /// The repository in the `data` of repositoryRequest()'s answer.
    static GitHubRepository repositoryIn(const QJsonObject &data, const QString &fullName,
                                         const QString &tokenDescription);
    /// The discussion in the `data` of discussionRequest()'s answer; nullopt when the node is not a discussion.
    static std::optional<Discussion> discussionIn(const QJsonObject &data, const QString &id);
    /// One page of discussionsPageRequest()'s answer: the first discussion whose body holds `marker`, else the cursor
    /// of the next page (empty on the last page).
    struct DiscussionsPage
    {
        std::optional<Discussion> found;
        QString nextCursor;
    };
    static DiscussionsPage discussionsPageIn(const QJsonObject &data, const QString &owner, const QString &name,
                                             const QString &categoryId, const QString &marker);
    /// The discussion that a create (`createDiscussion`) or update (`updateDiscussion`) mutation returned.
    static Discussion mutatedDiscussionIn(const QJsonObject &data, const char *mutation, const QString &host);

private:
    [[noreturn]] void fail(PublishError::Kind kind, const QString &message, int retryAfterSeconds = -1) const;
    void wait(std::chrono::milliseconds duration);
    void checkCancelled() const;
    void progress(const QString &message) const;

    // The steps of send().
    /// Refuses before anything is sent: no token, or one not meant for the endpoint.
    void checkMaySend() const;
    /// Waits until RetryPolicy::mutationSpacing has passed since the last mutation, if `request` is one.
    void spaceMutations(const GraphQLRequest &request);
    /// Throws when no HTTP answer came at all.
    void failWithoutAnswer(const HttpClient::Result &result) const;
    [[noreturn]] void failUnauthorized(const HttpResponse &response) const;
    [[noreturn]] void failForbidden(const HttpResponse &response) const;
    /// Throws for any status but 200 (after rate limits and server errors have been dealt with).
    void failUnlessOk(const HttpResponse &response) const;
    /// Waits out a rate limit before the next attempt, or throws when no attempt is left or the wait would be longer
    /// than RetryPolicy::maxWait. Returns how long it waited.
    std::chrono::milliseconds waitForRateLimit(std::chrono::milliseconds suggested,
                                               std::chrono::milliseconds previousWait, int attempt, int attempts);
    /// Backs off before trying again after a 502, 503 or 504, or throws when the request is not to be repeated or no
    /// attempt is left.
    void waitAfterServerError(int status, int attempt, int attempts, bool retryServerErrors);

    QUrl m_endpoint;
    GitHubToken m_token;
    HttpClient m_http;
    RetryPolicy m_retry;
    const std::atomic<bool> *m_cancel = nullptr;
    std::function<void(const QString &)> m_progress;
    std::optional<std::chrono::steady_clock::time_point> m_lastMutation;
};

} // namespace hindsight
