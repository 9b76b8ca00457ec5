// Very large and strange input: a 10 MB log entry (refused: an entry holds at most 100,000 characters), 100,000 entries
// in one incident, a 10,000-character title, right-to-left text, emoji, combining characters, NUL bytes and invalid
// UTF-8 from the CLI. Each either works (stored and read back exactly) or is refused with a clear message; nothing
// corrupt is stored, and the window opens a huge log on its newest page.
#include "gui/mainwindow.h"
#include "itemmodel/logentrymodel.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QListView>
#include <QProcess>
#include <QTest>
#include <QTimer>

using namespace hindsight;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// Runs `hindsight --db STORE` through /bin/sh so that arguments can hold bytes that are not UTF-8: `script` is a
/// shell command line in which "$H" is the program and its --db option.
Run shell(const QString &store, const QString &script, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("H"), QStringLiteral(HINDSIGHT_BINARY));
    environment.insert(QStringLiteral("STORE"), store);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    Run run;
    if (!process.waitForStarted(30000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestStrangeInput : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tenMegabyteEntry();
    void hundredThousandEntries();
    void tenThousandCharacterTitle();
    void unusualTextIsKeptExactly_data();
    void unusualTextIsKeptExactly();
    void invalidUtf8AndNulFromTheCliAreRefused_data();
    void invalidUtf8AndNulFromTheCliAreRefused();

private:
    Incident createIncident(const QString &title);
    QList<LogEntry> entries(const Incident &incident) { return InvestigationLog(store()).entries(incident.id); }
    Store &store() { return m_temp->store(); }

    std::unique_ptr<test::TemporaryStore> m_temp;
};

void TestStrangeInput::init()
{
    m_temp = std::make_unique<test::TemporaryStore>();
}

void TestStrangeInput::cleanup()
{
    TestCase::cleanup();
    m_temp.reset();
}

Incident TestStrangeInput::createIncident(const QString &title)
{
    Incident draft;
    draft.title = title;
    return IncidentStore(store()).create(draft);
}

void TestStrangeInput::tenMegabyteEntry()
{
    const Incident incident = createIncident(QStringLiteral("a whole log file pasted in"));
    // A pasted log, some of it Markdown-looking: 10 MB of lines, and the longest an entry may be.
    QString huge;
    huge.reserve(10 * 1024 * 1024 + 100);
    for (int line = 0; huge.size() < 10 * 1024 * 1024; ++line)
        huge += QStringLiteral("2026-11-23T04:%1 **pool** exhausted `conn=%2` | waiting\n").arg(line % 60).arg(line);
    const QString longest = huge.left(InvestigationLog::MaxBodyLength);
    const QString refusal = QStringLiteral("A log entry holds at most 100000 characters; this one has %1. Nothing was "
                                           "logged: log the lines that matter, and link to where the whole text is "
                                           "kept.");

    // 10 MB is refused, in core and from the CLI, and nothing is written.
    LogEntry draft;
    draft.incidentId = incident.id;
    draft.body = huge;
    try {
        InvestigationLog(store()).append(draft);
        QFAIL("a 10 MB entry was accepted");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Invalid);
        QCOMPARE(error.message(), refusal.arg(huge.size()));
    }
    const qsizetype entriesBefore = entries(incident).size();
    Run run =
        shell(m_temp->path(), QStringLiteral("\"$H\" --db \"$STORE\" log %1 -").arg(incident.number), huge.toUtf8());
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.trimmed(), QStringLiteral("hindsight: ") + refusal.arg(huge.size() - 1)); // without the last \n
    QCOMPARE(entries(incident).size(), entriesBefore);

    // The longest entry allowed is stored and read back exactly, in core and from the CLI.
    draft.body = longest;
    InvestigationLog(store()).append(draft);
    run =
        shell(m_temp->path(), QStringLiteral("\"$H\" --db \"$STORE\" log %1 -").arg(incident.number), longest.toUtf8());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QList<LogEntry> stored = entries(incident);
    QCOMPARE(stored.size(), entriesBefore + 2);
    QCOMPARE(stored.at(stored.size() - 2).body, longest);
    QCOMPARE(stored.constLast().body, longest.trimmed());

    // The window opens the incident with both on screen and keeps answering.
    MainWindow window(store());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openIncident(incident.number));
    auto *timeline = window.findChild<QListView *>(QStringLiteral("timeline"));
    QVERIFY(timeline);
    QCOMPARE(timeline->model()->rowCount(), int(entriesBefore + 2));
    bool answered = false;
    QTimer::singleShot(0, &window, [&] { answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    QCOMPARE(test::integrityCheck(m_temp->path()), QStringLiteral("ok"));
}

void TestStrangeInput::hundredThousandEntries()
{
    constexpr int Count = 100000;
    const Incident incident = createIncident(QStringLiteral("a very long night"));
    // All but the last written in one statement, as the appends would write them (the search index's triggers
    // included); the last through the API, to show appending still works at that size.
    const qint64 start = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    store().exec(
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                       "INSERT INTO log_entry (id, incident_id, at, author, kind, body, created_at, updated_at) "
                       "SELECT printf('%08x-0000-4000-8000-%012x', i, i), ?, ? + 1000 * i, 'tester', ?, "
                       "'entry ' || i, ? + 1000 * i, ? + 1000 * i FROM n"),
        {Count - 2, db::fromUuid(incident.id), start, toKey(LogEntryKind::Note), start, start});
    LogEntry last;
    last.incidentId = incident.id;
    last.body = QStringLiteral("entry %1").arg(Count - 1);
    last.at = QDateTime::fromMSecsSinceEpoch(start + 1000LL * (Count - 1), Qt::UTC);
    InvestigationLog(store()).append(last);
    QCOMPARE(InvestigationLog(store()).latestEntries(incident.id, 1).constFirst().body, last.body);

    // The model reads the newest page only.
    LogEntryModel model(store());
    QAbstractItemModelTester tester(&model);
    model.setIncident(incident.id);
    QCOMPARE(model.rowCount(), LogEntryModel::PageSize);
    QCOMPARE(model.index(model.rowCount() - 1, 0).data(LogEntryModel::BodyRole).toString(),
             QStringLiteral("entry %1").arg(Count - 1));
    QCOMPARE(model.index(0, 0).data(LogEntryModel::BodyRole).toString(),
             QStringLiteral("entry %1").arg(Count - LogEntryModel::PageSize));
    QCOMPARE(model.fetchOlder(), LogEntryModel::PageSize);
    QCOMPARE(model.rowCount(), 2 * LogEntryModel::PageSize);

    // The window opens it on the newest page and keeps answering.
    MainWindow window(store());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openIncident(incident.number));
    auto *timeline = window.findChild<QListView *>(QStringLiteral("timeline"));
    QVERIFY(timeline);
    QCOMPARE(timeline->model()->rowCount(), LogEntryModel::PageSize);
    QTRY_COMPARE_WITH_TIMEOUT(timeline->indexAt(timeline->viewport()->rect().bottomLeft() + QPoint(1, -2))
                                  .data(LogEntryModel::BodyRole)
                                  .toString(),
                              QStringLiteral("entry %1").arg(Count - 1), 20000);
    bool answered = false;
    QTimer::singleShot(0, &window, [&] { answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
}

void TestStrangeInput::tenThousandCharacterTitle()
{
    const QString title = QStringLiteral("slow ") + QStringLiteral("漢").repeated(9995);
    QCOMPARE(title.size(), 10000);
    const Incident incident = createIncident(title);
    QCOMPARE(IncidentStore(store()).require(incident.number).title, title);

    const Run run =
        shell(m_temp->path(), QStringLiteral("\"$H\" --db \"$STORE\" new --severity high --title \"$(cat)\""),
              title.toUtf8());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const int number = QString::fromUtf8(run.out).trimmed().toInt();
    QVERIFY(number > 0);
    QCOMPARE(IncidentStore(store()).require(number).title, title);

    MainWindow window(store());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openIncident(number));
    QVERIFY(window.width() < 10000); // the title does not stretch the window off the screen
}

void TestStrangeInput::unusualTextIsKeptExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("right-to-left") << QStringLiteral("הפריסה נכשלה في الخادم ١٢ \u202Egnp.exe\u202C");
    QTest::newRow("emoji") << QStringLiteral(
        "🔥 pager 📟 went off 👩🏽‍💻🇯🇵 x\U0001F9D1\u200D\U0001F692");
    QTest::newRow("combining") << QStringLiteral("Z̤̮͉͚̈́̆a̴͍̾l̷̗̈g̵̰̈́o café cafe\u0301 ﬁ Å Å");
    QTest::newRow("zero width and controls") << QStringLiteral("a\u200Bb\uFEFFc\td\u0007e\u001Bf");
    QTest::newRow("astral planes") << QStringLiteral("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐍈 \U0010FFFD");
}

void TestStrangeInput::unusualTextIsKeptExactly()
{
    QFETCH(QString, text);
    const Incident incident = createIncident(text);
    QCOMPARE(IncidentStore(store()).require(incident.number).title, text);
    LogEntry draft;
    draft.incidentId = incident.id;
    draft.body = text;
    InvestigationLog(store()).append(draft);

    // From the CLI, as an argument: stored byte for byte, not normalised.
    const Run run = shell(
        m_temp->path(), QStringLiteral("\"$H\" --db \"$STORE\" log %1 \"$(cat)\"").arg(incident.number), text.toUtf8());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QList<LogEntry> stored = entries(incident);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).body, text);
    QCOMPARE(stored.at(1).body, text);
    const Run shown = shell(m_temp->path(), QStringLiteral("\"$H\" --db \"$STORE\" show %1").arg(incident.number));
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(QString::fromUtf8(shown.out).contains(text));
}

void TestStrangeInput::invalidUtf8AndNulFromTheCliAreRefused_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    const QString notUtf8 =
        QStringLiteral("is not valid UTF-8 text (check the terminal's encoding); nothing was done.");
    QTest::newRow("title of bytes FF FE")
        << QStringLiteral("\"$H\" --db \"$STORE\" new --severity high --title \"$(printf '\\377\\376')\"")
        << QByteArray() << QStringLiteral("hindsight: argument 7 ") + notUtf8;
    QTest::newRow("title with a broken sequence")
        << QStringLiteral("\"$H\" --db \"$STORE\" new --severity high --title \"db $(printf '\\303') down\"")
        << QByteArray() << QStringLiteral("hindsight: argument 7 ") + notUtf8;
    QTest::newRow("log text of Latin-1 bytes")
        << QStringLiteral("\"$H\" --db \"$STORE\" log 1 \"caf$(printf '\\351')\"") << QByteArray()
        << QStringLiteral("hindsight: argument 5 ") + notUtf8;
    QTest::newRow("NUL bytes on standard input")
        << QStringLiteral("\"$H\" --db \"$STORE\" log 1 -") << QByteArray("before\0after\n", 13)
        << QStringLiteral("hindsight log: the text contains a NUL character; nothing was logged.");
    QTest::newRow("invalid UTF-8 on standard input")
        << QStringLiteral("\"$H\" --db \"$STORE\" log 1 -") << QByteArray("caf\xe9 \xff\xfe\n")
        << QStringLiteral("hindsight log: standard input is not valid UTF-8 text; nothing was logged.");
    QTest::newRow("a binary file on standard input")
        << QStringLiteral("\"$H\" --db \"$STORE\" log 1 - < \"$H\"") << QByteArray()
        << QStringLiteral("hindsight log: standard input is not valid UTF-8 text; nothing was logged.");
}

void TestStrangeInput::invalidUtf8AndNulFromTheCliAreRefused()
{
    QFETCH(QString, script);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const Incident incident = createIncident(QStringLiteral("strange bytes"));
    QCOMPARE(incident.number, 1);
    const qsizetype entriesBefore = entries(incident).size();

    const Run run = shell(m_temp->path(), script, input);

    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.trimmed(), message);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(IncidentStore(store()).list().size(), 1);
    QCOMPARE(entries(incident).size(), entriesBefore);
    QCOMPARE(test::integrityCheck(m_temp->path()), QStringLiteral("ok"));
}

QTEST_MAIN(TestStrangeInput)
#include "tst_strangeinput.moc"
