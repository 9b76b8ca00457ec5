// `hindsight playbook add|list|show|edit|from-incident` and `hindsight suggest`, run as the real binary the way a user
// or a script runs them: standard input for --body -, Japanese text, JSON for scripts, and clear errors.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Run = hindsight::test::CliRun;

} // namespace

class TestPlaybookCli : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void init();

    void addReadsTheBodyFromStandardInput();
    void listText();
    void listJsonAndFilters();
    void japaneseRoundTrips();
    void editChangesOnlyWhatIsGiven();
    void fromIncident();
    void fromIncidentPrint();
    void fromIncidentRedacts();
    void suggestJson();
    void errors_data();
    void errors();

private:
    Run hindsight(const QStringList &arguments, const QByteArray &input = {}) const;
    QJsonObject showJson(const QString &id) const;
    /// Incident 1 with a log of each kind that a playbook draws on.
    void addPoolIncident();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QProcessEnvironment m_environment;
};

void TestPlaybookCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"store.sqlite"_s);
    m_environment = hindsight::test::isolatedCliEnvironment(m_dir->filePath(u"home"_s));
}

Run TestPlaybookCli::hindsight(const QStringList &arguments, const QByteArray &input) const
{
    return hindsight::test::runCli(QStringList{u"--db"_s, m_db} + arguments, m_environment, input);
}

QJsonObject TestPlaybookCli::showJson(const QString &id) const
{
    const Run run = hindsight({u"playbook"_s, u"show"_s, id, u"--json"_s});
    if (run.exitCode != 0)
        qWarning("hindsight playbook show failed: %s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

void TestPlaybookCli::addPoolIncident()
{
    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"Checkout 5xx: connection pool exhausted"_s, u"--severity"_s,
                        u"high"_s, u"--product"_s, u"checkout"_s})
                 .out,
             u"1\n"_s);
    const QList<std::pair<QString, QString>> log{{u"note"_s, u"alert fired"_s},
                                                 {u"hypothesis"_s, u"the database is down"_s},
                                                 {u"dead-end"_s, u"DNS resolves fine"_s},
                                                 {u"finding"_s, u"pool at 10 of 10 connections"_s},
                                                 {u"action"_s, u"raised maximumPoolSize to 30"_s}};
    for (const auto &[kind, text] : log)
        QCOMPARE(hindsight({u"log"_s, u"1"_s, text, u"--kind"_s, kind}).exitCode, 0);
}

void TestPlaybookCli::addReadsTheBodyFromStandardInput()
{
    const QByteArray body = "## Steps\n\n1. Check pg_stat_activity.\n2. Raise the pool maximum.\n";
    const Run add = hindsight({u"playbook"_s, u"add"_s, u"--title"_s, u"Connection pool exhausted"_s, u"--trigger"_s,
                               u"HikariCP: Connection is not available"_s, u"--tag"_s, u"database"_s, u"--tag"_s,
                               u"postgres"_s, u"--body"_s, u"-"_s},
                              body);
    QCOMPARE(add.err, QString());
    QCOMPARE(add.exitCode, 0);
    QCOMPARE(add.out, u"P1\n"_s);

    const QJsonObject shown = showJson(u"P1"_s);
    QCOMPARE(shown[u"shortId"_s].toString(), u"P1"_s);
    QCOMPARE(shown[u"title"_s].toString(), u"Connection pool exhausted"_s);
    QCOMPARE(shown[u"trigger"_s].toString(), u"HikariCP: Connection is not available"_s);
    // As with `hindsight log -`, the final line break of standard input is not part of the text.
    QCOMPARE(shown[u"body"_s].toString(), QString::fromUtf8(body).chopped(1));
    QCOMPARE(shown[u"tags"_s].toArray(), (QJsonArray{u"database"_s, u"postgres"_s}));
    QCOMPARE(shown[u"sourceIncidentNumbers"_s].toArray(), QJsonArray());

    // A second one gets the next number; "p2" and "2" name it too.
    QCOMPARE(hindsight({u"playbook"_s, u"add"_s, u"--title"_s, u"Disk full"_s, u"--body"_s, u"Free space."_s}).out,
             u"P2\n"_s);
    QCOMPARE(showJson(u"p2"_s)[u"title"_s].toString(), u"Disk full"_s);
    QCOMPARE(showJson(u"2"_s)[u"body"_s].toString(), u"Free space."_s);
}

void TestPlaybookCli::listText()
{
    const Run empty = hindsight({u"playbook"_s, u"list"_s});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.out, QString());
    QVERIFY2(empty.err.startsWith(u"No playbooks."_s), qPrintable(empty.err));

    addPoolIncident();
    QCOMPARE(hindsight({u"playbook"_s, u"add"_s, u"--title"_s, u"Disk full"_s, u"--tag"_s, u"disk"_s}).out, u"P1\n"_s);
    QCOMPARE(hindsight({u"playbook"_s, u"add"_s, u"--title"_s, u"Connection pool exhausted"_s, u"--tag"_s,
                        u"database"_s, u"--tag"_s, u"postgres"_s, u"--incident"_s, u"1"_s})
                 .out,
             u"P2\n"_s);
    const Run list = hindsight({u"playbook"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out, u"ID  TAGS               FROM  TITLE\n"
                       "P2  database,postgres  #1    Connection pool exhausted\n"
                       "P1  disk               -     Disk full\n"_s);

    const Run show = hindsight({u"playbook"_s, u"show"_s, u"P2"_s});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.startsWith(u"P2 Connection pool exhausted\nTrigger:    -\nTags:       database, postgres\n"
                                 "From:       #1 Checkout 5xx: connection pool exhausted\n"_s),
             qPrintable(show.out));
}

void TestPlaybookCli::listJsonAndFilters()
{
    QCOMPARE(hindsight({u"playbook"_s, u"add"_s, u"--title"_s, u"DNS resolution failures"_s, u"--trigger"_s,
                        u"SERVFAIL from CoreDNS"_s, u"--tag"_s, u"dns"_s, u"--tag"_s, u"kubernetes"_s})
                 .exitCode,
             0);
    QCOMPARE(hindsight({u"playbook"_s, u"add"_s, u"--title"_s, u"Memory leak and OOM kills"_s, u"--trigger"_s,
                        u"Pods restarted as OOMKilled"_s, u"--tag"_s, u"Kubernetes"_s})
                 .exitCode,
             0);
    QCOMPARE(
        hindsight({u"playbook"_s, u"add"_s, u"--title"_s, u"TLS certificate expiry"_s, u"--tag"_s, u"tls"_s}).exitCode,
        0);

    const auto titles = [this](const QStringList &filters) {
        const Run run = hindsight(QStringList{u"playbook"_s, u"list"_s, u"--json"_s} + filters);
        QStringList result;
        for (const QJsonValue &playbook : QJsonDocument::fromJson(run.out.toUtf8()).array())
            result << playbook[u"shortId"_s].toString() + u' ' + playbook[u"title"_s].toString();
        return result;
    };
    QCOMPARE(titles({}), (QStringList{u"P1 DNS resolution failures"_s, u"P2 Memory leak and OOM kills"_s,
                                      u"P3 TLS certificate expiry"_s}));
    QCOMPARE(titles({u"--tag"_s, u"kubernetes"_s}),
             (QStringList{u"P1 DNS resolution failures"_s, u"P2 Memory leak and OOM kills"_s}));
    QCOMPARE(titles({u"--search"_s, u"coredns"_s}), QStringList{u"P1 DNS resolution failures"_s});
    QCOMPARE(titles({u"--search"_s, u"certificate"_s, u"--tag"_s, u"dns"_s}), QStringList());

    const Run none = hindsight({u"playbook"_s, u"list"_s, u"--tag"_s, u"nothing"_s});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.err, u"No playbooks match.\n"_s);
}

void TestPlaybookCli::japaneseRoundTrips()
{
    const QString body = u"1. 決済代行会社のステータスページを確認する。\n2. タイムアウト設定を確認する。\n"_s;
    const Run add = hindsight({u"playbook"_s, u"add"_s, u"--title"_s, u"決済APIのタイムアウト対応"_s, u"--trigger"_s,
                               u"注文が完了しない"_s, u"--tag"_s, u"決済"_s, u"--body"_s, u"-"_s},
                              body.toUtf8());
    QCOMPARE(add.exitCode, 0);
    QCOMPARE(add.out, u"P1\n"_s);
    const QJsonObject shown = showJson(u"P1"_s);
    QCOMPARE(shown[u"title"_s].toString(), u"決済APIのタイムアウト対応"_s);
    QCOMPARE(shown[u"trigger"_s].toString(), u"注文が完了しない"_s);
    QCOMPARE(shown[u"body"_s].toString(), body.chopped(1));
    QCOMPARE(shown[u"tags"_s].toArray(), QJsonArray{u"決済"_s});

    const Run text = hindsight({u"playbook"_s, u"show"_s, u"P1"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith(u"P1 決済APIのタイムアウト対応\n"_s), qPrintable(text.out));
    QVERIFY2(text.out.endsWith(u"\n\n"_s + body), qPrintable(text.out));
    // Found by a Japanese word, and by its tag.
    const Run search = hindsight({u"playbook"_s, u"list"_s, u"--search"_s, u"タイムアウト"_s});
    QVERIFY2(search.out.contains(u"決済APIのタイムアウト対応"_s), qPrintable(search.out + search.err));
    QVERIFY(hindsight({u"playbook"_s, u"list"_s, u"--tag"_s, u"決済"_s}).out.contains(u"P1 "_s));
}

void TestPlaybookCli::editChangesOnlyWhatIsGiven()
{
    addPoolIncident();
    QCOMPARE(hindsight({u"playbook"_s, u"add"_s, u"--title"_s, u"Pool"_s, u"--trigger"_s, u"HikariCP timeouts"_s,
                        u"--tag"_s, u"database"_s, u"--body"_s, u"Raise it."_s})
                 .out,
             u"P1\n"_s);
    const QJsonObject before = showJson(u"P1"_s);

    const Run edit = hindsight({u"playbook"_s, u"edit"_s, u"P1"_s, u"--title"_s, u"Connection pool exhausted"_s,
                                u"--incident"_s, u"1"_s, u"--body"_s, u"-"_s},
                               "- Check pg_stat_activity.\n");
    QCOMPARE(edit.err, QString());
    QCOMPARE(edit.exitCode, 0);
    const QJsonObject after = showJson(u"P1"_s);
    QCOMPARE(after[u"title"_s].toString(), u"Connection pool exhausted"_s);
    QCOMPARE(after[u"body"_s].toString(), u"- Check pg_stat_activity."_s);
    QCOMPARE(after[u"sourceIncidentNumbers"_s].toArray(), QJsonArray{1});
    QCOMPARE(after[u"trigger"_s], before[u"trigger"_s]);
    QCOMPARE(after[u"tags"_s], before[u"tags"_s]);
    QCOMPARE(after[u"createdAt"_s], before[u"createdAt"_s]);

    // '' removes the tags.
    QCOMPARE(hindsight({u"playbook"_s, u"edit"_s, u"1"_s, u"--tag"_s, QString()}).exitCode, 0);
    QCOMPARE(showJson(u"P1"_s)[u"tags"_s].toArray(), QJsonArray());
}

void TestPlaybookCli::fromIncident()
{
    addPoolIncident();
    const Run made = hindsight({u"playbook"_s, u"from-incident"_s, u"1"_s});
    QCOMPARE(made.err, QString());
    QCOMPARE(made.exitCode, 0);
    QCOMPARE(made.out, u"P1\n"_s);

    const QJsonObject shown = showJson(u"P1"_s);
    QCOMPARE(shown[u"title"_s].toString(), u"Checkout 5xx: connection pool exhausted"_s);
    QCOMPARE(shown[u"trigger"_s].toString(), u"Checkout 5xx: connection pool exhausted (checkout)"_s);
    QCOMPARE(shown[u"tags"_s].toArray(), QJsonArray{u"checkout"_s});
    QCOMPARE(shown[u"sourceIncidentNumbers"_s].toArray(), QJsonArray{1});
    const QString body = shown[u"body"_s].toString();
    QVERIFY2(body.startsWith(u"## Situation\n\nAffected products: checkout\n\n## Steps\n\n"
                             "1. Finding: pool at 10 of 10 connections\n2. Action: raised maximumPoolSize to 30\n\n"
                             "## Ruled out\n\n- [ ] DNS resolves fine\n\n## Source\n\n"
                             "- Incident #1: Checkout 5xx: connection pool exhausted ("_s),
             qPrintable(body));
    QVERIFY(!body.contains(u"the database is down"_s)); // hypotheses are not steps
    QVERIFY(!body.contains(u"alert fired"_s));          // nor are notes

    // The incident now lists it as made from it.
    const Run list = hindsight({u"playbook"_s, u"list"_s});
    QVERIFY2(list.out.contains(u"P1  checkout  #1    Checkout 5xx: connection pool exhausted\n"_s),
             qPrintable(list.out));
}

void TestPlaybookCli::fromIncidentPrint()
{
    addPoolIncident();
    const Run print =
        hindsight({u"playbook"_s, u"from-incident"_s, u"1"_s, u"--print"_s, u"--json"_s, u"--lang"_s, u"ja"_s});
    QCOMPARE(print.exitCode, 0);
    const QJsonObject draft = QJsonDocument::fromJson(print.out.toUtf8()).object();
    QCOMPARE(draft[u"shortId"_s], QJsonValue());
    QVERIFY2(draft[u"body"_s].toString().contains(u"## 原因ではなかったもの\n\n- [ ] DNS resolves fine\n"_s),
             qPrintable(draft[u"body"_s].toString()));
    // Printing saves nothing.
    QVERIFY(hindsight({u"playbook"_s, u"list"_s}).err.startsWith(u"No playbooks."_s));
}

// A playbook is shared and published: a secret in the incident's log does not travel into it (issue 16).
void TestPlaybookCli::fromIncidentRedacts()
{
    addPoolIncident();
    const QString token = u"ghp_"_s + u"Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8"_s;
    QCOMPARE(hindsight({u"log"_s, u"1"_s, u"--kind"_s, u"action"_s, u"re-ran the deploy with GITHUB_TOKEN="_s + token})
                 .exitCode,
             0);
    QCOMPARE(
        hindsight({u"log"_s, u"1"_s, u"--kind"_s, u"finding"_s, u"db login works with password=hunter22"_s}).exitCode,
        0);
    QCOMPARE(hindsight({u"playbook"_s, u"from-incident"_s, u"1"_s}).exitCode, 0);
    const QString body = showJson(u"P1"_s)[u"body"_s].toString();
    QVERIFY2(!body.contains(token) && !body.contains(u"hunter22"_s), qPrintable(body));
    QVERIFY2(body.contains(u"[REDACTED:"_s), qPrintable(body));
    QVERIFY2(body.contains(u"db login works with password="_s), qPrintable(body));
}

void TestPlaybookCli::suggestJson()
{
    QCOMPARE(hindsight({u"playbook"_s, u"add"_s, u"--title"_s, u"DNS resolution failures"_s, u"--trigger"_s,
                        u"NXDOMAIN or SERVFAIL from CoreDNS"_s, u"--tag"_s, u"dns"_s})
                 .exitCode,
             0);
    QCOMPARE(hindsight({u"playbook"_s, u"add"_s, u"--title"_s, u"Database connection pool exhausted"_s, u"--trigger"_s,
                        u"HikariCP: Connection is not available, request timed out"_s, u"--tag"_s, u"database"_s})
                 .exitCode,
             0);
    QCOMPARE(hindsight({u"playbook"_s, u"add"_s, u"--title"_s, u"SSL証明書の期限切れ"_s, u"--trigger"_s,
                        u"証明書の有効期限が切れてHTTPSで接続できない"_s, u"--tag"_s, u"証明書"_s})
                 .exitCode,
             0);
    addPoolIncident();
    QCOMPARE(
        hindsight({u"new"_s, u"--title"_s, u"証明書の有効期限切れでログインできない"_s, u"--severity"_s, u"high"_s})
            .out,
        u"2\n"_s);

    const auto suggest = [this](const QString &number) {
        const Run run = hindsight({u"suggest"_s, number, u"--json"_s});
        if (run.exitCode != 0)
            qWarning("hindsight suggest failed: %s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    };
    const QJsonArray pool = suggest(u"1"_s);
    QVERIFY(!pool.isEmpty());
    QCOMPARE(pool.at(0)[u"kind"_s].toString(), u"playbook"_s);
    QCOMPARE(pool.at(0)[u"shortId"_s].toString(), u"P2"_s);
    QCOMPARE(pool.at(0)[u"title"_s].toString(), u"Database connection pool exhausted"_s);
    QVERIFY(!pool.at(0)[u"matchingTerms"_s].toArray().isEmpty());
    QVERIFY(pool.at(0)[u"score"_s].toDouble() > 0);

    const QJsonArray certificate = suggest(u"#2"_s);
    QVERIFY(!certificate.isEmpty());
    QCOMPARE(certificate.at(0)[u"shortId"_s].toString(), u"P3"_s);
    QVERIFY(certificate.at(0)[u"matchingTerms"_s].toArray().contains(u"証明書"_s));
}

void TestPlaybookCli::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("show missing") << QStringList{u"playbook"_s, u"show"_s, u"P99"_s} << 1
                                  << u"hindsight: There is no playbook P99 in "_s;
    QTest::newRow("show not an id") << QStringList{u"playbook"_s, u"show"_s, u"pool"_s} << 1
                                    << u"hindsight: 'pool' is not a playbook ID: IDs look like P3 (or just 3).\n"_s;
    QTest::newRow("edit missing") << QStringList{u"playbook"_s, u"edit"_s, u"P7"_s, u"--title"_s, u"X"_s} << 1
                                  << u"hindsight: There is no playbook P7 in "_s;
    QTest::newRow("edit nothing") << QStringList{u"playbook"_s, u"edit"_s, u"P1"_s} << 1
                                  << u"hindsight playbook edit: nothing to change: give --title, --trigger, --body, "
                                     "--tag or --incident.\n"_s;
    QTest::newRow("add without title") << QStringList{u"playbook"_s, u"add"_s, u"--body"_s, u"x"_s} << 1
                                       << u"hindsight playbook add: --title is required.\n"_s;
    QTest::newRow("add unknown incident")
        << QStringList{u"playbook"_s, u"add"_s, u"--title"_s, u"T"_s, u"--incident"_s, u"42"_s} << 1
        << u"hindsight: There is no incident 42 in "_s;
    QTest::newRow("from missing incident")
        << QStringList{u"playbook"_s, u"from-incident"_s, u"42"_s} << 1 << u"hindsight: There is no incident 42 in "_s;
    QTest::newRow("unknown command") << QStringList{u"playbook"_s, u"remove"_s, u"P1"_s} << 1
                                     << u"hindsight playbook: unknown command 'remove'"_s;
    QTest::newRow("suggest missing incident")
        << QStringList{u"suggest"_s, u"42"_s, u"--json"_s} << 1 << u"hindsight: There is no incident 42 in "_s;
    QTest::newRow("suggest not a number")
        << QStringList{u"suggest"_s, u"pool"_s} << 1 << u"hindsight suggest: give one incident number.\n"_s;
}

void TestPlaybookCli::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"Checkout 5xx"_s, u"--severity"_s, u"low"_s}).out, u"1\n"_s);
    QCOMPARE(hindsight({u"playbook"_s, u"add"_s, u"--title"_s, u"Pool"_s}).out, u"P1\n"_s);
    const Run run = hindsight(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(message), qPrintable(run.err));
    // Nothing was changed.
    const QJsonObject p1 = showJson(u"P1"_s);
    QCOMPARE(p1[u"title"_s].toString(), u"Pool"_s);
    QCOMPARE(hindsight({u"playbook"_s, u"list"_s, u"--json"_s}).out.count(u"\"shortId\""_s), 1);
}

QTEST_GUILESS_MAIN(TestPlaybookCli)
#include "tst_playbookcli.moc"
