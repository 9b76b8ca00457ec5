#include "tokenkeychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace hindsight {

namespace {

const QString Service = QStringLiteral("hindsight");

QString tr(const char *text)
{
    return QCoreApplication::translate("TokenKeychain", text);
}

TokenKeychain::Outcome outcomeOf(TokenKeychain::Operation operation, const QUrl &endpoint, const QKeychain::Job &job)
{
    using Status = TokenKeychain::Status;
    TokenKeychain::Outcome outcome;
    outcome.operation = operation;
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        outcome.status = Status::Done;
        if (operation == TokenKeychain::Operation::Read) {
            const auto &read = static_cast<const QKeychain::ReadPasswordJob &>(job);
            // Bound to the host it was saved for: GitHubClient sends it nowhere else.
            outcome.token =
                GitHubToken(read.binaryData(), GitHubToken::Source::Keychain, GitHubToken::hostKey(endpoint));
            if (outcome.token.isEmpty()) {
                outcome.status = Status::NotFound;
                outcome.message = tr("The system keychain holds an empty GitHub token.");
            }
        }
        break;
    case QKeychain::EntryNotFound:
        outcome.status = Status::NotFound;
        outcome.message = tr("The system keychain holds no GitHub token for this host.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // QtKeychain reports a missing Secret Service (no D-Bus session on a headless machine) as OtherError.
        outcome.status = Status::Unavailable;
        outcome.message = tr("No system keychain is available here (%1). Put the token in the environment variable "
                             "HINDSIGHT_GITHUB_TOKEN instead; Hindsight never stores it in a plain file.")
                              .arg(detail);
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::CouldNotDeleteEntry:
        outcome.status = Status::Failed;
        outcome.message = tr("The system keychain refused: %1. Unlock it and try again, or put the token in the "
                             "environment variable HINDSIGHT_GITHUB_TOKEN.")
                              .arg(detail);
        break;
    }
    return outcome;
}

} // namespace

TokenKeychain::TokenKeychain(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<hindsight::TokenKeychain::Outcome>();
}

TokenKeychain::~TokenKeychain() = default;

QString TokenKeychain::key(const QUrl &endpoint)
{
    return QStringLiteral("github-token@") + GitHubToken::hostKey(endpoint);
}

void TokenKeychain::read(const QUrl &endpoint)
{
    start(Operation::Read, endpoint, {});
}

void TokenKeychain::write(const QUrl &endpoint, const QByteArray &token)
{
    start(Operation::Write, endpoint, token);
}

void TokenKeychain::remove(const QUrl &endpoint)
{
    start(Operation::Remove, endpoint, {});
}

void TokenKeychain::start(Operation operation, const QUrl &endpoint, const QByteArray &token)
{
    // The job has no parent: it deletes itself once QtKeychain has finished with it. Owned by this object, it would
    // die with it (a dialog closed, a lookup replaced, a wait timed out) while libsecret still holds it for its
    // callback, which then runs on freed memory (QtKeychain 0.13's libsecret backend does exactly that). The
    // connection below ends with this object instead.
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(Service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(Service);
        write->setBinaryData(token.trimmed());
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(Service);
        break;
    }
    // Never QtKeychain's plain-text fallback: without a keychain the job fails and says so.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key(endpoint));
    m_busy = true;
    connect(job, &QKeychain::Job::finished, this, [this, operation, endpoint](QKeychain::Job *done) {
        m_busy = false;
        emit finished(outcomeOf(operation, endpoint, *done));
    });
    job->start();
}

TokenKeychain::Outcome TokenKeychain::waitFor(Operation operation, const QUrl &endpoint, const QByteArray &token,
                                              std::chrono::milliseconds timeout)
{
    Outcome outcome;
    outcome.operation = operation;
    outcome.status = Status::Unavailable;
    outcome.message = tr("The system keychain did not answer within %1 seconds. Put the token in the environment "
                         "variable HINDSIGHT_GITHUB_TOKEN instead.")
                          .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count());
    TokenKeychain keychain;
    QEventLoop loop;
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    connect(&keychain, &TokenKeychain::finished, &loop, [&](const Outcome &done) {
        outcome = done;
        loop.quit();
    });
    keychain.start(operation, endpoint, token);
    if (keychain.isBusy())
        loop.exec();
    return outcome;
}

TokenKeychain::Outcome TokenKeychain::readNow(const QUrl &endpoint, std::chrono::milliseconds timeout)
{
    return waitFor(Operation::Read, endpoint, {}, timeout);
}

TokenKeychain::Outcome TokenKeychain::writeNow(const QUrl &endpoint, const QByteArray &token,
                                               std::chrono::milliseconds timeout)
{
    return waitFor(Operation::Write, endpoint, token, timeout);
}

TokenKeychain::Outcome TokenKeychain::removeNow(const QUrl &endpoint, std::chrono::milliseconds timeout)
{
    return waitFor(Operation::Remove, endpoint, {}, timeout);
}

} // namespace hindsight
