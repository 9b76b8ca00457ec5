// Security: text typed into a log entry or a postmortem never runs scripts or loads remote content, in the preview,
// the timeline or exported HTML; the GitHub token never lands in any file Hindsight writes; the store and the copies
// of it are readable by their owner only.
#include "fakegithub.h"
#include "gui/mainwindow.h"
#include "markdown/markdownrenderer.h"
#include "publish/publishsettings.h"
#include "review/postmortemreview.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/storebackup.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QListView>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTcpServer>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

#include <sys/stat.h>

using namespace hindsight;

namespace {

const QByteArray Token = "hst_SECURITYTEST0123456789abcdefXYZ";

/// Markdown a hostile or careless paste could hold, each with `PORT` for the address of a server that must never be
/// contacted.
const QStringList HostileMarkdown = {
    QStringLiteral("<script>alert('x')</script>"),
    QStringLiteral("<SCRIPT src=http://127.0.0.1:PORT/x.js></SCRIPT>"),
    QStringLiteral("[click me](javascript:alert(1))"),
    QStringLiteral("[click me](JaVaScRiPt:alert(1))"),
    QStringLiteral("[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
    QStringLiteral("[vb](vbscript:msgbox)"),
    QStringLiteral("<a href=\"javascript:alert(1)\">raw link</a>"),
    QStringLiteral("<img src=x onerror=alert(1)>"),
    QStringLiteral("<img src=\"http://127.0.0.1:PORT/raw.png\">"),
    QStringLiteral("![tracking pixel](http://127.0.0.1:PORT/pixel.png)"),
    QStringLiteral("<iframe src=\"http://127.0.0.1:PORT/frame\"></iframe>"),
    QStringLiteral("<style>body{background:url(http://127.0.0.1:PORT/bg.png)}</style>"),
    QStringLiteral("<svg onload=alert(1)>"),
    QStringLiteral("<object data=\"http://127.0.0.1:PORT/o\"></object>"),
    QStringLiteral("<div onmouseover=\"alert(1)\">hover</div>"),
    QStringLiteral("<details open ontoggle=alert(1)>"),
    QStringLiteral("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=http://127.0.0.1:PORT/\">"),
    QStringLiteral("<link rel=stylesheet href=http://127.0.0.1:PORT/s.css>"),
    QStringLiteral("<base href=\"http://127.0.0.1:PORT/\">"),
};

/// What in HTML could run a script or fetch something without the reader asking; empty when nothing.
QString dangerIn(const QString &html)
{
    static const QList<QRegularExpression> patterns = {
        // Elements that run or embed something.
        QRegularExpression(QStringLiteral("<\\s*(script|iframe|object|embed|style|meta|link|base|svg|math|form)\\b"),
                           QRegularExpression::CaseInsensitiveOption),
        // Event handler attributes inside a tag.
        QRegularExpression(QStringLiteral("<[a-z][^>]*\\son[a-z]+\\s*="), QRegularExpression::CaseInsensitiveOption),
        // Script URLs in any attribute.
        QRegularExpression(QStringLiteral("=\\s*[\"']?\\s*(javascript|vbscript|data):"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    for (const QRegularExpression &pattern : patterns) {
        const QRegularExpressionMatch match = pattern.match(html);
        if (match.hasMatch())
            return html.mid(std::max<qsizetype>(0, match.capturedStart() - 40), 120);
    }
    return {};
}

mode_t modeOf(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return 07777;
    return status.st_mode & 0777;
}

} // namespace

class TestSecurity : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void markdownIsRenderedSafely_data();
    void markdownIsRenderedSafely();
    void exportedHtmlIsSafeToOpen();
    void windowNeverFetchesRemoteContent();
    void tokenNeverLandsInAFile();
    void storeFilesAreOwnerOnly();
};

void TestSecurity::initTestCase()
{
    // tokenNeverLandsInAFile publishes to the fake GitHub, on plain HTTP to 127.0.0.1.
    qputenv("HINDSIGHT_ALLOW_HTTP", "1");
}

void TestSecurity::markdownIsRenderedSafely_data()
{
    QTest::addColumn<QString>("markdown");
    for (const QString &markdown : HostileMarkdown)
        QTest::newRow(qPrintable(markdown)) << markdown;
}

void TestSecurity::markdownIsRenderedSafely()
{
    QFETCH(QString, markdown);
    const QString html = MarkdownRenderer::toHtml(markdown);
    QVERIFY2(dangerIn(html).isEmpty(), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<img src=\"http")) || markdown.startsWith(u'!'), qPrintable(html));
}

void TestSecurity::exportedHtmlIsSafeToOpen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString storePath = dir.filePath(QStringLiteral("store.sqlite"));
    {
        auto store = Store::open(storePath);
        Incident draft;
        draft.title = QStringLiteral("<script>alert('title')</script> checkout down");
        draft.severity = Severity::High;
        draft.summary = HostileMarkdown.join(QStringLiteral("\n\n"));
        const Incident incident = IncidentStore(*store).create(draft);
        for (const QString &markdown : HostileMarkdown) {
            LogEntry entry;
            entry.incidentId = incident.id;
            entry.body = markdown;
            InvestigationLog(*store).append(entry);
        }
        Postmortem text;
        text.incidentId = incident.id;
        text.rootCause = HostileMarkdown.join(QStringLiteral("\n\n"));
        text.wentWell = QStringLiteral("[ok](javascript:alert(2))");
        PostmortemReview(*store).saveText(text);
    }
    QProcess cli;
    const QString output = dir.filePath(QStringLiteral("postmortem.html"));
    cli.start(QStringLiteral(HINDSIGHT_BINARY),
              {QStringLiteral("--db"), storePath, QStringLiteral("export"), QStringLiteral("1"),
               QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), output});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.contains(QStringLiteral("checkout down")));
    // The page's own <style> and <meta charset> are fine; none may come from the text.
    QString body = html.mid(html.indexOf(QStringLiteral("<body")));
    QVERIFY2(dangerIn(body).isEmpty(), qPrintable(dangerIn(body)));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    // A remote image a log entry links to is not loaded when the page is opened: the page forbids it.
    QVERIFY2(html.contains(QStringLiteral("Content-Security-Policy")), qPrintable(html.left(800)));
    QVERIFY(html.contains(QStringLiteral("default-src 'none'")));
}

void TestSecurity::windowNeverFetchesRemoteContent()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString port = QString::number(server.serverPort());
    test::TemporaryStore temp;
    Incident draft;
    draft.title = QStringLiteral("remote content");
    const Incident incident = IncidentStore(temp.store()).create(draft);
    for (const QString &markdown : HostileMarkdown) {
        LogEntry entry;
        entry.incidentId = incident.id;
        entry.body = QString(markdown).replace(QStringLiteral("PORT"), port);
        InvestigationLog(temp.store()).append(entry);
    }
    Postmortem text;
    text.incidentId = incident.id;
    text.rootCause = HostileMarkdown.join(QStringLiteral("\n\n")).replace(QStringLiteral("PORT"), port);
    PostmortemReview(temp.store()).saveText(text);

    MainWindow window(temp.store());
    window.resize(1000, 2000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openIncident(incident.number));
    auto *timeline = window.findChild<QListView *>(QStringLiteral("timeline"));
    QVERIFY(timeline);
    QTRY_COMPARE(timeline->model()->rowCount(), int(HostileMarkdown.size()));
    // Every entry painted (so every image asked for), then time for a fetch to start if anything would start one.
    for (int row = 0; row < timeline->model()->rowCount(); ++row) {
        timeline->scrollTo(timeline->model()->index(row, 0));
        timeline->viewport()->repaint();
    }
    QTest::qWait(1000);
    QVERIFY2(!server.hasPendingConnections() && !server.waitForNewConnection(500),
             "the window contacted a server named in a log entry");

    // The postmortem tab: the same text in the root cause and the log, rendered in the live preview.
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("incidentTabs"));
    QVERIFY(tabs);
    QTest::keyClick(&window, Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(tabs->currentIndex(), 1);
    auto *preview = window.findChild<QTextBrowser *>(QStringLiteral("preview"));
    QVERIFY(preview);
    QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(QStringLiteral("click me")), 20000);
    preview->resize(800, 4000);
    preview->viewport()->repaint();
    // No link in the rendered document can run anything.
    QStringList scriptLinks;
    for (QTextBlock block = preview->document()->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QString href = fragment.fragment().charFormat().anchorHref().trimmed().toLower();
            if (href.startsWith(u"javascript:") || href.startsWith(u"vbscript:") || href.startsWith(u"data:"))
                scriptLinks << href;
        }
    }
    QVERIFY2(scriptLinks.isEmpty(), qPrintable(scriptLinks.join(u'\n')));
    QTest::qWait(1000);
    QVERIFY2(!server.hasPendingConnections() && !server.waitForNewConnection(500),
             "the postmortem preview contacted a server named in the text");
}

void TestSecurity::tokenNeverLandsInAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    test::FakeGitHub github;
    github.setToken(Token);
    const QString storePath = dir.filePath(QStringLiteral("home/data/store.sqlite"));
    {
        auto store = Store::open(storePath);
        Incident draft;
        draft.title = QStringLiteral("Checkout API 5xx");
        draft.severity = Severity::High;
        draft.status = IncidentStatus::Resolved;
        draft.summary = QStringLiteral("5xx above 2% for an hour.");
        const Incident incident = IncidentStore(*store).create(draft);
        test::approveHighPostmortem(*store, incident);
        PublishSettings(*store).setDefaults({github.address(), QStringLiteral("acme/postmortems"),
                                             QStringLiteral("Postmortems"), DocumentLanguage::English});
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("home/data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("home/config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("home/cache")));
    environment.insert(QStringLiteral("HINDSIGHT_DB"), storePath);
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: the token is in the environment
    environment.insert(QStringLiteral("HINDSIGHT_GITHUB_TOKEN"), QString::fromLatin1(Token));
    environment.insert(QStringLiteral("HINDSIGHT_ALLOW_HTTP"), QStringLiteral("1"));
    QByteArray said;
    const auto hindsight = [&](const QStringList &arguments) {
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.setWorkingDirectory(dir.path());
        cli.start(QStringLiteral(HINDSIGHT_BINARY), arguments);
        if (!cli.waitForFinished(60000))
            return -1;
        said += cli.readAllStandardOutput() + cli.readAllStandardError();
        return cli.exitCode();
    };
    QCOMPARE(hindsight({QStringLiteral("publish"), QStringLiteral("1"), QStringLiteral("--dry-run")}), 0);
    QCOMPARE(hindsight({QStringLiteral("publish"), QStringLiteral("1")}), 0);
    QCOMPARE(github.discussions().size(), 1);
    QCOMPARE(hindsight({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"),
                        QStringLiteral("html"), QStringLiteral("-o"), dir.filePath(QStringLiteral("out.html"))}),
             0);
    QCOMPARE(hindsight({QStringLiteral("backup"), dir.filePath(QStringLiteral("backup.sqlite"))}), 0);
    QVERIFY(!said.contains(Token));

    // Every file under the temporary folder: the store with its -wal, settings, exports, backups, logs.
    int scanned = 0;
    QDirIterator files(dir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(Token), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains(Token.toBase64()), qPrintable(file.fileName()));
        ++scanned;
    }
    QVERIFY(scanned >= 3);
    qInfo("%d files scanned, none holds the token", scanned);
}

void TestSecurity::storeFilesAreOwnerOnly()
{
    const mode_t previous = ::umask(022); // the usual: new files readable by everyone
    auto restoreUmask = qScopeGuard([previous] { ::umask(previous); });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    auto store = Store::open(path);
    Incident draft;
    draft.title = QStringLiteral("secret outage");
    const Incident incident = IncidentStore(*store).create(draft);
    auto reader = Store::open(path); // a second connection: the -shm is in use
    QVERIFY(IncidentStore(*reader).byNumber(incident.number));

    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QVERIFY2(QFile::exists(path + suffix), qPrintable(suffix));
        QCOMPARE(modeOf(path + suffix), mode_t(0600));
    }
    // Copies of it hold the same secrets.
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    StoreBackup::write(*store, backup);
    QCOMPARE(modeOf(backup), mode_t(0600));
    reader.reset();
    test::downgradeSchema(*store, 3);
    store.reset();
    store = Store::open(path);
    const QString beforeMigration = StoreBackup::beforeMigrationPath(path, Store::schemaVersion());
    QVERIFY(QFile::exists(beforeMigration));
    QCOMPARE(modeOf(beforeMigration), mode_t(0600));
}

QTEST_MAIN(TestSecurity)
#include "tst_security.moc"
