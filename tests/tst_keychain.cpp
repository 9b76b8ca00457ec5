// The GitHub token in a real system keychain: `hindsight publish --save-token` and `--forget-token` as a user runs
// them, against gnome-keyring's Secret Service in a private D-Bus session that this test starts and stops itself, and
// publishing with the saved token to fake GitHubs on 127.0.0.1 (fakegithub.h). The token is read back with
// secret-tool, an independent Secret Service client, and looked for in every file the CLI and the keyring could write.
// Where the bus or the keyring cannot be started (dbus-daemon, gnome-keyring-daemon, libsecret or secret-tool missing)
// the test says why and skips, or fails when $CI is set.
#include "fakegithub.h"
#include "publish/publishsettings.h"
#include "review/postmortemreview.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibrary>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

const QByteArray TokenA = "hst_keychainAAAA0123456789abcdef";
const QByteArray TokenB = "hst_keychainBBBB0123456789abcdef";
const QString Url = u"https://github.com/acme/postmortems/discussions/41"_s;

const QStringList TokenVariables{u"HINDSIGHT_GITHUB_TOKEN"_s, u"GH_TOKEN"_s, u"GITHUB_TOKEN"_s,
                                 u"GH_ENTERPRISE_TOKEN"_s, u"GITHUB_ENTERPRISE_TOKEN"_s};

/// One item of the Secret Service, as secret-tool shows it.
struct SecretItem
{
    QMap<QString, QString> attributes;
    QByteArray secret;

    /// The secret as it was given to QtKeychain (which stores binary data base64-encoded, with type=base64).
    QByteArray value() const
    {
        return attributes.value(u"type"_s) == u"base64"_s ? QByteArray::fromBase64(secret) : secret;
    }
};

/// What a helper program printed, and how it ended (-1: did not start or finish).
struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ToolRun runTool(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    ToolRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(2000);
        run.err = "did not finish within 10 seconds";
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    return run;
}

/// Makes `daemon` die with this process, even when it crashes or is killed before it can stop it.
void tieToThisProcess(QProcess &daemon)
{
#ifdef Q_OS_LINUX
    daemon.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#else
    Q_UNUSED(daemon)
#endif
}

/// Stops `process`: SIGTERM, then SIGKILL if it is still there after `grace`.
void stopProcess(QProcess &process, int grace = 5000)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(grace)) {
        process.kill();
        process.waitForFinished(2000);
    }
}

/// A Secret Service of its own: a private D-Bus session bus (no service activation, so nothing starts on it that this
/// class did not start) and gnome-keyring-daemon on it, with its login keyring created and unlocked with a password
/// given on its standard input, so that the default collection is there and open without a prompt. Everything lives
/// in one temporary folder: the bus's socket and the keyring's control socket in runtime/, the keyring files in
/// home/data/keyrings/.
class SecretService
{
public:
    SecretService() = default;
    ~SecretService() { stop(); }
    SecretService(const SecretService &) = delete;
    SecretService &operator=(const SecretService &) = delete;

    /// Starts the bus and the keyring and waits (at most 10 seconds) until the keyring answers on the bus; the reason
    /// when it cannot.
    QString start();
    /// Stops the keyring, then the bus; whether both are gone.
    bool stop();

    QString root() const { return m_dir.path(); }
    QString home() const { return m_dir.filePath(u"home"_s); }
    QString runtimeDir() const { return m_dir.filePath(u"runtime"_s); }
    QString busAddress() const { return m_address; }
    /// The environment of a program in this session: HOME and the XDG folders in the temporary folder, the bus, and
    /// no desktop (so that QtKeychain takes the Secret Service through libsecret, not KWallet).
    QProcessEnvironment environment() const;

    /// The items that `secret-tool search` finds for `attributes` (NAME, VALUE, ...).
    std::optional<QList<SecretItem>> search(const QStringList &attributes, QString *why) const;
    /// secret-tool clear: deletes every item with these attributes (it fails when there is none).
    void clear(const QStringList &attributes) const;

private:
    bool keyringAnswers() const;

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
};

QString SecretService::start()
{
    for (const QString &program : {u"dbus-daemon"_s, u"dbus-send"_s, u"gnome-keyring-daemon"_s, u"secret-tool"_s}) {
        if (QStandardPaths::findExecutable(program).isEmpty())
            return u"%1 is not installed (packaging/install-deps.sh installs it)"_s.arg(program);
    }
    // QtKeychain reaches the Secret Service through libsecret, which it loads at run time.
    if (QLibrary libsecret(u"secret-1"_s, 0); !libsecret.load())
        return u"libsecret-1.so.0 is not installed (packaging/install-deps.sh installs libsecret-1-0)"_s;
    if (!m_dir.isValid())
        return u"cannot create a temporary folder"_s;
    if (!QDir(root()).mkpath(u"home/data/keyrings"_s) || !QDir(root()).mkpath(u"home/config"_s) ||
        !QDir(root()).mkpath(u"runtime"_s) ||
        !QFile::setPermissions(runtimeDir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return u"cannot create the session's folders in %1"_s.arg(root());

    // The session bus's own configuration, without <servicedir>: nothing is activated behind the test's back.
    QFile config(m_dir.filePath(u"session.conf"_s));
    if (!config.open(QIODevice::WriteOnly))
        return u"cannot write %1"_s.arg(config.fileName());
    config.write(u"<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                 " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                 "<busconfig>\n"
                 "  <type>session</type>\n"
                 "  <listen>unix:dir=%1</listen>\n"
                 "  <auth>EXTERNAL</auth>\n"
                 "  <policy context=\"default\">\n"
                 "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                 "    <allow eavesdrop=\"true\"/>\n"
                 "    <allow own=\"*\"/>\n"
                 "  </policy>\n"
                 "</busconfig>\n"_s.arg(runtimeDir().toHtmlEscaped())
                     .toUtf8());
    config.close();

    m_bus.setProcessEnvironment(environment());
    tieToThisProcess(m_bus);
    m_bus.start(u"dbus-daemon"_s, {u"--config-file="_s + config.fileName(), u"--nofork"_s, u"--print-address=1"_s});
    if (!m_bus.waitForStarted(10000))
        return u"dbus-daemon did not start: %1"_s.arg(m_bus.errorString());
    const QDeadlineTimer deadline(10000);
    while (!m_bus.canReadLine() && m_bus.state() == QProcess::Running && !deadline.hasExpired())
        m_bus.waitForReadyRead(int(deadline.remainingTime()));
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    if (m_address.isEmpty())
        return u"dbus-daemon printed no address: %1"_s.arg(QString::fromUtf8(m_bus.readAllStandardError()));

    // --unlock reads the login keyring's password from standard input and creates that keyring (the default
    // collection) when there is none; --foreground keeps the daemon this process's child, to be stopped at the end.
    m_keyring.setProcessEnvironment(environment());
    tieToThisProcess(m_keyring);
    m_keyring.start(u"gnome-keyring-daemon"_s, {u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
    if (!m_keyring.waitForStarted(10000))
        return u"gnome-keyring-daemon did not start: %1"_s.arg(m_keyring.errorString());
    m_keyring.write("keychain test password");
    m_keyring.closeWriteChannel();
    while (!keyringAnswers()) {
        if (m_keyring.state() != QProcess::Running)
            return u"gnome-keyring-daemon ended: %1"_s.arg(QString::fromUtf8(m_keyring.readAllStandardError()));
        if (deadline.hasExpired())
            return u"gnome-keyring-daemon did not take org.freedesktop.secrets on the bus within 10 seconds"_s;
        m_keyring.waitForFinished(50);
    }
    return {};
}

bool SecretService::stop()
{
    stopProcess(m_keyring);
    stopProcess(m_bus);
    return m_keyring.state() == QProcess::NotRunning && m_bus.state() == QProcess::NotRunning;
}

QProcessEnvironment SecretService::environment() const
{
    QProcessEnvironment environment = test::isolatedCliEnvironment(home());
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir());
    if (!m_address.isEmpty())
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_address);
    else
        environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    for (const QString &desktop :
         {u"XDG_CURRENT_DESKTOP"_s, u"DESKTOP_SESSION"_s, u"KDE_FULL_SESSION"_s, u"KDE_SESSION_VERSION"_s,
          u"GNOME_KEYRING_CONTROL"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        environment.remove(desktop);
    return environment;
}

bool SecretService::keyringAnswers() const
{
    const ToolRun run = runTool(u"dbus-send"_s,
                                {u"--bus="_s + m_address, u"--print-reply"_s, u"--dest=org.freedesktop.DBus"_s,
                                 u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus.NameHasOwner"_s,
                                 u"string:org.freedesktop.secrets"_s},
                                environment());
    return run.exitCode == 0 && run.out.contains("boolean true");
}

std::optional<QList<SecretItem>> SecretService::search(const QStringList &attributes, QString *why) const
{
    // secret-tool prints each item as "[PATH]", then "label = ", "secret = "... on standard output and its
    // "attribute.NAME = VALUE" lines on standard error, in the same order; it finds nothing with exit code 0 too.
    // Every item here has the same attribute names (QtKeychain's user, server and type), so an item's attributes end
    // where a name comes again.
    const ToolRun run = runTool(u"secret-tool"_s, QStringList{u"search"_s, u"--all"_s} + attributes, environment());
    if (run.exitCode != 0) {
        *why = u"secret-tool search exited with %1: %2"_s.arg(run.exitCode).arg(QString::fromUtf8(run.err));
        return std::nullopt;
    }
    QList<SecretItem> items;
    for (const QByteArray &line : run.out.split('\n')) {
        if (line.startsWith('['))
            items.emplaceBack();
        else if (line.startsWith("secret = ") && !items.isEmpty())
            items.last().secret = line.mid(9);
    }
    qsizetype item = -1;
    for (const QByteArray &line : run.err.split('\n')) {
        const qsizetype equals = line.indexOf(" = ");
        if (!line.startsWith("attribute.") || equals < 0)
            continue;
        const QString name = QString::fromUtf8(line.mid(10, equals - 10));
        if (item < 0 || items.value(item).attributes.contains(name))
            ++item;
        if (item >= items.size()) {
            *why = u"secret-tool printed more attributes than items: %1"_s.arg(QString::fromUtf8(run.err));
            return std::nullopt;
        }
        items[item].attributes.insert(name, QString::fromUtf8(line.mid(equals + 3)));
    }
    if (item + 1 != items.size()) {
        *why = u"secret-tool printed %1 items but attributes for %2"_s.arg(items.size()).arg(item + 1);
        return std::nullopt;
    }
    return items;
}

void SecretService::clear(const QStringList &attributes) const
{
    runTool(u"secret-tool"_s, QStringList{u"clear"_s} + attributes, environment());
}

/// The regular files below `folder` that hold one of `needles`.
QStringList filesHolding(const QString &folder, const QList<QByteArray> &needles)
{
    QStringList holding;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle)) {
                holding << file.fileName();
                break;
            }
        }
    }
    return holding;
}

/// The processes, other than this one, whose environment holds `entry` (NAME=VALUE).
QStringList processesWith(const QByteArray &entry)
{
    QStringList found;
    const QString self = QString::number(QCoreApplication::applicationPid());
    for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (pid == self || pid.toInt() <= 0)
            continue;
        QFile environ(u"/proc/%1/environ"_s.arg(pid));
        if (environ.open(QIODevice::ReadOnly) && environ.readAll().split('\0').contains(entry)) {
            QFile command(u"/proc/%1/cmdline"_s.arg(pid));
            const QByteArray name = command.open(QIODevice::ReadOnly) ? command.readAll().replace('\0', ' ') : "?";
            found << pid + u' ' + QString::fromUtf8(name).trimmed();
        }
    }
    return found;
}

} // namespace

class TestKeychain : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void saveTokenPutsItInTheSecretServiceAndInNoFile();
    void savingAgainReplacesTheToken();
    void publishSendsTheSavedToken();
    void savedTokenIsNotUsedForAnotherHost_data();
    void savedTokenIsNotUsedForAnotherHost();
    void eachHostGetsItsOwnToken();
    void forgetTokenRemovesItForThatHostOnly();

private:
    test::CliRun hindsight(const QStringList &arguments, const QByteArray &input = {}) const;
    test::CliRun saveToken(const test::FakeGitHub &host, const QByteArray &token) const;
    /// The Secret Service's items for Hindsight's tokens (QtKeychain's attribute server = the service name).
    QList<SecretItem> savedTokens() const;
    static QString keyFor(const test::FakeGitHub &host) { return u"github-token@127.0.0.1:%1"_s.arg(host.port()); }
    QString noTokenMessage() const;

    std::unique_ptr<SecretService> m_service;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::FakeGitHub> m_hostA;
    std::unique_ptr<test::FakeGitHub> m_hostB;
    QString m_db;
    QProcessEnvironment m_environment;
};

void TestKeychain::initTestCase()
{
    // The store's defaults name the fakes, on plain HTTP to 127.0.0.1.
    qputenv("HINDSIGHT_ALLOW_HTTP", "1");
    m_service = std::make_unique<SecretService>();
    if (const QString why = m_service->start(); !why.isEmpty()) {
        const QString message = u"No Secret Service to test the keychain against: "_s + why;
        m_service.reset();
        // A machine that is meant to have one (CI) fails; a developer's machine without the packages skips.
        if (!qEnvironmentVariableIsEmpty("CI"))
            QFAIL(qPrintable(message));
        QSKIP(qPrintable(message));
    }
}

void TestKeychain::cleanupTestCase()
{
    if (!m_service)
        return;
    const QByteArray bus = "DBUS_SESSION_BUS_ADDRESS=" + m_service->busAddress().toUtf8();
    QVERIFY2(m_service->stop(), "the keyring or the bus did not stop");
    const QStringList left = processesWith(bus);
    m_service.reset();
    QVERIFY2(left.isEmpty(), qPrintable(u"still running on the test's bus: "_s + left.join(u", "_s)));
}

void TestKeychain::init()
{
    QVERIFY(m_service);
    m_service->clear({u"server"_s, u"hindsight"_s});
    QVERIFY(savedTokens().isEmpty());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"store.sqlite"_s);
    // Two GitHub Enterprise stand-ins, each accepting its own token only.
    m_hostA = std::make_unique<test::FakeGitHub>();
    m_hostA->setToken(TokenA);
    m_hostB = std::make_unique<test::FakeGitHub>();
    m_hostB->setToken(TokenB);

    // An approved postmortem, published by default to host A's acme/postmortems, category Postmortems.
    {
        const std::unique_ptr<Store> store = Store::open(m_db);
        Incident draft;
        draft.title = u"Checkout API 5xx"_s;
        draft.severity = Severity::High;
        draft.status = IncidentStatus::Resolved;
        draft.summary = u"5xx above 2% for an hour."_s;
        const Incident incident = IncidentStore(*store).create(draft);
        test::approveHighPostmortem(*store, incident);
        PublishSettings(*store).setDefaults(
            {m_hostA->address(), u"acme/postmortems"_s, u"Postmortems"_s, DocumentLanguage::English});
    }

    // No token in the environment: only the keychain can give one.
    m_environment = m_service->environment();
    for (const QString &variable : TokenVariables)
        m_environment.remove(variable);
    m_environment.insert(u"HINDSIGHT_ALLOW_HTTP"_s, u"1"_s);
}

void TestKeychain::cleanup()
{
    TestCase::cleanup();
    m_hostA.reset();
    m_hostB.reset();
    m_dir.reset();
}

test::CliRun TestKeychain::hindsight(const QStringList &arguments, const QByteArray &input) const
{
    return test::runCli(QStringList{u"--db"_s, m_db} + arguments, m_environment, input);
}

test::CliRun TestKeychain::saveToken(const test::FakeGitHub &host, const QByteArray &token) const
{
    return hindsight({u"publish"_s, u"--save-token"_s, u"--endpoint"_s, host.address()}, token + '\n');
}

QList<SecretItem> TestKeychain::savedTokens() const
{
    QString why;
    const auto items = m_service->search({u"server"_s, u"hindsight"_s}, &why);
    if (!items)
        QTest::qFail(qPrintable(why), __FILE__, __LINE__);
    return items.value_or(QList<SecretItem>());
}

QString TestKeychain::noTokenMessage() const
{
    return u"hindsight publish: redaction masked nothing.\n"
           "hindsight publish: No GitHub token: HINDSIGHT_GITHUB_TOKEN, GH_ENTERPRISE_TOKEN and "
           "GITHUB_ENTERPRISE_TOKEN "
           "are not set, and the keychain has none for 127.0.0.1 (The system keychain holds no GitHub token for this "
           "host.) Store one with 'hindsight publish --save-token < FILE', or set HINDSIGHT_GITHUB_TOKEN.\n"_s;
}

void TestKeychain::saveTokenPutsItInTheSecretServiceAndInNoFile()
{
    const test::CliRun run = saveToken(*m_hostA, TokenA);

    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, u"hindsight publish: the token for 127.0.0.1 is in the system keychain.\n"_s);
    // Read back by another Secret Service client: one item, for host A (with its port), holding the token.
    const QList<SecretItem> items = savedTokens();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.constFirst().attributes.value(u"user"_s), keyFor(*m_hostA));
    QCOMPARE(items.constFirst().value(), TokenA);
    QVERIFY(m_hostA->requests().isEmpty());

    // Not in any file: the store, HOME and the XDG folders of the CLI (the keyring's own file among them, which holds
    // it encrypted), nor the test's own HOME; neither as it is nor base64-encoded as the keyring was given it.
    const QString keyringFile = m_service->home() + u"/data/keyrings/login.keyring"_s;
    QVERIFY2(QFile::exists(keyringFile), "the login keyring was not written where the search below looks");
    const QList<QByteArray> forms{TokenA, TokenA.toBase64()};
    QCOMPARE(filesHolding(m_service->root(), forms), QStringList());
    QCOMPARE(filesHolding(m_dir->path(), forms), QStringList());
    if (const QString ownHome = qEnvironmentVariable("HOME"); !ownHome.isEmpty() && QDir(ownHome).exists())
        QCOMPARE(filesHolding(ownHome, forms), QStringList());
}

void TestKeychain::savingAgainReplacesTheToken()
{
    QCOMPARE(saveToken(*m_hostA, "hst_an_old_token_that_was_revoked").exitCode, 0);

    const test::CliRun run = saveToken(*m_hostA, TokenA);

    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QList<SecretItem> items = savedTokens();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.constFirst().attributes.value(u"user"_s), keyFor(*m_hostA));
    QCOMPARE(items.constFirst().value(), TokenA);
    const test::CliRun publish = hindsight({u"publish"_s, u"1"_s});
    QVERIFY2(publish.exitCode == 0, qPrintable(publish.err));
}

void TestKeychain::publishSendsTheSavedToken()
{
    QCOMPARE(saveToken(*m_hostA, TokenA).exitCode, 0);

    const test::CliRun run = hindsight({u"publish"_s, u"1"_s});

    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, Url + u'\n');
    QVERIFY2(run.err.endsWith(u"hindsight publish: created discussion #41 in acme/postmortems, category Postmortems. "
                              "The postmortem of incident #1 is published.\n"_s),
             qPrintable(run.err));
    QVERIFY(!run.err.contains(QString::fromLatin1(TokenA)));
    QCOMPARE(m_hostA->operations(),
             (QStringList{u"HindsightRepository"_s, u"HindsightDiscussionsPage"_s, u"HindsightCreateDiscussion"_s}));
    for (const test::FakeGitHub::Request &request : m_hostA->requests())
        QCOMPARE(request.headers.value("authorization"), "bearer " + TokenA);
    QCOMPARE(m_hostA->discussions().size(), 1);
}

void TestKeychain::savedTokenIsNotUsedForAnotherHost_data()
{
    QTest::addColumn<QString>("endpoint"); // %A: host A's port, %B: host B's
    QTest::newRow("another server") << u"http://127.0.0.1:%B"_s;
    QTest::newRow("the same server by another name") << u"http://localhost:%A"_s;
}

void TestKeychain::savedTokenIsNotUsedForAnotherHost()
{
    QFETCH(QString, endpoint);
    endpoint.replace(u"%A"_s, QString::number(m_hostA->port())).replace(u"%B"_s, QString::number(m_hostB->port()));
    // Host B would accept host A's token: a token sent where it does not belong would show as a success.
    m_hostB->setToken(TokenA);
    QCOMPARE(saveToken(*m_hostA, TokenA).exitCode, 0);

    const test::CliRun run = hindsight({u"publish"_s, u"1"_s, u"--endpoint"_s, endpoint});

    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.out, QString());
    QString expected = noTokenMessage();
    if (endpoint.contains(u"localhost"_s))
        expected.replace(u"has none for 127.0.0.1"_s, u"has none for localhost"_s);
    QCOMPARE(run.err, expected);
    QVERIFY(m_hostA->requests().isEmpty());
    QVERIFY(m_hostB->requests().isEmpty());
    QVERIFY(m_hostB->discussions().isEmpty());
    // Host A's token is still there, for host A.
    QCOMPARE(savedTokens().size(), 1);
}

void TestKeychain::eachHostGetsItsOwnToken()
{
    QCOMPARE(saveToken(*m_hostA, TokenA).exitCode, 0);
    QCOMPARE(saveToken(*m_hostB, TokenB).exitCode, 0);
    QCOMPARE(savedTokens().size(), 2);

    const test::CliRun run = hindsight({u"publish"_s, u"1"_s, u"--endpoint"_s, m_hostB->address()});

    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, Url + u'\n');
    QCOMPARE(m_hostB->requests().size(), 3);
    for (const test::FakeGitHub::Request &request : m_hostB->requests())
        QCOMPARE(request.headers.value("authorization"), "bearer " + TokenB);
    QVERIFY(m_hostA->requests().isEmpty());
}

void TestKeychain::forgetTokenRemovesItForThatHostOnly()
{
    QCOMPARE(saveToken(*m_hostA, TokenA).exitCode, 0);
    QCOMPARE(saveToken(*m_hostB, TokenB).exitCode, 0);

    const test::CliRun run = hindsight({u"publish"_s, u"--forget-token"_s, u"--endpoint"_s, m_hostA->address()});

    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, u"hindsight publish: the system keychain holds no token for 127.0.0.1 now.\n"_s);
    const QList<SecretItem> items = savedTokens();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.constFirst().attributes.value(u"user"_s), keyFor(*m_hostB));
    QCOMPARE(items.constFirst().value(), TokenB);

    const test::CliRun publish = hindsight({u"publish"_s, u"1"_s});

    QCOMPARE(publish.exitCode, 3);
    QCOMPARE(publish.out, QString());
    QCOMPARE(publish.err, noTokenMessage());
    QVERIFY(m_hostA->requests().isEmpty());

    // Forgetting a token that is not there is no error: the keychain holds none for that host either way.
    const test::CliRun again = hindsight({u"publish"_s, u"--forget-token"_s, u"--endpoint"_s, m_hostA->address()});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(savedTokens().size(), 1);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
