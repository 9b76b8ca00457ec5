#include "tokenlookup.h"

#include "publish/tokenkeychain.h"

#include <QHash>

namespace hindsight {

namespace {

/// Session tokens by GitHubToken::hostKey(): in memory only.
QHash<QString, QByteArray> &sessionTokens()
{
    static QHash<QString, QByteArray> tokens;
    return tokens;
}

} // namespace

void TokenLookup::setSessionToken(const QUrl &endpoint, const QByteArray &value)
{
    if (value.isEmpty())
        sessionTokens().remove(GitHubToken::hostKey(endpoint));
    else
        sessionTokens().insert(GitHubToken::hostKey(endpoint), value);
}

TokenLookup::TokenLookup(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<hindsight::GitHubToken>();
}

void TokenLookup::start(const QUrl &endpoint)
{
    // A keychain read still running belongs to an earlier lookup: its answer is no longer wanted.
    if (m_keychain) {
        m_keychain->disconnect(this);
        m_keychain->deleteLater();
    }
    QString notMeantForIt;
    const GitHubToken fromEnvironment = GitHubToken::fromEnvironment(endpoint, &notMeantForIt);
    if (!fromEnvironment.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, fromEnvironment] { emit found(fromEnvironment); }, Qt::QueuedConnection);
        return;
    }
    if (const QByteArray session = sessionTokens().value(GitHubToken::hostKey(endpoint)); !session.isEmpty()) {
        const GitHubToken token(session, GitHubToken::Source::Session, GitHubToken::hostKey(endpoint));
        QMetaObject::invokeMethod(
            this, [this, token] { emit found(token); }, Qt::QueuedConnection);
        return;
    }
    m_keychain = new TokenKeychain(this);
    const QString host = endpoint.host();
    const QStringList variables = GitHubToken::variablesFor(endpoint);
    connect(m_keychain, &TokenKeychain::finished, this,
            [this, host, variables, notMeantForIt](const TokenKeychain::Outcome &outcome) {
                m_keychain->deleteLater();
                if (outcome.ok()) {
                    emit found(outcome.token);
                } else if (!notMeantForIt.isEmpty()) {
                    emit missing(outcome.status == TokenKeychain::Status::NotFound
                                     ? notMeantForIt
                                     : notMeantForIt + QLatin1Char(' ') + outcome.message);
                } else if (outcome.status == TokenKeychain::Status::NotFound) {
                    emit missing(tr("No GitHub token for %1: store one in Settings > Publishing to GitHub, or set the "
                                    "environment variable %2 (or %3, %4) before starting Hindsight.")
                                     .arg(host, variables.at(0), variables.at(1), variables.at(2)));
                } else {
                    emit missing(outcome.message);
                }
            });
    m_keychain->read(endpoint);
}

} // namespace hindsight
