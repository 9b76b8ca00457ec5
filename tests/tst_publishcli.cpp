// `hindsight publish` as a user runs it: the real binary against a fake GitHub on 127.0.0.1 (fakegithub.h), with the
// token in the environment. Publishing prints the discussion's address and makes the postmortem Published; publishing
// again updates the same discussion; --dry-run prints the requests with the token masked and sends nothing; failures
// say what to do, exit non-zero and leave the store as it was.
#include "fakegithub.h"
#include "publish/publishsettings.h"
#include "review/postmortemreview.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/postmortemstore.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hindsight;
using namespace Qt::StringLiterals;
using Failure = hindsight::test::FakeGitHub::Failure;

namespace {

const QByteArray Token = "hst_0123456789abcdefFAKETOKEN";
const QString Url = u"https://github.com/acme/postmortems/discussions/41"_s;

const QString Repository = u"HindsightRepository"_s;
const QString Lookup = u"HindsightDiscussion"_s;
const QString Page = u"HindsightDiscussionsPage"_s;
const QString Create = u"HindsightCreateDiscussion"_s;
const QString Update = u"HindsightUpdateDiscussion"_s;

using Run = test::CliRun;

const QStringList TokenVariables{u"HINDSIGHT_GITHUB_TOKEN"_s, u"GH_TOKEN"_s, u"GITHUB_TOKEN"_s,
                                 u"GH_ENTERPRISE_TOKEN"_s, u"GITHUB_ENTERPRISE_TOKEN"_s};

} // namespace

class TestPublishCli : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void publishPrintsTheLinkAndRecordsIt();
    void publishingAgainUpdatesTheSameDiscussion();
    void dryRunPrintsTheRequestsAndSendsNothing();
    void badCredentialsChangeNothing();
    void lostAnswerToCreateMakesNoSecondDiscussion();
    void noTokenSaysWhereToPutOne();
    void overLongBodyIsRefusedBeforeSending();
    void repoOptionPublishesElsewhere();
    void gitHubTokenIsNotSentToAnotherHost_data();
    void gitHubTokenIsNotSentToAnotherHost();
    void enterpriseTokenIsSentToTheEnterpriseHost_data();
    void enterpriseTokenIsSentToTheEnterpriseHost();
    void enterpriseTokenIsNotSentToGitHubCom_data();
    void enterpriseTokenIsNotSentToGitHubCom();
    void hindsightTokenGoesToTheConfiguredEndpoint();
    void plainHttpToLoopbackNeedsAllowHttp_data();
    void plainHttpToLoopbackNeedsAllowHttp();
    void plainHttpElsewhereIsRefusedEvenWhenAllowed();

private:
    Run hindsight(const QStringList &arguments) const;
    std::unique_ptr<Store> openStore() const { return Store::open(m_db); }
    Postmortem postmortem() const { return *PostmortemStore(*openStore()).forIncident(m_incidentId); }
    /// What `hindsight review 1` says the state is.
    QString reviewStateShown() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::FakeGitHub> m_github;
    QString m_db;
    QUuid m_incidentId;
    QProcessEnvironment m_environment;
};

void TestPublishCli::initTestCase()
{
    // The store's defaults name the fake GitHub, on plain HTTP to 127.0.0.1.
    qputenv("HINDSIGHT_ALLOW_HTTP", "1");
}

void TestPublishCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"store.sqlite"_s);
    m_github = std::make_unique<test::FakeGitHub>();
    m_github->setToken(Token);

    // An approved High postmortem, published by default to the fake's acme/postmortems, category Postmortems.
    const std::unique_ptr<Store> store = openStore();
    Incident draft;
    draft.title = u"Checkout API 5xx"_s;
    draft.severity = Severity::High;
    draft.status = IncidentStatus::Resolved;
    draft.summary = u"5xx above 2% for an hour."_s;
    const Incident incident = IncidentStore(*store).create(draft);
    m_incidentId = incident.id;
    test::approveHighPostmortem(*store, incident);
    PublishSettings(*store).setDefaults(
        {m_github->address(), u"acme/postmortems"_s, u"Postmortems"_s, DocumentLanguage::English});

    m_environment = test::isolatedCliEnvironment(m_dir->filePath(u"home"_s));
    for (const QString &variable : TokenVariables)
        m_environment.remove(variable);
    // No D-Bus session: no keychain, as on a build machine; the token comes from the environment.
    m_environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    m_environment.insert(u"HINDSIGHT_GITHUB_TOKEN"_s, QString::fromLatin1(Token));
    m_environment.insert(u"HINDSIGHT_ALLOW_HTTP"_s, u"1"_s);
}

void TestPublishCli::cleanup()
{
    TestCase::cleanup();
    m_github.reset();
    m_dir.reset();
}

Run TestPublishCli::hindsight(const QStringList &arguments) const
{
    return test::runCli(QStringList{u"--db"_s, m_db} + arguments, m_environment);
}

QString TestPublishCli::reviewStateShown() const
{
    const Run run = hindsight({u"review"_s, u"1"_s});
    for (const QString &line : run.out.split(u'\n')) {
        if (line.startsWith(u"Review state"_s))
            return line.section(u':', 1).trimmed();
    }
    return u"(no review state in: %1 %2)"_s.arg(run.out, run.err);
}

void TestPublishCli::publishPrintsTheLinkAndRecordsIt()
{
    QCOMPARE(reviewStateShown(), u"Approved"_s);

    const Run run = hindsight({u"publish"_s, u"1"_s});

    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, Url + u'\n');
    QCOMPARE(run.err, u"hindsight publish: redaction masked nothing.\n"
                      "hindsight publish: Asking 127.0.0.1 about acme/postmortems.\n"
                      "hindsight publish: Looking for an earlier publication of this postmortem in Postmortems.\n"
                      "hindsight publish: Creating the discussion in Postmortems.\n"
                      "hindsight publish: created discussion #41 in acme/postmortems, category Postmortems. The "
                      "postmortem of incident #1 is published.\n"_s);
    QCOMPARE(m_github->operations(), (QStringList{Repository, Page, Create}));
    const QList<test::FakeGitHub::Discussion> discussions = m_github->discussions();
    QCOMPARE(discussions.size(), 1);
    QCOMPARE(discussions.constFirst().title, u"Incident 1: Checkout API 5xx"_s);
    QCOMPARE(discussions.constFirst().url, Url);

    QCOMPARE(reviewStateShown(), u"Published"_s);
    const Postmortem stored = postmortem();
    QCOMPARE(stored.publication.url, Url);
    QCOMPARE(stored.publication.number, 41);
    QCOMPARE(stored.publication.id, discussions.constFirst().id);
}

void TestPublishCli::publishingAgainUpdatesTheSameDiscussion()
{
    QCOMPARE(hindsight({u"publish"_s, u"1"_s}).exitCode, 0);
    const Publication first = postmortem().publication;
    m_github->clearRequests();

    const Run again = hindsight({u"publish"_s, u"1"_s});

    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(again.out, Url + u'\n');
    QVERIFY2(again.err.endsWith(u"hindsight publish: updated discussion #41 in acme/postmortems, category Postmortems "
                                "(published before; no second one was made). The postmortem of incident #1 is "
                                "published.\n"_s),
             qPrintable(again.err));
    QCOMPARE(m_github->operations(), (QStringList{Repository, Lookup, Update}));
    QCOMPARE(m_github->discussions().size(), 1);
    QCOMPARE(postmortem().publication, first);
    QCOMPARE(reviewStateShown(), u"Published"_s);
}

void TestPublishCli::dryRunPrintsTheRequestsAndSendsNothing()
{
    const Postmortem before = postmortem();

    const Run run = hindsight({u"publish"_s, u"1"_s, u"--dry-run"_s});

    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(m_github->requests().isEmpty());
    const QString expectedStart =
        u"Dry run: nothing is sent. Publishing incident #1 to acme/postmortems (category Postmortems, language en) "
        "sends:\n\n"
        "# 1. The repository, whether Discussions are enabled, and its categories:\n"
        "POST %1/api/graphql\n"
        "Authorization: bearer ********  (the token from $HINDSIGHT_GITHUB_TOKEN)\n"
        "Content-Type: application/json\n"
        "Accept: application/json\n"
        "User-Agent: Hindsight/"_s.arg(m_github->address());
    QVERIFY2(run.out.startsWith(expectedStart), qPrintable(run.out.left(600)));
    QCOMPARE(run.out.count(u"Authorization: bearer ********  (the token from $HINDSIGHT_GITHUB_TOKEN)"_s), 3);
    QVERIFY(run.out.contains(u"# 2. An earlier publication of this postmortem, by the marker in its body"_s));
    QVERIFY(run.out.contains(u"# 3. Then, when none is found, the discussion is created"_s));
    QVERIFY(run.out.contains(u"\"operationName\": \"HindsightCreateDiscussion\""_s));
    QVERIFY(run.out.contains(u"\"title\": \"Incident 1: Checkout API 5xx\""_s));
    QVERIFY(run.out.contains(u"The connection pool was too small."_s));
    QVERIFY(run.out.contains(u"<!-- hindsight:postmortem:"_s + db::fromUuid(before.id) + u" -->"_s));
    QVERIFY(!run.out.contains(QString::fromLatin1(Token)));
    QVERIFY(!run.err.contains(QString::fromLatin1(Token)));

    QCOMPARE(postmortem(), before);
    QCOMPARE(reviewStateShown(), u"Approved"_s);
    QVERIFY(m_github->discussions().isEmpty());
}

void TestPublishCli::badCredentialsChangeNothing()
{
    m_github->setToken("a token that is not the one in the environment");
    const Postmortem before = postmortem();

    const Run run = hindsight({u"publish"_s, u"1"_s});

    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.endsWith(u"hindsight publish: GitHub does not accept the token from $HINDSIGHT_GITHUB_TOKEN (HTTP "
                              "401: Bad credentials): it is wrong, has expired or was revoked. Create a new token and "
                              "store it again.\n"_s),
             qPrintable(run.err));
    QVERIFY(!run.err.contains(QString::fromLatin1(Token)));
    QCOMPARE(m_github->operations(), QStringList{Repository});
    QVERIFY(m_github->discussions().isEmpty());
    QCOMPARE(postmortem(), before);
    QCOMPARE(reviewStateShown(), u"Approved"_s);
}

void TestPublishCli::lostAnswerToCreateMakesNoSecondDiscussion()
{
    // A creation whose answer is lost (502 after doing it): the discussion is found by its marker, not made twice.
    m_github->failNext(Failure::BadGatewayAfterDoing, Create);

    const Run run = hindsight({u"publish"_s, u"1"_s});

    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, Url + u'\n');
    QCOMPARE(m_github->discussions().size(), 1);
    QCOMPARE(m_github->operations(), (QStringList{Repository, Page, Create, Page}));
    QCOMPARE(reviewStateShown(), u"Published"_s);
}

void TestPublishCli::noTokenSaysWhereToPutOne()
{
    m_environment.remove(u"HINDSIGHT_GITHUB_TOKEN"_s);
    const Postmortem before = postmortem();

    const Run run = hindsight({u"publish"_s, u"1"_s});

    QCOMPARE(run.exitCode, 3);
    // The variables for this host: the fake on 127.0.0.1 stands in for an enterprise server.
    QVERIFY2(run.err.contains(u"hindsight publish: No GitHub token: HINDSIGHT_GITHUB_TOKEN, GH_ENTERPRISE_TOKEN and "
                              "GITHUB_ENTERPRISE_TOKEN are not set, and the keychain has none for 127.0.0.1 (No system "
                              "keychain is available here ("_s),
             qPrintable(run.err));
    QVERIFY2(run.err.endsWith(u"Store one with 'hindsight publish --save-token < FILE', or set "
                              "HINDSIGHT_GITHUB_TOKEN.\n"_s),
             qPrintable(run.err));
    QVERIFY(m_github->requests().isEmpty());
    QCOMPARE(postmortem(), before);
}

void TestPublishCli::overLongBodyIsRefusedBeforeSending()
{
    {
        const std::unique_ptr<Store> store = openStore();
        LogEntry entry;
        entry.incidentId = m_incidentId;
        entry.at = QDateTime(QDate(2026, 11, 23), QTime(5, 0), Qt::UTC);
        entry.body = QString(70000, u'a');
        InvestigationLog(*store).append(entry);
    }
    const Postmortem before = postmortem();

    const Run run = hindsight({u"publish"_s, u"1"_s});

    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(u"hindsight publish: The postmortem of incident #1 is "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"characters long in Markdown, more than the 65,536 GitHub allows in a discussion, so "
                              "nothing was sent. Its investigation log makes up 70,000 of them"_s),
             qPrintable(run.err));
    QVERIFY(m_github->requests().isEmpty());
    QCOMPARE(postmortem(), before);
    QCOMPARE(reviewStateShown(), u"Approved"_s);
}

void TestPublishCli::repoOptionPublishesElsewhere()
{
    m_github->setRepository(u"acme/incidents"_s);

    const Run run = hindsight({u"publish"_s, u"1"_s, u"--repo"_s, u"acme/incidents"_s, u"--category"_s, u"q-a"_s});

    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"https://github.com/acme/incidents/discussions/41\n"_s);
    QVERIFY2(run.err.contains(u"created discussion #41 in acme/incidents, category Q&A."_s), qPrintable(run.err));
    const QList<test::FakeGitHub::Discussion> discussions = m_github->discussions();
    QCOMPARE(discussions.size(), 1);
    QCOMPARE(discussions.constFirst().repository, u"acme/incidents"_s);
    QCOMPARE(discussions.constFirst().categoryId, u"DIC_kwDOqa"_s);
    // An option for this run only: the defaults are as they were.
    QCOMPARE(PublishSettings(*openStore()).defaults().repository, u"acme/postmortems"_s);
}

void TestPublishCli::gitHubTokenIsNotSentToAnotherHost_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QStringList>("arguments");
    const QStringList publish{u"publish"_s, u"1"_s};
    const QStringList categories{u"publish"_s, u"--categories"_s};
    QTest::newRow("GITHUB_TOKEN, publish") << u"GITHUB_TOKEN"_s << publish;
    QTest::newRow("GH_TOKEN, publish") << u"GH_TOKEN"_s << publish;
    QTest::newRow("GITHUB_TOKEN, categories") << u"GITHUB_TOKEN"_s << categories;
    QTest::newRow("GH_TOKEN, categories") << u"GH_TOKEN"_s << categories;
}

void TestPublishCli::gitHubTokenIsNotSentToAnotherHost()
{
    QFETCH(QString, variable);
    QFETCH(QStringList, arguments);
    // As in GitHub Actions: GITHUB_TOKEN is there, for github.com; the endpoint is another host.
    m_environment.remove(u"HINDSIGHT_GITHUB_TOKEN"_s);
    m_environment.insert(variable, QString::fromLatin1(Token));
    const Postmortem before = postmortem();

    const Run run = hindsight(arguments);

    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.out, QString());
    const QString refusal = u"hindsight publish: %1 is only sent to github.com; for 127.0.0.1 set GH_ENTERPRISE_TOKEN "
                            "or HINDSIGHT_GITHUB_TOKEN, or save a token for that host with --save-token or in "
                            "Settings > Publishing to GitHub. The keychain has no token for 127.0.0.1 either (No "
                            "system keychain is available here ("_s.arg(variable);
    QVERIFY2(run.err.contains(refusal), qPrintable(run.err));
    QVERIFY2(run.err.endsWith(u") Nothing was sent.\n"_s), qPrintable(run.err));
    QVERIFY(m_github->requests().isEmpty());
    QCOMPARE(postmortem(), before);
}

void TestPublishCli::enterpriseTokenIsSentToTheEnterpriseHost_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=VALUE
    const QString token = QString::fromLatin1(Token);
    QTest::newRow("GH_ENTERPRISE_TOKEN") << QStringList{u"GH_ENTERPRISE_TOKEN="_s + token};
    QTest::newRow("GITHUB_ENTERPRISE_TOKEN") << QStringList{u"GITHUB_ENTERPRISE_TOKEN="_s + token};
    QTest::newRow("GH_ENTERPRISE_TOKEN first")
        << QStringList{u"GH_ENTERPRISE_TOKEN="_s + token, u"GITHUB_ENTERPRISE_TOKEN=hst_other"_s};
    QTest::newRow("beside github.com's") << QStringList{u"GH_ENTERPRISE_TOKEN="_s + token, u"GH_TOKEN=hst_gh"_s,
                                                        u"GITHUB_TOKEN=hst_actions"_s};
}

void TestPublishCli::enterpriseTokenIsSentToTheEnterpriseHost()
{
    QFETCH(QStringList, variables);
    // The fake on 127.0.0.1 stands in for an enterprise server: any host but github.com is one.
    m_environment.remove(u"HINDSIGHT_GITHUB_TOKEN"_s);
    for (const QString &variable : variables)
        m_environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));

    const Run run = hindsight({u"publish"_s, u"1"_s});

    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, Url + u'\n');
    QCOMPARE(m_github->operations(), (QStringList{Repository, Page, Create}));
    for (const test::FakeGitHub::Request &request : m_github->requests())
        QCOMPARE(request.headers.value("authorization"), "bearer " + Token);
    QCOMPARE(reviewStateShown(), u"Published"_s);
}

void TestPublishCli::enterpriseTokenIsNotSentToGitHubCom_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QStringList>("arguments");
    const QStringList publish{u"publish"_s, u"1"_s, u"--endpoint"_s, u"github.com"_s};
    const QStringList categories{u"publish"_s, u"--categories"_s, u"--endpoint"_s, u"https://api.github.com/graphql"_s};
    QTest::newRow("GH_ENTERPRISE_TOKEN, publish") << u"GH_ENTERPRISE_TOKEN"_s << publish;
    QTest::newRow("GITHUB_ENTERPRISE_TOKEN, publish") << u"GITHUB_ENTERPRISE_TOKEN"_s << publish;
    QTest::newRow("GH_ENTERPRISE_TOKEN, categories") << u"GH_ENTERPRISE_TOKEN"_s << categories;
}

void TestPublishCli::enterpriseTokenIsNotSentToGitHubCom()
{
    QFETCH(QString, variable);
    QFETCH(QStringList, arguments);
    m_environment.remove(u"HINDSIGHT_GITHUB_TOKEN"_s);
    m_environment.insert(variable, QString::fromLatin1(Token));
    // Should it go out anyway, it goes nowhere: through a proxy on a port nobody listens on.
    for (const QString &proxy : {u"https_proxy"_s, u"HTTPS_PROXY"_s, u"all_proxy"_s, u"ALL_PROXY"_s})
        m_environment.insert(proxy, u"http://127.0.0.1:1"_s);
    m_environment.remove(u"no_proxy"_s);
    m_environment.remove(u"NO_PROXY"_s);
    const Postmortem before = postmortem();

    const Run run = hindsight(arguments);

    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.out, QString());
    const QString refusal = u"hindsight publish: %1 is only sent to a GitHub Enterprise Server; for github.com set "
                            "GH_TOKEN, GITHUB_TOKEN or HINDSIGHT_GITHUB_TOKEN, or save a token for github.com with "
                            "--save-token or in Settings > Publishing to GitHub. The keychain has no token for "
                            "api.github.com either (No system keychain is available here ("_s.arg(variable);
    QVERIFY2(run.err.contains(refusal), qPrintable(run.err));
    QVERIFY2(run.err.endsWith(u") Nothing was sent.\n"_s), qPrintable(run.err));
    QVERIFY(m_github->requests().isEmpty());
    QCOMPARE(postmortem(), before);
}

void TestPublishCli::hindsightTokenGoesToTheConfiguredEndpoint()
{
    // Hindsight's own variable goes to the endpoint configured, whatever it is, before gh's variables.
    m_environment.insert(u"GH_ENTERPRISE_TOKEN"_s, u"hst_enterprise"_s);
    m_environment.insert(u"GITHUB_TOKEN"_s, u"hst_actions"_s);

    const Run dryRun = hindsight({u"publish"_s, u"1"_s, u"--dry-run"_s});
    const Run run = hindsight({u"publish"_s, u"1"_s});

    QVERIFY2(dryRun.exitCode == 0, qPrintable(dryRun.err));
    QCOMPARE(dryRun.out.count(u"Authorization: bearer ********  (the token from $HINDSIGHT_GITHUB_TOKEN)"_s), 3);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, Url + u'\n');
    QCOMPARE(m_github->operations(), (QStringList{Repository, Page, Create}));
    for (const test::FakeGitHub::Request &request : m_github->requests())
        QCOMPARE(request.headers.value("authorization"), "bearer " + Token);
}

void TestPublishCli::plainHttpToLoopbackNeedsAllowHttp_data()
{
    QTest::addColumn<QString>("allowHttp"); // null: not set
    QTest::newRow("not set") << QString();
    QTest::newRow("0") << u"0"_s;
}

void TestPublishCli::plainHttpToLoopbackNeedsAllowHttp()
{
    QFETCH(QString, allowHttp);
    if (allowHttp.isNull())
        m_environment.remove(u"HINDSIGHT_ALLOW_HTTP"_s);
    else
        m_environment.insert(u"HINDSIGHT_ALLOW_HTTP"_s, allowHttp);
    const Postmortem before = postmortem();

    for (const QStringList &arguments :
         {QStringList{u"publish"_s, u"1"_s}, QStringList{u"publish"_s, u"--categories"_s},
          QStringList{u"publish"_s, u"1"_s, u"--dry-run"_s}}) {
        const Run run = hindsight(arguments);

        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err,
                 u"hindsight publish: Not sending to %1: http:// sends the token in clear; use https://, or "
                 "for a test stand-in on this machine set HINDSIGHT_ALLOW_HTTP=1.\n"_s.arg(m_github->address()));
    }
    QVERIFY(m_github->requests().isEmpty());
    QCOMPARE(postmortem(), before);
}

void TestPublishCli::plainHttpElsewhereIsRefusedEvenWhenAllowed()
{
    QCOMPARE(m_environment.value(u"HINDSIGHT_ALLOW_HTTP"_s), u"1"_s);
    const Postmortem before = postmortem();

    const Run run = hindsight({u"publish"_s, u"1"_s, u"--endpoint"_s, u"http://ghe.example.com"_s});

    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err,
             u"hindsight publish: Not sending to http://ghe.example.com: http:// sends the token in clear; use "
             "https://. (HINDSIGHT_ALLOW_HTTP=1 allows plain HTTP only to a test stand-in on this machine's "
             "loopback address.)\n"_s);
    QVERIFY(m_github->requests().isEmpty());
    QCOMPARE(postmortem(), before);
}

QTEST_GUILESS_MAIN(TestPublishCli)
#include "tst_publishcli.moc"
