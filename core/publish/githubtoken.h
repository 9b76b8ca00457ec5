#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace hindsight {

/// A GitHub token, where it came from and so where it may go. Its value only leaves through authorizationHeader(), for
/// the request itself: everything meant for people (descriptions, dry runs, messages) shows where it came from, never
/// what it is. Hindsight never writes a token to its store, its settings, its logs or an export.
///
/// A token goes only to the host it is meant for (mayBeSentTo()), as the gh tool has it: $GH_TOKEN and $GITHUB_TOKEN
/// to github.com, $GH_ENTERPRISE_TOKEN and $GITHUB_ENTERPRISE_TOKEN to a GitHub Enterprise Server (any other host),
/// $HINDSIGHT_GITHUB_TOKEN to the endpoint the user configured, and a token from the keychain to the host it was saved
/// for. GitHubClient refuses to send one anywhere else.
class GitHubToken
{
public:
    enum class Source
    {
        None,
        /// $HINDSIGHT_GITHUB_TOKEN: Hindsight's own variable, for whatever endpoint is configured.
        HindsightVariable,
        /// $GH_TOKEN or $GITHUB_TOKEN: github.com only.
        GitHubVariable,
        /// $GH_ENTERPRISE_TOKEN or $GITHUB_ENTERPRISE_TOKEN: a GitHub Enterprise Server only.
        EnterpriseVariable,
        /// The system keychain's token for one host (see TokenKeychain): that host only.
        Keychain,
        /// Handed in by the caller (a GUI field, a test) for the endpoint it is used with.
        Given,
        /// Typed into the window for this session only (where there is no keychain), held in memory for one host,
        /// hostKey() in `origin`: that host only.
        Session
    };

    GitHubToken() = default;
    /// `origin` is the variable's name for a variable, and hostKey() of the host it was saved for for Keychain (a
    /// keychain token without one goes nowhere).
    GitHubToken(const QByteArray &value, Source source, const QString &origin = QString());

    /// The token from the environment meant for `endpoint` (a GraphQL URL, see PublishTarget::graphqlUrl()):
    /// $HINDSIGHT_GITHUB_TOKEN, else for github.com $GH_TOKEN then $GITHUB_TOKEN, for any other host
    /// $GH_ENTERPRISE_TOKEN then $GITHUB_ENTERPRISE_TOKEN; else an empty token. When a variable is set that is not
    /// meant for `endpoint`, `why` says so and which one to set instead (it is cleared otherwise).
    static GitHubToken fromEnvironment(const QUrl &endpoint, QString *why = nullptr);
    /// The variables fromEnvironment() reads for `endpoint`, in that order.
    static QStringList variablesFor(const QUrl &endpoint);
    /// Whether `endpoint` is github.com's: github.com or a host under it (api.github.com).
    static bool isGitHubCom(const QUrl &endpoint);
    /// `HOST` or `HOST:PORT` in lower case: the host a keychain token belongs to.
    static QString hostKey(const QUrl &endpoint);

    bool isEmpty() const { return m_value.isEmpty(); }
    Source source() const { return m_source; }
    /// Whether this token may be sent to `endpoint` (see above); `why` says why not, and what to do instead.
    bool mayBeSentTo(const QUrl &endpoint, QString *why = nullptr) const;
    /// Which token this is, for people: "the token from $HINDSIGHT_GITHUB_TOKEN", "the token from the system
    /// keychain"...
    QString sourceDescription() const;

    /// `bearer TOKEN`, the value of the Authorization header.
    QByteArray authorizationHeader() const;
    /// What is shown in the token's place: `********`.
    static QString mask();
    /// `text` with every occurrence of the token replaced by mask(): for anything that came back from a server or
    /// library and is about to be shown.
    QString scrub(const QString &text) const;
    /// Whether `text` contains the token.
    bool occursIn(const QString &text) const;

private:
    QByteArray m_value;
    Source m_source = Source::None;
    QString m_origin;
};

} // namespace hindsight
