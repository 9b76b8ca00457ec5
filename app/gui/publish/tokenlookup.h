#pragma once

#include "publish/githubtoken.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace hindsight {

class TokenKeychain;

/// Finds the GitHub token to send to an endpoint, without blocking the window: the environment's token meant for that
/// host (GitHubToken: $HINDSIGHT_GITHUB_TOKEN, else $GH_TOKEN/$GITHUB_TOKEN for github.com or
/// $GH_ENTERPRISE_TOKEN/$GITHUB_ENTERPRISE_TOKEN for another host, as the command line does), else the system
/// token given for this session (setSessionToken()), else the keychain's token for the endpoint's host, which
/// QtKeychain reads asynchronously. Ends with found() or missing(),
/// once per start().
class TokenLookup : public QObject
{
    Q_OBJECT

public:
    explicit TokenLookup(QObject *parent = nullptr);

    /// Starts looking for `endpoint`'s token; a lookup under way is forgotten.
    void start(const QUrl &endpoint);

    /// A token typed into the window for `endpoint`'s host, for this session only: held in this process's memory
    /// (never written anywhere, forgotten when Hindsight quits), found after the environment's and before the
    /// keychain's, and sent to that host only. An empty value forgets it.
    static void setSessionToken(const QUrl &endpoint, const QByteArray &value);

signals:
    void found(const hindsight::GitHubToken &token);
    /// No token anywhere; `message` says where it was looked for and what to do.
    void missing(const QString &message);

private:
    QPointer<TokenKeychain> m_keychain;
};

} // namespace hindsight
