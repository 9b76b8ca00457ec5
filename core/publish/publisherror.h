#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace hindsight {

/// Why a postmortem could not be published, or GitHub could not be asked. The message is for users: it says what
/// went wrong and what to do, and never contains the token. Whatever the kind, the local postmortem is unchanged.
class PublishError : public std::exception
{
public:
    enum class Kind
    {
        /// Refused before anything was sent: the postmortem is not approved, its body is too long for GitHub, the
        /// settings are incomplete, the redaction patterns cannot be used, or the token is not meant for the
        /// endpoint's host.
        Refused,
        /// No token, or GitHub does not accept it (HTTP 401 Bad credentials).
        BadCredentials,
        /// The token may not do this (GraphQL FORBIDDEN, HTTP 403).
        Forbidden,
        /// The repository, category or discussion does not exist, or the token cannot see it.
        NotFound,
        /// The repository has Discussions turned off.
        DiscussionsDisabled,
        /// GitHub's rate limit; retryAfterSeconds() says for how long, when GitHub said.
        RateLimited,
        /// GitHub answered 5xx, also after the retries.
        ServerError,
        /// No answer within the timeout.
        Timeout,
        /// GitHub could not be reached: no network, the name does not resolve, the connection is refused, or the
        /// certificate could not be verified.
        Network,
        /// An answer that is not what GitHub sends: not JSON, cut short, or without the expected fields.
        BadResponse,
        /// Cancelled by the user.
        Cancelled,
        /// Anything else GitHub refused (a GraphQL error of another type, an unexpected HTTP status).
        Failed
    };

    PublishError(Kind kind, QString message, int retryAfterSeconds = -1)
        : m_kind(kind)
        , m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
        , m_retryAfterSeconds(retryAfterSeconds)
    {}

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    /// For RateLimited: how many seconds until GitHub accepts requests again, or -1 when unknown.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    /// Whether nothing was sent to GitHub (a local refusal).
    bool isLocalRefusal() const { return m_kind == Kind::Refused; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_utf8;
    int m_retryAfterSeconds;
};

} // namespace hindsight
