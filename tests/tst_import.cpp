// Importing postmortem documents: hand-written ones with the variations teams really have, refusals, the
// all-or-nothing write, the round trip of Hindsight's own exports, and `hindsight import` as the real binary.
//
// Golden files: tests/data/import/<case>/input.md and expected.json (what was imported, the warnings and what was kept
// aside). Run with HINDSIGHT_UPDATE_GOLDEN=1 to rewrite expected.json after a deliberate change, then review the diff.
#include "domain/json.h"
#include "markdown/markdownrenderer.h"
#include "postmortem/importwriter.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/postmortemexport.h"
#include "postmortem/postmortemimport.h"
#include "postmortem/templatelibrary.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/postmortemstore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

/// tests/data, beside this file.
QString dataRoot()
{
    return QFINDTESTDATA("data");
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

/// Everything in the store, table by table: equal digests mean nothing was written.
QByteArray storeDigest(Store &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables = store.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    tables.finish();
    for (const QString &name : std::as_const(names)) {
        hash.addData(name.toUtf8());
        QSqlQuery rows = store.exec(u"SELECT * FROM \"%1\""_s.arg(name));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(rows.value(i).toString().toUtf8() + '\x1f');
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    return hash.result().toHex();
}

/// Every value in the store, table by table, as raw bytes (blobs as they are): to show that some bytes are nowhere
/// in it.
QByteArray storeContents(Store &store)
{
    QSqlQuery tables = store.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    tables.finish();
    QByteArray contents;
    for (const QString &name : std::as_const(names)) {
        QSqlQuery rows = store.exec(u"SELECT * FROM \"%1\""_s.arg(name));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                contents += rows.value(i).toByteArray() + '\x1f';
        }
    }
    return contents;
}

/// What an import gives, as a user would check it: ids and creation times left out.
QJsonObject describe(const ImportedPostmortem &imported)
{
    const PostmortemSource &source = imported.source;
    const Incident &incident = source.incident;
    QJsonArray occurrences;
    for (const OccurrenceWindow &window : incident.occurrences)
        occurrences.append(QJsonObject{{u"start"_s, json::toJson(window.start)}, {u"end"_s, json::toJson(window.end)}});
    QJsonArray links;
    for (const RelatedLink &link : incident.links)
        links.append(QJsonObject{{u"label"_s, link.label}, {u"url"_s, link.url}});
    QJsonArray people;
    for (const Person &person : incident.people)
        people.append(QJsonObject{{u"role"_s, toKey(person.role)}, {u"name"_s, person.name}});
    QJsonArray log;
    for (const LogEntry &entry : source.log) {
        QJsonArray attachments;
        for (const Attachment &attachment : source.attachments) {
            if (attachment.entryId == entry.id)
                attachments.append(QJsonObject{{u"name"_s, attachment.name},
                                               {u"mimeType"_s, attachment.mimeType},
                                               {u"size"_s, attachment.data.size()}});
        }
        log.append(QJsonObject{{u"at"_s, json::toJson(entry.at)},
                               {u"kind"_s, toKey(entry.kind)},
                               {u"keyEvent"_s, entry.keyEvent},
                               {u"automatic"_s, entry.automatic},
                               {u"author"_s, entry.author},
                               {u"body"_s, entry.body},
                               {u"attachments"_s, attachments}});
    }
    QJsonArray actionItems;
    for (const ActionItem &item : source.actionItems) {
        actionItems.append(QJsonObject{{u"title"_s, item.title},
                                       {u"type"_s, toKey(item.type)},
                                       {u"priority"_s, toKey(item.priority)},
                                       {u"owner"_s, item.owner},
                                       {u"status"_s, toKey(item.status)},
                                       {u"dueDate"_s, item.dueDate.toString(Qt::ISODate)},
                                       {u"trackerUrl"_s, item.trackerUrl}});
    }
    QJsonArray related;
    for (const RelatedIncident &earlier : source.relatedIncidents) {
        related.append(QJsonObject{{u"number"_s, earlier.incident.number},
                                   {u"title"_s, earlier.incident.title},
                                   {u"severity"_s, toKey(earlier.incident.severity)},
                                   {u"postmortemUrl"_s, earlier.postmortemUrl}});
    }
    const Postmortem postmortem = source.postmortem.value_or(Postmortem());
    QJsonArray warnings;
    for (const ImportWarning &warning : imported.warnings)
        warnings.append(warning.toString());
    QJsonArray kept;
    for (const NotUnderstood &piece : imported.notUnderstood)
        kept.append(QJsonObject{{u"line"_s, piece.line}, {u"where"_s, piece.where}, {u"markdown"_s, piece.markdown}});
    return QJsonObject{
        {u"language"_s, toKey(imported.language)},
        {u"incident"_s, QJsonObject{{u"title"_s, incident.title},
                                    {u"severity"_s, toKey(incident.severity)},
                                    {u"status"_s, toKey(incident.status)},
                                    {u"timeZone"_s, incident.timeZone},
                                    {u"summary"_s, incident.summary},
                                    {u"detectedAt"_s, json::toJson(incident.detectedAt)},
                                    {u"startedAt"_s, json::toJson(incident.startedAt)},
                                    {u"resolvedAt"_s, json::toJson(incident.resolvedAt)},
                                    {u"occurrences"_s, occurrences},
                                    {u"products"_s, QJsonArray::fromStringList(incident.products)},
                                    {u"links"_s, links},
                                    {u"people"_s, people}}},
        {u"log"_s, log},
        {u"postmortem"_s, QJsonObject{{u"rootCause"_s, postmortem.rootCause},
                                      {u"wentWell"_s, postmortem.wentWell},
                                      {u"wentWrong"_s, postmortem.wentWrong},
                                      {u"gotLucky"_s, postmortem.gotLucky},
                                      {u"reviewState"_s, toKey(postmortem.reviewState)},
                                      {u"reviewDate"_s, postmortem.review.date.toString(Qt::ISODate)},
                                      {u"attendees"_s, QJsonArray::fromStringList(postmortem.review.attendees)},
                                      {u"headOfDepartmentAttended"_s, postmortem.review.headOfDepartmentAttended}}},
        {u"actionItems"_s, actionItems},
        {u"relatedIncidents"_s, related},
        {u"warnings"_s, warnings},
        {u"notUnderstood"_s, kept}};
}

ImportOptions tokyo()
{
    ImportOptions options;
    options.timeZone = QTimeZone("Asia/Tokyo");
    options.author = u"importer"_s;
    options.fallbackTitle = u"fallback"_s;
    return options;
}

using Run = test::CliRun;

/// The line of documentEndingWith()'s first attachment line.
constexpr int AttachmentLine = 14;

/// A postmortem that the import reads without a warning, whose one log entry ends with `attachmentLines`.
QByteArray documentEndingWith(const QString &attachmentLines)
{
    return (u"# Checkout API 5xx\n\n# Summary\nCheckout failed.\n\n# Severity\nHigh\n\n"
            "# When it happened\n2021/8/1 13:00-14:00\n\n# Investigation\n"
            "- 2021/8/1 13:02 Finding: the pool was exhausted\n  "_s +
            QString(attachmentLines).replace(u"\n"_s, u"\n  "_s) + u"\n\n# Root cause\nRelease 2.3.\n"_s)
        .toUtf8();
}

/// How an import that must not block went.
struct BoundedImport
{
    ImportedPostmortem imported;
    bool finished = false;
    QString refused;
};

/// PostmortemImport::readFile on `path`, given ten seconds. An import still blocked then (opening a FIFO nobody writes
/// to) is fed `bytes` through each of `fifos`, so that the test fails on what it read rather than hanging.
BoundedImport importWithin(const QString &path, const QStringList &fifos, const QByteArray &bytes)
{
    BoundedImport result;
    std::atomic<bool> done{false};
    std::thread import([&] {
        try {
            result.imported = PostmortemImport::readFile(path, tokyo());
        } catch (const ImportRefused &refused) {
            result.refused = refused.message();
        } catch (const std::exception &error) {
            result.refused = QString::fromUtf8(error.what());
        }
        done = true;
    });
    const QDeadlineTimer deadline(10000);
    while (!done && !deadline.hasExpired())
        QThread::msleep(10);
    result.finished = done;
    if (!result.finished) {
        for (const QString &fifo : fifos) {
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0) {
                (void)!::write(fd, bytes.constData(), size_t(bytes.size()));
                ::close(fd);
            }
        }
    }
    import.join();
    return result;
}

/// The warnings as a user reads them ("line 9: ...").
QStringList warningTexts(const ImportedPostmortem &imported)
{
    QStringList texts;
    for (const ImportWarning &warning : imported.warnings)
        texts << warning.toString();
    return texts;
}

/// The warnings of a file that is not read, as the import words them.
QString outsideWarning(const QString &written)
{
    return u"The file %1 is outside postmortem_files/, the only folder beside the document that attached files are "
           "read from; kept as an empty attachment of that name."_s.arg(written);
}

QString leadsOutWarning(const QString &written)
{
    return u"The file %1 is a link leading out of postmortem_files/, the only folder beside the document that attached "
           "files are read from; kept as an empty attachment of that name."_s.arg(written);
}

QString missingWarning(const QString &written)
{
    return u"The file %1 is not in postmortem_files/ beside the document; kept as an empty attachment of that name."_s
        .arg(written);
}

QString notRegularWarning(const QString &written)
{
    return u"The file %1 is not a regular file (a folder, a device or a pipe); kept as an empty attachment of that "
           "name."_s.arg(written);
}

} // namespace

class TestImport : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void parsedTree();
    void handWritten_data();
    void handWritten();
    void notUnderstoodIsKeptInTheSummary();
    void refused_data();
    void refused();
    void writeIsAllOrNothing();
    void dryRunWritesNothing();
    void roundTripGolden_data();
    void roundTripGolden();
    void roundTripRichIncident();
    void attachmentsInTheirFolderAreRead();
    void attachmentsFromElsewhereAreNotRead_data();
    void attachmentsFromElsewhereAreNotRead();
    void attachmentOverTheSizeLimit();
    void attachmentsOverTheDocumentLimit();
    void seedsAndTheirPrefixes_data();
    void seedsAndTheirPrefixes();
    void largeDocument();
    void deeplyNestedDocument();
    void cliImportsAndReports();
    void cliKeepsFilesFromElsewhereOut();
    void cliHelpAndUsage();

private:
    Run hindsight(const QString &db, const QStringList &arguments) const;
};

void TestImport::parsedTree()
{
    // The tree the import reads: lines of the text, task boxes, the table's header row, text as a reader sees it.
    const MarkdownNode document = MarkdownRenderer::parse(
        u"# Title\n\n- [x] done <!-- hidden -->\n- plain\n\n| a | b |\n|---|---|\n| x<br>y | [l](<https://e.x/a b>) |\n"_s);
    QCOMPARE(document.type, MarkdownNode::Type::Document);
    QCOMPARE(document.children.size(), 3);
    const MarkdownNode &heading = document.children.at(0);
    QCOMPARE(heading.type, MarkdownNode::Type::Heading);
    QCOMPARE(heading.level, 1);
    QCOMPARE(heading.plainText(), u"Title"_s);
    const MarkdownNode &list = document.children.at(1);
    QCOMPARE(list.type, MarkdownNode::Type::List);
    QCOMPARE(list.startLine, 3);
    QCOMPARE(list.endLine, 4);
    QVERIFY(list.children.at(0).task && list.children.at(0).checked);
    QVERIFY(!list.children.at(1).task);
    QCOMPARE(list.children.at(0).plainText(), u"done "_s);
    const MarkdownNode &table = document.children.at(2);
    QCOMPARE(table.type, MarkdownNode::Type::Table);
    QCOMPARE(table.children.size(), 2);
    QVERIFY(table.children.at(0).header);
    QVERIFY(!table.children.at(1).header);
    QCOMPARE(table.children.at(1).startLine, 8);
    QCOMPARE(table.children.at(1).children.at(0).plainText(), u"x\ny"_s);
    const MarkdownNode &link = table.children.at(1).children.at(1).children.at(0);
    QCOMPARE(link.type, MarkdownNode::Type::Link);
    QCOMPARE(link.url, u"https://e.x/a b"_s);
}

void TestImport::handWritten_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("ja") << dataRoot() + u"/import/ja-handwritten"_s;
    QTest::newRow("en") << dataRoot() + u"/import/en-handwritten"_s;
}

void TestImport::handWritten()
{
    QFETCH(QString, folder);
    ImportedPostmortem imported;
    try {
        imported = PostmortemImport::read(readBytes(folder + u"/input.md"_s), u"input.md"_s, tokyo());
    } catch (const ImportRefused &refused) {
        QFAIL(qPrintable(refused.message()));
    }
    const QByteArray actual = QJsonDocument(describe(imported)).toJson();
    const QString expectedPath = folder + u"/expected.json"_s;
    if (qEnvironmentVariableIsSet("HINDSIGHT_UPDATE_GOLDEN"))
        writeBytes(expectedPath, actual);
    const QByteArray expected = readBytes(expectedPath);
    if (actual != expected)
        writeBytes(folder + u"/actual.json"_s, actual);
    else
        QFile::remove(folder + u"/actual.json"_s);
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
}

void TestImport::notUnderstoodIsKeptInTheSummary()
{
    const ImportedPostmortem imported =
        PostmortemImport::read(readBytes(dataRoot() + u"/import/ja-handwritten/input.md"_s), u"input.md"_s, tokyo());
    test::TemporaryStore temporary;
    const Incident written = ImportWriter(temporary.store()).write(imported);
    QCOMPARE(written.number, 1);
    const Incident stored = IncidentStore(temporary.store()).require(1);
    QCOMPARE(stored.title, u"2021/8/1 決済 API の 5xx 増加"_s);
    QCOMPARE(stored.summary, u"決済 API の 5xx が 2% を超え、一部のお客様が決済できなかった。\n\n"
                             "**取り込めなかった内容**\n\n"
                             "発生日時（17 行目）:\n\n昼ごろ\n\n"
                             "担当者（23 行目）:\n\n- インシデントコマンダー: 佐藤\n\n"
                             "補足（36 行目）:\n\n当日はリリース直後だった。\n\n"
                             "アクションアイテム（51 行目）:\n\nプールの使用率を監視する: メモ: Datadog で\n\n"
                             "レビュー（59 行目）:\n\n- 議事録: https://wiki.example/review/1"_s);
    QCOMPARE(InvestigationLog(temporary.store()).entries(stored.id).size(), 5);
    QCOMPARE(ActionItemStore(temporary.store()).forIncident(stored.id).size(), 3);
    const Postmortem postmortem = *PostmortemStore(temporary.store()).forIncident(stored.id);
    QCOMPARE(postmortem.rootCause, u"リリース 2.3 で接続数が 2 倍になった。"_s);
    QCOMPARE(postmortem.reviewState, ReviewState::Draft);
    QCOMPARE(postmortem.review.date, QDate(2021, 8, 10));
    QCOMPARE(postmortem.review.attendees, QStringList({u"山田"_s, u"鈴木"_s, u"田中"_s}));
    QVERIFY(postmortem.review.headOfDepartmentAttended);
}

void TestImport::refused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("binary") << u"binary.md"_s << u"binary.md:6: binary data (a NUL byte), not a Markdown document."_s;
    QTest::newRow("invalid UTF-8") << u"latin1.md"_s << u"latin1.md:5: not valid UTF-8 text."_s;
    QTest::newRow("not a postmortem")
        << u"not-a-postmortem.md"_s
        << u"not-a-postmortem.md:1: not a postmortem: it does not have the template's sections (概要, 発生日時, 調査, "
           "問題の原因… or Summary, When it happened, Investigation, Root cause…)."_s;
}

void TestImport::refused()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    test::TemporaryStore temporary;
    const QByteArray before = storeDigest(temporary.store());
    bool threw = false;
    try {
        const ImportedPostmortem imported =
            PostmortemImport::read(readBytes(dataRoot() + u"/import/refused/"_s + file), file, tokyo());
        ImportWriter(temporary.store()).write(imported);
    } catch (const ImportRefused &refused) {
        threw = true;
        QCOMPARE(refused.message(), message);
    }
    QVERIFY(threw);
    QCOMPARE(storeDigest(temporary.store()), before);
    QCOMPARE(IncidentStore(temporary.store()).count(), 0);
}

void TestImport::writeIsAllOrNothing()
{
    test::TemporaryStore temporary;
    ImportedPostmortem good =
        PostmortemImport::read(readBytes(dataRoot() + u"/import/en-handwritten/input.md"_s), u"input.md"_s, tokyo());
    ImportWriter writer(temporary.store());
    QCOMPARE(writer.write(good).number, 1);
    const QByteArray before = storeDigest(temporary.store());

    // The store refuses the last thing written (an action item without a title): the incident, its log and its
    // postmortem, written before it, go too.
    ImportedPostmortem broken = good;
    ActionItem untitled;
    untitled.title = u"   "_s;
    broken.source.actionItems << untitled;
    QVERIFY_THROWS_EXCEPTION(StoreError, writer.write(broken));
    QCOMPARE(storeDigest(temporary.store()), before);
    QCOMPARE(IncidentStore(temporary.store()).count(), 1);

    // The next file is imported as if the broken one had never been tried.
    QCOMPARE(writer.write(good).number, 2);
}

void TestImport::dryRunWritesNothing()
{
    test::TemporaryStore temporary;
    const ImportedPostmortem imported =
        PostmortemImport::read(readBytes(dataRoot() + u"/import/ja-handwritten/input.md"_s), u"input.md"_s, tokyo());
    const QByteArray before = storeDigest(temporary.store());
    QCOMPARE(ImportWriter(temporary.store()).write(imported, true).number, 1);
    QCOMPARE(storeDigest(temporary.store()), before);
}

void TestImport::roundTripGolden_data()
{
    QTest::addColumn<QString>("folder");
    const QString root = dataRoot() + u"/postmortem"_s;
    for (const QString &name : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        QTest::newRow(qPrintable(name)) << QDir(root).filePath(name);
}

void TestImport::roundTripGolden()
{
    QFETCH(QString, folder);
    const QJsonObject input = QJsonDocument::fromJson(readBytes(folder + u"/input.json"_s)).object();
    const auto language = fromKey<DocumentLanguage>(input[u"language"_s].toString());
    QVERIFY(language);
    const bool inFolder = input[u"attachments"_s].toString() == u"folder"_s;
    const DocumentOptions documentOptions =
        inFolder ? DocumentOptions{AttachmentLinks::Folder, u"postmortem_files"_s} : DocumentOptions{};
    const QByteArray expected = readBytes(folder + u"/expected.md"_s);
    QVERIFY(!expected.isEmpty());

    // The document, with the files it links to beside it as an export writes them.
    QTemporaryDir dir;
    writeBytes(dir.filePath(u"postmortem.md"_s), expected);
    if (inFolder) {
        static const QRegularExpression link(u"\\]\\(<(postmortem_files/[^>]+)>\\)"_s);
        for (const QRegularExpressionMatch &match : link.globalMatch(QString::fromUtf8(expected)))
            writeBytes(dir.filePath(match.captured(1)), "file " + match.captured(1).toUtf8());
    }

    ImportOptions options;
    options.timeZone = QTimeZone(input[u"incident"_s][u"timeZone"_s].toString().toUtf8());
    options.author = u"importer"_s;
    const ImportedPostmortem imported = PostmortemImport::readFile(dir.filePath(u"postmortem.md"_s), options);
    QCOMPARE(imported.language, *language);
    QCOMPARE(imported.notUnderstood.size(),
             imported.source.relatedIncidents.size() -
                 std::count_if(imported.source.relatedIncidents.cbegin(), imported.source.relatedIncidents.cend(),
                               [](const RelatedIncident &r) { return !r.postmortemUrl.isEmpty(); }));

    // What was read exports to the same bytes...
    const TemplateLibrary templates = TemplateLibrary::builtIn();
    QCOMPARE(PostmortemDocument::markdown(imported.source, *language, templates, documentOptions).toUtf8(), expected);

    // ...and so does the incident the import creates, in a store without the earlier incidents the document lists.
    if (!imported.source.relatedIncidents.isEmpty())
        return;
    test::TemporaryStore temporary;
    const Incident incident = ImportWriter(temporary.store()).write(imported);
    const PostmortemSource stored = PostmortemSource::load(temporary.store(), incident.number);
    QCOMPARE(PostmortemDocument::markdown(stored, *language, templates, documentOptions).toUtf8(), expected);
}

void TestImport::roundTripRichIncident()
{
    test::TemporaryStore original;
    Store &store = original.store();
    Incident draft;
    draft.title = u"Checkout API 5xx"_s;
    draft.severity = Severity::Critical;
    draft.status = IncidentStatus::Resolved;
    draft.timeZone = u"Asia/Tokyo"_s;
    draft.summary = u"5xx above 2%: *some* customers could not pay.\n\n# not a heading\n<!-- not a comment\n"
                    "| a | b |\n|---|---|\n```\nunclosed fence"_s;
    draft.occurrences = {{QDateTime(QDate(2021, 8, 1), QTime(4, 0), QTimeZone::utc()),
                          QDateTime(QDate(2021, 8, 1), QTime(5, 0), QTimeZone::utc())},
                         {QDateTime(QDate(2021, 8, 1), QTime(14, 30), QTimeZone::utc()),
                          QDateTime(QDate(2021, 8, 1), QTime(16, 0), QTimeZone::utc())},
                         {QDateTime(QDate(2021, 8, 3), QTime(0, 5), QTimeZone::utc()), QDateTime()}};
    draft.products = {u"checkout"_s, u"payments_api"_s, u"# not a heading"_s, u"a | b"_s};
    draft.links = {{u"Slack [#incident]"_s, u"https://example.slack.com/archives/C1/p1"_s},
                   {QString(), u"https://app.datadoghq.com/monitors/123?a=1|2"_s}};
    draft.people = {{PersonRole::Sre, u"Alice"_s},
                    {PersonRole::Sre, u"*Bob*"_s},
                    {PersonRole::Development, u"田中"_s},
                    {PersonRole::FollowUp, u"1. 佐藤"_s},
                    {PersonRole::Facilitator, u"Dave"_s},
                    {PersonRole::HeadOfDepartment, u"Erin"_s},
                    {PersonRole::HeadOfDepartment, u"Frank"_s}};
    const Incident incident = IncidentStore(store).create(draft);

    InvestigationLog log(store);
    const auto at = [](int hour, int minute) {
        return QDateTime(QDate(2021, 8, 1), QTime(hour, minute), QTimeZone::utc());
    };
    LogEntry entry;
    entry.incidentId = incident.id;
    entry.author = u"alice"_s;
    const std::tuple<QDateTime, LogEntryKind, bool, bool, QString> entries[] = {
        {at(4, 2), LogEntryKind::Note, true, false, u"Datadog alert: 5xx > 2%"_s},
        {at(4, 5), LogEntryKind::Hypothesis, false, false, u"connection pool exhausted?"_s},
        {at(4, 8), LogEntryKind::DeadEnd, true, false, u"DNS resolves fine\n- from all pods\n  - really"_s},
        {at(4, 12), LogEntryKind::Finding, false, false, u"```sql\nSELECT 1;\n```\nafter the fence"_s},
        {at(4, 20), LogEntryKind::Action, false, false, u"13:02 is when it started; **raised** the pool"_s},
        {at(4, 30), LogEntryKind::Note, false, true, u"Status changed from Investigating to Mitigated"_s},
        {at(4, 31), LogEntryKind::Decision, false, false, u"no rollback\n\n> quoted # text"_s}};
    for (const auto &[time, kind, key, automatic, body] : entries) {
        entry.at = time;
        entry.kind = kind;
        entry.keyEvent = key;
        entry.automatic = automatic;
        entry.body = body;
        QList<Attachment> files;
        if (kind == LogEntryKind::Finding) {
            files << Attachment{{}, {}, u"pool usage.png"_s, u"image/png"_s, QByteArray("\x89PNG fake", 9), {}};
            files << Attachment{{}, {}, u"query.log"_s, u"text/plain"_s, QByteArray("SELECT 1"), {}};
        }
        log.append(entry, files);
    }
    Postmortem postmortem;
    postmortem.incidentId = incident.id;
    postmortem.rootCause = u"Release 2.3 doubled the connections.\n\n1. first\n2. second"_s;
    postmortem.wentWell = u"- quick start\n- good log"_s;
    postmortem.wentWrong = u"Nobody watched the pool."_s;
    postmortem.gotLucky = u"It was night."_s;
    PostmortemStore(store).save(postmortem);
    ActionItemStore items(store);
    const std::tuple<QString, ActionItemType, ActionItemPriority, QString, ActionItemStatus, QString> rows[] = {
        {u"Monitor the pool | usage"_s, ActionItemType::PreventRecurrence, ActionItemPriority::High, u"SRE team"_s,
         ActionItemStatus::InProgress, u"https://github.com/org/app/issues/45"_s},
        {u"Raise the pool\nto 30"_s, ActionItemType::Repair, ActionItemPriority::High, QString(),
         ActionItemStatus::Done, QString()},
        {u"Why did it double?"_s, ActionItemType::Investigate, ActionItemPriority::Middle, u"Tanaka"_s,
         ActionItemStatus::NotStarted, QString()},
        {u"Load test the limit"_s, ActionItemType::Improve, ActionItemPriority::Low, u"Dev team"_s,
         ActionItemStatus::WontDo, QString()}};
    for (const auto &[title, type, priority, owner, status, url] : rows) {
        ActionItem item;
        item.incidentId = incident.id;
        item.title = title;
        item.type = type;
        item.priority = priority;
        item.owner = owner;
        item.status = status;
        item.trackerUrl = url;
        items.add(item);
    }

    const TemplateLibrary templates = TemplateLibrary::builtIn();
    for (const DocumentLanguage language : {DocumentLanguage::Japanese, DocumentLanguage::English}) {
        QTemporaryDir dir;
        const QString first = dir.filePath(u"first.md"_s);
        QString error;
        QVERIFY2(PostmortemExport::writeMarkdown(first, PostmortemSource::load(store, incident.number), language,
                                                 templates, &error),
                 qPrintable(error));

        test::TemporaryStore other;
        ImportOptions options;
        options.timeZone = QTimeZone("Asia/Tokyo");
        const ImportedPostmortem imported = PostmortemImport::readFile(first, options);
        QCOMPARE(imported.notUnderstood, QList<NotUnderstood>());
        const Incident copy = ImportWriter(other.store()).write(imported);
        QCOMPARE(copy.title, u"first"_s);
        QCOMPARE(copy.severity, Severity::Critical);

        const QString second = dir.filePath(u"second.md"_s);
        QVERIFY2(PostmortemExport::writeMarkdown(second, PostmortemSource::load(other.store(), copy.number), language,
                                                 templates, &error),
                 qPrintable(error));
        QCOMPARE(QString::fromUtf8(readBytes(second)).replace(u"second_files/"_s, u"first_files/"_s),
                 QString::fromUtf8(readBytes(first)));
        QCOMPARE(readBytes(dir.filePath(u"second_files/pool-usage.png"_s)), QByteArray("\x89PNG fake", 9));
        QCOMPARE(readBytes(dir.filePath(u"second_files/query.log"_s)), QByteArray("SELECT 1"));
    }
}

void TestImport::attachmentsInTheirFolderAreRead()
{
    // Files in NAME_files beside the document, linked as an export links them (percent-encoded), mentioned by name,
    // with a name that only looks like a path, or through a link that stays in the folder.
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"postmortem_files"_s);
    writeBytes(folder + u"/pool.png"_s, "\x89PNG pool");
    writeBytes(folder + u"/query log.txt"_s, "SELECT 1");
    writeBytes(folder + u"/shot.png"_s, "\x89PNG shot");
    writeBytes(folder + u"/a\u2215b.png"_s, "\x89PNG division slash");
    QVERIFY(QFile::link(u"pool.png"_s, folder + u"/again.png"_s));
    writeBytes(dir.filePath(u"postmortem.md"_s),
               documentEndingWith(u"![pool.png](<postmortem_files/pool.png>)\n"
                                  "[query log.txt](<postmortem_files/query%20log.txt>)\n"
                                  "(screenshot: shot.png)\n"
                                  "![a\u2215b.png](postmortem_files/a\u2215b.png)\n"
                                  "![again.png](<postmortem_files/again.png>)"_s));

    const BoundedImport result = importWithin(dir.filePath(u"postmortem.md"_s), {}, {});
    QVERIFY(result.finished);
    QCOMPARE(result.refused, QString());
    QCOMPARE(warningTexts(result.imported), QStringList());
    test::TemporaryStore temporary;
    const Incident incident = ImportWriter(temporary.store()).write(result.imported);
    const auto namesAndBytes = [](const QList<Attachment> &attachments) {
        QList<std::pair<QString, QByteArray>> files;
        for (const Attachment &attachment : attachments)
            files.append({attachment.name, attachment.data});
        return files;
    };
    const QList<std::pair<QString, QByteArray>> expected = {{u"pool.png"_s, "\x89PNG pool"},
                                                            {u"query log.txt"_s, "SELECT 1"},
                                                            {u"shot.png"_s, "\x89PNG shot"},
                                                            {u"a\u2215b.png"_s, "\x89PNG division slash"},
                                                            {u"again.png"_s, "\x89PNG pool"}};
    QCOMPARE(namesAndBytes(InvestigationLog(temporary.store()).attachments(incident.id)), expected);

    // Exported under a name that its links must escape (100%%20sure_files/...), they read back the same.
    const QString again = dir.filePath(u"100% sure.md"_s);
    QString error;
    QVERIFY2(PostmortemExport::writeMarkdown(again, PostmortemSource::load(temporary.store(), incident.number),
                                             DocumentLanguage::English, TemplateLibrary::builtIn(), &error),
             qPrintable(error));
    QVERIFY(readBytes(again).contains("](<100%%20sure_files/pool.png>)"));
    const BoundedImport reread = importWithin(again, {}, {});
    QVERIFY(reread.finished);
    QCOMPARE(namesAndBytes(reread.imported.source.attachments), expected);
}

void TestImport::attachmentsFromElsewhereAreNotRead_data()
{
    // `%ROOT%`: a folder holding secret.txt and private/id_rsa, and docs/ with the document (postmortem.md or
    // linked.md) and its postmortem_files/, where pool.png and rel.png are links to secret.txt, zero.png a link to
    // /dev/zero, pipe.png a FIFO and folder.png a folder; docs/beside.png is a copy of secret.txt, and linked_files a
    // link to private/.
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QString>("secret");
    const QString secret = u"%ROOT%/secret.txt"_s;
    const auto link = [&](const char *tag, const QString &path, const QString &warning) {
        QTest::newRow(tag) << u"postmortem"_s << u"![pool.png](<%1>)"_s.arg(path) << u"pool.png"_s << warning << secret;
    };
    link("absolute path", u"%ROOT%/secret.txt"_s, outsideWarning(u"%ROOT%/secret.txt"_s));
    link("../ escape", u"postmortem_files/../../secret.txt"_s, outsideWarning(u"postmortem_files/../../secret.txt"_s));
    link("beside the document, not in its folder", u"beside.png"_s, outsideWarning(u"beside.png"_s));
    link("%2e%2e%2f", u"postmortem_files/%2e%2e%2f%2e%2e%2fsecret.txt"_s,
         outsideWarning(u"postmortem_files/%2e%2e%2f%2e%2e%2fsecret.txt"_s));
    link("%2F", u"..%2Fsecret.txt"_s, outsideWarning(u"..%2Fsecret.txt"_s));
    link("file: URL", u"file://%ROOT%/secret.txt"_s, outsideWarning(u"file://%ROOT%/secret.txt"_s));
    link("link in the folder leading out", u"postmortem_files/pool.png"_s,
         leadsOutWarning(u"postmortem_files/pool.png"_s));
    link("relative link in the folder leading out", u"postmortem_files/rel.png"_s,
         leadsOutWarning(u"postmortem_files/rel.png"_s));
    link("U+2215 DIVISION SLASH", u"postmortem_files/..\u2215..\u2215secret.txt"_s,
         missingWarning(u"postmortem_files/..\u2215..\u2215secret.txt"_s));
    link("U+2044 FRACTION SLASH", u"postmortem_files/..\u2044..\u2044secret.txt"_s,
         missingWarning(u"postmortem_files/..\u2044..\u2044secret.txt"_s));
    link("U+FF0F FULLWIDTH SOLIDUS", u"postmortem_files\uFF0F..\uFF0F..\uFF0Fsecret.txt"_s,
         outsideWarning(u"postmortem_files\uFF0F..\uFF0F..\uFF0Fsecret.txt"_s));
    link("U+2024 ONE DOT LEADER", u"postmortem_files/\u2024\u2024/\u2024\u2024/secret.txt"_s,
         missingWarning(u"postmortem_files/\u2024\u2024/\u2024\u2024/secret.txt"_s));
    link("U+FF0E FULLWIDTH FULL STOP", u"postmortem_files/\uFF0E\uFF0E/\uFF0E\uFF0E/secret.txt"_s,
         missingWarning(u"postmortem_files/\uFF0E\uFF0E/\uFF0E\uFF0E/secret.txt"_s));
    link("U+2215 percent-encoded", u"postmortem_files/..%E2%88%95..%E2%88%95secret.txt"_s,
         missingWarning(u"postmortem_files/..%E2%88%95..%E2%88%95secret.txt"_s));
    link("FIFO", u"postmortem_files/pipe.png"_s, notRegularWarning(u"postmortem_files/pipe.png"_s));
    link("folder", u"postmortem_files/folder.png"_s, notRegularWarning(u"postmortem_files/folder.png"_s));
    link("the folder itself", u"postmortem_files/"_s, notRegularWarning(u"postmortem_files/"_s));
    link("link to /dev/zero", u"postmortem_files/zero.png"_s, leadsOutWarning(u"postmortem_files/zero.png"_s));
    QTest::newRow("file: URL to /etc/passwd") << u"postmortem"_s << u"![passwd](file:///etc/passwd)"_s << u"passwd"_s
                                              << outsideWarning(u"file:///etc/passwd"_s) << u"/etc/passwd"_s;
    QTest::newRow("absolute path, mentioned")
        << u"postmortem"_s << u"(screenshot: %ROOT%/secret.txt)"_s << u"%ROOT%/secret.txt"_s
        << outsideWarning(u"%ROOT%/secret.txt"_s) << secret;
    QTest::newRow("../ escape, mentioned") << u"postmortem"_s << u"(attachment: ../secret.txt)"_s << u"../secret.txt"_s
                                           << outsideWarning(u"../secret.txt"_s) << secret;
    QTest::newRow("/dev/zero, mentioned") << u"postmortem"_s << u"(screenshot: /dev/zero)"_s << u"/dev/zero"_s
                                          << outsideWarning(u"/dev/zero"_s) << QString();
    QTest::newRow("folder that is a link leading out")
        << u"linked"_s << u"![pool.png](<linked_files/id_rsa>)"_s << u"pool.png"_s
        << u"linked_files/ beside the document is a link to another folder, not a folder of its own; the file "
           "linked_files/id_rsa is kept as an empty attachment of that name."_s
        << u"%ROOT%/private/id_rsa"_s;
}

void TestImport::attachmentsFromElsewhereAreNotRead()
{
    // A document names the files it attaches, and a hostile one names files the user never meant to share: each is
    // kept as an empty attachment of its name, with a warning on its line, and its bytes go nowhere.
    QFETCH(QString, document);
    QFETCH(QString, line);
    QFETCH(QString, name);
    QFETCH(QString, warning);
    QFETCH(QString, secret);
    QTemporaryDir root;
    const auto rooted = [&](QString text) { return text.replace(u"%ROOT%"_s, root.path()); };
    writeBytes(root.filePath(u"secret.txt"_s), "-----BEGIN OPENSSH PRIVATE KEY----- secret.txt");
    writeBytes(root.filePath(u"private/id_rsa"_s), "-----BEGIN OPENSSH PRIVATE KEY----- id_rsa");
    const QString docs = root.filePath(u"docs"_s);
    const QString folder = docs + u"/postmortem_files"_s;
    QVERIFY(QDir().mkpath(folder + u"/folder.png"_s));
    QVERIFY(QFile::copy(root.filePath(u"secret.txt"_s), docs + u"/beside.png"_s));
    QVERIFY(QFile::link(root.filePath(u"secret.txt"_s), folder + u"/pool.png"_s));
    QVERIFY(QFile::link(u"../../secret.txt"_s, folder + u"/rel.png"_s));
    QVERIFY(QFile::link(u"/dev/zero"_s, folder + u"/zero.png"_s));
    QCOMPARE(::mkfifo(QFile::encodeName(folder + u"/pipe.png"_s).constData(), 0600), 0);
    QVERIFY(QFile::link(root.filePath(u"private"_s), docs + u"/linked_files"_s));
    const QString path = docs + u'/' + document + u".md"_s;
    writeBytes(path, documentEndingWith(rooted(line)));
    const QByteArray secretBytes = secret.isEmpty() ? QByteArray() : readBytes(rooted(secret));
    QVERIFY(secret.isEmpty() || !secretBytes.isEmpty());

    const BoundedImport result = importWithin(path, {folder + u"/pipe.png"_s}, secretBytes);
    QVERIFY2(result.finished, "the import blocked");
    QCOMPARE(result.refused, QString());
    QCOMPARE(warningTexts(result.imported),
             QStringList(u"line %1: %2"_s.arg(QString::number(AttachmentLine), rooted(warning))));

    test::TemporaryStore temporary;
    const Incident incident = ImportWriter(temporary.store()).write(result.imported);
    const QList<Attachment> attachments = InvestigationLog(temporary.store()).attachments(incident.id);
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments.first().name, rooted(name));
    QCOMPARE(attachments.first().data, QByteArray(""));
    if (!secretBytes.isEmpty())
        QVERIFY(!storeContents(temporary.store()).contains(secretBytes));
}

void TestImport::attachmentOverTheSizeLimit()
{
    // Sparse files: the size is what the file system says, without writing the bytes.
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"postmortem_files"_s);
    const QList<std::pair<QString, qint64>> files = {{u"largest.png"_s, PostmortemImport::MaxAttachmentSize},
                                                     {u"too large.png"_s, PostmortemImport::MaxAttachmentSize + 1}};
    for (const auto &[name, size] : files) {
        writeBytes(folder + u'/' + name, name.toUtf8());
        QFile file(folder + u'/' + name);
        QVERIFY(file.resize(size));
    }
    writeBytes(dir.filePath(u"postmortem.md"_s),
               documentEndingWith(u"![largest.png](<postmortem_files/largest.png>)\n"
                                  "![too large.png](<postmortem_files/too%20large.png>)"_s));

    const BoundedImport result = importWithin(dir.filePath(u"postmortem.md"_s), {}, {});
    QVERIFY(result.finished);
    QCOMPARE(warningTexts(result.imported),
             QStringList(u"line %1: The file postmortem_files/too%20large.png is larger than 20 MiB, the most an "
                         "attached file may be; kept as an empty attachment of that name."_s.arg(AttachmentLine + 1)));
    test::TemporaryStore temporary;
    const Incident incident = ImportWriter(temporary.store()).write(result.imported);
    const QList<Attachment> attachments = InvestigationLog(temporary.store()).attachments(incident.id);
    QCOMPARE(attachments.size(), 2);
    QCOMPARE(attachments.at(0).name, u"largest.png"_s);
    QCOMPARE(attachments.at(0).data.size(), PostmortemImport::MaxAttachmentSize);
    QVERIFY(attachments.at(0).data.startsWith("largest.png"));
    QCOMPARE(attachments.at(1).name, u"too large.png"_s);
    QCOMPARE(attachments.at(1).data, QByteArray(""));
}

void TestImport::attachmentsOverTheDocumentLimit()
{
    // Each file under the limit, together more than a document may bring: those that would go over are not read.
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"postmortem_files"_s);
    const qint64 each = PostmortemImport::MaxAttachmentSize;
    const int fitting = int(PostmortemImport::MaxAttachmentsSize / each);
    QStringList lines;
    for (int i = 0; i <= fitting; ++i) {
        const QString name = u"part%1.log"_s.arg(i);
        writeBytes(folder + u'/' + name, name.toUtf8());
        QFile file(folder + u'/' + name);
        QVERIFY(file.resize(each));
        lines << u"[%1](<postmortem_files/%1>)"_s.arg(name);
    }
    writeBytes(dir.filePath(u"postmortem.md"_s), documentEndingWith(lines.join(u'\n')));

    const BoundedImport result = importWithin(dir.filePath(u"postmortem.md"_s), {}, {});
    QVERIFY(result.finished);
    const QString last = u"postmortem_files/part%1.log"_s.arg(fitting);
    QCOMPARE(warningTexts(result.imported),
             QStringList(u"line %1: The file %2 would take the document's attached files over 100 MiB in all, the most "
                         "one document may bring; kept as an empty attachment of that name."_s.arg(
                             QString::number(AttachmentLine + fitting), last)));
    const QList<Attachment> &attachments = result.imported.source.attachments;
    QCOMPARE(attachments.size(), fitting + 1);
    for (int i = 0; i < fitting; ++i)
        QCOMPARE(attachments.at(i).data.size(), each);
    QCOMPARE(attachments.last().data, QByteArray(""));
}

void TestImport::seedsAndTheirPrefixes_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &folder :
         {u"/import/seeds"_s, u"/import/ja-handwritten"_s, u"/import/en-handwritten"_s, u"/import/refused"_s}) {
        const QDir dir(dataRoot() + folder);
        for (const QString &name : dir.entryList({u"*.md"_s}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(folder.mid(8) + u'/' + name)) << dir.filePath(name);
    }
}

void TestImport::seedsAndTheirPrefixes()
{
    // Whatever a file holds, and wherever it is cut off, the import either refuses it or gives what the store
    // accepts, with every warning and every piece kept aside on a line of the file.
    QFETCH(QString, path);
    const QByteArray whole = readBytes(path);
    QVERIFY(!whole.isEmpty());
    test::TemporaryStore temporary;
    ImportWriter writer(temporary.store());
    int imported = 0;
    for (qsizetype cut = whole.size(); cut > 0; cut -= std::max<qsizetype>(1, whole.size() / 40)) {
        const QByteArray bytes = whole.left(cut);
        const int lines = int(bytes.count('\n')) + 1;
        try {
            const ImportedPostmortem result = PostmortemImport::read(bytes, u"seed.md"_s, tokyo());
            for (const ImportWarning &warning : result.warnings)
                QVERIFY2(warning.line >= 0 && warning.line <= lines, qPrintable(warning.toString()));
            for (const NotUnderstood &piece : result.notUnderstood)
                QVERIFY2(piece.line >= 1 && piece.line <= lines && !piece.markdown.isEmpty(), qPrintable(piece.where));
            writer.write(result);
            ++imported;
        } catch (const ImportRefused &refused) {
            QVERIFY(refused.line() >= 0 && refused.line() <= lines);
        } catch (const StoreError &error) {
            QFAIL(qPrintable(u"cut at %1: %2"_s.arg(cut).arg(error.message())));
        }
    }
    QCOMPARE(IncidentStore(temporary.store()).count(), imported);
}

void TestImport::largeDocument()
{
    // About 1 MB: thousands of log entries and action items.
    QString text = u"# 概要\n大きな文書。\n\n# 発生日時\n2021/8/1 13:00-14:00\n\n# 調査\n"_s;
    for (int i = 0; i < 8000; ++i)
        text += u"- 2021/8/1 13:%1 メモ: 調べたこと %2 **強調** と `code` と [リンク](https://example.com/%2)\n"_s
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i);
    text +=
        u"\n# アクションアイテム\n| アクションアイテム | 種類 | 優先度 | 担当 | 対応状況 |\n|---|---|---|---|---|\n"_s;
    for (int i = 0; i < 5000; ++i)
        text += u"| 対策 %1 | 改善 | Low | 開発チーム | 未着手 |\n"_s.arg(i);
    const QByteArray bytes = text.toUtf8();
    QVERIFY(bytes.size() > 1000 * 1000);

    QElapsedTimer timer;
    timer.start();
    const ImportedPostmortem imported = PostmortemImport::read(bytes, u"large.md"_s, tokyo());
    qInfo("%lld bytes read in %lld ms", qint64(bytes.size()), timer.elapsed());
    QCOMPARE(imported.source.log.size(), 8000);
    QCOMPARE(imported.source.actionItems.size(), 5000);
    QCOMPARE(imported.source.log.last().body,
             u"調べたこと 7999 **強調** と `code` と [リンク](https://example.com/7999)"_s);
    QCOMPARE(imported.source.actionItems.last().title, u"対策 4999"_s);
}

void TestImport::deeplyNestedDocument()
{
    // Nesting no reader could follow must neither crash nor lose the text.
    QString text = u"# Summary\n"_s + QString(5000, u'>') + u" deep\n\n# Root cause\n"_s;
    for (int i = 0; i < 3000; ++i)
        text += QString(i % 200 * 2, u' ') + u"- level\n"_s;
    const ImportedPostmortem imported = PostmortemImport::read(text.toUtf8(), u"deep.md"_s, tokyo());
    QVERIFY(imported.source.incident.summary.endsWith(u"> deep"_s));
    QVERIFY(imported.source.postmortem->rootCause.endsWith(u"- level"_s));
}

Run TestImport::hindsight(const QString &db, const QStringList &arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"HINDSIGHT_DB"_s);
    environment.insert(u"TZ"_s, u"UTC"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return test::runCli(QStringList{u"--db"_s, db} + arguments, environment);
}

void TestImport::cliImportsAndReports()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"store.sqlite"_s);
    const QString ja = dataRoot() + u"/import/ja-handwritten/input.md"_s;
    const QString en = dataRoot() + u"/import/en-handwritten/input.md"_s;
    const QString binary = dataRoot() + u"/import/refused/binary.md"_s;
    const QString notPostmortem = dataRoot() + u"/import/refused/not-a-postmortem.md"_s;

    // Refused files: nothing written, the file and line named, a failing exit code.
    QCOMPARE(hindsight(db, {u"list"_s}).exitCode, 0);
    std::unique_ptr<Store> store = Store::open(db);
    const QByteArray empty = storeDigest(*store);
    Run run = hindsight(db, {u"import"_s, binary, notPostmortem});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err,
             u"hindsight import: refused %1:6: binary data (a NUL byte), not a Markdown document.\n"
             "hindsight import: refused %2:1: not a postmortem: it does not have the template's sections "
             "(概要, 発生日時, 調査, 問題の原因… or Summary, When it happened, Investigation, Root cause…).\n"_s.arg(
                 QDir::toNativeSeparators(binary), QDir::toNativeSeparators(notPostmortem)));
    QCOMPARE(storeDigest(*store), empty);

    // A dry run reports as an import would, and writes nothing.
    run = hindsight(db, {u"import"_s, u"--dry-run"_s, u"--time-zone"_s, u"Asia/Tokyo"_s, ja});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"%1: would be imported as incident 1 (5 log entries, 3 action items)\n"
                                "  line 1"_s.arg(ja)),
             qPrintable(run.out));
    QCOMPARE(storeDigest(*store), empty);

    // Several files: each imported or refused on its own, and each reported.
    run = hindsight(db, {u"import"_s, u"--time-zone"_s, u"Asia/Tokyo"_s, ja, binary, en});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(u'\n');
    QCOMPARE(lines.first(), u"%1: imported as incident 1 (5 log entries, 3 action items)"_s.arg(ja));
    QVERIFY2(lines.contains(u"%1: imported as incident 2 (4 log entries, 2 action items)"_s.arg(en)),
             qPrintable(run.out));
    QVERIFY2(lines.contains(u"  line 17: “昼ごろ” is not a time like 2021/8/1 13:00-14:00; kept with what was not "
                            "understood."_s),
             qPrintable(run.out));
    QCOMPARE(run.err, u"hindsight import: refused %1:6: binary data (a NUL byte), not a Markdown document.\n"_s.arg(
                          QDir::toNativeSeparators(binary)));
    QCOMPARE(IncidentStore(*store).count(), 2);
    QCOMPARE(IncidentStore(*store).require(2).title, u"Search returned no results"_s);

    // Exported again, the imported incident reads back the same.
    run = hindsight(db, {u"export"_s, u"2"_s, u"--lang"_s, u"en"_s, u"-o"_s, dir.filePath(u"two.md"_s)});
    QCOMPARE(run.exitCode, 0);
    run = hindsight(db, {u"import"_s, u"--time-zone"_s, u"UTC"_s, dir.filePath(u"two.md"_s)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"%1: imported as incident 3 (4 log entries, 2 action items)\n  No title heading; the incident "
                      "is called “two”.\n"_s.arg(QDir::toNativeSeparators(dir.filePath(u"two.md"_s))));
}

void TestImport::cliKeepsFilesFromElsewhereOut()
{
    // `hindsight import` as a user runs it on a document that names a file outside its folder: the warning is shown,
    // and exporting the incident again writes no byte of that file.
    QTemporaryDir dir;
    const QString db = dir.filePath(u"store.sqlite"_s);
    const QByteArray secret = "-----BEGIN OPENSSH PRIVATE KEY----- cli";
    writeBytes(dir.filePath(u"id_rsa"_s), secret);
    const QString document = dir.filePath(u"docs/postmortem.md"_s);
    writeBytes(document, documentEndingWith(u"![pool.png](<%1>)"_s.arg(dir.filePath(u"id_rsa"_s))));
    Run run = hindsight(db, {u"import"_s, u"--time-zone"_s, u"Asia/Tokyo"_s, document});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(
                 u"  line %1: %2\n"_s.arg(QString::number(AttachmentLine), outsideWarning(dir.filePath(u"id_rsa"_s)))),
             qPrintable(run.out));
    QVERIFY(QDir(dir.path()).mkdir(u"out"_s));
    run = hindsight(db, {u"export"_s, u"1"_s, u"--lang"_s, u"en"_s, u"-o"_s, dir.filePath(u"out/again.md"_s)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readBytes(dir.filePath(u"out/again_files/pool.png"_s)), QByteArray());
    QVERIFY(QFileInfo::exists(dir.filePath(u"out/again_files/pool.png"_s)));
    QVERIFY(!readBytes(dir.filePath(u"out/again.md"_s)).contains(secret));
}

void TestImport::cliHelpAndUsage()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"store.sqlite"_s);
    Run run = hindsight(db, {u"import"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"hindsight import: give one or more Markdown files, e.g. hindsight import postmortem.md\n"_s);
    run = hindsight(db, {u"import"_s, u"--time-zone"_s, u"Mars/Olympus"_s, u"x.md"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"hindsight import: Mars/Olympus is not a time zone (e.g. Asia/Tokyo, UTC).\n"_s);
    run = hindsight(db, {u"import"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"Usage: hindsight import [options] FILE.md...\n"_s));
    run = hindsight(db, {u"import"_s, dir.filePath(u"missing.md"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"hindsight import: refused %1: cannot be read: "_s.arg(dir.filePath(u"missing.md"_s))),
             qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
