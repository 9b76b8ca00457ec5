// `hindsight export` as a user runs it: the real binary as a child process, with no display, what it prints, the
// files it writes and its exit codes.
#include "postmortem/postmortemdocument.h"
#include "postmortem/redactor.h"
#include "postmortem/templatelibrary.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

const QByteArray Png = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

} // namespace

class TestExportCli : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void init();

    void markdownToStandardOutput();
    void language_data();
    void language();
    void markdownFileWithAttachments();
    void html();
    void pdfWithoutDisplay_data();
    void pdfWithoutDisplay();
    void redactsAndSaysSo();
    void invalidRedactionPatternStops();
    void brokenTemplateFallsBack();
    void usageErrors_data();
    void usageErrors();
    void failedWriteKeepsTheEarlierFile();

private:
    Run hindsight(const QStringList &arguments, const QProcessEnvironment &environment) const;
    Run hindsight(const QStringList &arguments) const { return hindsight(arguments, m_environment); }
    QString configPath(const QString &name) const { return m_dir->filePath(u"home/config/hindsight/"_s + name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QProcessEnvironment m_environment;
    int m_number = 0;
};

void TestExportCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"store.sqlite"_s);
    m_environment = test::isolatedCliEnvironment(m_dir->filePath(u"home"_s));
    m_environment.insert(u"XDG_RUNTIME_DIR"_s, m_dir->filePath(u"home/runtime"_s));

    auto store = Store::open(m_db);
    Incident draft;
    draft.title = u"Checkout API 5xx"_s;
    draft.severity = Severity::High;
    draft.timeZone = u"Asia/Tokyo"_s;
    draft.summary = u"5xx above 2%. Token ghp_abcdefghijklmnopqrstuvwxyz0123456789 was in the log."_s;
    draft.products = {u"checkout"_s};
    const Incident incident = IncidentStore(*store).create(draft);
    m_number = incident.number;
    LogEntry entry;
    entry.incidentId = incident.id;
    entry.at = QDateTime(QDate(2021, 8, 1), QTime(4, 2), Qt::UTC);
    entry.kind = LogEntryKind::Finding;
    entry.body = u"pool max=10; password=hunter2"_s;
    InvestigationLog(*store).append(entry, {Attachment{{}, {}, u"pool usage.png"_s, u"image/png"_s, Png, {}}});
}

Run TestExportCli::hindsight(const QStringList &arguments, const QProcessEnvironment &environment) const
{
    const test::CliRun run = test::runCli(QStringList{u"--db"_s, m_db} + arguments, environment, {}, m_dir->path());
    return {run.exitCode, run.outBytes, run.err};
}

void TestExportCli::markdownToStandardOutput()
{
    const Run run = hindsight({u"export"_s, QString::number(m_number), u"--lang"_s, u"ja"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Exactly what the core produces for the redacted incident, attachments named without links.
    auto store = Store::open(m_db);
    PostmortemSource source = PostmortemSource::load(*store, m_number);
    source.redact(Redactor());
    QCOMPARE(QString::fromUtf8(run.out),
             PostmortemDocument::markdown(source, DocumentLanguage::Japanese, TemplateLibrary::builtIn()));
    QVERIFY(run.out.contains("- 2021/8/1 13:02 発見: pool max=10; password=[REDACTED:password]\n"
                             "  （スクリーンショット: pool usage.png）\n"));
    QVERIFY(!run.out.contains("hunter2"));
    QVERIFY(!QDir(m_dir->path()).exists(u"_files"_s));
}

void TestExportCli::language_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("heading");
    QTest::newRow("--lang ja") << QStringList{u"--lang"_s, u"ja"_s} << QByteArray("\n# 概要\n");
    QTest::newRow("--lang en") << QStringList{u"--lang"_s, u"en"_s} << QByteArray("\n# Summary\n");
    QTest::newRow("--lang=EN") << QStringList{u"--lang=EN"_s} << QByteArray("\n# Summary\n");
    QTest::newRow("default in C locale") << QStringList{} << QByteArray("\n# Summary\n");
}

void TestExportCli::language()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, heading);
    const Run run = hindsight(QStringList{u"export"_s, QString::number(m_number)} + options);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(heading));
}

void TestExportCli::markdownFileWithAttachments()
{
    const QString path = m_dir->filePath(u"out/pm 12.md"_s);
    QDir().mkpath(m_dir->filePath(u"out"_s));
    const Run run = hindsight({u"export"_s, QString::number(m_number), u"--lang"_s, u"en"_s, u"-o"_s, path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    const QByteArray text = readAll(path);
    QVERIFY2(text.contains("- 2021/8/1 13:02 Finding: pool max=10; password=[REDACTED:password]\n"
                           "  ![pool usage.png](<pm%2012_files/pool-usage.png>)\n"),
             text.constData());
    QCOMPARE(QDir(m_dir->filePath(u"out/pm 12_files"_s)).entryList(QDir::Files), QStringList{u"pool-usage.png"_s});
    QCOMPARE(readAll(m_dir->filePath(u"out/pm 12_files/pool-usage.png"_s)), Png);
    // No temporary files are left behind.
    QCOMPARE(QDir(m_dir->filePath(u"out"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             (QStringList{u"pm 12.md"_s, u"pm 12_files"_s}));

    // The same data again: the same bytes.
    QVERIFY(hindsight({u"export"_s, QString::number(m_number), u"--lang"_s, u"en"_s, u"-o"_s, path}).exitCode == 0);
    QCOMPARE(readAll(path), text);
}

void TestExportCli::html()
{
    const QString path = m_dir->filePath(u"report.html"_s);
    const Run run = hindsight({u"export"_s, QString::number(m_number), u"--lang"_s, u"ja"_s, u"-o"_s, path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString html = QString::fromUtf8(readAll(path));
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
    QVERIFY(html.contains(u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'"_s));
    QVERIFY(html.contains(u"<title>インシデント 1: Checkout API 5xx</title>"_s));
    QVERIFY(html.contains(u"<img src=\"data:image/png;base64,"_s + QString::fromLatin1(Png.toBase64())));
    QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"hunter2"_s));
    QVERIFY(!QDir(m_dir->path()).exists(u"report_files"_s));
    // --format html to standard output is the same page.
    const Run stdoutRun =
        hindsight({u"export"_s, QString::number(m_number), u"--lang"_s, u"ja"_s, u"--format"_s, u"html"_s});
    QCOMPARE(QString::fromUtf8(stdoutRun.out), html);
}

void TestExportCli::pdfWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("by extension") << QStringList{u"-o"_s, u"report.pdf"_s};
    QTest::newRow("--format pdf -o") << QStringList{u"--format"_s, u"pdf"_s, u"--output"_s, u"report.pdf"_s};
    QTest::newRow("--format=pdf to stdout") << QStringList{u"--format=pdf"_s};
}

void TestExportCli::pdfWithoutDisplay()
{
    QFETCH(QStringList, options);
    QProcessEnvironment environment = m_environment;
    for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        environment.remove(name);
    const Run run =
        hindsight(QStringList{u"export"_s, QString::number(m_number), u"--lang"_s, u"ja"_s} + options, environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray pdf = options.contains(u"report.pdf"_s) ? readAll(m_dir->filePath(u"report.pdf"_s)) : run.out;
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.contains("/Type /Page"));
    QVERIFY(pdf.contains("NotoSansCJK"));
}

void TestExportCli::redactsAndSaysSo()
{
    const Run run = hindsight({u"export"_s, QString::number(m_number)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"redaction masked 2 value(s): github-token 1, password 1."_s), qPrintable(run.err));
    QVERIFY(run.out.contains("Token [REDACTED:github-token] was in the log."));

    writeText(configPath(u"redaction-patterns.txt"_s), u"# ours\nmax=\\d+\n"_s);
    const Run custom = hindsight({u"export"_s, QString::number(m_number)});
    QVERIFY2(custom.exitCode == 0, qPrintable(custom.err));
    QVERIFY2(custom.err.contains(u"redaction masked 3 value(s): custom 1, github-token 1, password 1."_s),
             qPrintable(custom.err));
    QVERIFY(custom.out.contains("pool [REDACTED:custom]; password=[REDACTED:password]"));
}

void TestExportCli::invalidRedactionPatternStops()
{
    const QString patterns = configPath(u"redaction-patterns.txt"_s);
    writeText(patterns, u"# ours\n\ncustomer-[0-9+\n"_s);
    const QString path = m_dir->filePath(u"report.md"_s);
    const Run run = hindsight({u"export"_s, QString::number(m_number), u"-o"_s, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(patterns + u":3: "_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestExportCli::brokenTemplateFallsBack()
{
    const QString templatePath = configPath(u"templates/postmortem.en.md.mustache"_s);
    writeText(templatePath, u"# Summary\n{{#summary}}\n{{summary}}\n"_s);
    const Run run = hindsight({u"export"_s, QString::number(m_number), u"--lang"_s, u"en"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(templatePath + u":2: {{#summary}} is never closed"_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"built-in template"_s));
    QVERIFY(run.out.contains("\n# Action items\n"));

    writeText(templatePath, u"Incident {{number}}: {{title}}\n"_s);
    const Run mine = hindsight({u"export"_s, QString::number(m_number), u"--lang"_s, u"en"_s});
    QCOMPARE(mine.exitCode, 0);
    QCOMPARE(mine.out, QByteArray("Incident 1: Checkout API 5xx\n"));
}

void TestExportCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no number") << QStringList{u"export"_s} << 1 << u"give one incident number"_s;
    QTest::newRow("bad number") << QStringList{u"export"_s, u"twelve"_s} << 1 << u"give one incident number"_s;
    QTest::newRow("two numbers") << QStringList{u"export"_s, u"1"_s, u"2"_s} << 1 << u"give one incident number"_s;
    QTest::newRow("missing incident") << QStringList{u"export"_s, u"99"_s} << 1 << u"There is no incident 99"_s;
    QTest::newRow("bad language") << QStringList{u"export"_s, u"1"_s, u"--lang"_s, u"fr"_s} << 1
                                  << u"--lang must be one of ja|en"_s;
    QTest::newRow("bad format") << QStringList{u"export"_s, u"1"_s, u"--format"_s, u"docx"_s} << 1
                                << u"--format must be one of md|html|pdf"_s;
    QTest::newRow("unknown option") << QStringList{u"export"_s, u"1"_s, u"--pdf"_s} << 1 << u"Unknown option"_s;
}

void TestExportCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = hindsight(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestExportCli::failedWriteKeepsTheEarlierFile()
{
    // A folder stands where the file should go: nothing can be written there, and nothing in it changes.
    const QString path = m_dir->filePath(u"report.md"_s);
    writeText(path + u"/kept.txt"_s, u"earlier"_s);
    const Run run = hindsight({u"export"_s, QString::number(m_number), u"-o"_s, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"Cannot write "_s + path), qPrintable(run.err));
    QCOMPARE(QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{u"kept.txt"_s});
    QCOMPARE(readAll(path + u"/kept.txt"_s), QByteArray("earlier"));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"report_files"_s)));
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
