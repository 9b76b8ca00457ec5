#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace hindsight::test {

/// A PostgreSQL server of the test's own, for the team hub's tests: a cluster made by initdb (Debian's
/// postgresql-15 or newer) in a temporary folder, listening on a Unix socket in that folder only (no TCP port, so it
/// neither collides with nor reaches anything else), a child of this process, stopped and removed when this goes.
/// initdb refuses to run as root: under root the server runs as `nobody`, through setpriv. Every wait is bounded.
class TemporaryPostgres
{
public:
    /// The role that owns the cluster (its superuser); trusted on the socket, as in a test nothing else can reach.
    static constexpr const char *Superuser = "hindsight_admin";

    /// Makes and starts the cluster; isRunning() says whether it did, error() why not.
    TemporaryPostgres();
    ~TemporaryPostgres();
    TemporaryPostgres(const TemporaryPostgres &) = delete;
    TemporaryPostgres &operator=(const TemporaryPostgres &) = delete;

    bool isRunning() const { return m_running; }
    /// What went wrong making, starting or stopping the server, with its log's end.
    QString error() const { return m_error; }

    /// The folder of the server's socket: the host to connect to (libpq and QPSQL read a host starting with '/' as
    /// one).
    QString socketDirectory() const;
    int port() const { return 5432; }
    /// `postgresql:///DATABASE?host=SOCKETDIR&port=PORT&user=USER`, as a user would give it to `hindsight team`.
    QString url(const QString &database, const QString &user = QString::fromLatin1(Superuser)) const;

    /// Runs `sql` through psql as the superuser in `database`, stopping at the first error; the output, or nullopt
    /// (with error() set) when psql failed.
    std::optional<QString> psql(const QString &sql, const QString &database = QStringLiteral("postgres"));

    /// Stops the server (fast shutdown: connections are cut, as when a hub goes away) and starts it again, for the
    /// tests of a hub that disappears mid-session.
    bool stop();
    bool start();

    /// The folder of initdb and pg_ctl of the newest PostgreSQL installed (15 or newer); empty when there is none.
    static QString binDirectory();

private:
    /// Runs `program` from binDirectory() with `arguments`, as `nobody` under root; false (with error() set) when it
    /// fails or takes longer than `timeoutMs`.
    bool run(const QString &program, const QStringList &arguments, int timeoutMs, QString *output = nullptr);
    void setCommand(QProcess &process, const QString &program, const QStringList &arguments) const;
    QString dataDirectory() const;
    QString logTail() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_server;
    bool m_running = false;
    QString m_error;
};

} // namespace hindsight::test
