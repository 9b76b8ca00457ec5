#pragma once

#include "githubtoken.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>

namespace hindsight {

/// The GitHub token in the system keychain (Secret Service or KWallet on Linux, the Keychain on macOS, the
/// Credential Store on Windows), through QtKeychain: one token per GitHub API host (and port), under the service
/// `hindsight`. A token read for one host is bound to it: GitHubClient never sends it to another.
///
/// Never falls back to a plain-text file. Where there is no keychain (a headless machine: the Secret Service needs
/// a D-Bus session), every operation ends with Status::Unavailable and a message that says to use
/// $HINDSIGHT_GITHUB_TOKEN instead.
///
/// QtKeychain's jobs are asynchronous: read(), write() and remove() return at once and emit finished() from the
/// event loop of the object's thread. The ...Now() functions wait for the result in a local event loop, for the
/// command line; they need a QCoreApplication.
class TokenKeychain : public QObject
{
    Q_OBJECT

public:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };

    enum class Status
    {
        Done,
        /// Read or Remove: there is no token for this host.
        NotFound,
        /// No keychain on this machine, or it could not be reached.
        Unavailable,
        /// The keychain refused (access denied by the user, locked), or another error.
        Failed
    };

    struct Outcome
    {
        Operation operation = Operation::Read;
        Status status = Status::Failed;
        /// For a successful Read.
        GitHubToken token;
        /// What happened, for people (empty when Done).
        QString message;

        bool ok() const { return status == Status::Done; }
    };

    explicit TokenKeychain(QObject *parent = nullptr);
    ~TokenKeychain() override;

    /// The keychain entry's name for `endpoint`'s host: `github-token@api.github.com`.
    static QString key(const QUrl &endpoint);

    void read(const QUrl &endpoint);
    void write(const QUrl &endpoint, const QByteArray &token);
    void remove(const QUrl &endpoint);
    /// Whether an operation is under way (one at a time).
    bool isBusy() const { return m_busy; }

    /// The same, waiting at most `timeout` (a locked keychain may ask the user to unlock it).
    static Outcome readNow(const QUrl &endpoint, std::chrono::milliseconds timeout = std::chrono::seconds(60));
    static Outcome writeNow(const QUrl &endpoint, const QByteArray &token,
                            std::chrono::milliseconds timeout = std::chrono::seconds(60));
    static Outcome removeNow(const QUrl &endpoint, std::chrono::milliseconds timeout = std::chrono::seconds(60));

signals:
    void finished(const hindsight::TokenKeychain::Outcome &outcome);

private:
    void start(Operation operation, const QUrl &endpoint, const QByteArray &token);
    static Outcome waitFor(Operation operation, const QUrl &endpoint, const QByteArray &token,
                           std::chrono::milliseconds timeout);

    bool m_busy = false;
};

} // namespace hindsight

Q_DECLARE_METATYPE(hindsight::TokenKeychain::Outcome)
