// Redaction: what a user would not want to leave the machine in an exported postmortem is masked, the user's own
// patterns are applied, and a pattern file that cannot be read as written says where.
// Golden files: tests/data/redactor/<case>/input.txt, pasted as users paste (a credentials file, aws configure, curl
// commands, key blocks, a .env, an ordinary log that must stay as it is), beside expected.txt, compared whole.
#include "postmortem/postmortemdocument.h"
#include "postmortem/redactor.h"
#include "postmortem/templatelibrary.h"

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

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtInRules_data();
    void builtInRules();
    void pastedText_data();
    void pastedText();
    void findReportsWhatRedactMasks();
    void redactingTwiceChangesNothing();
    void userPatterns();
    void invalidUserPattern();
    void patternTextReadsAsTheFile();
    void userPatternMasksWholeCharacters();
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

    // Values assigned to names that say what they hold.
    QTest::newRow("token=") << u"retry with token=abc123def456 now"_s << u"retry with token=[REDACTED:token] now"_s;
    QTest::newRow("access_token in a URL") << u"GET /cb?code=x&access_token=ya29.a0AfH6SMBx&state=1"_s
                                           << u"GET /cb?code=x&access_token=[REDACTED:token]&state=1"_s;
    QTest::newRow("api_key=") << u"api_key=9f8e7d6c5b4a3210 region=eu"_s << u"api_key=[REDACTED:api-key] region=eu"_s;
    QTest::newRow("apikey: in YAML") << u"apikey: 9f8e7d6c5b4a"_s << u"apikey: [REDACTED:api-key]"_s;
    QTest::newRow("secret=") << u"secret=s3cr3tValue"_s << u"secret=[REDACTED:secret]"_s;
    QTest::newRow("client_secret in JSON")
        << u"{\"client_id\": \"4123121235\", \"client_secret\": \"e1b9e11dfcd19c19\"}"_s
        << u"{\"client_id\": \"4123121235\", \"client_secret\": \"[REDACTED:secret]\"}"_s;
    QTest::newRow("escaped JSON in a log") << uR"(msg="{\"access_token\":\"ya29.escapedvalue\"}")"_s
                                           << uR"(msg="{\"access_token\":\"[REDACTED:token]\"}")"_s;
    QTest::newRow("--api-key VALUE") << u"vault --api-key abcd1234efgh"_s << u"vault --api-key [REDACTED:api-key]"_s;
    QTest::newRow("--password VALUE") << u"mysql --password hunter22 --user root"_s
                                      << u"mysql --password [REDACTED:password] --user root"_s;
    QTest::newRow("password in escaped JSON")
        << uR"({\"password\":\"hunter22\"})"_s << uR"({\"password\":\"[REDACTED:password]\"})"_s;
    // Vendors' formats.
    QTest::newRow("gitlab glpat-") << u"GITLAB_PAT glpat-z_sxgtrfAxKr8q1TPY8Y9a"_s
                                   << u"GITLAB_PAT [REDACTED:gitlab-token]"_s;
    QTest::newRow("gitlab routable glpat-")
        << u"glpat-rQxNabcdefghijklmnopqrstuvwxyZq2Kfe0BD.01.6z70tqjnm."_s << u"[REDACTED:gitlab-token]."_s;
    QTest::newRow("gitlab runner glrt-") << u"runner glrt-abcdefghij0123456789 registered"_s
                                         << u"runner [REDACTED:gitlab-token] registered"_s;
    QTest::newRow("google api key") << u"maps?key=AIzaSyDdVgKwhZl0sTTTLZ7iTmt1r3N2cJLnaDk&q=tokyo"_s
                                    << u"maps?key=[REDACTED:google-api-key]&q=tokyo"_s;
    QTest::newRow("stripe sk_live_") << u"charge failed with sk_live_4eC39HqLyjWDarjtT1zdp7dc"_s
                                     << u"charge failed with [REDACTED:stripe-key]"_s;
    QTest::newRow("stripe rk_live_") << u"rk_live_51HabcdEFGHijklMNOPqrst"_s << u"[REDACTED:stripe-key]"_s;
    QTest::newRow("stripe sk_test_") << u"sk_test_4eC39HqLyjWDarjtT1zdp7dc"_s << u"[REDACTED:stripe-key]"_s;
    QTest::newRow("stripe whsec_") << u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s << u"[REDACTED:stripe-key]"_s;
    QTest::newRow("slack rotating") << u"xoxe.xoxp-1-Mi0yLTEtMjM0NTY3ODkwLTEyMzQ1Njc4OTA"_s
                                    << u"[REDACTED:slack-token]"_s;
    QTest::newRow("slack refresh") << u"xoxe-1-My0xLTEyMzQ1Njc4OTAtMTIzNDU2Nzg5MA"_s << u"[REDACTED:slack-token]"_s;
    QTest::newRow("slack app-level") << u"xapp-1-A0123456789-1234567890123-abcdef0123"_s << u"[REDACTED:slack-token]"_s;
    QTest::newRow("aws key:secret") << u"AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s
                                    << u"[REDACTED:aws-access-key]:[REDACTED:aws-secret-key]"_s;
    QTest::newRow("aws key secret") << u"creds AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY ok"_s
                                    << u"creds [REDACTED:aws-access-key] [REDACTED:aws-secret-key] ok"_s;
    QTest::newRow("aws key, then secret on the next line")
        << u"id: AKIAIOSFODNN7EXAMPLE\nkey: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s
        << u"id: [REDACTED:aws-access-key]\nkey: [REDACTED:aws-secret-key]"_s;
    QTest::newRow("aws SecretAccessKey") << u"\"SecretAccessKey\": \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\","_s
                                         << u"\"SecretAccessKey\": \"[REDACTED:aws-secret-key]\","_s;
    QTest::newRow("aws configure prompt") << u"AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s
                                          << u"AWS Secret Access Key [None]: [REDACTED:aws-secret-key]"_s;
    QTest::newRow("pgp private key")
        << u"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF0\n=EXAM\n-----END PGP PRIVATE KEY BLOCK-----\nsigned"_s
        << u"[REDACTED:private-key]\nsigned"_s;
    // Authorization headers and credentials in curl commands.
    QTest::newRow("authorization bearer, short") << u"curl -H \"Authorization: Bearer xyz\" https://api.example.com"_s
                                                 << u"curl -H \"Authorization: Bearer [REDACTED:authorization]\" "
                                                    "https://api.example.com"_s;
    QTest::newRow("authorization token") << u"-H 'Authorization: token 0123456789abcdef0123456789abcdef01234567'"_s
                                         << u"-H 'Authorization: token [REDACTED:authorization]'"_s;
    QTest::newRow("authorization in a dict") << u"headers={\"Authorization\": \"Bearer abc.def\"}"_s
                                             << u"headers={\"Authorization\": \"Bearer [REDACTED:authorization]\"}"_s;
    QTest::newRow("curl -u") << u"curl -u admin:hunter2 https://grafana.example.com/api"_s
                             << u"curl -u admin:[REDACTED:password] https://grafana.example.com/api"_s;
    QTest::newRow("curl --user, continued")
        << u"curl -X POST https://x \\\n  --user deploy:s3cr3t -d @body.json"_s
        << u"curl -X POST https://x \\\n  --user deploy:[REDACTED:password] -d @body.json"_s;

    // What ordinary log lines say about tokens, keys and passwords stays as it is.
    QTest::newRow("token bucket") << u"token bucket refilled at 10/s"_s << u"token bucket refilled at 10/s"_s;
    QTest::newRow("password reset") << u"password reset flow failed for user 42"_s
                                    << u"password reset flow failed for user 42"_s;
    QTest::newRow("api_key rotation") << u"api_key rotation done"_s << u"api_key rotation done"_s;
    QTest::newRow("token: in prose") << u"gateway: 401 invalid token: signature mismatch"_s
                                     << u"gateway: 401 invalid token: signature mismatch"_s;
    QTest::newRow("token counts") << u"max_tokens=512 token_count=498 if token == expected"_s
                                  << u"max_tokens=512 token_count=498 if token == expected"_s;
    QTest::newRow("placeholders") << u"api_key=${API_KEY} token=<your-token> secret=*** password: null"_s
                                  << u"api_key=${API_KEY} token=<your-token> secret=*** password: null"_s;
    QTest::newRow("authorization without credentials") << u"Authorization: Bearer\nAuthorization header missing"_s
                                                       << u"Authorization: Bearer\nAuthorization header missing"_s;
    QTest::newRow("docker -u uid:gid") << u"docker run -u 1000:1000 app"_s << u"docker run -u 1000:1000 app"_s;
    QTest::newRow("stripe publishable key")
        << u"pk_live_51HabcdEFGHijklMNOPqrst is public"_s << u"pk_live_51HabcdEFGHijklMNOPqrst is public"_s;
    QTest::newRow("aws key beside a commit id")
        << u"AKIAIOSFODNN7EXAMPLE fixed in 9fceb02d0ae598e95dc970b74767f19372d61af8"_s
        << u"[REDACTED:aws-access-key] fixed in 9fceb02d0ae598e95dc970b74767f19372d61af8"_s;
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

void TestRedactor::pastedText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QDir root(QFINDTESTDATA("data/redactor"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(!cases.isEmpty(), "tests/data/redactor not found");
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << root.filePath(name + u"/input.txt"_s)
                                        << root.filePath(name + u"/expected.txt"_s);
}

void TestRedactor::pastedText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString text = readText(input);
    QVERIFY2(!text.isEmpty(), qPrintable(input));
    QCOMPARE(Redactor().redact(text), readText(expected));
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

void TestRedactor::patternTextReadsAsTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"redaction-patterns.txt"_s);
    const QByteArray content = "ok-\\d+\n(unclosed\n"_ba;
    writeText(path, QString::fromUtf8(content));
    const Redactor fromFile = Redactor::withUserPatterns(path);
    const Redactor fromText = Redactor::withUserPatternText(content, path);
    QCOMPARE(fromText.rules().constLast().origin, path + u":1"_s);
    QCOMPARE(fromText.rules().size(), fromFile.rules().size());
    QCOMPARE(fromText.problems().size(), 1);
    QCOMPARE(fromText.problems().constFirst().toString(), fromFile.problems().constFirst().toString());
    QCOMPARE(Redactor::withUserPatternText("\xff"_ba, path).problems().constFirst().toString(),
             path + u":0: is not UTF-8 text"_s);
}

void TestRedactor::userPatternMasksWholeCharacters()
{
    // Found by fuzz_redaction_patterns: \C matches one UTF-16 code unit, half of a character such as an emoji.
    const Redactor redactor = Redactor::withUserPatternText("x\\C\n"_ba, u"redaction-patterns.txt"_s);
    QVERIFY(redactor.problems().isEmpty());
    QCOMPARE(redactor.redact(u"x🚨 and y🚨"_s), u"[REDACTED:custom] and y🚨"_s);
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
