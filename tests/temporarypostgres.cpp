#include "temporarypostgres.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QVersionNumber>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

namespace hindsight::test {

namespace {

constexpr int InitTimeoutMs = 120000;
constexpr int ServerTimeoutMs = 60000;

/// The account the server runs as under root (initdb refuses root), or null when not root.
const passwd *serverAccount()
{
    if (::geteuid() != 0)
        return nullptr;
    return ::getpwnam("nobody");
}

} // namespace

QString TemporaryPostgres::binDirectory()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber newest;
    QString found;
    for (const QString &version : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber number = QVersionNumber::fromString(version);
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (number.majorVersion() >= 15 && number > newest && QFile::exists(bin + QStringLiteral("/initdb"))) {
            newest = number;
            found = bin;
        }
    }
    return found;
}

TemporaryPostgres::TemporaryPostgres()
    : m_dir(QDir::tempPath() + QStringLiteral("/hindsight-pg-XXXXXX"))
{
    if (binDirectory().isEmpty()) {
        m_error = QStringLiteral("no PostgreSQL 15 or newer under /usr/lib/postgresql: run packaging/install-deps.sh");
        return;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot make a temporary folder: %1").arg(m_dir.errorString());
        return;
    }
    if (const passwd *account = serverAccount()) {
        if (::chown(QFile::encodeName(m_dir.path()).constData(), account->pw_uid, account->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand %1 to the user nobody").arg(m_dir.path());
            return;
        }
    }
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("--pgdata=") + dataDirectory(), QStringLiteral("--username=") + QLatin1String(Superuser),
              QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8"),
              QStringLiteral("--no-sync")},
             InitTimeoutMs))
        return;
    start();
}

TemporaryPostgres::~TemporaryPostgres()
{
    stop();
}

QString TemporaryPostgres::dataDirectory() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

QString TemporaryPostgres::socketDirectory() const
{
    return m_dir.path();
}

QString TemporaryPostgres::url(const QString &database, const QString &user) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("host"), socketDirectory());
    query.addQueryItem(QStringLiteral("port"), QString::number(port()));
    query.addQueryItem(QStringLiteral("user"), user);
    url.setQuery(query);
    return url.toString();
}

// The server is this process's child (not daemonized by pg_ctl), so that it is reaped here and cannot outlive the
// test unnoticed.
bool TemporaryPostgres::start()
{
    if (m_running)
        return true;
    m_server = std::make_unique<QProcess>();
    m_server->setWorkingDirectory(m_dir.path());
    m_server->setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")), QIODevice::Append);
    m_server->setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log")), QIODevice::Append);
    // The socket in the private folder only; no fsync, as nothing here must survive a power cut.
    const QStringList arguments = {QStringLiteral("-D"), dataDirectory(),
                                   QStringLiteral("-k"), socketDirectory(),
                                   QStringLiteral("-p"), QString::number(port()),
                                   QStringLiteral("-c"), QStringLiteral("listen_addresses="),
                                   QStringLiteral("-c"), QStringLiteral("fsync=off"),
                                   QStringLiteral("-c"), QStringLiteral("full_page_writes=off")};
    setCommand(*m_server, QStringLiteral("postgres"), arguments);
    m_server->start();
    if (!m_server->waitForStarted(ServerTimeoutMs)) {
        m_error = QStringLiteral("postgres did not start: %1").arg(m_server->errorString());
        return false;
    }
    // Ready once it accepts connections: asked every 100 ms, for a minute at most.
    for (int attempt = 0; attempt < ServerTimeoutMs / 100; ++attempt) {
        if (m_server->state() != QProcess::Running) {
            m_error = QStringLiteral("postgres stopped while starting:\n%1").arg(logTail());
            return false;
        }
        QProcess ready;
        setCommand(ready, QStringLiteral("pg_isready"),
                   {QStringLiteral("--host=") + socketDirectory(), QStringLiteral("--port=%1").arg(port()),
                    QStringLiteral("--timeout=5")});
        ready.start();
        if (ready.waitForFinished(10000) && ready.exitStatus() == QProcess::NormalExit && ready.exitCode() == 0) {
            m_running = true;
            return true;
        }
        QThread::msleep(100);
    }
    m_error = QStringLiteral("postgres did not accept connections within %1 s:\n%2")
                  .arg(ServerTimeoutMs / 1000)
                  .arg(logTail());
    stop();
    return false;
}

bool TemporaryPostgres::stop()
{
    if (!m_server)
        return true;
    // SIGINT: PostgreSQL's fast shutdown, which cuts the connections, as when a hub goes away.
    ::kill(pid_t(m_server->processId()), SIGINT);
    bool stopped = m_server->waitForFinished(ServerTimeoutMs);
    if (!stopped) {
        m_error = QStringLiteral("postgres did not stop within %1 s:\n%2").arg(ServerTimeoutMs / 1000).arg(logTail());
        m_server->kill();
        m_server->waitForFinished(5000);
    }
    m_server.reset();
    m_running = false;
    return stopped;
}

std::optional<QString> TemporaryPostgres::psql(const QString &sql, const QString &database)
{
    QString output;
    if (!run(QStringLiteral("psql"),
             {QStringLiteral("--no-psqlrc"), QStringLiteral("--quiet"), QStringLiteral("--tuples-only"),
              QStringLiteral("--no-align"), QStringLiteral("--set=ON_ERROR_STOP=1"),
              QStringLiteral("--host=") + socketDirectory(), QStringLiteral("--port=%1").arg(port()),
              QStringLiteral("--username=") + QLatin1String(Superuser), QStringLiteral("--dbname=") + database,
              QStringLiteral("--command=") + sql},
             ServerTimeoutMs, &output))
        return std::nullopt;
    return output.trimmed();
}

bool TemporaryPostgres::run(const QString &program, const QStringList &arguments, int timeoutMs, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    setCommand(process, program, arguments);
    process.setWorkingDirectory(m_dir.path());
    process.start();
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    const QString printed = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = printed;
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    m_error = QStringLiteral("%1 %2: %3\n%4\n%5")
                  .arg(program, arguments.join(u' '),
                       finished ? QStringLiteral("exit code %1").arg(process.exitCode())
                                : QStringLiteral("no answer in %1 s").arg(timeoutMs / 1000),
                       printed.trimmed(), logTail());
    return false;
}

void TemporaryPostgres::setCommand(QProcess &process, const QString &program, const QStringList &arguments) const
{
    const QString path = binDirectory() + QLatin1Char('/') + program;
    if (const passwd *account = serverAccount()) {
        // setpriv executes the program in its own place: signals sent to the process reach it.
        process.setProgram(QStringLiteral("setpriv"));
        process.setArguments(QStringList{QStringLiteral("--reuid=%1").arg(account->pw_uid),
                                         QStringLiteral("--regid=%1").arg(account->pw_gid),
                                         QStringLiteral("--clear-groups"), path} +
                             arguments);
    } else {
        process.setProgram(path);
        process.setArguments(arguments);
    }
}

QString TemporaryPostgres::logTail() const
{
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = log.readAll();
    return QString::fromLocal8Bit(all.right(2000));
}

} // namespace hindsight::test
