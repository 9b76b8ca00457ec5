#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QUrl>

#include <optional>

class QObject;
class QTcpServer;
class QTcpSocket;

namespace hindsight::test {

/// A fake of GitHub's GraphQL API for Discussions, on 127.0.0.1 at a free port: an HTTP/1.1 server in its own
/// thread (so that a test can block on a client, or on a child process, while it answers). It answers the operations
/// Hindsight sends (by operation name) the way GitHub does, keeps the discussions made, and can be told to fail the
/// way GitHub fails (the shapes in shared/reference/github-discussions.md). Every method is safe from any thread.
class FakeGitHub
{
public:
    struct Category
    {
        QString id;
        QString name;
        QString slug;
    };

    struct Discussion
    {
        QString id;
        int number = 0;
        QString url;
        QString title;
        QString body;
        QString categoryId;
        /// OWNER/NAME of the repository it was made in.
        QString repository;
        /// Higher is more recent (the listing is newest first).
        int updated = 0;
    };

    struct Request
    {
        QByteArray method;
        QByteArray target;
        /// Names in lower case.
        QMap<QByteArray, QByteArray> headers;
        QByteArray body;
        QString operationName;
        QString query;
        QJsonObject variables;
        /// Everything received for this request, as it came.
        QByteArray raw;
    };

    enum class Failure
    {
        /// HTTP 401 {"message": "Bad credentials"}.
        BadCredentials,
        /// HTTP 200, errors [{type: FORBIDDEN}] ("Resource not accessible by personal access token").
        Forbidden,
        /// HTTP 200, errors [{type: NOT_FOUND}] on the operation's field.
        NotFound,
        /// HTTP 200, errors [{type: RATE_LIMITED}], with `retry-after` (seconds) when retryAfter >= 0.
        RateLimited,
        /// HTTP 403 with x-ratelimit-remaining 0 and x-ratelimit-reset retryAfter seconds from now.
        PrimaryRateLimit,
        /// HTTP 502 with GitHub's HTML page.
        BadGateway,
        /// Does the operation, then answers HTTP 502: the answer is lost, not the work.
        BadGatewayAfterDoing,
        /// Never answers.
        Hang,
        /// Announces a longer body than it sends, then closes the connection.
        Truncated,
        /// HTTP 200 with a body that is not JSON.
        Malformed,
        /// Resets the connection as soon as the request's headers arrive, before its body is read: the network
        /// dropped while the request was being sent, and it never reached GitHub. Applies to the next request
        /// whatever its operation (give no operation): which one it is is only known from the body.
        DroppedWhileSending
    };

    FakeGitHub();
    ~FakeGitHub();
    FakeGitHub(const FakeGitHub &) = delete;
    FakeGitHub &operator=(const FakeGitHub &) = delete;

    quint16 port() const { return m_port; }
    /// `http://127.0.0.1:PORT`, the address given as the endpoint (Hindsight posts to /api/graphql).
    QString address() const;

    /// The token the server accepts; any other gets HTTP 401.
    void setToken(const QByteArray &token);
    /// The repository it serves (OWNER/NAME), and whether it has Discussions.
    void setRepository(const QString &nameWithOwner, bool discussionsEnabled = true);
    QList<Category> categories() const;
    QList<Discussion> discussions() const;
    /// Adds a discussion someone else made (or an earlier Hindsight), as the newest.
    Discussion addDiscussion(const QString &categoryId, const QString &title, const QString &body);
    /// Deletes a discussion, as a user can on GitHub.
    void deleteDiscussion(const QString &id);

    /// The next request for `operation` (any request when it is empty) fails as `failure`, `times` times.
    void failNext(Failure failure, const QString &operation = {}, int times = 1, int retryAfter = 1);
    QList<Request> requests() const;
    /// The operation names of the requests received, in order.
    QStringList operations() const;
    void clearRequests();

private:
    struct Planned
    {
        Failure failure;
        QString operation;
        int retryAfter;
    };
    struct Answer
    {
        int status = 200;
        QByteArray reason = "OK";
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool hang = false;
        bool truncate = false;
    };

    void accept();
    void read(QTcpSocket *socket);
    Answer answer(const Request &request);
    QJsonObject perform(const Request &request);

    QThread m_thread;
    QObject *m_context = nullptr;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QMap<QTcpSocket *, QByteArray> m_buffers;

    mutable QMutex m_mutex;
    QByteArray m_token;
    QString m_owner = QStringLiteral("acme");
    QString m_name = QStringLiteral("postmortems");
    QString m_repositoryId = QStringLiteral("R_kgDOHindsight");
    bool m_discussionsEnabled = true;
    QList<Category> m_categories;
    QList<Discussion> m_discussions;
    int m_nextNumber = 41;
    int m_clock = 0;
    QList<Planned> m_failures;
    QList<Request> m_requests;
};

} // namespace hindsight::test
