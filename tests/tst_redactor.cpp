// Redaction: what a user would not want to leave the machine in an exported postmortem is masked, the user's own
// patterns are applied, and a pattern file that cannot be read as written says where.
#include "report/postmortemdocument.h"
#include "report/redactor.h"
#include "report/templatelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

void writeText(const QString &path, const QString &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtInRules_data();
    void builtInRules();
    void findReportsWhatRedactMasks();
    void redactingTwiceChangesNothing();
    void userPatterns();
    void invalidUserPattern();
    void missingPatternFileIsFine();
    void patternFileLocation();
    void postmortemSource();
};

void TestRedactor::initTestCase()
{
    QCoreApplication::setApplicationName(u"hindsight"_s);
    QCoreApplication::setOrganizationDomain(u"hindsight"_s);
}

void TestRedactor::builtInRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("github ghp_") << u"token ghp_1234567890abcdefghijABCDEFGHIJ123456 used"_s
                                 << u"token [REDACTED:github-token] used"_s;
    QTest::newRow("github gho_") << u"gho_abcdefghijklmnopqrstuvwxyz0123456789"_s << u"[REDACTED:github-token]"_s;
    QTest::newRow("github ghu_") << u"ghu_abcdefghijklmnopqrstuvwxyz0123456789"_s << u"[REDACTED:github-token]"_s;
    QTest::newRow("github ghs_") << u"ghs_abcdefghijklmnopqrstuvwxyz0123456789"_s << u"[REDACTED:github-token]"_s;
    QTest::newRow("github ghr_") << u"ghr_abcdefghijklmnopqrstuvwxyz0123456789"_s << u"[REDACTED:github-token]"_s;
    QTest::newRow("github fine-grained") << u"GH_TOKEN=github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz"_s
                                         << u"GH_TOKEN=[REDACTED:github-token]"_s;
    QTest::newRow("not a github token") << u"ghp_short and gh_x_abcdefghijklmnopqrstuvwxyz"_s
                                        << u"ghp_short and gh_x_abcdefghijklmnopqrstuvwxyz"_s;
    QTest::newRow("aws AKIA") << u"key AKIAIOSFODNN7EXAMPLE in env"_s << u"key [REDACTED:aws-access-key] in env"_s;
    QTest::newRow("aws ASIA") << u"ASIAY34FZKBOKMUTVV7A"_s << u"[REDACTED:aws-access-key]"_s;
    QTest::newRow("aws secret key") << u"aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s
                                    << u"aws_secret_access_key = [REDACTED:aws-secret-key]"_s;
    QTest::newRow("slack bot") << u"xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"_s
                               << u"[REDACTED:slack-token]"_s;
    QTest::newRow("slack user") << u"SLACK=xoxp-1234-5678-abcdef"_s << u"SLACK=[REDACTED:slack-token]"_s;
    QTest::newRow("slack webhook") << u"https://hooks.slack.com/services/T000/B000/XXXXXXXX"_s
                                   << u"[REDACTED:slack-webhook]"_s;
    QTest::newRow("password=") << u"db password=hunter2 host=db1"_s << u"db password=[REDACTED:password] host=db1"_s;
    QTest::newRow("passwd:") << u"passwd: s3cr3t!"_s << u"passwd: [REDACTED:password]"_s;
    QTest::newRow("PASSWORD env") << u"DB_PASSWORD='a b c'"_s << u"DB_PASSWORD=[REDACTED:password]"_s;
    QTest::newRow("password in query") << u"?user=x&password=abc&next=1"_s
                                       << u"?user=x&password=[REDACTED:password]&next=1"_s;
    QTest::newRow("bearer") << u"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9abcdefghijkl"_s
                            << u"Authorization: Bearer [REDACTED:bearer-token]"_s;
    QTest::newRow("bearer in curl") << u"curl -H 'authorization: bearer abcdefghijklmnopqrstuvwxyz' x"_s
                                    << u"curl -H 'authorization: bearer [REDACTED:bearer-token]' x"_s;
    QTest::newRow("basic") << u"Authorization: Basic dXNlcjpwYXNzd29yZA=="_s
                           << u"Authorization: Basic [REDACTED:basic-auth]"_s;
    QTest::newRow("url password") << u"postgres://app:pa55word@db.internal:5432/app"_s
                                  << u"postgres://app:[REDACTED:url-password]@db.internal:5432/app"_s;
    QTest::newRow("jwt")
        << u"cookie eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"_s
        << u"cookie [REDACTED:jwt]"_s;
    QTest::newRow("private key")
        << u"key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nIBAAK\n-----END RSA PRIVATE KEY-----\nok"_s
        << u"key:\n[REDACTED:private-key]\nok"_s;
    QTest::newRow("openssh key") << u"-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n-----END OPENSSH PRIVATE KEY-----"_s
                                 << u"[REDACTED:private-key]"_s;
    QTest::newRow("key cut short") << u"pasted:\n-----BEGIN PRIVATE KEY-----\nMIIE\nthe rest"_s
                                   << u"pasted:\n[REDACTED:private-key]"_s;
    QTest::newRow("public key stays") << u"-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----"_s
                                      << u"-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----"_s;
    QTest::newRow("plain text stays") << u"pool max=10, 10 in use since 13:02"_s
                                      << u"pool max=10, 10 in use since 13:02"_s;
    QTest::newRow("two secrets") << u"ghp_abcdefghijklmnopqrstuvwxyz0123456789 and AKIAIOSFODNN7EXAMPLE"_s
                                 << u"[REDACTED:github-token] and [REDACTED:aws-access-key]"_s;
}

void TestRedactor::builtInRules()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Redactor redactor;
    int count = -1;
    QCOMPARE(redactor.redact(text, &count), expected);
    QCOMPARE(count, int(expected.count(u"[REDACTED:"_s)));
}

void TestRedactor::findReportsWhatRedactMasks()
{
    const Redactor redactor;
    const QString text = u"a password=x1 b AKIAIOSFODNN7EXAMPLE"_s;
    const QList<RedactionMatch> matches = redactor.find(text);
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches[0], (RedactionMatch{u"password"_s, 11, 2}));
    QCOMPARE(text.mid(matches[1].start, matches[1].length), u"AKIAIOSFODNN7EXAMPLE"_s);
    QCOMPARE(matches[1].rule, u"aws-access-key"_s);
}

void TestRedactor::redactingTwiceChangesNothing()
{
    const Redactor redactor;
    const QString once = redactor.redact(u"password: ghp_abcdefghijklmnopqrstuvwxyz0123456789 token=[REDACTED:x]"_s);
    int count = -1;
    QCOMPARE(redactor.redact(once, &count), once);
    QCOMPARE(count, 0);
    QVERIFY(redactor.find(once).isEmpty());
}

void TestRedactor::userPatterns()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"redaction-patterns.txt"_s);
    writeText(path, u"# customer ids\n\nCUST-\\d{6}\n  internal\\.example\\.com/(?<secret>[a-z]+)  \r\n"_s);
    const Redactor redactor = Redactor::withUserPatterns(path);
    QVERIFY(redactor.problems().isEmpty());
    QCOMPARE(redactor.rules().constLast().origin, path + u":4"_s);
    QCOMPARE(redactor.rules().at(redactor.rules().size() - 2).origin, path + u":3"_s);
    int count = 0;
    QCOMPARE(
        redactor.redact(u"CUST-123456 saw internal.example.com/admin and ghp_abcdefghijklmnopqrstuvwxyz0123"_s, &count),
        u"[REDACTED:custom] saw internal.example.com/[REDACTED:custom] and [REDACTED:github-token]"_s);
    QCOMPARE(count, 3);
}

void TestRedactor::invalidUserPattern()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"redaction-patterns.txt"_s);
    writeText(path, u"# mine\nok-\\d+\n(unclosed\nalso-\\w+\n"_s);
    const Redactor redactor = Redactor::withUserPatterns(path);
    QCOMPARE(redactor.problems().size(), 1);
    const RedactionProblem problem = redactor.problems().constFirst();
    QCOMPARE(problem.file, path);
    QCOMPARE(problem.line, 3);
    QVERIFY2(problem.message.contains(u"'(unclosed' is not a valid regular expression"_s), qPrintable(problem.message));
    QVERIFY(problem.toString().startsWith(path + u":3: "_s));
    // The other lines still apply.
    QCOMPARE(redactor.redact(u"ok-12 also-x"_s), u"[REDACTED:custom] [REDACTED:custom]"_s);
}

void TestRedactor::missingPatternFileIsFine()
{
    const Redactor redactor = Redactor::withUserPatterns(u"/nonexistent/redaction-patterns.txt"_s);
    QVERIFY(redactor.problems().isEmpty());
    QCOMPARE(redactor.rules().size(), Redactor().rules().size());
}

void TestRedactor::patternFileLocation()
{
    // The config folder is ~/.config/hindsight (organisation domain and application name "hindsight", no
    // organisation name), as for the window's settings.
    const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty())
        QSKIP("XDG_CONFIG_HOME is not set (the test helper sets it)");
    QCOMPARE(Redactor::userPatternFile(), config + u"/hindsight/redaction-patterns.txt"_s);
    QCOMPARE(TemplateLibrary::userTemplateFolder(), config + u"/hindsight/templates"_s);
}

void TestRedactor::postmortemSource()
{
    PostmortemSource source;
    source.incident.number = 3;
    source.incident.timeZone = u"UTC"_s;
    source.incident.title = u"Leaked AKIAIOSFODNN7EXAMPLE"_s;
    source.incident.summary = u"password=hunter2"_s;
    source.incident.links << RelatedLink{u"dashboard"_s, u"https://admin:pw123@grafana.example/d/1"_s};
    LogEntry entry;
    entry.at = QDateTime(QDate(2021, 8, 1), QTime(4, 2), Qt::UTC);
    entry.body = u"curl -H 'Authorization: Bearer abcdefghijklmnopqrstuvwxyz'"_s;
    source.log << entry;
    Postmortem postmortem;
    postmortem.rootCause = u"xoxb-1234567890-abcdefghij leaked"_s;
    source.postmortem = postmortem;
    ActionItem item;
    item.title = u"Rotate ghp_abcdefghijklmnopqrstuvwxyz0123456789"_s;
    source.actionItems << item;

    const Redactor redactor;
    const QList<SecretFinding> secrets = source.secrets(redactor);
    QStringList found;
    for (const SecretFinding &secret : secrets)
        found << secret.where + u": "_s + secret.rule + u" "_s + secret.text;
    QCOMPARE(found, (QStringList{u"Title: aws-access-key AKIAIOSFODNN7EXAMPLE"_s, u"Summary: password hunter2"_s,
                                 u"Related link: url-password pw123"_s,
                                 u"Log entry at 2021/8/1 4:02: bearer-token abcdefghijklmnopqrstuvwxyz"_s,
                                 u"Root cause: slack-token xoxb-1234567890-abcdefghij"_s,
                                 u"Action item \"Rotate ghp_abcdefghijklmnopqrstuvwxyz0123456789\": github-token "
                                 "ghp_abcdefghijklmnopqrstuvwxyz0123456789"_s}));

    QCOMPARE(source.redact(redactor), 6);
    QVERIFY(source.secrets(redactor).isEmpty());
    const QString text = PostmortemDocument::markdown(source, DocumentLanguage::English, TemplateLibrary::builtIn());
    QVERIFY(text.contains(u"password=[REDACTED:password]"_s));
    QVERIFY(!text.contains(u"hunter2"_s));
    QVERIFY(!text.contains(u"pw123"_s));
    QVERIFY(!text.contains(u"abcdefghijklmnopqrstuvwxyz"_s));
    QVERIFY(PostmortemDocument::title(source, DocumentLanguage::English).endsWith(u"[REDACTED:aws-access-key]"_s));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
