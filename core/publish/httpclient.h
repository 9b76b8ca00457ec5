#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <memory>

namespace hindsight {

struct HttpHeader
{
    QByteArray name;
    QByteArray value;
};

struct HttpRequest
{
    QUrl url;
    /// Sent as given, after the client's own User-Agent.
    QList<HttpHeader> headers;
    /// POSTed as it is.
    QByteArray body;
};

struct HttpResponse
{
    int status = 0;
    /// In the order received; names in lower case.
    QList<HttpHeader> headers;
    QByteArray body;

    /// The value of the last header named `name` (lower case), or a null array.
    QByteArray header(const QByteArray &name) const;
};

struct HttpTimeouts
{
    /// To open the connection, TLS included.
    std::chrono::milliseconds connect{std::chrono::seconds(15)};
    /// For the whole request, from start to the last byte of the answer.
    std::chrono::milliseconds transfer{std::chrono::seconds(60)};
};

/// Hindsight's one HTTP client: libcurl behind Qt types, for the GitHub API.
///
/// HTTPS only, with certificate and host name verification. Plain HTTP, which would send the token in clear, only to
/// a loopback address (127.0.0.0/8, ::1, localhost) and only while $HINDSIGHT_ALLOW_HTTP is 1: for a test stand-in
/// on this machine such as the tests' fake GitHub. Redirects are not followed, so that credentials never go to
/// another host. Every request carries `User-Agent: Hindsight/<version>`, and ends after HttpTimeouts. A request can
/// be cancelled from another thread through the flag given to setCancelFlag(). Nothing is logged: headers and bodies
/// may hold secrets.
///
/// One client per thread; it keeps its connection open between requests.
class HttpClient
{
public:
    enum class Failure
    {
        None,
        /// Not HTTPS, and not plain HTTP to a loopback address allowed by $HINDSIGHT_ALLOW_HTTP; or not a URL at all.
        RefusedUrl,
        /// No answer within the timeouts.
        Timeout,
        /// The host cannot be resolved or reached, or the connection broke.
        Network,
        /// The server's certificate could not be verified.
        Certificate,
        /// The cancel flag was set.
        Cancelled,
        /// The connection closed before the whole answer arrived.
        Truncated,
        /// The answer is larger than MaxResponseBytes.
        TooLarge
    };

    struct Result
    {
        HttpResponse response;
        Failure failure = Failure::None;
        /// What went wrong, in a sentence for users (without the request's headers or body).
        QString error;

        bool ok() const { return failure == Failure::None; }
    };

    /// Answers larger than this are refused.
    static constexpr qsizetype MaxResponseBytes = 64 * 1024 * 1024;

    HttpClient();
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    void setTimeouts(const HttpTimeouts &timeouts) { m_timeouts = timeouts; }
    HttpTimeouts timeouts() const { return m_timeouts; }
    /// While `*flag` is true, requests stop as soon as libcurl checks it (at least once a second) and end with
    /// Failure::Cancelled. The flag must outlive the client's requests.
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }

    /// `Hindsight/<version>`.
    static QByteArray userAgent();
    /// Whether the client will send requests to `url`; `why` says why not.
    static bool isAllowed(const QUrl &url, QString *why = nullptr);
    /// Whether `host` is a loopback address (or `localhost`).
    static bool isLoopback(const QString &host);
    /// Whether $HINDSIGHT_ALLOW_HTTP is 1: plain HTTP to a loopback address is allowed.
    static bool loopbackHttpAllowed();

    /// POSTs the request and waits for the whole answer. Any HTTP status is a response; only failures to get one
    /// are failures.
    Result post(const HttpRequest &request);

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
    HttpTimeouts m_timeouts;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace hindsight
