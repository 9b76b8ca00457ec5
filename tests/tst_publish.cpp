// Publishing a postmortem to GitHub Discussions against a fake GitHub on 127.0.0.1: the first publication, publishing
// again without a duplicate, finding a discussion whose local record was lost, every way GitHub or the network fails
// (with the store left as it was), the body length limit, redaction, and the token never leaking.
#include "fakegithub.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/redactor.h"
#include "postmortem/templatelibrary.h"
#include "publish/discussionpublisher.h"
#include "publish/githubclient.h"
#include "publish/httpclient.h"
#include "publish/publisherror.h"
#include "publish/publishsettings.h"
#include "publish/tokenkeychain.h"
#include "review/postmortemreview.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/postmortemstore.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

#include <future>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

using namespace hindsight;
using namespace Qt::StringLiterals;
using Failure = hindsight::test::FakeGitHub::Failure;
using Kind = hindsight::PublishError::Kind;

Q_DECLARE_METATYPE(hindsight::test::FakeGitHub::Failure)
Q_DECLARE_METATYPE(hindsight::PublishError::Kind)
Q_DECLARE_METATYPE(hindsight::GitHubToken::Source)

namespace {

// Not shaped like a GitHub token, so that only Hindsight's own guard, not the redaction rules, keeps it out of what is
// sent.
const QByteArray Token = "hst_0123456789abcdefFAKETOKEN";

// The operations, by name.
const QString Repository = u"HindsightRepository"_s;
const QString Lookup = u"HindsightDiscussion"_s;
const QString Page = u"HindsightDiscussionsPage"_s;
const QString Create = u"HindsightCreateDiscussion"_s;
const QString Update = u"HindsightUpdateDiscussion"_s;
const QString PostmortemsCategory = u"DIC_kwDOpostmortem"_s;

QMutex logMutex;
QStringList logged;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&logMutex);
    logged << message;
}

/// The variables a token may come from.
const char *const TokenVariables[] = {"HINDSIGHT_GITHUB_TOKEN", "GH_TOKEN", "GITHUB_TOKEN", "GH_ENTERPRISE_TOKEN",
                                      "GITHUB_ENTERPRISE_TOKEN"};

/// Environment variables changed for one test, put back as they were at the end of it (also when it fails).
class EnvironmentChanges
{
public:
    EnvironmentChanges() = default;
    EnvironmentChanges(const EnvironmentChanges &) = delete;
    EnvironmentChanges &operator=(const EnvironmentChanges &) = delete;
    ~EnvironmentChanges()
    {
        for (auto it = m_before.crbegin(); it != m_before.crend(); ++it) {
            if (it->second)
                qputenv(it->first.constData(), *it->second);
            else
                qunsetenv(it->first.constData());
        }
    }

    /// Sets `name` to `value`; a null value unsets it.
    void set(const QByteArray &name, const QByteArray &value)
    {
        m_before.emplace_back(name, qEnvironmentVariableIsSet(name.constData())
                                        ? std::optional<QByteArray>(qgetenv(name.constData()))
                                        : std::nullopt);
        if (value.isNull())
            qunsetenv(name.constData());
        else
            qputenv(name.constData(), value);
    }

private:
    std::vector<std::pair<QByteArray, std::optional<QByteArray>>> m_before;
};

/// The postmortem's written part, a complete action item and the review meeting: all a High postmortem needs.
void approve(Store &store, const Incident &incident)
{
    test::approveHighPostmortem(store, incident, {u"Alice"_s, u"田中"_s});
}

} // namespace

class TestPublish : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void httpClientRefusesInsecureAddresses_data();
    void httpClientRefusesInsecureAddresses();
    void plainHttpToLoopbackNeedsAllowHttp_data();
    void plainHttpToLoopbackNeedsAllowHttp();
    void plainHttpElsewhereIsRefusedEvenWhenAllowed_data();
    void plainHttpElsewhereIsRefusedEvenWhenAllowed();
    void environmentTokenIsChosenForTheHost_data();
    void environmentTokenIsChosenForTheHost();
    void tokenGoesOnlyWhereItIsMeantFor_data();
    void tokenGoesOnlyWhereItIsMeantFor();
    void firstPublication();
    void publishingAgainUpdatesTheSameDiscussion();
    void lostRecordIsFoundByTheMarker();
    void discussionDeletedOnGitHubIsMadeAgain();
    void discussionInAnotherRepositoryIsNotDuplicated();
    void notApprovedIsRefusedBeforeSending_data();
    void notApprovedIsRefusedBeforeSending();
    void failuresLeaveTheStoreAsItWas_data();
    void failuresLeaveTheStoreAsItWas();
    void missingRepositoryCategoryOrDiscussions_data();
    void missingRepositoryCategoryOrDiscussions();
    void noNetwork();
    void rateLimitIsWaitedFor();
    void serverErrorsAreRetried();
    void lostAnswerToCreateMakesNoDuplicate();
    void connectionDropsMidAnswerToCreate();
    void connectionDropsWhileSending();
    void overLongBodyIsRefusedBeforeSending();
    void redactionAppliesToWhatIsSent();
    void unusableRedactionPatternsStop();
    void tokenNeverLeaks();
    void dryRunSendsNothing();
    void cancelFromAnotherThread();
    void everyDocumentSentIsChecked();
    void keychainWithoutDBusSaysSo();

private:
    Store &store() { return m_temp->store(); }
    DiscussionPublisher::Options options() const;
    DiscussionPublisher::Result publish(const DiscussionPublisher::Options &options);
    DiscussionPublisher::Result publish() { return publish(options()); }
    /// The PublishError that publishing throws (Kind::Failed with "not thrown" when it does not).
    PublishError publishError(const DiscussionPublisher::Options &options);
    PublishError publishError() { return publishError(options()); }
    Postmortem postmortem() { return *PostmortemStore(store()).forIncident(m_incident.id); }
    /// The body the fake must have got: the redacted document in English with the marker.
    QString expectedBody();
    /// The postmortem as in the store now, with its publication forgotten (a store restored from a backup).
    void forgetPublication();

    std::unique_ptr<test::TemporaryStore> m_temp;
    std::unique_ptr<test::FakeGitHub> m_github;
    Incident m_incident;
};

void TestPublish::initTestCase()
{
    // The fake GitHub answers plain HTTP on 127.0.0.1.
    qputenv("HINDSIGHT_ALLOW_HTTP", "1");
}

void TestPublish::init()
{
    m_temp = std::make_unique<test::TemporaryStore>();
    m_github = std::make_unique<test::FakeGitHub>();
    m_github->setToken(Token);
    Incident draft;
    draft.title = u"Checkout API 5xx"_s;
    draft.severity = Severity::High;
    draft.status = IncidentStatus::Resolved;
    draft.timeZone = u"Asia/Tokyo"_s;
    draft.summary = u"5xx above 2% for an hour."_s;
    draft.products = {u"checkout"_s};
    m_incident = IncidentStore(store()).create(draft);
    LogEntry entry;
    entry.incidentId = m_incident.id;
    entry.at = QDateTime(QDate(2026, 11, 23), QTime(4, 2), Qt::UTC);
    entry.kind = LogEntryKind::Finding;
    entry.body = u"pool max=10, 10 in use"_s;
    InvestigationLog(store()).append(entry);
    approve(store(), m_incident);
    PublishSettings(store()).setDefaults(
        {m_github->address(), u"acme/postmortems"_s, u"Postmortems"_s, DocumentLanguage::English});
}

void TestPublish::cleanup()
{
    TestCase::cleanup();
    m_github.reset();
    m_temp.reset();
}

DiscussionPublisher::Options TestPublish::options() const
{
    DiscussionPublisher::Options options;
    options.token = GitHubToken(Token, GitHubToken::Source::Given);
    options.timeouts = {std::chrono::seconds(5), std::chrono::seconds(2)};
    options.retry.maxAttempts = 3;
    options.retry.maxWait = std::chrono::seconds(5);
    options.retry.firstBackoff = std::chrono::milliseconds(10);
    options.retry.mutationSpacing = std::chrono::milliseconds(0);
    return options;
}

DiscussionPublisher::Result TestPublish::publish(const DiscussionPublisher::Options &options)
{
    DiscussionPublisher publisher(store(), options);
    return publisher.publish(m_incident.number);
}

PublishError TestPublish::publishError(const DiscussionPublisher::Options &options)
{
    try {
        publish(options);
    } catch (const PublishError &error) {
        return error;
    }
    return PublishError(Kind::Failed, u"not thrown"_s);
}

QString TestPublish::expectedBody()
{
    PostmortemSource source = PostmortemSource::load(store(), m_incident.number);
    source.redact(Redactor());
    return PostmortemDocument::markdown(source, DocumentLanguage::English, TemplateLibrary::builtIn()) + u"\n"_s +
           DiscussionPublisher::marker(source.postmortem->id) + u"\n"_s;
}

void TestPublish::forgetPublication()
{
    Postmortem restored = postmortem();
    restored.publication = {};
    restored.reviewState = ReviewState::Approved;
    PostmortemStore(store()).save(restored);
}

void TestPublish::httpClientRefusesInsecureAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://api.github.com/graphql"_s << true;
    QTest::newRow("http to 127.0.0.1") << u"http://127.0.0.1:1/api/graphql"_s << true;
    QTest::newRow("http to 127.1.2.3") << u"http://127.1.2.3:1/api/graphql"_s << true;
    QTest::newRow("http to ::1") << u"http://[::1]:1/api/graphql"_s << true;
    QTest::newRow("http to localhost") << u"http://localhost:1/api/graphql"_s << true;
    QTest::newRow("http to a remote host") << u"http://api.github.com/graphql"_s << false;
    QTest::newRow("http to 128.0.0.1") << u"http://128.0.0.1/graphql"_s << false;
    QTest::newRow("http to 127.0.0.256") << u"http://127.0.0.256/graphql"_s << false;
    QTest::newRow("http to 127.0.0.1.evil.example") << u"http://127.0.0.1.evil.example/graphql"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("ftp") << u"ftp://api.github.com/graphql"_s << false;
}

void TestPublish::httpClientRefusesInsecureAddresses()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(HttpClient::isAllowed(QUrl(url)), allowed);
    if (allowed)
        return;
    // Refused before any connection is tried: no network is needed to see it.
    HttpClient client;
    const HttpClient::Result result = client.post({QUrl(url), {{"Authorization", "bearer " + Token}}, "{}"});
    QCOMPARE(result.failure, HttpClient::Failure::RefusedUrl);
    QVERIFY(!result.error.contains(QString::fromLatin1(Token)));
}

void TestPublish::plainHttpToLoopbackNeedsAllowHttp_data()
{
    QTest::addColumn<QByteArray>("allowHttp"); // null: not set
    QTest::newRow("not set") << QByteArray();
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("0") << QByteArray("0");
    QTest::newRow("yes") << QByteArray("yes");
}

void TestPublish::plainHttpToLoopbackNeedsAllowHttp()
{
    QFETCH(QByteArray, allowHttp);
    EnvironmentChanges environment;
    environment.set("HINDSIGHT_ALLOW_HTTP", allowHttp);
    const QString advice = u"http:// sends the token in clear; use https://, or for a test stand-in on this machine "
                           "set HINDSIGHT_ALLOW_HTTP=1."_s;
    const QUrl endpoint(m_github->address() + u"/api/graphql"_s);
    const Postmortem before = postmortem();

    QString why;
    QVERIFY(!HttpClient::isAllowed(endpoint, &why));
    QCOMPARE(why, u"Not sending to %1: "_s.arg(endpoint.toDisplayString()) + advice);
    HttpClient client;
    const HttpClient::Result result = client.post({endpoint, {{"Authorization", "bearer " + Token}}, "{}"});
    QCOMPARE(result.failure, HttpClient::Failure::RefusedUrl);
    QCOMPARE(result.error, why);

    // Publishing to it is refused before anything is sent, and so is a client given the address.
    const PublishError error = publishError();
    QCOMPARE(error.kind(), Kind::Refused);
    QCOMPARE(error.message(), u"Not sending to %1: "_s.arg(m_github->address()) + advice);
    try {
        GitHubClient(endpoint, GitHubToken(Token, GitHubToken::Source::Given)).repository(u"acme"_s, u"postmortems"_s);
        QFAIL("not refused");
    } catch (const PublishError &refused) {
        QCOMPARE(refused.message(), why);
    }
    QVERIFY(m_github->requests().isEmpty());
    QCOMPARE(postmortem(), before);
}

void TestPublish::plainHttpElsewhereIsRefusedEvenWhenAllowed_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("a remote host") << u"http://ghe.example.com/api/graphql"_s;
    QTest::newRow("api.github.com") << u"http://api.github.com/graphql"_s;
    QTest::newRow("a private address") << u"http://10.0.0.1/api/graphql"_s;
    QTest::newRow("a name that starts like loopback") << u"http://127.0.0.1.evil.example/api/graphql"_s;
    QTest::newRow("a name that starts like localhost") << u"http://localhost.evil.example/api/graphql"_s;
}

void TestPublish::plainHttpElsewhereIsRefusedEvenWhenAllowed()
{
    QFETCH(QString, url);
    QCOMPARE(qgetenv("HINDSIGHT_ALLOW_HTTP"), QByteArray("1"));
    const QString expected = u"Not sending to %1: http:// sends the token in clear; use https://. "
                             "(HINDSIGHT_ALLOW_HTTP=1 allows plain HTTP only to a test stand-in on this machine's "
                             "loopback address.)"_s.arg(url);

    QString why;
    QVERIFY(!HttpClient::isAllowed(QUrl(url), &why));
    QCOMPARE(why, expected);
    // Refused before any connection is tried: the names do not resolve, and nothing waits for them.
    QElapsedTimer timer;
    timer.start();
    HttpClient client;
    const HttpClient::Result result = client.post({QUrl(url), {{"Authorization", "bearer " + Token}}, "{}"});
    QCOMPARE(result.failure, HttpClient::Failure::RefusedUrl);
    QCOMPARE(result.error, expected);
    QVERIFY(timer.elapsed() < 1000);

    // As a setting: refused too, and publishing there sends nothing.
    QVERIFY(PublishSettings::validate({url, {}, {}, {}}));
    DiscussionPublisher::Options elsewhere = options();
    elsewhere.overrides.endpoint = url;
    const PublishError error = publishError(elsewhere);
    QCOMPARE(error.kind(), Kind::Refused);
    QVERIFY2(error.message().endsWith(u": http:// sends the token in clear; use https://. (HINDSIGHT_ALLOW_HTTP=1 "
                                      "allows plain HTTP only to a test stand-in on this machine's loopback "
                                      "address.)"_s),
             qPrintable(error.message()));
    QVERIFY(m_github->requests().isEmpty());
}

void TestPublish::environmentTokenIsChosenForTheHost_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=VALUE
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("chosen");  // the value of the token chosen; empty: none
    QTest::addColumn<QString>("source");  // its sourceDescription()
    QTest::addColumn<QString>("refusal"); // what `why` says

    const QString ghes = u"https://ghe.example.com"_s;
    const QString gitHubTokenRefused =
        u"%1 is only sent to github.com; for %2 set GH_ENTERPRISE_TOKEN or HINDSIGHT_GITHUB_TOKEN, or save a token "
        "for that host with --save-token or in Settings > Publishing to GitHub."_s;
    const QString enterpriseTokenRefused =
        u"%1 is only sent to a GitHub Enterprise Server; for github.com set GH_TOKEN, GITHUB_TOKEN or "
        "HINDSIGHT_GITHUB_TOKEN, or save a token for github.com with --save-token or in Settings > Publishing to "
        "GitHub."_s;

    QTest::newRow("GITHUB_TOKEN to github.com") << QStringList{u"GITHUB_TOKEN=g"_s} << u"github.com"_s << u"g"_s
                                                << u"the token from $GITHUB_TOKEN"_s << QString();
    QTest::newRow("GH_TOKEN before GITHUB_TOKEN")
        << QStringList{u"GITHUB_TOKEN=g"_s, u"GH_TOKEN=h"_s} << u"https://api.github.com/graphql"_s << u"h"_s
        << u"the token from $GH_TOKEN"_s << QString();
    QTest::newRow("GITHUB_TOKEN not to an enterprise server")
        << QStringList{u"GITHUB_TOKEN=g"_s} << ghes << QString() << u"no token"_s
        << gitHubTokenRefused.arg(u"GITHUB_TOKEN"_s, u"ghe.example.com"_s);
    QTest::newRow("GH_TOKEN not to an enterprise server")
        << QStringList{u"GH_TOKEN=h"_s} << ghes << QString() << u"no token"_s
        << gitHubTokenRefused.arg(u"GH_TOKEN"_s, u"ghe.example.com"_s);
    QTest::newRow("GITHUB_TOKEN not to a host that only names github.com")
        << QStringList{u"GITHUB_TOKEN=g"_s} << u"https://github.com.ghe.example.com"_s << QString() << u"no token"_s
        << gitHubTokenRefused.arg(u"GITHUB_TOKEN"_s, u"github.com.ghe.example.com"_s);
    QTest::newRow("GH_ENTERPRISE_TOKEN to an enterprise server")
        << QStringList{u"GH_ENTERPRISE_TOKEN=e"_s} << ghes << u"e"_s << u"the token from $GH_ENTERPRISE_TOKEN"_s
        << QString();
    QTest::newRow("GITHUB_ENTERPRISE_TOKEN to an enterprise server")
        << QStringList{u"GITHUB_ENTERPRISE_TOKEN=f"_s} << ghes << u"f"_s << u"the token from $GITHUB_ENTERPRISE_TOKEN"_s
        << QString();
    QTest::newRow("GH_ENTERPRISE_TOKEN before GITHUB_ENTERPRISE_TOKEN")
        << QStringList{u"GITHUB_ENTERPRISE_TOKEN=f"_s, u"GH_ENTERPRISE_TOKEN=e"_s} << ghes << u"e"_s
        << u"the token from $GH_ENTERPRISE_TOKEN"_s << QString();
    QTest::newRow("the enterprise token, not GITHUB_TOKEN, for an enterprise server")
        << QStringList{u"GITHUB_TOKEN=g"_s, u"GH_ENTERPRISE_TOKEN=e"_s} << ghes << u"e"_s
        << u"the token from $GH_ENTERPRISE_TOKEN"_s << QString();
    QTest::newRow("GH_ENTERPRISE_TOKEN not to github.com")
        << QStringList{u"GH_ENTERPRISE_TOKEN=e"_s} << u"github.com"_s << QString() << u"no token"_s
        << enterpriseTokenRefused.arg(u"GH_ENTERPRISE_TOKEN"_s);
    QTest::newRow("GITHUB_ENTERPRISE_TOKEN not to api.github.com")
        << QStringList{u"GITHUB_ENTERPRISE_TOKEN=f"_s} << u"https://api.github.com/graphql"_s << QString()
        << u"no token"_s << enterpriseTokenRefused.arg(u"GITHUB_ENTERPRISE_TOKEN"_s);
    QTest::newRow("GITHUB_TOKEN, not the enterprise token, for github.com")
        << QStringList{u"GH_ENTERPRISE_TOKEN=e"_s, u"GITHUB_TOKEN=g"_s} << u"github.com"_s << u"g"_s
        << u"the token from $GITHUB_TOKEN"_s << QString();
    QTest::newRow("HINDSIGHT_GITHUB_TOKEN to github.com, first")
        << QStringList{u"GH_TOKEN=h"_s, u"HINDSIGHT_GITHUB_TOKEN=x"_s} << u"github.com"_s << u"x"_s
        << u"the token from $HINDSIGHT_GITHUB_TOKEN"_s << QString();
    QTest::newRow("HINDSIGHT_GITHUB_TOKEN to an enterprise server, first")
        << QStringList{u"GH_ENTERPRISE_TOKEN=e"_s, u"GITHUB_TOKEN=g"_s, u"HINDSIGHT_GITHUB_TOKEN=x"_s} << ghes << u"x"_s
        << u"the token from $HINDSIGHT_GITHUB_TOKEN"_s << QString();
    QTest::newRow("HINDSIGHT_GITHUB_TOKEN to a loopback stand-in")
        << QStringList{u"HINDSIGHT_GITHUB_TOKEN=x"_s} << u"http://127.0.0.1:8080"_s << u"x"_s
        << u"the token from $HINDSIGHT_GITHUB_TOKEN"_s << QString();
    QTest::newRow("none set") << QStringList() << u"github.com"_s << QString() << u"no token"_s << QString();
}

void TestPublish::environmentTokenIsChosenForTheHost()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, endpoint);
    QFETCH(QString, chosen);
    QFETCH(QString, source);
    QFETCH(QString, refusal);
    EnvironmentChanges environment;
    for (const char *name : TokenVariables)
        environment.set(name, QByteArray());
    for (const QString &variable : variables)
        environment.set(variable.section(u'=', 0, 0).toLatin1(), variable.section(u'=', 1).toLatin1());
    const auto url = PublishTarget::graphqlUrl(endpoint);
    QVERIFY(url);

    QString why = u"not cleared"_s;
    const GitHubToken token = GitHubToken::fromEnvironment(*url, &why);

    QCOMPARE(token.isEmpty(), chosen.isEmpty());
    if (!chosen.isEmpty())
        QCOMPARE(token.authorizationHeader(), "bearer " + chosen.toLatin1());
    QCOMPARE(token.sourceDescription(), source);
    QCOMPARE(why, refusal);
    QVERIFY(token.mayBeSentTo(*url));
}

void TestPublish::tokenGoesOnlyWhereItIsMeantFor_data()
{
    QTest::addColumn<GitHubToken::Source>("source");
    QTest::addColumn<QString>("origin");  // %1: the fake's HOST:PORT
    QTest::addColumn<QString>("refusal"); // empty: sent; %1: the fake's HOST:PORT

    using Source = GitHubToken::Source;
    const QString gitHubTokenRefused =
        u"%2 is only sent to github.com; for 127.0.0.1 set GH_ENTERPRISE_TOKEN or HINDSIGHT_GITHUB_TOKEN, or save a "
        "token for that host with --save-token or in Settings > Publishing to GitHub. Nothing was sent."_s;
    const QString keychainTokenRefused =
        u"The token from the system keychain was saved for %2 and is only sent there, not to %1. Nothing was sent."_s;
    // The fake on 127.0.0.1 stands in for an enterprise server: any host but github.com is one.
    QTest::newRow("HINDSIGHT_GITHUB_TOKEN") << Source::HindsightVariable << u"HINDSIGHT_GITHUB_TOKEN"_s << QString();
    QTest::newRow("GH_ENTERPRISE_TOKEN") << Source::EnterpriseVariable << u"GH_ENTERPRISE_TOKEN"_s << QString();
    QTest::newRow("GITHUB_ENTERPRISE_TOKEN") << Source::EnterpriseVariable << u"GITHUB_ENTERPRISE_TOKEN"_s << QString();
    QTest::newRow("keychain, saved for this host") << Source::Keychain << u"%1"_s << QString();
    QTest::newRow("GITHUB_TOKEN") << Source::GitHubVariable << u"GITHUB_TOKEN"_s
                                  << QString(gitHubTokenRefused).replace(u"%2"_s, u"GITHUB_TOKEN"_s);
    QTest::newRow("GH_TOKEN") << Source::GitHubVariable << u"GH_TOKEN"_s
                              << QString(gitHubTokenRefused).replace(u"%2"_s, u"GH_TOKEN"_s);
    QTest::newRow("keychain, saved for another host")
        << Source::Keychain << u"ghe.example.com"_s
        << QString(keychainTokenRefused).replace(u"%2"_s, u"ghe.example.com"_s);
    QTest::newRow("keychain, saved for another port")
        << Source::Keychain << u"127.0.0.1:1"_s << QString(keychainTokenRefused).replace(u"%2"_s, u"127.0.0.1:1"_s);
}

void TestPublish::tokenGoesOnlyWhereItIsMeantFor()
{
    QFETCH(GitHubToken::Source, source);
    QFETCH(QString, origin);
    QFETCH(QString, refusal);
    const QString here = u"127.0.0.1:%1"_s.arg(m_github->port());
    const GitHubToken token(Token, source, QString(origin).replace(u"%1"_s, here));
    DiscussionPublisher::Options withToken = options();
    withToken.token = token;

    if (refusal.isEmpty()) {
        QCOMPARE(publish(withToken).action, DiscussionPublisher::Result::Action::Created);
        QCOMPARE(m_github->operations(), (QStringList{Repository, Page, Create}));
        for (const test::FakeGitHub::Request &request : m_github->requests())
            QCOMPARE(request.headers.value("authorization"), "bearer " + Token);
        return;
    }
    const QString expected = QString(refusal).replace(u"%1"_s, here);
    const Postmortem before = postmortem();
    const PublishError error = publishError(withToken);
    QCOMPARE(error.kind(), Kind::Refused);
    QCOMPARE(error.message(), expected);
    // The client refuses it too, whoever uses it.
    try {
        GitHubClient(QUrl(m_github->address() + u"/api/graphql"_s), token).repository(u"acme"_s, u"postmortems"_s);
        QFAIL("not refused");
    } catch (const PublishError &refused) {
        QCOMPARE(refused.kind(), Kind::Refused);
        QCOMPARE(refused.message(), expected);
    }
    QVERIFY(m_github->requests().isEmpty());
    QCOMPARE(postmortem(), before);
}

void TestPublish::firstPublication()
{
    const DiscussionPublisher::Result result = publish();

    QCOMPARE(result.action, DiscussionPublisher::Result::Action::Created);
    QCOMPARE(m_github->operations(), (QStringList{Repository, Page, Create}));
    const QList<test::FakeGitHub::Discussion> discussions = m_github->discussions();
    QCOMPARE(discussions.size(), 1);
    const test::FakeGitHub::Discussion &made = discussions.constFirst();
    QCOMPARE(made.title, u"Incident 1: Checkout API 5xx"_s);
    QCOMPARE(made.categoryId, PostmortemsCategory);
    QCOMPARE(made.body, expectedBody());
    QVERIFY(made.body.endsWith(u"\n<!-- hindsight:postmortem:"_s + db::fromUuid(postmortem().id) + u" -->\n"_s));

    // Recorded: the discussion's id, number and address; the postmortem is Published.
    const Postmortem stored = postmortem();
    QCOMPARE(stored.reviewState, ReviewState::Published);
    QCOMPARE(stored.publication.id, made.id);
    QCOMPARE(stored.publication.number, made.number);
    QCOMPARE(stored.publication.url, u"https://github.com/acme/postmortems/discussions/41"_s);
    QVERIFY(stored.publication.publishedAt.isValid());
    QCOMPARE(result.publication, stored.publication);
    QCOMPARE(result.repository, u"acme/postmortems"_s);
    QCOMPARE(result.category, u"Postmortems"_s);

    // What GitHub asks of every request, and the Markdown only in the variables.
    for (const test::FakeGitHub::Request &request : m_github->requests()) {
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QByteArray("/api/graphql"));
        QCOMPARE(request.headers.value("authorization"), "bearer " + Token);
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(request.headers.value("user-agent"), QByteArray("Hindsight/" HINDSIGHT_VERSION));
        QVERIFY(!request.body.contains(Token));
        QVERIFY(!request.query.contains(u"Checkout"_s));
    }
    const QJsonObject input = m_github->requests().constLast().variables.value(u"input"_s).toObject();
    QCOMPARE(input.value(u"body"_s).toString(), expectedBody());
    QCOMPARE(input.value(u"repositoryId"_s).toString(), u"R_kgDOHindsight"_s);
}

void TestPublish::publishingAgainUpdatesTheSameDiscussion()
{
    const Publication first = publish().publication;
    // Changed after publication: reopened, edited, approved again.
    PostmortemReview review(store());
    review.reopen(m_incident.id);
    Postmortem changed = postmortem();
    changed.rootCause = u"The pool was sized for last year's traffic."_s;
    review.saveText(changed);
    review.submit(m_incident.id);
    review.approve(m_incident.id);
    m_github->clearRequests();

    const DiscussionPublisher::Result again = publish();

    QCOMPARE(again.action, DiscussionPublisher::Result::Action::Updated);
    QCOMPARE(m_github->operations(), (QStringList{Repository, Lookup, Update}));
    const QList<test::FakeGitHub::Discussion> discussions = m_github->discussions();
    QCOMPARE(discussions.size(), 1);
    QCOMPARE(discussions.constFirst().id, first.id);
    QCOMPARE(discussions.constFirst().body, expectedBody());
    QVERIFY(discussions.constFirst().body.contains(u"last year's traffic"_s));
    const Postmortem stored = postmortem();
    QCOMPARE(stored.reviewState, ReviewState::Published);
    QCOMPARE(stored.publication, first); // the same discussion, first published then

    // Published as it is, a third time: still one discussion.
    publish();
    QCOMPARE(m_github->discussions().size(), 1);
}

void TestPublish::lostRecordIsFoundByTheMarker()
{
    const Publication first = publish().publication;
    forgetPublication();
    // Others' discussions, newer than ours: it is on the second page.
    for (int i = 0; i < 60; ++i)
        m_github->addDiscussion(PostmortemsCategory, u"Incident %1"_s.arg(100 + i), u"Someone else's"_s);
    m_github->addDiscussion(u"DIC_kwDOgeneral"_s, u"Elsewhere"_s, expectedBody()); // another category: not looked at
    m_github->clearRequests();

    const DiscussionPublisher::Result result = publish();

    QCOMPARE(result.action, DiscussionPublisher::Result::Action::FoundAndUpdated);
    QCOMPARE(m_github->operations(), (QStringList{Repository, Page, Page, Update}));
    QCOMPARE(m_github->requests().at(2).variables.value(u"after"_s).toString().isEmpty(), false);
    QCOMPARE(m_github->discussions().size(), 62);
    QCOMPARE(result.publication.id, first.id);
    QCOMPARE(postmortem().publication.id, first.id);
    QCOMPARE(postmortem().publication.number, first.number);
    QCOMPARE(postmortem().reviewState, ReviewState::Published);
}

void TestPublish::discussionDeletedOnGitHubIsMadeAgain()
{
    const Publication first = publish().publication;
    m_github->deleteDiscussion(first.id);
    m_github->clearRequests();

    const DiscussionPublisher::Result again = publish();

    QCOMPARE(again.action, DiscussionPublisher::Result::Action::Created);
    QCOMPARE(m_github->operations(), (QStringList{Repository, Lookup, Page, Create}));
    QCOMPARE(m_github->discussions().size(), 1);
    QVERIFY(again.publication.id != first.id);
    QCOMPARE(postmortem().publication.id, again.publication.id);
    QCOMPARE(postmortem().publication.number, 42);
}

void TestPublish::discussionInAnotherRepositoryIsNotDuplicated()
{
    publish();
    const Postmortem before = postmortem();
    m_github->setRepository(u"acme/incidents"_s);
    DiscussionPublisher::Options elsewhere = options();
    elsewhere.overrides.repository = u"acme/incidents"_s;
    m_github->clearRequests();

    const PublishError error = publishError(elsewhere);

    QCOMPARE(error.kind(), Kind::Refused);
    QCOMPARE(error.message(),
             u"This postmortem is published in acme/postmortems (https://github.com/acme/postmortems/discussions/41), "
             "not in acme/incidents. Publish it there again (--repo acme/postmortems), or delete that discussion on "
             "GitHub first; a second one is not made. Nothing was changed."_s);
    QCOMPARE(m_github->operations(), (QStringList{Repository, Lookup}));
    QCOMPARE(m_github->discussions().size(), 1);
    QCOMPARE(postmortem(), before);
}

void TestPublish::notApprovedIsRefusedBeforeSending_data()
{
    QTest::addColumn<int>("steps"); // 0: draft, 1: in review, -1: no postmortem at all
    QTest::addColumn<QString>("message");
    QTest::newRow("draft") << 0 << u"Only an approved postmortem can be published; this one is still a draft."_s;
    QTest::newRow("in review") << 1 << u"Only an approved postmortem can be published; this one is still in review."_s;
    QTest::newRow("no postmortem") << -1
                                   << u"Incident #2 has no postmortem yet: write it and have it approved before "
                                      "publishing it."_s;
}

void TestPublish::notApprovedIsRefusedBeforeSending()
{
    QFETCH(int, steps);
    QFETCH(QString, message);
    Incident draft;
    draft.title = u"Login slow"_s;
    draft.severity = Severity::Low;
    draft.summary = u"Slow."_s;
    m_incident = IncidentStore(store()).create(draft);
    if (steps >= 0) {
        Postmortem text;
        text.incidentId = m_incident.id;
        text.rootCause = u"A cold cache."_s;
        text.wentWell = u"-"_s;
        text.wentWrong = u"-"_s;
        text.gotLucky = u"-"_s;
        PostmortemReview(store()).saveText(text);
        if (steps >= 1)
            PostmortemReview(store()).submit(m_incident.id);
    }
    const std::optional<Postmortem> before = PostmortemStore(store()).forIncident(m_incident.id);

    const PublishError error = publishError();

    QCOMPARE(error.kind(), Kind::Refused);
    QCOMPARE(error.message(), message);
    QVERIFY(m_github->requests().isEmpty());
    QCOMPARE(PostmortemStore(store()).forIncident(m_incident.id), before);
}

void TestPublish::failuresLeaveTheStoreAsItWas_data()
{
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("times");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("sent");

    QTest::newRow("401 bad credentials")
        << Failure::BadCredentials << QString() << 1 << 0 << Kind::BadCredentials
        << u"GitHub does not accept the token (HTTP 401: Bad credentials): it is wrong, has expired or was revoked. "
           "Create a new token and store it again."_s
        << QStringList{Repository};
    QTest::newRow("FORBIDDEN on create")
        << Failure::Forbidden << Create << 1 << 0 << Kind::Forbidden
        << u"GitHub refused the token: Resource not accessible by personal access token. A classic token needs the "
           "repo scope (public_repo for a public repository); a fine-grained token needs read and write access to the "
           "repository's Discussions."_s
        << QStringList{Repository, Page, Create};
    QTest::newRow("NOT_FOUND repository")
        << Failure::NotFound << Repository << 1 << 0 << Kind::NotFound
        << u"GitHub has no repository acme/postmortems, or the token cannot see it. Check the name; a private "
           "repository needs a token with access to it."_s
        << QStringList{Repository};
    QTest::newRow("RATE_LIMITED beyond the longest wait")
        << Failure::RateLimited << QString() << 1 << 3600 << Kind::RateLimited
        << u"GitHub's rate limit for this token is reached: it accepts requests again in 60 minutes (at "_s
        << QStringList{Repository};
    QTest::newRow("RATE_LIMITED without retry-after: a minute")
        << Failure::RateLimited << QString() << 1 << -1 << Kind::RateLimited
        << u"GitHub's rate limit for this token is reached: it accepts requests again in 60 seconds (at "_s
        << QStringList{Repository};
    QTest::newRow("403 primary rate limit")
        << Failure::PrimaryRateLimit << QString() << 1 << 1790 << Kind::RateLimited
        << u"GitHub's rate limit for this token is reached: it accepts requests again in 30 minutes (at "_s
        << QStringList{Repository};
    QTest::newRow("rate limited on every try")
        << Failure::RateLimited << Create << 3 << 0 << Kind::RateLimited
        << u"GitHub's rate limit for this token is reached: it accepts requests again in 1 second (at "_s
        << QStringList{Repository, Page, Create, Create, Create};
    QTest::newRow("502 on every try")
        << Failure::BadGateway << Repository << 3 << 0 << Kind::ServerError
        << u"GitHub answered HTTP 502 (a server error) 3 times in a row; try again later."_s
        << QStringList{Repository, Repository, Repository};
    QTest::newRow("502 on the search, every try")
        << Failure::BadGateway << Page << 3 << 0 << Kind::ServerError
        << u"GitHub answered HTTP 502 (a server error) 3 times in a row; try again later."_s
        << QStringList{Repository, Page, Page, Page};
    QTest::newRow("hang: timeout")
        << Failure::Hang << Repository << 1 << 0 << Kind::Timeout
        << u"127.0.0.1 did not answer within 2 seconds. GitHub may be slow or the network may be down; try again "
           "later."_s
        << QStringList{Repository};
    QTest::newRow("truncated answer") << Failure::Truncated << Repository << 1 << 0 << Kind::BadResponse
                                      << u"The connection to 127.0.0.1 closed before the whole answer arrived ("_s
                                      << QStringList{Repository};
    QTest::newRow("malformed answer")
        << Failure::Malformed << Page << 1 << 0 << Kind::BadResponse
        << u"The answer from 127.0.0.1 is not GitHub's JSON (illegal value at byte 1). Check the endpoint setting, "
           "or try again later."_s
        << QStringList{Repository, Page};
}

void TestPublish::failuresLeaveTheStoreAsItWas()
{
    QFETCH(Failure, failure);
    QFETCH(QString, operation);
    QFETCH(int, times);
    QFETCH(int, retryAfter);
    QFETCH(Kind, kind);
    QFETCH(QString, message);
    QFETCH(QStringList, sent);
    m_github->failNext(failure, operation, times, retryAfter);
    const Postmortem before = postmortem();
    const Incident incidentBefore = *IncidentStore(store()).byId(m_incident.id);

    QElapsedTimer timer;
    timer.start();
    const PublishError error = publishError();

    QCOMPARE(error.kind(), kind);
    QVERIFY2(error.message().startsWith(message), qPrintable(error.message()));
    if (!message.endsWith(u'('))
        QVERIFY2(error.message() == message || message.endsWith(u"(at "_s), qPrintable(error.message()));
    QVERIFY(!error.message().contains(QString::fromLatin1(Token)));
    QCOMPARE(m_github->operations(), sent);
    if (kind == Kind::RateLimited && retryAfter > 60)
        QVERIFY(timer.elapsed() < 3000); // not waited for: longer than the longest wait
    if (kind == Kind::RateLimited)
        QVERIFY(error.retryAfterSeconds() >= std::max(retryAfter, 1));
    QVERIFY(m_github->discussions().isEmpty());
    QCOMPARE(postmortem(), before);
    QCOMPARE(postmortem().reviewState, ReviewState::Approved);
    QCOMPARE(*IncidentStore(store()).byId(m_incident.id), incidentBefore);
}

void TestPublish::missingRepositoryCategoryOrDiscussions_data()
{
    QTest::addColumn<QString>("repository"); // what the fake serves
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("category");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("no such repository")
        << u"acme/other"_s << true << u"Postmortems"_s << Kind::NotFound
        << u"GitHub has no repository acme/postmortems, or the token cannot see it. Check the name; a private "
           "repository needs a token with access to it."_s;
    QTest::newRow("no such category")
        << u"acme/postmortems"_s << true << u"Incidents"_s << Kind::NotFound
        << u"acme/postmortems has no discussion category 'Incidents'. Its categories are: General (general), "
           "Announcements (announcements), Postmortems (postmortems), Q&A (q-a)."_s;
    QTest::newRow("discussions disabled")
        << u"acme/postmortems"_s << false << u"Postmortems"_s << Kind::DiscussionsDisabled
        << u"Discussions are not enabled in acme/postmortems. A repository administrator can turn them on in the "
           "repository's Settings (General > Features > Discussions), or choose another repository."_s;
}

void TestPublish::missingRepositoryCategoryOrDiscussions()
{
    QFETCH(QString, repository);
    QFETCH(bool, enabled);
    QFETCH(QString, category);
    QFETCH(Kind, kind);
    QFETCH(QString, message);
    m_github->setRepository(repository, enabled);
    DiscussionPublisher::Options chosen = options();
    chosen.overrides.category = category;
    const Postmortem before = postmortem();

    const PublishError error = publishError(chosen);

    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.message(), message);
    QCOMPARE(m_github->operations(), QStringList{Repository});
    QCOMPARE(postmortem(), before);
}

void TestPublish::noNetwork()
{
    // A port nobody listens on: the connection is refused, as with no network.
    quint16 port = 0;
    {
        test::FakeGitHub closed;
        port = closed.port();
    }
    DiscussionPublisher::Options nowhere = options();
    nowhere.overrides.endpoint = u"http://127.0.0.1:%1"_s.arg(port);
    const Postmortem before = postmortem();

    const PublishError error = publishError(nowhere);

    QCOMPARE(error.kind(), Kind::Network);
    QVERIFY2(error.message().startsWith(u"Cannot connect to 127.0.0.1 ("_s), qPrintable(error.message()));
    QVERIFY(error.message().endsWith(u"): check the network connection and the proxy settings."_s));
    QCOMPARE(postmortem(), before);
}

void TestPublish::rateLimitIsWaitedFor()
{
    m_github->failNext(Failure::RateLimited, Create, 1, 1);
    QStringList progress;
    DiscussionPublisher publisher(store(), options());
    publisher.setProgressHandler([&](const QString &message) { progress << message; });
    QElapsedTimer timer;
    timer.start();

    const DiscussionPublisher::Result result = publisher.publish(m_incident.number);

    QVERIFY(timer.elapsed() >= 1000);
    QCOMPARE(result.action, DiscussionPublisher::Result::Action::Created);
    QCOMPARE(m_github->operations(), (QStringList{Repository, Page, Create, Create}));
    QCOMPARE(m_github->discussions().size(), 1);
    QVERIFY2(progress.contains(u"GitHub's rate limit is reached: waiting 1 second before trying again (try 2 of 3)."_s),
             qPrintable(progress.join(u'\n')));
    QCOMPARE(postmortem().reviewState, ReviewState::Published);
}

void TestPublish::serverErrorsAreRetried()
{
    m_github->failNext(Failure::BadGateway, Repository, 2);
    m_github->failNext(Failure::BadGateway, Update, 1);
    publish();
    QCOMPARE(m_github->operations(), (QStringList{Repository, Repository, Repository, Page, Create}));
    m_github->clearRequests();
    publish(); // an update is safe to repeat
    QCOMPARE(m_github->operations(), (QStringList{Repository, Lookup, Update, Update}));
    QCOMPARE(m_github->discussions().size(), 1);
}

void TestPublish::lostAnswerToCreateMakesNoDuplicate()
{
    // GitHub makes the discussion but the answer is lost (502): Hindsight looks before creating again.
    m_github->failNext(Failure::BadGatewayAfterDoing, Create);

    const DiscussionPublisher::Result result = publish();

    QCOMPARE(m_github->operations(), (QStringList{Repository, Page, Create, Page}));
    QCOMPARE(m_github->discussions().size(), 1);
    QCOMPARE(result.publication.id, m_github->discussions().constFirst().id);
    QCOMPARE(postmortem().publication.number, 41);

    // A 502 that made nothing: created once on the next try.
    forgetPublication();
    m_github->deleteDiscussion(result.publication.id);
    m_github->failNext(Failure::BadGateway, Create);
    m_github->clearRequests();
    publish();
    QCOMPARE(m_github->operations(), (QStringList{Repository, Page, Create, Page, Create}));
    QCOMPARE(m_github->discussions().size(), 1);
}

void TestPublish::connectionDropsMidAnswerToCreate()
{
    // The network drops while GitHub's answer to the creation is coming in: the discussion exists, but the answer
    // saying so is cut short. Hindsight looks before trying again, finds it, and records it: one discussion.
    m_github->failNext(Failure::Truncated, Create);

    const DiscussionPublisher::Result result = publish();

    QCOMPARE(m_github->operations().count(Create), 1);
    QCOMPARE(m_github->discussions().size(), 1);
    QCOMPARE(result.publication.id, m_github->discussions().constFirst().id);
    QCOMPARE(postmortem().publication.id, result.publication.id);

    // Publishing again updates it.
    m_github->clearRequests();
    publish();
    QVERIFY(!m_github->operations().contains(Create));
    QCOMPARE(m_github->discussions().size(), 1);
}

void TestPublish::connectionDropsWhileSending()
{
    // The connection is reset while the request is still going out: it never reaches GitHub. Depending on how far
    // libcurl got, it sees the reset while sending or while waiting for the answer; either way the user is told the
    // connection failed, and nothing changes.
    m_github->failNext(Failure::DroppedWhileSending);
    const Postmortem before = postmortem();

    const PublishError error = publishError();

    QVERIFY2(error.kind() == Kind::Network || error.kind() == Kind::BadResponse, qPrintable(error.message()));
    QVERIFY2(error.message().contains(u"127.0.0.1"_s), qPrintable(error.message()));
    QVERIFY(!error.message().contains(QString::fromLatin1(Token)));
    QVERIFY(m_github->discussions().isEmpty());
    QCOMPARE(postmortem(), before);

    // Once the network is back, publishing makes one discussion.
    publish();
    QCOMPARE(m_github->discussions().size(), 1);
    QCOMPARE(m_github->operations().count(Create), 1);
}

void TestPublish::overLongBodyIsRefusedBeforeSending()
{
    LogEntry entry;
    entry.incidentId = m_incident.id;
    entry.at = QDateTime(QDate(2026, 11, 23), QTime(5, 0), Qt::UTC);
    entry.body = QString(1000, u'a');
    entry = InvestigationLog(store()).append(entry);
    DiscussionPublisher publisher(store(), options());
    const qsizetype shortLength = publisher.prepare(m_incident.number).body.size();

    // Exactly at GitHub's limit: published.
    const qsizetype fits = 1000 + DiscussionPublisher::MaxBodyLength - shortLength;
    InvestigationLog(store()).edit(entry.id, entry.kind, QString(fits, u'a'), entry.at);
    QCOMPARE(publisher.prepare(m_incident.number).body.size(), DiscussionPublisher::MaxBodyLength);
    publisher.publish(m_incident.number);
    QCOMPARE(m_github->discussions().size(), 1);
    QCOMPARE(m_github->discussions().constFirst().body.size(), DiscussionPublisher::MaxBodyLength);

    // One character more: refused, nothing sent, nothing changed.
    InvestigationLog(store()).edit(entry.id, entry.kind, QString(fits + 1, u'a'), entry.at);
    m_github->clearRequests();
    const Postmortem before = postmortem();
    const PublishError error = publishError();
    QCOMPARE(error.kind(), Kind::Refused);
    QCOMPARE(error.message(),
             u"The postmortem of incident #1 is 65,537 characters long in Markdown, more than the 65,536 GitHub allows "
             "in a discussion, so nothing was sent. Its investigation log makes up %1 of them: shorten the longest "
             "entries (a pasted log can go into a file or a gist linked from the entry), then publish again. The "
             "whole document can still be exported with: hindsight export 1 -o postmortem.md"_s.arg(
                 QLocale(QLocale::English).toString(qlonglong(fits + 1 + 22))));
    QVERIFY(m_github->requests().isEmpty());
    QCOMPARE(postmortem(), before);
    QCOMPARE(m_github->discussions().constFirst().body.size(), DiscussionPublisher::MaxBodyLength);
}

void TestPublish::redactionAppliesToWhatIsSent()
{
    Incident incident = *IncidentStore(store()).byId(m_incident.id);
    incident.summary = u"Token ghp_abcdefghijklmnopqrstuvwxyz0123456789 was in the log."_s;
    IncidentStore(store()).update(incident, u"tester"_s);
    LogEntry entry;
    entry.incidentId = m_incident.id;
    entry.at = QDateTime(QDate(2026, 11, 23), QTime(5, 0), Qt::UTC);
    entry.body = u"db password=hunter2 on internal-db-7; pasted %1 by mistake"_s.arg(QString::fromLatin1(Token));
    InvestigationLog(store()).append(entry);
    const QString patterns = m_temp->dir() + u"/redaction-patterns.txt"_s;
    QFile file(patterns);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# our hosts\ninternal-db-\\d+\n");
    file.close();
    DiscussionPublisher::Options withPatterns = options();
    withPatterns.redactionPatternFile = patterns;

    DiscussionPublisher publisher(store(), withPatterns);
    const DiscussionPublisher::Document document = publisher.prepare(m_incident.number);
    // The token in its own form, which no rule knows, is masked too.
    QCOMPARE(document.maskedSecrets,
             (QMap<QString, int>{{u"custom"_s, 1}, {u"github-token"_s, 2}, {u"password"_s, 1}}));
    publisher.publish(m_incident.number);

    const QString body = m_github->discussions().constFirst().body;
    QVERIFY(body.contains(u"Token [REDACTED:github-token] was in the log."_s));
    QVERIFY(body.contains(u"password=[REDACTED:password] on [REDACTED:custom]; pasted [REDACTED:github-token] by "
                          "mistake"_s));
    for (const char *secret : {"ghp_abcdefghijklmnopqrstuvwxyz0123456789", "hunter2", "internal-db-7"})
        QVERIFY2(!body.contains(QLatin1String(secret)), secret);
    for (const test::FakeGitHub::Request &request : m_github->requests())
        QVERIFY(!request.body.contains(Token) && !request.body.contains("hunter2"));
}

void TestPublish::unusableRedactionPatternsStop()
{
    const QString patterns = m_temp->dir() + u"/redaction-patterns.txt"_s;
    QFile file(patterns);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("token=(?<secret>\\w+\n");
    file.close();
    DiscussionPublisher::Options withPatterns = options();
    withPatterns.redactionPatternFile = patterns;

    const PublishError error = publishError(withPatterns);

    QCOMPARE(error.kind(), Kind::Refused);
    QVERIFY2(error.message().startsWith(u"The redaction patterns cannot be used as written, so nothing was published. "
                                        "Fix or remove these lines:\n"_s +
                                        patterns + u":1: "_s),
             qPrintable(error.message()));
    QVERIFY(m_github->requests().isEmpty());
}

void TestPublish::tokenNeverLeaks()
{
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QStringList said;
    const auto run = [&](DiscussionPublisher::Options chosen) {
        DiscussionPublisher publisher(store(), chosen);
        publisher.setProgressHandler([&](const QString &message) { said << message; });
        try {
            publisher.publish(m_incident.number);
        } catch (const PublishError &error) {
            said << error.message() << QString::fromUtf8(error.what());
        }
        said << publisher.plan(m_incident.number).requests;
    };
    // Every path that speaks: failures, waits, retries, success, dry run.
    for (const Failure failure : {Failure::BadCredentials, Failure::Forbidden, Failure::NotFound, Failure::Malformed,
                                  Failure::Truncated, Failure::BadGateway}) {
        m_github->failNext(failure, {}, 3);
        run(options());
    }
    m_github->failNext(Failure::RateLimited, {}, 1, 1);
    run(options());
    run(options());
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(said.size() > 10);
    const QString everything = said.join(u'\n') + logged.join(u'\n');
    QVERIFY(!everything.contains(QString::fromLatin1(Token)));
    QVERIFY(everything.contains(u"Authorization: bearer ********  (the token)"_s));
    // Sent only where it belongs: the Authorization header.
    for (const test::FakeGitHub::Request &request : m_github->requests())
        QCOMPARE(request.raw.count(Token), 1);
}

void TestPublish::dryRunSendsNothing()
{
    DiscussionPublisher publisher(store(), options());
    const DiscussionPublisher::Plan plan = publisher.plan(m_incident.number);

    QVERIFY(m_github->requests().isEmpty());
    QCOMPARE(plan.requests.size(), 3);
    QVERIFY(plan.requests.at(0).startsWith(u"# 1. The repository, whether Discussions are enabled, and its "
                                           "categories:\nPOST %1/api/graphql\nAuthorization: bearer ********  (the "
                                           "token)\nContent-Type: application/json\nAccept: application/json\n"
                                           "User-Agent: Hindsight/"_s.arg(m_github->address())));
    QVERIFY(plan.requests.at(1).contains(u"\"operationName\": \"HindsightDiscussionsPage\""_s));
    QVERIFY(plan.requests.at(2).contains(u"\"operationName\": \"HindsightCreateDiscussion\""_s));
    QVERIFY(plan.requests.at(2).contains(u"\"title\": \"Incident 1: Checkout API 5xx\""_s));
    QVERIFY(plan.requests.at(2).contains(u"<!-- hindsight:postmortem:"_s));
    QVERIFY(!plan.requests.join(u'\n').contains(QString::fromLatin1(Token)));
    QCOMPARE(postmortem().reviewState, ReviewState::Approved);

    // Once published, the dry run shows the update of that discussion.
    publisher.publish(m_incident.number);
    m_github->clearRequests();
    const DiscussionPublisher::Plan again = publisher.plan(m_incident.number);
    QVERIFY(m_github->requests().isEmpty());
    QCOMPARE(again.requests.size(), 3);
    QVERIFY(again.requests.at(1).contains(u"\"operationName\": \"HindsightDiscussion\""_s));
    QVERIFY(again.requests.at(2).contains(u"\"discussionId\": \"D_kwDO41\""_s));
}

void TestPublish::cancelFromAnotherThread()
{
    m_github->failNext(Failure::Hang, Repository);
    const QString path = m_temp->path();
    std::promise<DiscussionPublisher *> started;
    std::optional<PublishError> error;
    QElapsedTimer timer;
    timer.start();
    // The way the window publishes: a worker thread with its own connection to the store.
    std::thread worker([&, path] {
        auto workerStore = Store::open(path);
        DiscussionPublisher::Options slow = options();
        slow.timeouts.transfer = std::chrono::seconds(60);
        DiscussionPublisher publisher(*workerStore, slow);
        started.set_value(&publisher);
        try {
            publisher.publish(m_incident.number);
        } catch (const PublishError &e) {
            error = e;
        }
    });
    DiscussionPublisher *publisher = started.get_future().get();
    QTest::qWait(300);
    publisher->cancel();
    worker.join();

    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(error);
    QCOMPARE(error->kind(), Kind::Cancelled);
    QCOMPARE(error->message(), u"Cancelled."_s);
    QCOMPARE(postmortem().reviewState, ReviewState::Approved);
    QVERIFY(m_github->discussions().isEmpty());
}

void TestPublish::everyDocumentSentIsChecked()
{
    // The schema check (tests/graphql) validates GitHubClient::exampleRequests(): every document really sent must be
    // one of them.
    QSet<QString> checked;
    for (const GraphQLRequest &request : GitHubClient::exampleRequests())
        checked.insert(request.query);
    publish();
    forgetPublication();
    publish();
    publish();
    QSet<QString> operations;
    for (const test::FakeGitHub::Request &request : m_github->requests()) {
        QVERIFY2(checked.contains(request.query), qPrintable(request.query));
        operations.insert(request.operationName);
    }
    QCOMPARE(operations.size(), 5);
}

void TestPublish::keychainWithoutDBusSaysSo()
{
    // A headless machine: no D-Bus session, so no Secret Service.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    const QUrl endpoint(m_github->address() + u"/api/graphql"_s);
    const TokenKeychain::Outcome written = TokenKeychain::writeNow(endpoint, Token, std::chrono::seconds(20));
    QCOMPARE(written.status, TokenKeychain::Status::Unavailable);
    QVERIFY2(written.message.startsWith(u"No system keychain is available here ("_s), qPrintable(written.message));
    QVERIFY(written.message.endsWith(u"). Put the token in the environment variable HINDSIGHT_GITHUB_TOKEN instead; "
                                     "Hindsight never stores it in a plain file."_s));
    QCOMPARE(TokenKeychain::readNow(endpoint, std::chrono::seconds(20)).status, TokenKeychain::Status::Unavailable);
    QCOMPARE(TokenKeychain::key(endpoint), u"github-token@127.0.0.1:%1"_s.arg(m_github->port()));

    // Not written anywhere instead: not in the home folder (settings), not in the store.
    QDirIterator files(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(Token), qPrintable(file.fileName()));
    }
    QFile storeFile(m_temp->path());
    QVERIFY(storeFile.open(QIODevice::ReadOnly));
    QVERIFY(!storeFile.readAll().contains(Token));
}

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"
