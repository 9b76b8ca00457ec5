// The command-line interface as a user meets it: the real `hindsight` binary run as a child process, its exit codes,
// what it prints and what ends up in the store.
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/postmortemstore.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <pwd.h>
#include <unistd.h>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

using Run = test::CliRun;

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

/// Writes a file with plain QSQLITE, as another program (or another version of Hindsight) would.
void createSqliteFile(const QString &path, const QStringList &statements)
{
    const QString name = u"setup-"_s + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : statements)
            QVERIFY2(q.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

QStringList bodies(const QJsonArray &entries)
{
    QStringList result;
    for (const QJsonValue &entry : entries)
        result << entry[u"body"_s].toString();
    return result;
}

QList<int> numbers(const QJsonArray &incidents)
{
    QList<int> result;
    for (const QJsonValue &incident : incidents)
        result << incident[u"number"_s].toInt();
    return result;
}

} // namespace

class TestCli : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void init();

    void version_data();
    void version();
    void help();
    void subcommandHelp_data();
    void subcommandHelp();

    void newPrintsNumbers();
    void logAppendsEntry();
    void authorFallsBackToTheAccount();
    void groupReadableStoreIsTightened();
    void logReadsStandardInput_data();
    void logReadsStandardInput();
    void logKinds_data();
    void logKinds();
    void logAtMarksBackfilled_data();
    void logAtMarksBackfilled();
    void logKeyEvent();

    void listText();
    void listEmpty();
    void listJsonOrderAndFilters_data();
    void listJsonOrderAndFilters();
    void showJsonFields();
    void showEntriesInTimeOrder();
    void showText_data();
    void showText();

    void setChangesField_data();
    void setChangesField();
    void setSeverityAndStatusAreLogged();

    void usageErrors_data();
    void usageErrors();
    void storeRefused_data();
    void storeRefused();

    void storeFromEnvironment();
    void dbOption_data();
    void dbOption();
    void runsWithoutDisplay();

private:
    Run runWith(const QProcessEnvironment &environment, const QStringList &arguments,
                const QByteArray &input = {}) const;
    /// Runs `hindsight --db STORE arguments...` in the test's environment.
    Run hindsight(const QStringList &arguments, const QByteArray &input = {}) const;
    QJsonDocument json(const QStringList &arguments) const;
    QJsonObject show(int number) const { return json({u"show"_s, QString::number(number), u"--json"_s}).object(); }
    /// Everything a user could read back from the store; equal snapshots mean nothing was written.
    QString snapshot() const;
    std::unique_ptr<Store> openStore() const { return Store::open(m_db); }
    /// Stores an approved postmortem for the incident, so that it can be closed whatever its severity.
    void approvePostmortem(int number) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QProcessEnvironment m_environment;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"store.sqlite"_s);

    m_environment = test::isolatedCliEnvironment(m_dir->filePath(u"home"_s));
}

Run TestCli::runWith(const QProcessEnvironment &environment, const QStringList &arguments,
                     const QByteArray &input) const
{
    return test::runCli(arguments, environment, input);
}

void TestCli::approvePostmortem(int number) const
{
    auto store = openStore();
    Postmortem approved;
    approved.incidentId = IncidentStore(*store).require(number).id;
    approved.reviewState = ReviewState::Approved;
    PostmortemStore(*store).save(approved);
}

Run TestCli::hindsight(const QStringList &arguments, const QByteArray &input) const
{
    return runWith(m_environment, QStringList{u"--db"_s, m_db} + arguments, input);
}

QJsonDocument TestCli::json(const QStringList &arguments) const
{
    const Run run = hindsight(arguments);
    if (run.exitCode != 0) {
        qWarning("hindsight %s failed: %s", qPrintable(arguments.join(u' ')), qPrintable(run.err));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("hindsight %s printed no JSON: %s", qPrintable(arguments.join(u' ')), qPrintable(error.errorString()));
    return document;
}

QString TestCli::snapshot() const
{
    return hindsight({u"list"_s, u"--json"_s}).out + hindsight({u"show"_s, u"1"_s, u"--json"_s}).out;
}

void TestCli::version_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--version") << u"--version"_s;
    QTest::newRow("-v") << u"-v"_s;
}

void TestCli::version()
{
    QFETCH(QString, option);
    const Run run = runWith(m_environment, {option});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"hindsight "_s + QStringLiteral(HINDSIGHT_VERSION) + u'\n');
    QVERIFY(!QFile::exists(m_db));
}

void TestCli::help()
{
    // The help names the store used without --db: the one that a command without --db really writes.
    QVERIFY(!QDir(m_environment.value(u"XDG_DATA_HOME"_s)).exists());
    const Run created = runWith(m_environment, {u"new"_s, u"--title"_s, u"T"_s, u"--severity"_s, u"low"_s});
    QCOMPARE(created.err, QString());
    QCOMPARE(created.out, u"1\n"_s);
    QStringList stores;
    QDirIterator it(m_environment.value(u"XDG_DATA_HOME"_s), {u"*.sqlite"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        stores << it.next();
    QCOMPARE(stores.size(), 1);

    // Compared whole, except the list of subcommands, which grows: each of the ones here must be in it.
    const QString top = uR"(Usage: hindsight [--db PATH] [SUBCOMMAND [options]]

Hindsight keeps incidents, investigation logs and postmortems in one local store.
Without a subcommand it opens the main window.

Subcommands:
)"_s;
    const QString options = uR"(
Options:
  --db PATH      The store to use (default: $HINDSIGHT_DB, else %1).
  -h, --help     Show this help; 'hindsight SUBCOMMAND --help' shows a subcommand's.
  -v, --version  Show the version.
)"_s.arg(stores.constFirst());
    const QList<std::pair<QString, QString>> subcommands{
        {u"new"_s, u"Create an incident and print its number."_s},
        {u"log"_s, u"Append an entry to an incident's investigation log."_s},
        {u"list"_s, u"List incidents, open ones first."_s},
        {u"show"_s, u"Show an incident with its investigation log."_s},
        {u"set"_s, u"Change an incident's fields."_s},
    };
    for (const QString &option : {u"--help"_s, u"-h"_s}) {
        const Run run = runWith(m_environment, {option});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(top), qPrintable(run.out));
        QVERIFY2(run.out.endsWith(options), qPrintable(run.out));
        const QStringList listed =
            run.out.mid(top.size(), run.out.size() - top.size() - options.size()).split(u'\n', Qt::SkipEmptyParts);
        // One line per subcommand, the summaries lined up in one column after the longest name.
        qsizetype column = 0;
        for (const QString &line : listed)
            column = std::max(column, line.indexOf(u' ', 2) + 2);
        for (const auto &[name, summary] : subcommands)
            QVERIFY2(listed.contains(u"  "_s + name.leftJustified(column - 4) + u"  "_s + summary), qPrintable(name));
        for (const QString &line : listed)
            QVERIFY2(line.size() > column && line.at(column - 1) == u' ' && line.at(column) != u' ', qPrintable(line));
    }
}

void TestCli::subcommandHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("options");

    QTest::newRow("new") << QStringList{u"new"_s, u"--help"_s} << u"Usage: hindsight new [options]"_s
                         << u"Create an incident and print its number."_s
                         << QStringList{u"--title <TEXT>"_s,   u"--severity <SEVERITY>"_s,
                                        u"--product <NAME>"_s, u"--summary <TEXT>"_s,
                                        u"--exercise"_s,       u"--db <PATH>"_s};
    QTest::newRow("log") << QStringList{u"log"_s, u"--help"_s} << u"Usage: hindsight log [options] NUMBER TEXT"_s
                         << u"Append an entry to an incident's investigation log."_s
                         << QStringList{u"--kind <KIND>"_s,
                                        u"note|hypothesis|finding|action|dead-end|decision"_s,
                                        u"--at <TIME>"_s,
                                        u"--key"_s,
                                        u"--author <NAME>"_s,
                                        u"NUMBER"_s,
                                        u"TEXT"_s,
                                        u"- reads it from standard input"_s};
    QTest::newRow("log -h") << QStringList{u"log"_s, u"-h"_s} << u"Usage: hindsight log [options] NUMBER TEXT"_s
                            << u"Append an entry to an incident's investigation log."_s
                            << QStringList{u"--kind <KIND>"_s, u"--at <TIME>"_s};
    QTest::newRow("list") << QStringList{u"list"_s, u"--help"_s} << u"Usage: hindsight list [options]"_s
                          << u"List incidents, open ones first."_s
                          << QStringList{u"--status <STATUS>"_s, u"--severity <SEVERITY>"_s, u"--json"_s};
    QTest::newRow("show") << QStringList{u"show"_s, u"--help"_s} << u"Usage: hindsight show [options] NUMBER"_s
                          << u"Show an incident with its investigation log."_s
                          << QStringList{u"--json"_s, u"--deleted"_s, u"NUMBER"_s};
    QTest::newRow("set") << QStringList{u"set"_s, u"--help"_s} << u"Usage: hindsight set [options] NUMBER"_s
                         << u"Change an incident's fields."_s
                         << QStringList{
                                u"--title <TEXT>"_s,       u"--severity <SEVERITY>"_s,    u"--status <STATUS>"_s,
                                u"--summary <TEXT>"_s,     u"--product <NAME>"_s,         u"--link <LINK>"_s,
                                u"--person <ROLE=NAME>"_s, u"--occurrence <START/END>"_s, u"--exercise"_s,
                                u"--no-exercise"_s,        u"--time-zone <ZONE>"_s};
}

void TestCli::subcommandHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    QFETCH(QString, summary);
    QFETCH(QStringList, options);

    const Run run = hindsight(arguments);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n');
    QVERIFY(lines.size() > 3);
    QCOMPARE(lines.at(0), usage);
    QCOMPARE(lines.at(1), summary);
    for (const QString &option : options)
        QVERIFY2(run.out.contains(option), qPrintable(option));
    QVERIFY(run.out.contains(u"-h, --help"_s));
    // Help reads nothing: it does not even create the store.
    QVERIFY(!QFile::exists(m_db));
}

void TestCli::newPrintsNumbers()
{
    const Run first = hindsight(
        {u"new"_s, u"--title"_s, u"T"_s, u"--severity"_s, u"high"_s, u"--product"_s, u"a"_s, u"--product"_s, u"b"_s});
    QCOMPARE(first.err, QString());
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out, u"1\n"_s);

    const Run second = hindsight({u"new"_s, u"--title"_s, u"決済APIで5xxが増加"_s, u"--severity"_s, u"Critical"_s,
                                  u"--summary"_s, u"First line\nSecond line"_s, u"--exercise"_s});
    QCOMPARE(second.err, QString());
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, u"2\n"_s);

    const QJsonObject one = show(1);
    QCOMPARE(one[u"number"_s].toInt(), 1);
    QCOMPARE(one[u"title"_s].toString(), u"T"_s);
    QCOMPARE(one[u"severity"_s].toString(), u"high"_s);
    QCOMPARE(one[u"status"_s].toString(), u"investigating"_s);
    QCOMPARE(one[u"products"_s].toArray(), (QJsonArray{u"a"_s, u"b"_s}));
    QCOMPARE(one[u"summary"_s].toString(), QString());
    QCOMPARE(one[u"exercise"_s].toBool(), false);
    QVERIFY(utc(one[u"detectedAt"_s].toString()).isValid());
    QCOMPARE(one[u"logEntries"_s].toArray(), QJsonArray());

    const QJsonObject two = show(2);
    QCOMPARE(two[u"title"_s].toString(), u"決済APIで5xxが増加"_s);
    QCOMPARE(two[u"severity"_s].toString(), u"critical"_s);
    QCOMPARE(two[u"summary"_s].toString(), u"First line\nSecond line"_s);
    QCOMPARE(two[u"products"_s].toArray(), QJsonArray());
    QCOMPARE(two[u"exercise"_s].toBool(), true);
}

void TestCli::logAppendsEntry()
{
    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"T"_s, u"--severity"_s, u"high"_s}).out, u"1\n"_s);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    // The words of the text may come as separate arguments, as the shell splits them.
    const Run run = hindsight({u"log"_s, u"1"_s, u"disk"_s, u"full"_s, u"on"_s, u"db-3"_s});
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.endsWith(u'\n'));
    const QUuid printed = QUuid::fromString(run.out.trimmed());
    QVERIFY2(!printed.isNull(), qPrintable(run.out));

    const QJsonArray entries = show(1)[u"logEntries"_s].toArray();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.at(0).toObject();
    QCOMPARE(QUuid::fromString(entry[u"id"_s].toString()), printed);
    QCOMPARE(entry[u"body"_s].toString(), u"disk full on db-3"_s);
    QCOMPARE(entry[u"kind"_s].toString(), u"note"_s);
    QCOMPARE(entry[u"author"_s].toString(), u"tester"_s);
    QCOMPARE(entry[u"backfilled"_s].toBool(), false);
    QCOMPARE(entry[u"keyEvent"_s].toBool(), false);
    QCOMPARE(entry[u"automatic"_s].toBool(), false);
    const QDateTime at = utc(entry[u"at"_s].toString());
    QVERIFY2(at >= before && at <= after, qPrintable(entry[u"at"_s].toString()));

    const Run byAuthor = hindsight({u"log"_s, u"#1"_s, u"--author"_s, u"Aiko Sato"_s, u"paged the DBA"_s});
    QCOMPARE(byAuthor.err, QString());
    QCOMPARE(byAuthor.exitCode, 0);
    QCOMPARE(show(1)[u"logEntries"_s].toArray().at(1)[u"author"_s].toString(), u"Aiko Sato"_s);
}

// A cron job or a service has none of $HINDSIGHT_AUTHOR, $USER, $USERNAME, $LOGNAME: the account's name is still
// the author, as the system knows it, not "unknown".
void TestCli::authorFallsBackToTheAccount()
{
    const passwd *account = ::getpwuid(::getuid());
    QVERIFY(account && account->pw_name);
    QProcessEnvironment bare = m_environment;
    for (const QString &variable : {u"HINDSIGHT_AUTHOR"_s, u"USER"_s, u"USERNAME"_s, u"LOGNAME"_s})
        bare.remove(variable);
    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"T"_s, u"--severity"_s, u"low"_s}).exitCode, 0);
    const Run run = runWith(bare, {u"--db"_s, m_db, u"log"_s, u"1"_s, u"written by a cron job"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(show(1)[u"logEntries"_s].toArray().at(0)[u"author"_s].toString(),
             QString::fromLocal8Bit(account->pw_name));
}

// A store others can read (unpacked from an archive, copied with a loose umask) is made its owner's alone the next
// time it is opened, and the user is told; `check` reports such a file without changing it.
void TestCli::groupReadableStoreIsTightened()
{
    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"T"_s, u"--severity"_s, u"low"_s}).exitCode, 0);
    QCOMPARE(QFileInfo(m_db).permissions() & 0x0077, QFileDevice::Permissions());
    QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ReadOther));
    const Run checked = hindsight({u"check"_s});
    QCOMPARE(checked.exitCode, 0);
    QVERIFY2(checked.out.contains(u"can be read by other users of this machine (permissions 0644)"_s),
             qPrintable(checked.out));
    QVERIFY(QFileInfo(m_db).permissions() & QFileDevice::ReadOther);

    const Run listed = hindsight({u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.err.contains(u"could be read by other users of this machine (permissions 0644); it is now "
                                 u"readable by you only (0600)"_s),
             qPrintable(listed.err));
    QCOMPARE(QFileInfo(m_db).permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!hindsight({u"check"_s}).out.contains(u"other users"_s));
    QCOMPARE(hindsight({u"list"_s}).err, QString());
}

void TestCli::logReadsStandardInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("body");

    QTest::newRow("one line") << QByteArray("rolled back release 412\n") << u"rolled back release 412"_s;
    QTest::newRow("multi-line") << QByteArray("## Findings\n\n- db-3 disk at 100%\n- WAL not archived\n")
                                << u"## Findings\n\n- db-3 disk at 100%\n- WAL not archived"_s;
    QTest::newRow("Japanese") << u"ディスク使用率が100%に達した。\n原因を調査中。\n"_s.toUtf8()
                              << u"ディスク使用率が100%に達した。\n原因を調査中。"_s;
    QTest::newRow("no trailing newline") << QByteArray("as typed") << u"as typed"_s;
    QTest::newRow("several trailing newlines") << QByteArray("x\n\n\n") << u"x"_s;
    QTest::newRow("CRLF") << QByteArray("line one\r\nline two\r\n") << u"line one\r\nline two"_s;
    QTest::newRow("leading blank line kept") << QByteArray("\n  indented\n") << u"\n  indented"_s;
}

void TestCli::logReadsStandardInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, body);

    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"T"_s, u"--severity"_s, u"low"_s}).out, u"1\n"_s);
    const Run run = hindsight({u"log"_s, u"1"_s, u"-"_s}, input);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!QUuid::fromString(run.out.trimmed()).isNull());
    const QJsonArray entries = show(1)[u"logEntries"_s].toArray();
    QCOMPARE(bodies(entries), QStringList{body});
}

void TestCli::logKinds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("stored");

    for (const QString &kind : allKeys<LogEntryKind>())
        QTest::newRow(qPrintable(kind)) << kind << kind;
    QTest::newRow("Dead_End") << u"Dead_End"_s << u"dead-end"_s;
    QTest::newRow("HYPOTHESIS") << u"HYPOTHESIS"_s << u"hypothesis"_s;
}

void TestCli::logKinds()
{
    QFETCH(QString, kind);
    QFETCH(QString, stored);

    // Every kind the help names, so that a kind missing from the store's schema shows up here.
    QVERIFY(u"note|hypothesis|finding|action|dead-end|decision"_s.split(u'|').contains(stored));
    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"T"_s, u"--severity"_s, u"low"_s}).out, u"1\n"_s);
    const Run run = hindsight({u"log"_s, u"1"_s, u"--kind"_s, kind, u"some text"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    const QJsonArray entries = show(1)[u"logEntries"_s].toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0)[u"kind"_s].toString(), stored);
}

void TestCli::logAtMarksBackfilled_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("stored");

    QTest::newRow("UTC") << u"2026-11-23T14:05Z"_s << u"UTC"_s << u"2026-11-23T14:05:00.000Z"_s;
    QTest::newRow("offset") << u"2026-11-23T14:05:00+09:00"_s << u"UTC"_s << u"2026-11-23T05:05:00.000Z"_s;
    QTest::newRow("local time") << u"2026-11-23T14:05"_s << u"Asia/Tokyo"_s << u"2026-11-23T05:05:00.000Z"_s;
    QTest::newRow("local time, summer") << u"2026-07-01T12:00"_s << u"Europe/Berlin"_s << u"2026-07-01T10:00:00.000Z"_s;
    QTest::newRow("space for T") << u"2026-11-23 14:05:30"_s << u"UTC"_s << u"2026-11-23T14:05:30.000Z"_s;
    QTest::newRow("milliseconds") << u"2026-11-23T14:05:30.250Z"_s << u"UTC"_s << u"2026-11-23T14:05:30.250Z"_s;
}

void TestCli::logAtMarksBackfilled()
{
    QFETCH(QString, at);
    QFETCH(QString, zone);
    QFETCH(QString, stored);

    m_environment.insert(u"TZ"_s, zone);
    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"T"_s, u"--severity"_s, u"low"_s}).out, u"1\n"_s);
    const Run run = hindsight({u"log"_s, u"1"_s, u"--at"_s, at, u"alert fired"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    const QJsonArray entries = show(1)[u"logEntries"_s].toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0)[u"at"_s].toString(), stored);
    QCOMPARE(entries.at(0)[u"backfilled"_s].toBool(), true);
    QCOMPARE(entries.at(0)[u"automatic"_s].toBool(), false);
}

void TestCli::logKeyEvent()
{
    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"T"_s, u"--severity"_s, u"low"_s}).out, u"1\n"_s);
    QCOMPARE(hindsight({u"log"_s, u"1"_s, u"--key"_s, u"--kind"_s, u"decision"_s, u"roll back"_s}).exitCode, 0);
    QCOMPARE(hindsight({u"log"_s, u"1"_s, u"not key"_s}).exitCode, 0);
    const QJsonArray entries = show(1)[u"logEntries"_s].toArray();
    QCOMPARE(bodies(entries), (QStringList{u"roll back"_s, u"not key"_s}));
    QCOMPARE(entries.at(0)[u"keyEvent"_s].toBool(), true);
    QCOMPARE(entries.at(0)[u"kind"_s].toString(), u"decision"_s);
    QCOMPARE(entries.at(1)[u"keyEvent"_s].toBool(), false);
}

void TestCli::listText()
{
    {
        auto store = openStore();
        IncidentStore incidents(*store);
        Incident draft;
        draft.title = u"Disk full on db-3"_s;
        draft.severity = Severity::Low;
        draft.status = IncidentStatus::Resolved;
        draft.detectedAt = utc(u"2026-11-20T01:00:00Z"_s);
        incidents.create(draft);
        draft.title = u"Checkout API 5xx above 2%"_s;
        draft.severity = Severity::Critical;
        draft.status = IncidentStatus::Mitigated;
        draft.detectedAt = utc(u"2026-11-23T05:05:00Z"_s);
        incidents.create(draft);
        draft.title = u"Game day: lose a zone"_s;
        draft.severity = Severity::Middle;
        draft.status = IncidentStatus::Investigating;
        draft.detectedAt = utc(u"2026-11-24T00:30:00Z"_s);
        draft.exercise = true;
        incidents.create(draft);
    }
    const Run run = hindsight({u"list"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, uR"( #  SEVERITY STATUS        DETECTED          TITLE
 3  Middle   Investigating 2026-11-24 00:30  Game day: lose a zone [exercise]
 2  Critical Mitigated     2026-11-23 05:05  Checkout API 5xx above 2%
 1  Low      Resolved      2026-11-20 01:00  Disk full on db-3
)"_s);
}

void TestCli::listEmpty()
{
    const Run run = hindsight({u"list"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(u"No incidents. Create one with: hindsight new --title TEXT --severity SEVERITY"_s),
             qPrintable(run.err));

    const Run json = hindsight({u"list"_s, u"--json"_s});
    QCOMPARE(json.err, QString());
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array(), QJsonArray());
}

void TestCli::listJsonOrderAndFilters_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QList<int>>("expected");

    QTest::newRow("all: open first, then newest first") << QStringList() << QList<int>{5, 3, 1, 6, 4, 2};
    QTest::newRow("investigating") << QStringList{u"--status"_s, u"investigating"_s} << QList<int>{5, 1};
    QTest::newRow("resolved") << QStringList{u"--status"_s, u"resolved"_s} << QList<int>{6, 2};
    QTest::newRow("high") << QStringList{u"--severity"_s, u"high"_s} << QList<int>{5, 4, 2};
    QTest::newRow("closed and high") << QStringList{u"--status"_s, u"closed"_s, u"--severity"_s, u"high"_s}
                                     << QList<int>{4};
    QTest::newRow("nothing matches") << QStringList{u"--status"_s, u"resolved"_s, u"--severity"_s, u"critical"_s}
                                     << QList<int>{};
}

void TestCli::listJsonOrderAndFilters()
{
    QFETCH(QStringList, filters);
    QFETCH(QList<int>, expected);

    const std::pair<IncidentStatus, Severity> incidents[] = {
        {IncidentStatus::Investigating, Severity::Low},  {IncidentStatus::Resolved, Severity::High},
        {IncidentStatus::Mitigated, Severity::Critical}, {IncidentStatus::Closed, Severity::High},
        {IncidentStatus::Investigating, Severity::High}, {IncidentStatus::Resolved, Severity::Low}};
    for (const auto &[status, severity] : incidents) {
        const QString title = u"Incident in "_s + toKey(status);
        QCOMPARE(hindsight({u"new"_s, u"--title"_s, title, u"--severity"_s, toKey(severity)}).exitCode, 0);
    }
    for (int number = 1; number <= 6; ++number) {
        const IncidentStatus status = incidents[number - 1].first;
        if (status == IncidentStatus::Closed)
            approvePostmortem(number);
        if (status != IncidentStatus::Investigating) {
            QCOMPARE(hindsight({u"set"_s, QString::number(number), u"--status"_s, toKey(status)}).exitCode, 0);
        }
    }

    const QJsonArray listed = json(QStringList{u"list"_s, u"--json"_s} + filters).array();
    QCOMPARE(numbers(listed), expected);
    for (const QJsonValue &incident : listed) {
        const auto [status, severity] = incidents[incident[u"number"_s].toInt() - 1];
        QCOMPARE(incident[u"status"_s].toString(), toKey(status));
        QCOMPARE(incident[u"severity"_s].toString(), toKey(severity));
        QCOMPARE(incident[u"title"_s].toString(), u"Incident in "_s + toKey(status));
    }
}

void TestCli::showJsonFields()
{
    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"Checkout API 5xx"_s, u"--severity"_s, u"high"_s, u"--product"_s,
                        u"checkout"_s})
                 .out,
             u"1\n"_s);
    QCOMPARE(hindsight({u"log"_s, u"1"_s, u"--kind"_s, u"finding"_s, u"--key"_s, u"--at"_s, u"2026-11-23T05:10Z"_s,
                        u"errors began with release 412"_s})
                 .exitCode,
             0);
    QCOMPARE(hindsight({u"set"_s, u"1"_s, u"--status"_s, u"mitigated"_s}).exitCode, 0);

    const QJsonObject incident = show(1);
    for (const QString &field : {u"number"_s, u"title"_s, u"severity"_s, u"status"_s, u"summary"_s, u"detectedAt"_s,
                                 u"startedAt"_s, u"mitigatedAt"_s, u"resolvedAt"_s, u"occurrences"_s, u"products"_s,
                                 u"links"_s, u"people"_s, u"exercise"_s, u"logEntries"_s})
        QVERIFY2(incident.contains(field), qPrintable(field));
    QCOMPARE(incident[u"number"_s], QJsonValue(1));
    QCOMPARE(incident[u"title"_s], QJsonValue(u"Checkout API 5xx"_s));
    QCOMPARE(incident[u"severity"_s], QJsonValue(u"high"_s));
    QCOMPARE(incident[u"status"_s], QJsonValue(u"mitigated"_s));
    QCOMPARE(incident[u"summary"_s], QJsonValue(u""_s));
    QVERIFY(utc(incident[u"detectedAt"_s].toString()).isValid());
    QVERIFY(utc(incident[u"mitigatedAt"_s].toString()).isValid());
    QCOMPARE(incident[u"startedAt"_s], QJsonValue(QJsonValue::Null));
    QCOMPARE(incident[u"resolvedAt"_s], QJsonValue(QJsonValue::Null));
    QCOMPARE(incident[u"occurrences"_s], QJsonValue(QJsonArray()));
    QCOMPARE(incident[u"products"_s], QJsonValue(QJsonArray{u"checkout"_s}));
    QCOMPARE(incident[u"links"_s], QJsonValue(QJsonArray()));
    QCOMPARE(incident[u"people"_s], QJsonValue(QJsonArray()));
    QCOMPARE(incident[u"exercise"_s], QJsonValue(false));

    const QJsonArray entries = incident[u"logEntries"_s].toArray();
    QCOMPARE(entries.size(), 2);
    for (const QJsonValue &entry : entries) {
        for (const QString &field : {u"kind"_s, u"body"_s, u"at"_s, u"backfilled"_s, u"keyEvent"_s, u"automatic"_s})
            QVERIFY2(entry.toObject().contains(field), qPrintable(field));
        QCOMPARE(entry[u"incidentId"_s], incident[u"id"_s]);
    }
    const QJsonObject finding = entries.at(0).toObject();
    QCOMPARE(finding[u"kind"_s], QJsonValue(u"finding"_s));
    QCOMPARE(finding[u"body"_s], QJsonValue(u"errors began with release 412"_s));
    QCOMPARE(finding[u"at"_s], QJsonValue(u"2026-11-23T05:10:00.000Z"_s));
    QCOMPARE(finding[u"backfilled"_s], QJsonValue(true));
    QCOMPARE(finding[u"keyEvent"_s], QJsonValue(true));
    QCOMPARE(finding[u"automatic"_s], QJsonValue(false));
    const QJsonObject statusChange = entries.at(1).toObject();
    QCOMPARE(statusChange[u"kind"_s], QJsonValue(u"note"_s));
    QCOMPARE(statusChange[u"body"_s], QJsonValue(u"Status changed from Investigating to Mitigated."_s));
    QCOMPARE(statusChange[u"backfilled"_s], QJsonValue(false));
    QCOMPARE(statusChange[u"keyEvent"_s], QJsonValue(false));
    QCOMPARE(statusChange[u"automatic"_s], QJsonValue(true));
}

void TestCli::showEntriesInTimeOrder()
{
    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"T"_s, u"--severity"_s, u"low"_s}).out, u"1\n"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString twoHoursAgo = now.addSecs(-2 * 3600).toString(Qt::ISODate);
    const QString threeHoursAgo = now.addSecs(-3 * 3600).toString(Qt::ISODate);
    const QStringList writes[] = {
        {u"log"_s, u"1"_s, u"written first, happened now"_s},
        {u"log"_s, u"1"_s, u"--at"_s, twoHoursAgo, u"back-filled, two hours ago"_s},
        {u"log"_s, u"1"_s, u"--at"_s, threeHoursAgo, u"back-filled, three hours ago"_s},
        {u"log"_s, u"1"_s, u"--at"_s, twoHoursAgo, u"back-filled, two hours ago again"_s},
    };
    for (const QStringList &arguments : writes)
        QCOMPARE(hindsight(arguments).exitCode, 0);

    // By time; entries at the same time in the order they were written.
    const QJsonArray entries = show(1)[u"logEntries"_s].toArray();
    QCOMPARE(bodies(entries), (QStringList{u"back-filled, three hours ago"_s, u"back-filled, two hours ago"_s,
                                           u"back-filled, two hours ago again"_s, u"written first, happened now"_s}));
    QCOMPARE(entries.at(3)[u"backfilled"_s].toBool(), false);
}

void TestCli::showText_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("expected");

    // Times are stored in UTC and shown in the zone of the machine: here Asia/Tokyo, nine hours ahead.
    QTest::newRow("everything filled in") << 1 << uR"(#1 Checkout API 5xx above 2%
Severity:           High
Status:             Mitigated
Detected:           2026-11-23 14:05
Started:            2026-11-23 13:58
Mitigated:          2026-11-23 14:40
Exercise:           yes: kept out of statistics
Products:           checkout, payments
Occurred:           2026-11-23 13:58 – 2026-11-23 14:40
Occurred:           2026-11-24 09:10 – ongoing
SRE:                Aiko Sato, Chen
Facilitator:        Ben Okafor
Link:               Dashboard <https://grafana.example.com/d/checkout>
Link:               https://status.example.com/

Summary:
  Checkout returned 5xx.
  Rolled back release 412.

Investigation log:
2026-11-23 14:05:00  Note       tester  [key, back-filled]
    Alert fired: 5xx above 2%
2026-11-23 14:12:00  Hypothesis tester  [back-filled]
    Release 412 broke the payment client?
2026-11-23 14:20:00  Finding    Aiko Sato  [back-filled]
    Errors started with release 412.
    Rollback is safe.
2026-11-23 14:40:00  Decision   tester  [key, back-filled]
    Roll back.
2026-11-23 14:40:00  Note       tester  [back-filled, automatic]
    Status changed from Investigating to Mitigated.
)"_s;
    QTest::newRow("just created") << 2 << uR"(#2 Disk full on db-3
Severity:           Low
Status:             Investigating
Detected:           2026-11-24 09:00

Investigation log:
  (empty) Add an entry with: hindsight log 2 TEXT
)"_s;
}

void TestCli::showText()
{
    QFETCH(int, number);
    QFETCH(QString, expected);

    {
        auto store = openStore();
        Incident draft;
        draft.title = u"Checkout API 5xx above 2%"_s;
        draft.severity = Severity::High;
        draft.status = IncidentStatus::Mitigated;
        draft.summary = u"Checkout returned 5xx.\nRolled back release 412."_s;
        draft.detectedAt = utc(u"2026-11-23T05:05:00Z"_s);
        draft.startedAt = utc(u"2026-11-23T04:58:00Z"_s);
        draft.mitigatedAt = utc(u"2026-11-23T05:40:00Z"_s);
        draft.exercise = true;
        draft.products = {u"checkout"_s, u"payments"_s};
        draft.occurrences = {{utc(u"2026-11-23T04:58:00Z"_s), utc(u"2026-11-23T05:40:00Z"_s)},
                             {utc(u"2026-11-24T00:10:00Z"_s), QDateTime()}};
        draft.people = {{PersonRole::Sre, u"Aiko Sato"_s},
                        {PersonRole::Facilitator, u"Ben Okafor"_s},
                        {PersonRole::Sre, u"Chen"_s}};
        draft.links = {{u"Dashboard"_s, u"https://grafana.example.com/d/checkout"_s},
                       {QString(), u"https://status.example.com/"_s}};
        const Incident incident = IncidentStore(*store).create(draft);

        InvestigationLog log(*store);
        const auto append = [&](const QString &at, LogEntryKind kind, const QString &body, bool key,
                                const QString &author = u"tester"_s, bool automatic = false) {
            LogEntry entry;
            entry.incidentId = incident.id;
            entry.at = utc(at);
            entry.kind = kind;
            entry.body = body;
            entry.keyEvent = key;
            entry.author = author;
            entry.automatic = automatic;
            log.append(entry);
        };
        append(u"2026-11-23T05:40:00Z"_s, LogEntryKind::Decision, u"Roll back."_s, true);
        append(u"2026-11-23T05:05:00Z"_s, LogEntryKind::Note, u"Alert fired: 5xx above 2%"_s, true);
        append(u"2026-11-23T05:12:00Z"_s, LogEntryKind::Hypothesis, u"Release 412 broke the payment client?"_s, false);
        append(u"2026-11-23T05:20:00Z"_s, LogEntryKind::Finding,
               u"Errors started with release 412.\nRollback is safe."_s, false, u"Aiko Sato"_s);
        append(u"2026-11-23T05:40:00Z"_s, LogEntryKind::Note, u"Status changed from Investigating to Mitigated."_s,
               false, u"tester"_s, true);

        Incident other;
        other.title = u"Disk full on db-3"_s;
        other.severity = Severity::Low;
        other.detectedAt = utc(u"2026-11-24T00:00:00Z"_s);
        IncidentStore(*store).create(other);
    }

    m_environment.insert(u"TZ"_s, u"Asia/Tokyo"_s);
    const Run run = hindsight({u"show"_s, QString::number(number)});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, expected);
}

void TestCli::setChangesField_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("title") << QStringList{u"--title"_s, u"  Checkout down  "_s} << u"title"_s
                           << QJsonValue(u"Checkout down"_s);
    QTest::newRow("severity") << QStringList{u"--severity"_s, u"critical"_s} << u"severity"_s
                              << QJsonValue(u"critical"_s);
    QTest::newRow("status") << QStringList{u"--status"_s, u"resolved"_s} << u"status"_s << QJsonValue(u"resolved"_s);
    QTest::newRow("summary") << QStringList{u"--summary"_s, u"# Cause\n\nA full disk."_s} << u"summary"_s
                             << QJsonValue(u"# Cause\n\nA full disk."_s);
    QTest::newRow("detected") << QStringList{u"--detected"_s, u"2026-11-23T14:05+09:00"_s} << u"detectedAt"_s
                              << QJsonValue(u"2026-11-23T05:05:00.000Z"_s);
    QTest::newRow("started") << QStringList{u"--started"_s, u"2026-11-23T04:58Z"_s} << u"startedAt"_s
                             << QJsonValue(u"2026-11-23T04:58:00.000Z"_s);
    QTest::newRow("time zone") << QStringList{u"--time-zone"_s, u"Asia/Tokyo"_s} << u"timeZone"_s
                               << QJsonValue(u"Asia/Tokyo"_s);
    QTest::newRow("products replaced") << QStringList{u"--product"_s, u"api"_s, u"--product"_s, u"web"_s}
                                       << u"products"_s << QJsonValue(QJsonArray{u"api"_s, u"web"_s});
    QTest::newRow("products emptied") << QStringList{u"--product"_s, u""_s} << u"products"_s
                                      << QJsonValue(QJsonArray());
    QTest::newRow("links") << QStringList{u"--link"_s, u"Dashboard=https://grafana.example.com/d/1?panel=2"_s,
                                          u"--link"_s, u"https://example.com/search?q=a=b"_s}
                           << u"links"_s
                           << QJsonValue(QJsonArray{
                                  QJsonObject{{u"label"_s, u"Dashboard"_s},
                                              {u"url"_s, u"https://grafana.example.com/d/1?panel=2"_s}},
                                  QJsonObject{{u"label"_s, u""_s}, {u"url"_s, u"https://example.com/search?q=a=b"_s}}});
    QTest::newRow("people") << QStringList{u"--person"_s,        u"sre=Aiko Sato"_s, u"--person"_s,
                                           u"facilitator=Ben"_s, u"--person"_s,      u"head-of-department=Chen"_s}
                            << u"people"_s
                            << QJsonValue(QJsonArray{
                                   QJsonObject{{u"role"_s, u"sre"_s}, {u"name"_s, u"Aiko Sato"_s}},
                                   QJsonObject{{u"role"_s, u"facilitator"_s}, {u"name"_s, u"Ben"_s}},
                                   QJsonObject{{u"role"_s, u"head-of-department"_s}, {u"name"_s, u"Chen"_s}}});
    QTest::newRow("occurrences") << QStringList{u"--occurrence"_s, u"2026-11-23T13:00Z/2026-11-23T14:00Z"_s,
                                                u"--occurrence"_s, u"2026-11-24T09:00Z/"_s}
                                 << u"occurrences"_s
                                 << QJsonValue(QJsonArray{QJsonObject{{u"start"_s, u"2026-11-23T13:00:00.000Z"_s},
                                                                      {u"end"_s, u"2026-11-23T14:00:00.000Z"_s}},
                                                          QJsonObject{{u"start"_s, u"2026-11-24T09:00:00.000Z"_s},
                                                                      {u"end"_s, QJsonValue::Null}}});
    QTest::newRow("exercise") << QStringList{u"--exercise"_s} << u"exercise"_s << QJsonValue(true);
}

void TestCli::setChangesField()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);
    QFETCH(QJsonValue, expected);

    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"T"_s, u"--severity"_s, u"high"_s, u"--product"_s, u"a"_s,
                        u"--product"_s, u"b"_s})
                 .out,
             u"1\n"_s);
    const QJsonObject before = show(1);
    QVERIFY(!before.isEmpty());
    QVERIFY(before[field] != expected);

    const Run run = hindsight(QStringList{u"set"_s, u"1"_s} + arguments);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QString());

    const QJsonObject after = show(1);
    QCOMPARE(after[field], expected);
    // Only what was asked changes (a change of status also stamps its time and is logged).
    const QStringList mayChange{field, u"updatedAt"_s, u"logEntries"_s, u"mitigatedAt"_s, u"resolvedAt"_s};
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (!mayChange.contains(it.key()))
            QVERIFY2(after[it.key()] == it.value(), qPrintable(it.key()));
    }
    if (field != u"status"_s) {
        QCOMPARE(after[u"mitigatedAt"_s], before[u"mitigatedAt"_s]);
        QCOMPARE(after[u"resolvedAt"_s], before[u"resolvedAt"_s]);
    }
    if (field != u"status"_s && field != u"severity"_s)
        QCOMPARE(after[u"logEntries"_s], before[u"logEntries"_s]);
}

void TestCli::setSeverityAndStatusAreLogged()
{
    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"T"_s, u"--severity"_s, u"high"_s}).out, u"1\n"_s);
    const Run run = hindsight({u"set"_s, u"1"_s, u"--severity"_s, u"critical"_s, u"--status"_s, u"resolved"_s,
                               u"--author"_s, u"Incident Commander"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);

    QJsonObject incident = show(1);
    QCOMPARE(incident[u"severity"_s].toString(), u"critical"_s);
    QCOMPARE(incident[u"status"_s].toString(), u"resolved"_s);
    QVERIFY(utc(incident[u"mitigatedAt"_s].toString()).isValid());
    QVERIFY(utc(incident[u"resolvedAt"_s].toString()).isValid());
    QJsonArray entries = incident[u"logEntries"_s].toArray();
    QCOMPARE(bodies(entries), (QStringList{u"Severity changed from High to Critical."_s,
                                           u"Status changed from Investigating to Resolved."_s}));
    for (const QJsonValue &entry : entries) {
        QCOMPARE(entry[u"automatic"_s].toBool(), true);
        QCOMPARE(entry[u"backfilled"_s].toBool(), false);
        QCOMPARE(entry[u"author"_s].toString(), u"Incident Commander"_s);
    }

    // Other fields, and a severity or status set to what it already is, add nothing to the log.
    QCOMPARE(hindsight({u"set"_s, u"1"_s, u"--title"_s, u"Renamed"_s, u"--severity"_s, u"critical"_s, u"--status"_s,
                        u"resolved"_s, u"--product"_s, u"api"_s})
                 .exitCode,
             0);
    incident = show(1);
    QCOMPARE(incident[u"title"_s].toString(), u"Renamed"_s);
    QCOMPARE(incident[u"logEntries"_s].toArray(), entries);

    approvePostmortem(1);
    QCOMPARE(hindsight({u"set"_s, u"1"_s, u"--status"_s, u"closed"_s}).exitCode, 0);
    entries = show(1)[u"logEntries"_s].toArray();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(2)[u"body"_s].toString(), u"Status changed from Resolved to Closed."_s);
    QCOMPARE(entries.at(2)[u"author"_s].toString(), u"tester"_s);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QStringList &arguments, const QString &message,
                        const QByteArray &input = {}) { QTest::newRow(name) << arguments << input << message; };
    row("unknown subcommand", {u"frobnicate"_s},
        u"hindsight: unknown subcommand 'frobnicate'. See 'hindsight --help'."_s);
    row("unknown option before the subcommand", {u"--frob"_s, u"list"_s}, u"hindsight: unknown option --frob."_s);
    row("unknown option of new", {u"new"_s, u"--title"_s, u"x"_s, u"--severity"_s, u"low"_s, u"--frob"_s},
        u"hindsight new: Unknown option 'frob'.\nSee 'hindsight new --help'."_s);
    row("unknown option of log", {u"log"_s, u"1"_s, u"--frob"_s, u"text"_s}, u"Unknown option 'frob'"_s);
    row("option without its value", {u"list"_s, u"--status"_s}, u"Missing value after '--status'"_s);
    row("--db without its value", {u"list"_s, u"--db"_s}, u"Missing value after '--db'"_s);
    row("missing --title", {u"new"_s, u"--severity"_s, u"high"_s}, u"hindsight new: --title is required."_s);
    row("blank --title", {u"new"_s, u"--title"_s, u"   "_s, u"--severity"_s, u"high"_s},
        u"hindsight new: --title is required."_s);
    row("title without --title", {u"new"_s, u"Disk full"_s, u"--severity"_s, u"high"_s},
        u"hindsight new: unexpected argument 'Disk full'. Give the title with --title."_s);
    row("missing --severity", {u"new"_s, u"--title"_s, u"x"_s},
        u"hindsight new: --severity must be one of low|middle|high|critical."_s);
    row("bad --severity", {u"new"_s, u"--title"_s, u"x"_s, u"--severity"_s, u"urgent"_s},
        u"hindsight new: --severity must be one of low|middle|high|critical."_s);
    row("bad --kind", {u"log"_s, u"1"_s, u"--kind"_s, u"guess"_s, u"text"_s},
        u"hindsight log: --kind must be one of note|hypothesis|finding|action|dead-end|decision."_s);
    row("bad --at", {u"log"_s, u"1"_s, u"--at"_s, u"yesterday"_s, u"text"_s},
        u"hindsight log: --at 'yesterday' is not an ISO 8601 time"_s);
    row("impossible --at", {u"log"_s, u"1"_s, u"--at"_s, u"2026-02-30T10:00"_s, u"text"_s},
        u"--at '2026-02-30T10:00' is not an ISO 8601 time"_s);
    row("log without text", {u"log"_s, u"1"_s},
        u"hindsight log: give the incident's number and the text (or - to read standard input)."_s);
    row("log to a non-numeric incident", {u"log"_s, u"one"_s, u"text"_s},
        u"hindsight log: 'one' is not an incident number."_s);
    row("log to incident 0", {u"log"_s, u"0"_s, u"text"_s}, u"hindsight log: '0' is not an incident number."_s);
    row("show a non-numeric incident", {u"show"_s, u"abc"_s}, u"hindsight show: give one incident number."_s);
    row("set a non-numeric incident", {u"set"_s, u"x"_s, u"--title"_s, u"y"_s},
        u"hindsight set: give one incident number, then the fields to change."_s);
    row("log to a missing incident", {u"log"_s, u"7"_s, u"text"_s}, u"There is no incident 7 in"_s);
    row("show a missing incident", {u"show"_s, u"7"_s}, u"There is no incident 7 in"_s);
    row("set a missing incident", {u"set"_s, u"7"_s, u"--title"_s, u"y"_s}, u"There is no incident 7 in"_s);
    row("empty text", {u"log"_s, u"1"_s, u""_s}, u"hindsight log: the entry is empty; nothing was logged."_s);
    row("blank text", {u"log"_s, u"1"_s, u"  "_s}, u"hindsight log: the entry is empty; nothing was logged."_s);
    row("blank standard input", {u"log"_s, u"1"_s, u"-"_s}, u"hindsight log: the entry is empty; nothing was logged."_s,
        "\n \n");
    row("invalid UTF-8 on standard input", {u"log"_s, u"1"_s, u"-"_s},
        u"hindsight log: standard input is not valid UTF-8 text; nothing was logged."_s,
        "valid start\n\xff\xfe then Latin-1 \xe9t\xe9\n");
    row("NUL on standard input", {u"log"_s, u"1"_s, u"-"_s},
        u"hindsight log: the text contains a NUL character; nothing was logged."_s, QByteArray("before\0after", 12));
    row("set a blank title", {u"set"_s, u"1"_s, u"--title"_s, u" "_s}, u"hindsight: An incident needs a title."_s);
    row("set a bad severity", {u"set"_s, u"1"_s, u"--severity"_s, u"sev1"_s},
        u"hindsight set: --severity must be one of low|middle|high|critical."_s);
    row("set a bad status", {u"set"_s, u"1"_s, u"--status"_s, u"open"_s},
        u"hindsight set: --status must be one of investigating|mitigated|resolved|closed."_s);
    row("set a bad time", {u"set"_s, u"1"_s, u"--started"_s, u"noon"_s},
        u"hindsight set: --started 'noon' is not an ISO 8601 time"_s);
    row("set an unknown time zone", {u"set"_s, u"1"_s, u"--time-zone"_s, u"Mars/Olympus"_s},
        u"--time-zone 'Mars/Olympus' is not a known time zone"_s);
    row("set a person without a role", {u"set"_s, u"1"_s, u"--person"_s, u"Aiko"_s},
        u"hindsight set: --person 'Aiko' must be ROLE=NAME"_s);
    row("set a person with an unknown role", {u"set"_s, u"1"_s, u"--person"_s, u"boss=Aiko"_s},
        u"hindsight set: --person 'boss=Aiko' must be ROLE=NAME"_s);
    row("set an occurrence without an end", {u"set"_s, u"1"_s, u"--occurrence"_s, u"2026-11-23T14:00Z"_s},
        u"hindsight set: --occurrence '2026-11-23T14:00Z' must be START/END"_s);
    row("set an occurrence ending before it starts",
        {u"set"_s, u"1"_s, u"--occurrence"_s, u"2026-11-23T14:00Z/2026-11-23T13:00Z"_s},
        u"its end may not come before its start"_s);
    row("set a link without a URL", {u"set"_s, u"1"_s, u"--link"_s, u"Dashboard="_s},
        u"hindsight: A related link needs a URL."_s);
    row("set --exercise and --no-exercise", {u"set"_s, u"1"_s, u"--exercise"_s, u"--no-exercise"_s},
        u"hindsight set: --exercise and --no-exercise contradict each other."_s);
    row("list a bad status", {u"list"_s, u"--status"_s, u"open"_s},
        u"hindsight list: --status must be one of investigating|mitigated|resolved|closed."_s);
    row("list a bad severity", {u"list"_s, u"--severity"_s, u"sev1"_s},
        u"hindsight list: --severity must be one of low|middle|high|critical."_s);
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);

    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"Existing"_s, u"--severity"_s, u"high"_s}).out, u"1\n"_s);
    const QString before = snapshot();
    QVERIFY(before.contains(u"Existing"_s));

    const Run run = hindsight(arguments, input);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.err.endsWith(u'\n'));
    QCOMPARE(snapshot(), before);
}

void TestCli::storeRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("text file") << u"text file"_s
                               << u"is not a Hindsight store: it is not an SQLite database at all. It was left "
                                  "unchanged."_s;
    QTest::newRow("short binary file") << u"short binary file"_s
                                       << u"is not a Hindsight store: it is not an SQLite database at all."_s;
    QTest::newRow("another program's SQLite") << u"other program"_s
                                              << u"is an SQLite database of another program, not a Hindsight "
                                                 "store. It was left unchanged."_s;
    QTest::newRow("newer store version") << u"newer version"_s
                                         << u"was written by a newer version of Hindsight (store version %1; this "
                                            "version understands up to %2). It was left unchanged. Update Hindsight "
                                            "to open it."_s.arg(Store::schemaVersion() + 1)
                                                .arg(Store::schemaVersion());
    QTest::newRow("folder") << u"folder"_s << u"is a folder, not a Hindsight store."_s;
}

void TestCli::storeRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);

    const QString dir = m_dir->filePath(u"refused"_s);
    QVERIFY(QDir().mkpath(dir));
    QString path = QDir(dir).filePath(u"store.sqlite"_s);
    if (kind == u"text file"_s) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Meeting notes\n").repeated(20));
    } else if (kind == u"short binary file"_s) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16));
    } else if (kind == u"other program"_s) {
        createSqliteFile(path, {u"CREATE TABLE bookmarks (url TEXT, title TEXT)"_s,
                                u"INSERT INTO bookmarks VALUES ('https://example.com', 'Example')"_s});
    } else if (kind == u"newer version"_s) {
        createSqliteFile(path, {u"PRAGMA application_id = %1"_s.arg(Store::ApplicationId),
                                u"PRAGMA user_version = %1"_s.arg(Store::schemaVersion() + 1),
                                u"CREATE TABLE incident (id TEXT PRIMARY KEY, future_column BLOB)"_s});
    } else if (kind == u"folder"_s) {
        path = dir;
    }
    if (QTest::currentTestFailed())
        return;
    const QByteArray digest = test::fileDigest(path);
    const QStringList files = filesIn(dir);

    const QStringList commands[] = {
        {u"list"_s},
        {u"list"_s, u"--json"_s},
        {u"new"_s, u"--title"_s, u"T"_s, u"--severity"_s, u"high"_s},
        {u"log"_s, u"1"_s, u"text"_s},
        {u"show"_s, u"1"_s},
        {u"set"_s, u"1"_s, u"--title"_s, u"T"_s},
    };
    for (const QStringList &command : commands) {
        const Run run = runWith(m_environment, QStringList{u"--db"_s, path} + command);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        // The message names the file, so that the user knows which one to check.
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())), qPrintable(run.err));
        QCOMPARE(test::fileDigest(path), digest);
        QCOMPARE(filesIn(dir), files);
    }
}

void TestCli::storeFromEnvironment()
{
    const QString fromEnvironment = m_dir->filePath(u"env/incidents.sqlite"_s);
    QProcessEnvironment environment = m_environment;
    environment.insert(u"HINDSIGHT_DB"_s, fromEnvironment);

    Run run = runWith(environment, {u"new"_s, u"--title"_s, u"From the environment"_s, u"--severity"_s, u"low"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"1\n"_s);
    QVERIFY(QFile::exists(fromEnvironment));
    QVERIFY(!QFile::exists(m_db));

    run = runWith(environment, {u"list"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray listed = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0)[u"title"_s].toString(), u"From the environment"_s);

    // --db wins over HINDSIGHT_DB.
    run = runWith(environment, {u"--db"_s, m_db, u"new"_s, u"--title"_s, u"Elsewhere"_s, u"--severity"_s, u"low"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"1\n"_s);
    QCOMPARE(numbers(json({u"list"_s, u"--json"_s}).array()), QList<int>{1});
    run = runWith(environment, {u"list"_s, u"--json"_s});
    QCOMPARE(numbers(QJsonDocument::fromJson(run.out.toUtf8()).array()), QList<int>{1});
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().at(0)[u"title"_s].toString(), u"From the environment"_s);
}

void TestCli::dbOption_data()
{
    QTest::addColumn<QStringList>("arguments");

    // %1 stands for the store's path.
    QTest::newRow("before the subcommand") << QStringList{u"--db"_s, u"%1"_s, u"new"_s};
    QTest::newRow("after the subcommand") << QStringList{u"new"_s, u"--db"_s, u"%1"_s};
    QTest::newRow("--db=PATH") << QStringList{u"--db=%1"_s, u"new"_s};
}

void TestCli::dbOption()
{
    QFETCH(QStringList, arguments);

    const QString path = m_dir->filePath(u"chosen.sqlite"_s);
    for (QString &argument : arguments)
        argument.replace(u"%1"_s, path);
    const Run run = runWith(m_environment, arguments + QStringList{u"--title"_s, u"T"_s, u"--severity"_s, u"low"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"1\n"_s);
    QVERIFY(QFile::exists(path));
    // Nothing went to the default store.
    QVERIFY(!QDir(m_environment.value(u"XDG_DATA_HOME"_s)).exists());
}

void TestCli::runsWithoutDisplay()
{
    // As over SSH or in a cron job: no display, and no platform plugin asked for.
    QProcessEnvironment environment = m_environment;
    for (const QString &variable : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        environment.remove(variable);

    Run run = runWith(environment, {u"--version"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"hindsight "_s + QStringLiteral(HINDSIGHT_VERSION) + u'\n');
    run = runWith(environment, {u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"Usage: hindsight"_s));

    const QStringList db{u"--db"_s, m_db};
    run = runWith(environment, db + QStringList{u"new"_s, u"--title"_s, u"Over SSH"_s, u"--severity"_s, u"high"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"1\n"_s);
    const QStringList commands[] = {
        {u"log"_s, u"1"_s, u"logged over SSH"_s},
        {u"set"_s, u"1"_s, u"--status"_s, u"mitigated"_s},
        {u"list"_s},
        {u"show"_s, u"1"_s},
    };
    for (const QStringList &command : commands) {
        run = runWith(environment, db + command);
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
    }
    QVERIFY(run.out.startsWith(u"#1 Over SSH\n"_s));
    run = runWith(environment, db + QStringList{u"log"_s, u"1"_s, u"-"_s}, "from a pipe\n");
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);

    const QJsonObject incident = show(1);
    QCOMPARE(incident[u"status"_s].toString(), u"mitigated"_s);
    QCOMPARE(
        bodies(incident[u"logEntries"_s].toArray()),
        (QStringList{u"logged over SSH"_s, u"Status changed from Investigating to Mitigated."_s, u"from a pipe"_s}));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
