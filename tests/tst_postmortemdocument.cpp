// The postmortem document as the teams read it: the sections of the specification in order, filled from the store,
// guidance kept only where a section is empty, and nothing a user typed able to change the document's structure.
// Golden files: tests/data/postmortem/<case>/input.json and expected.md. Run with HINDSIGHT_UPDATE_GOLDEN=1 to
// rewrite expected.md from what Hindsight produces (then read the diff); a mismatch writes actual.md beside it.
#include "domain/json.h"
#include "markdown/markdownrenderer.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/postmortemexport.h"
#include "postmortem/templatelibrary.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/postmortemstore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const QString &iso)
{
    return iso.isEmpty() ? QDateTime() : QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

template<typename E>
E key(const QJsonValue &value, E fallback)
{
    return fromKey<E>(value.toString()).value_or(fallback);
}

QUuid idFor(const QString &seed)
{
    return QUuid::createUuidV5(QUuid(), seed);
}

/// A PostmortemSource from a golden case's input.json: the domain's field names, enum keys, times in ISO 8601.
PostmortemSource sourceFromJson(const QJsonObject &json)
{
    PostmortemSource source;
    const QJsonObject i = json[u"incident"_s].toObject();
    Incident &incident = source.incident;
    incident.id = idFor(u"incident"_s);
    incident.number = i[u"number"_s].toInt(1);
    incident.title = i[u"title"_s].toString();
    incident.severity = key(i[u"severity"_s], Severity::Middle);
    incident.status = key(i[u"status"_s], IncidentStatus::Investigating);
    incident.summary = i[u"summary"_s].toString();
    incident.timeZone = i[u"timeZone"_s].toString();
    incident.detectedAt = utc(i[u"detectedAt"_s].toString());
    incident.startedAt = utc(i[u"startedAt"_s].toString());
    incident.mitigatedAt = utc(i[u"mitigatedAt"_s].toString());
    incident.resolvedAt = utc(i[u"resolvedAt"_s].toString());
    for (const QJsonValue &w : i[u"occurrences"_s].toArray())
        incident.occurrences << OccurrenceWindow{utc(w[u"start"_s].toString()), utc(w[u"end"_s].toString())};
    for (const QJsonValue &p : i[u"products"_s].toArray())
        incident.products << p.toString();
    for (const QJsonValue &l : i[u"links"_s].toArray())
        incident.links << RelatedLink{l[u"label"_s].toString(), l[u"url"_s].toString()};
    for (const QJsonValue &p : i[u"people"_s].toArray())
        incident.people << Person{key(p[u"role"_s], PersonRole::Sre), p[u"name"_s].toString()};

    int n = 0;
    for (const QJsonValue &e : json[u"log"_s].toArray()) {
        LogEntry entry;
        entry.id = idFor(u"entry"_s + QString::number(++n));
        entry.incidentId = incident.id;
        entry.at = utc(e[u"at"_s].toString());
        entry.author = e[u"author"_s].toString(u"tester"_s);
        entry.kind = key(e[u"kind"_s], LogEntryKind::Note);
        entry.body = e[u"body"_s].toString();
        entry.keyEvent = e[u"keyEvent"_s].toBool();
        entry.automatic = e[u"automatic"_s].toBool();
        entry.deletedAt = utc(e[u"deletedAt"_s].toString());
        source.log << entry;
        for (const QJsonValue &a : e[u"attachments"_s].toArray()) {
            source.attachments << Attachment{idFor(u"attachment"_s + QString::number(source.attachments.size())),
                                             entry.id,
                                             a[u"name"_s].toString(),
                                             a[u"mimeType"_s].toString(u"image/png"_s),
                                             a[u"data"_s].toString().toUtf8(),
                                             entry.at};
        }
    }
    if (json.contains(u"postmortem"_s)) {
        const QJsonObject p = json[u"postmortem"_s].toObject();
        Postmortem postmortem;
        postmortem.incidentId = incident.id;
        postmortem.rootCause = p[u"rootCause"_s].toString();
        postmortem.wentWell = p[u"wentWell"_s].toString();
        postmortem.wentWrong = p[u"wentWrong"_s].toString();
        postmortem.gotLucky = p[u"gotLucky"_s].toString();
        source.postmortem = postmortem;
    }
    for (const QJsonValue &a : json[u"actionItems"_s].toArray()) {
        ActionItem item;
        item.incidentId = incident.id;
        item.title = a[u"title"_s].toString();
        item.type = key(a[u"type"_s], ActionItemType::Repair);
        item.priority = key(a[u"priority"_s], ActionItemPriority::Middle);
        item.owner = a[u"owner"_s].toString();
        item.status = key(a[u"status"_s], ActionItemStatus::NotStarted);
        item.trackerUrl = a[u"trackerUrl"_s].toString();
        source.actionItems << item;
    }
    for (const QJsonValue &r : json[u"relatedIncidents"_s].toArray()) {
        Incident related;
        related.number = r[u"number"_s].toInt();
        related.title = r[u"title"_s].toString();
        related.severity = key(r[u"severity"_s], Severity::Middle);
        related.detectedAt = utc(r[u"detectedAt"_s].toString());
        source.relatedIncidents << RelatedIncident{related, r[u"postmortemUrl"_s].toString()};
    }
    return source;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void writeText(const QString &path, const QString &text)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text.toUtf8());
}

/// The <h1> and <h2> headings of rendered HTML, in order, as "h1 text".
QStringList headings(const QString &html)
{
    static const QRegularExpression heading(u"<(h[1-6])>(.*?)</h[1-6]>"_s);
    QStringList result;
    for (auto it = heading.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        result << match.captured(1) + u' ' + match.captured(2);
    }
    return result;
}

const QStringList JapaneseHeadings = {u"h1 概要"_s,     u"h2 関連URL"_s,
                                      u"h1 発生日時"_s, u"h1 担当者"_s,
                                      u"h1 重大度"_s,   u"h1 影響を受けたプロダクト"_s,
                                      u"h1 調査"_s,     u"h1 問題の原因"_s,
                                      u"h1 教訓"_s,     u"h1 アクションアイテム"_s};
const QStringList EnglishHeadings = {u"h1 Summary"_s,       u"h2 Related links"_s, u"h1 When it happened"_s,
                                     u"h1 People"_s,        u"h1 Severity"_s,      u"h1 Affected products"_s,
                                     u"h1 Investigation"_s, u"h1 Root cause"_s,    u"h1 Lessons learned"_s,
                                     u"h1 Action items"_s};

/// A source with every section filled, for tests that change one field.
PostmortemSource filledSource()
{
    PostmortemSource source;
    source.incident.id = idFor(u"incident"_s);
    source.incident.number = 7;
    source.incident.title = u"Checkout API 5xx"_s;
    source.incident.severity = Severity::High;
    source.incident.timeZone = u"Asia/Tokyo"_s;
    source.incident.summary = u"5xx above 2%."_s;
    source.incident.occurrences << OccurrenceWindow{utc(u"2021-08-01T04:00:00Z"_s), utc(u"2021-08-01T05:00:00Z"_s)};
    source.incident.products << u"checkout"_s;
    source.incident.links << RelatedLink{u"Datadog"_s, u"https://app.datadoghq.com/monitors/1"_s};
    source.incident.people << Person{PersonRole::Sre, u"Alice"_s} << Person{PersonRole::Development, u"田中"_s}
                           << Person{PersonRole::FollowUp, u"Bob"_s};
    LogEntry entry;
    entry.id = idFor(u"entry"_s);
    entry.at = utc(u"2021-08-01T04:02:00Z"_s);
    entry.kind = LogEntryKind::Finding;
    entry.body = u"pool max=10"_s;
    source.log << entry;
    Postmortem postmortem;
    postmortem.rootCause = u"The pool was too small."_s;
    postmortem.wentWell = u"Fast rollback."_s;
    postmortem.wentWrong = u"Slow detection."_s;
    postmortem.gotLucky = u"Low traffic."_s;
    source.postmortem = postmortem;
    ActionItem item;
    item.title = u"Raise the pool size"_s;
    item.owner = u"SRE team"_s;
    source.actionItems << item;
    return source;
}

} // namespace

class TestPostmortemDocument : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void builtInTemplatesAreValid();
    void shapeNamesEveryValue();

    void golden_data();
    void golden();

    void sameDataSameBytes();
    void filledSectionsCarryNoGuidance_data();
    void filledSectionsCarryNoGuidance();
    void severityGuidance_data();
    void severityGuidance();
    void occurrenceWindows_data();
    void occurrenceWindows();

    void userTextStaysInItsSection_data();
    void userTextStaysInItsSection();
    void entryMarkdownAsTheTimelineShowsIt_data();
    void entryMarkdownAsTheTimelineShowsIt();
    void automaticEntriesInTheDocumentsLanguage();
    void userTextInTableCells_data();
    void userTextInTableCells();
    void userTextInListItems_data();
    void userTextInListItems();

    void overrideTemplateIsUsed();
    void brokenOverrideFallsBack_data();
    void brokenOverrideFallsBack();

    void attachmentsAsFolderLinks();
    void htmlIsSelfContained();
    void loadFromStore();
    void fillIsFast();
};

void TestPostmortemDocument::builtInTemplatesAreValid()
{
    const TemplateLibrary templates = TemplateLibrary::builtIn();
    QVERIFY2(templates.problems().isEmpty(), qPrintable(templates.problems().value(0).toString()));
    for (const DocumentLanguage language : allValues<DocumentLanguage>()) {
        QVERIFY(!TemplateLibrary::builtInText(language).isEmpty());
        QVERIFY2(templates.postmortemTemplate(language).isValid(),
                 qPrintable(templates.postmortemTemplate(language).problems().value(0).toString()));
        QVERIFY(!templates.isOverridden(language));
    }
}

void TestPostmortemDocument::shapeNamesEveryValue()
{
    // Every value the document fills is one a template may name, and the other way round.
    const QVariantMap shape = PostmortemDocument::templateShape();
    const QVariantMap values = PostmortemDocument::values(filledSource(), DocumentLanguage::English);
    QCOMPARE(values.keys(), shape.keys());
    const auto itemKeys = [](const QVariantMap &map, const QString &list) {
        return map.value(list).toList().value(0).toMap().keys();
    };
    for (const QString &list : {u"links"_s, u"occurrences"_s, u"log"_s, u"actionItems"_s})
        QCOMPARE(itemKeys(values, list), itemKeys(shape, list));
}

void TestPostmortemDocument::golden_data()
{
    QTest::addColumn<QString>("folder");
    const QString root = QFINDTESTDATA("data/postmortem");
    QVERIFY2(!root.isEmpty(), "tests/data/postmortem not found");
    const QStringList cases = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 8);
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << QDir(root).filePath(name);
}

void TestPostmortemDocument::golden()
{
    QFETCH(QString, folder);
    QJsonParseError error;
    const QJsonDocument input = QJsonDocument::fromJson(readText(folder + u"/input.json"_s).toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject json = input.object();
    const PostmortemSource source = sourceFromJson(json);
    const auto language = fromKey<DocumentLanguage>(json[u"language"_s].toString());
    QVERIFY(language);
    DocumentOptions options;
    if (json[u"attachments"_s].toString() == u"folder"_s)
        options = {AttachmentLinks::Folder, u"postmortem_files"_s};

    const QString actual = PostmortemDocument::markdown(source, *language, TemplateLibrary::builtIn(), options);
    const QString expectedPath = folder + u"/expected.md"_s;
    const QString actualPath = folder + u"/actual.md"_s;
    if (qEnvironmentVariableIsSet("HINDSIGHT_UPDATE_GOLDEN"))
        writeText(expectedPath, actual);
    const QString expected = readText(expectedPath);
    if (actual != expected)
        writeText(actualPath, actual);
    else
        QFile::remove(actualPath);
    QCOMPARE(actual, expected);

    // Whatever the case holds, the rendered document has exactly the specification's headings.
    QCOMPARE(headings(MarkdownRenderer::toHtml(actual)),
             *language == DocumentLanguage::Japanese ? JapaneseHeadings : EnglishHeadings);
}

void TestPostmortemDocument::sameDataSameBytes()
{
    const PostmortemSource source = filledSource();
    const QString first = PostmortemDocument::markdown(source, DocumentLanguage::Japanese, TemplateLibrary::builtIn());
    // Another library, another locale, another system zone: the same bytes.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QByteArray zoneBefore = qgetenv("TZ");
    qputenv("TZ", "America/New_York");
    const QString second = PostmortemDocument::markdown(source, DocumentLanguage::Japanese, TemplateLibrary(QString()));
    QLocale::setDefault(before);
    qputenv("TZ", zoneBefore);
    QCOMPARE(second.toUtf8(), first.toUtf8());
    QCOMPARE(PostmortemDocument::html(source, DocumentLanguage::English, TemplateLibrary::builtIn()).toUtf8(),
             PostmortemDocument::html(source, DocumentLanguage::English, TemplateLibrary::builtIn()).toUtf8());
}

void TestPostmortemDocument::filledSectionsCarryNoGuidance_data()
{
    QTest::addColumn<int>("language");
    QTest::newRow("ja") << int(DocumentLanguage::Japanese);
    QTest::newRow("en") << int(DocumentLanguage::English);
}

void TestPostmortemDocument::filledSectionsCarryNoGuidance()
{
    QFETCH(int, language);
    const QString text =
        PostmortemDocument::markdown(filledSource(), DocumentLanguage(language), TemplateLibrary::builtIn());
    // Only the severity's note before the first section remains.
    QCOMPARE(text.count(u"<!--"_s), 1);
    QVERIFY(text.startsWith(u"<!--"_s));
    QCOMPARE(text.indexOf(u"<!--"_s, 1), -1);

    PostmortemSource empty;
    empty.incident.number = 1;
    empty.incident.severity = Severity::High;
    const QString blank = PostmortemDocument::markdown(empty, DocumentLanguage(language), TemplateLibrary::builtIn());
    // The severity note, then one guidance comment for each section people fill: summary, links, when, people,
    // products, investigation, root cause, the three parts of the lessons, action items.
    QCOMPARE(blank.count(u"<!--"_s), 1 + 11);
}

void TestPostmortemDocument::severityGuidance_data()
{
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("japanese");
    QTest::addColumn<QString>("english");
    QTest::newRow("low") << int(Severity::Low) << u"ポストモーテムは必須ではありません"_s
                         << u"a postmortem is not required"_s;
    QTest::newRow("middle") << int(Severity::Middle) << u"部門長の出席は任意です"_s
                            << u"attendance at the review is optional"_s;
    QTest::newRow("high") << int(Severity::High) << u"部門長がレビューに出席すべきかをファシリテーターが判断し"_s
                          << u"The facilitator decides whether the head of department must attend"_s;
    QTest::newRow("critical") << int(Severity::Critical) << u"レビューには部門長の出席が必須で"_s
                              << u"The head of department must attend the review"_s;
}

void TestPostmortemDocument::severityGuidance()
{
    QFETCH(int, severity);
    QFETCH(QString, japanese);
    QFETCH(QString, english);
    PostmortemSource source = filledSource();
    source.incident.severity = Severity(severity);
    const QString ja = PostmortemDocument::markdown(source, DocumentLanguage::Japanese, TemplateLibrary::builtIn());
    const QString en = PostmortemDocument::markdown(source, DocumentLanguage::English, TemplateLibrary::builtIn());
    const QString firstLineJa = ja.section(u'\n', 0, 0);
    const QString firstLineEn = en.section(u'\n', 0, 0);
    QVERIFY2(firstLineJa.contains(japanese), qPrintable(firstLineJa));
    QVERIFY2(firstLineEn.contains(english), qPrintable(firstLineEn));
    QVERIFY(firstLineJa.startsWith(
        u"<!-- 重大度 "_s +
        PostmortemDocument::values(source, DocumentLanguage::Japanese).value(u"severity"_s).toString()));
    QVERIFY(ja.contains(u"\n# 重大度\n"_s + QStringList{u"Low"_s, u"Middle"_s, u"High"_s, u"Critical"_s}[severity] +
                        u"\n"_s));
}

void TestPostmortemDocument::occurrenceWindows_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same day, Tokyo") << u"Asia/Tokyo"_s << u"2021-08-01T04:00:00Z"_s << u"2021-08-01T05:00:00Z"_s
                                     << u"2021/8/1 13:00-14:00"_s;
    QTest::newRow("no padding") << u"UTC"_s << u"2021-01-02T03:04:00Z"_s << u"2021-01-02T09:05:00Z"_s
                                << u"2021/1/2 3:04-9:05"_s;
    QTest::newRow("over midnight") << u"Asia/Tokyo"_s << u"2021-08-01T14:30:00Z"_s << u"2021-08-01T16:00:00Z"_s
                                   << u"2021/8/1 23:30-2021/8/2 1:00"_s;
    QTest::newRow("open window") << u"Asia/Tokyo"_s << u"2021-08-01T04:00:00Z"_s << QString() << u"2021/8/1 13:00-"_s;
    QTest::newRow("summer time, New York")
        << u"America/New_York"_s << u"2021-07-01T16:00:00Z"_s << u"2021-07-01T17:15:00Z"_s << u"2021/7/1 12:00-13:15"_s;
    QTest::newRow("winter time, New York") << u"America/New_York"_s << u"2021-12-01T16:00:00Z"_s
                                           << u"2021-12-01T17:15:00Z"_s << u"2021/12/1 11:00-12:15"_s;
}

void TestPostmortemDocument::occurrenceWindows()
{
    QFETCH(QString, zone);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, expected);
    PostmortemSource source;
    source.incident.timeZone = zone;
    source.incident.occurrences << OccurrenceWindow{utc(start), utc(end)};
    const QString text = PostmortemDocument::markdown(source, DocumentLanguage::Japanese, TemplateLibrary::builtIn());
    QVERIFY2(text.contains(u"# 発生日時\n"_s + expected + u"\n\n# 担当者"_s), qPrintable(text));

    // More than one window: a list, one window a line.
    source.incident.occurrences << OccurrenceWindow{utc(start).addDays(1), utc(end).addDays(1)};
    const QString twice = PostmortemDocument::markdown(source, DocumentLanguage::English, TemplateLibrary::builtIn());
    QVERIFY2(twice.contains(u"# When it happened\n- "_s + expected + u"\n- "_s), qPrintable(twice));
}

void TestPostmortemDocument::userTextStaysInItsSection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shownAs");

    QTest::newRow("ATX heading") << u"# Heading"_s << u"# Heading"_s;
    QTest::newRow("heading after text") << u"first line\n## Second"_s << u"## Second"_s;
    QTest::newRow("setext heading") << u"Title\n===="_s << u"===="_s;
    QTest::newRow("setext h2") << u"Title\n---"_s << u"---"_s;
    QTest::newRow("heading in a quote") << u"> quoted\n> # heading"_s << u"# heading"_s;
    QTest::newRow("heading in a list") << u"- item\n  # heading\n1. # numbered"_s << u"# numbered"_s;
    QTest::newRow("pipes") << u"a | b"_s << u"a | b"_s;
    // The user's own table stays a table (issue 16), inside its section.
    QTest::newRow("table") << u"| a | b |\n|---|---|\n| c | d |"_s << u"<td>d</td>"_s;
    QTest::newRow("table after text") << u"see:\n| a | b |\n|---|---|\n| c | d |\n# not a heading"_s << u"<td>d</td>"_s;
    QTest::newRow("one-column table") << u"a\n:---"_s << u"<th align=\"left\">a</th>"_s;
    QTest::newRow("comment opened") << u"before <!-- swallow everything"_s << u"&lt;!-- swallow everything"_s;
    QTest::newRow("comment at line start") << u"<!--\nswallow"_s << u"&lt;!--"_s;
    QTest::newRow("comment closed") << u"x --> y"_s << u"x --&gt; y"_s;
    QTest::newRow("script") << u"<script>alert(1)</script>"_s << u"&lt;script&gt;alert(1)&lt;/script&gt;"_s;
    QTest::newRow("raw html") << u"<div>\n<b>bold</b>\n</div>"_s << u"&lt;b&gt;bold&lt;/b&gt;"_s;
    QTest::newRow("processing instruction") << u"<?php echo 1; ?>"_s << u"&lt;?php"_s;
    QTest::newRow("unclosed fence") << u"```\ncode runs on"_s << u"code runs on"_s;
    QTest::newRow("unclosed tilde fence") << u"~~~~ sh\nls <dir>"_s << u"ls &lt;dir&gt;"_s;
    QTest::newRow("fence in a list item") << u"- a\n  ```\n<b>x\n  ```"_s << u"&lt;b&gt;x"_s;
    QTest::newRow("indented fence") << u"   ```\n   <i>kept</i>\n   ```"_s << u"&lt;i&gt;kept&lt;/i&gt;"_s;
    QTest::newRow("code span across lines") << u"`a\nb` <i> `c`"_s << u"&lt;i&gt;"_s;
    QTest::newRow("escaped html") << u"\\<b>not bold"_s << u"&lt;b&gt;not bold"_s;
    QTest::newRow("footnote") << u"[^1]: moved to the end"_s << u"[^1]: moved to the end"_s;
    QTest::newRow("thematic break") << u"above\n***\nbelow"_s << u"below"_s;
    QTest::newRow("Japanese") << u"# 見出しではない\n<!-- コメントではない"_s << u"# 見出しではない"_s;
    QTest::newRow("CRLF") << u"line\r\n# heading\r\n"_s << u"# heading"_s;
}

void TestPostmortemDocument::userTextStaysInItsSection()
{
    QFETCH(QString, text);
    QFETCH(QString, shownAs);

    // In a log entry (a list item), the summary and the root cause (top-level blocks), in both languages.
    for (const DocumentLanguage language : allValues<DocumentLanguage>()) {
        const QStringList expectedHeadings =
            language == DocumentLanguage::Japanese ? JapaneseHeadings : EnglishHeadings;
        const auto check = [&](const PostmortemSource &source, const QString &section, const QString &next) {
            const QString markdown = PostmortemDocument::markdown(source, language, TemplateLibrary::builtIn());
            const QString html = MarkdownRenderer::toHtml(markdown);
            QCOMPARE(headings(html), expectedHeadings);
            const qsizetype begin = html.indexOf(section);
            const qsizetype end = html.indexOf(next);
            const qsizetype at = html.indexOf(shownAs, begin);
            QVERIFY2(at > begin && at < end, qPrintable(markdown + u"\n----\n"_s + html));
            // No HTML of the user's reaches the page: the only comment left is the severity note.
            QCOMPARE(html.count(u"<!-- raw HTML omitted -->"_s), 1);
            // The action items' table, and the user's when they wrote one.
            QCOMPARE(html.count(u"<table>"_s), QString::fromLatin1(QTest::currentDataTag()).contains(u"table") ? 2 : 1);
        };
        const bool ja = language == DocumentLanguage::Japanese;
        PostmortemSource inLog = filledSource();
        inLog.log[0].body = text;
        check(inLog, ja ? u"<h1>調査</h1>"_s : u"<h1>Investigation</h1>"_s,
              ja ? u"<h1>問題の原因</h1>"_s : u"<h1>Root cause</h1>"_s);
        if (QTest::currentTestFailed())
            return;
        PostmortemSource inSummary = filledSource();
        inSummary.incident.summary = text;
        check(inSummary, ja ? u"<h1>概要</h1>"_s : u"<h1>Summary</h1>"_s,
              ja ? u"<h2>関連URL</h2>"_s : u"<h2>Related links</h2>"_s);
        if (QTest::currentTestFailed())
            return;
        PostmortemSource inRootCause = filledSource();
        inRootCause.postmortem->rootCause = text;
        check(inRootCause, ja ? u"<h1>問題の原因</h1>"_s : u"<h1>Root cause</h1>"_s,
              ja ? u"<h1>教訓</h1>"_s : u"<h1>Lessons learned</h1>"_s);
        if (QTest::currentTestFailed())
            return;
    }
}

// Issue 16: a table typed in a log entry showed as a table in the timeline but never in the document (its delimiter
// row was escaped, and a first line was glued after "Note:"). An entry keeps its Markdown in the document (tables,
// fenced code, nested lists, block quotes): the Markdown it is written as, and the HTML cmark-gfm (GitHub's renderer)
// makes of it, inside the entry's list item, with the next entry and the sections after it intact.
void TestPostmortemDocument::entryMarkdownAsTheTimelineShowsIt_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");
    QTest::newRow("table") << u"| host | p99 |\n|---|--:|\n| db-1 | 870 ms |"_s
                           << u"- 2021/8/1 13:02 Finding:\n\n  | host | p99 |\n  |---|--:|\n  | db-1 | 870 ms |\n\n"
                              "- 2021/8/1 13:05 Note: next"_s
                           << u"<li>\n<p>2021/8/1 13:02 Finding:</p>\n<table>\n<thead>\n<tr>\n<th>host</th>\n"
                              "<th align=\"right\">p99</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>db-1</td>\n"
                              "<td align=\"right\">870 ms</td>\n</tr>\n</tbody>\n</table>\n</li>\n<li>\n"
                              "<p>2021/8/1 13:05 Note: next</p>\n</li>"_s;
    QTest::newRow("table after a line") << u"pool usage:\n| a | b |\n|---|---|\n| 1 | 2 |"_s
                                        << u"- 2021/8/1 13:02 Finding:\n\n  pool usage:\n  | a | b |\n  |---|---|\n"
                                           "  | 1 | 2 |\n\n- 2021/8/1 13:05 Note: next"_s
                                        << u"<li>\n<p>2021/8/1 13:02 Finding:</p>\n<p>pool usage:</p>\n<table>"_s;
    QTest::newRow("fenced code")
        << u"```sql\nSELECT 1;\n```"_s
        << u"- 2021/8/1 13:02 Finding:\n  ```sql\n  SELECT 1;\n  ```\n- 2021/8/1 13:05 Note: next"_s
        << u"<li>2021/8/1 13:02 Finding:\n<pre lang=\"sql\"><code>SELECT 1;\n</code></pre>\n"
           "</li>"_s;
    QTest::newRow("nested list") << u"- checked db-1\n  - replica lag 0\n- checked db-2"_s
                                 << u"- 2021/8/1 13:02 Finding:\n\n  - checked db-1\n    - replica lag 0\n  - checked "
                                    "db-2\n- 2021/8/1 13:05 Note: next"_s
                                 << u"<p>2021/8/1 13:02 Finding:</p>\n<ul>\n<li>checked db-1\n<ul>\n<li>replica lag "
                                    "0</li>\n</ul>\n</li>\n<li>checked db-2</li>\n</ul>\n</li>"_s;
    QTest::newRow("block quote") << u"> 503 from upstream\n> retry later"_s
                                 << u"- 2021/8/1 13:02 Finding:\n\n  > 503 from upstream\n  > retry later\n"
                                    "- 2021/8/1 13:05 Note: next"_s
                                 << u"<p>2021/8/1 13:02 Finding:</p>\n<blockquote>\n<p>503 from upstream\nretry "
                                    "later</p>\n</blockquote>\n</li>"_s;
    QTest::newRow("text then list") << u"tried:\n- restart\n- failover"_s
                                    << u"- 2021/8/1 13:02 Finding: tried:\n  - restart\n  - failover\n"
                                       "- 2021/8/1 13:05 Note: next"_s
                                    << u"2021/8/1 13:02 Finding: tried:\n<ul>\n<li>restart</li>\n<li>failover</li>\n"
                                       "</ul>\n</li>"_s;
    QTest::newRow("heading stays text")
        << u"## not a section"_s << u"- 2021/8/1 13:02 Finding: \\## not a section\n- 2021/8/1 13:05 Note: next"_s
        << u"2021/8/1 13:02 Finding: ## not a section"_s;
}

void TestPostmortemDocument::entryMarkdownAsTheTimelineShowsIt()
{
    QFETCH(QString, body);
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    PostmortemSource source = filledSource();
    source.log[0].body = body;
    LogEntry next;
    next.id = idFor(u"next"_s);
    next.at = utc(u"2021-08-01T04:05:00Z"_s);
    next.kind = LogEntryKind::Note;
    next.body = u"next"_s;
    source.log << next;
    for (const DocumentLanguage language : allValues<DocumentLanguage>()) {
        const QString document = PostmortemDocument::markdown(source, language, TemplateLibrary::builtIn());
        const QString rendered = MarkdownRenderer::toHtml(document);
        QCOMPARE(headings(rendered), language == DocumentLanguage::Japanese ? JapaneseHeadings : EnglishHeadings);
        if (language == DocumentLanguage::Japanese)
            continue; // the same, with the kinds' Japanese names
        QVERIFY2(document.contains(markdown), qPrintable(document));
        QVERIFY2(rendered.contains(html), qPrintable(rendered));
    }
}

// Issue 16: the entries Hindsight writes itself (severity and status changes) stayed in the language of the window
// that wrote them; they are written in the document's language.
void TestPostmortemDocument::automaticEntriesInTheDocumentsLanguage()
{
    PostmortemSource source = filledSource();
    const auto automatic = [&](const QString &id, const QString &body) {
        LogEntry entry;
        entry.id = idFor(id);
        entry.at = utc(u"2021-08-01T04:10:00Z"_s);
        entry.kind = LogEntryKind::Note;
        entry.automatic = true;
        entry.body = body;
        source.log << entry;
    };
    automatic(u"a"_s, u"Severity changed from Middle to High."_s);
    automatic(u"b"_s, u"ステータス を 調査中 から 緩和済み に変更しました。"_s);
    automatic(u"c"_s, u"Status changed from Mitigated to Closed."_s);
    automatic(u"d"_s, u"Something else changed from a to b."_s);
    const QString ja = PostmortemDocument::markdown(source, DocumentLanguage::Japanese, TemplateLibrary::builtIn());
    QVERIFY2(ja.contains(u"メモ（自動記録）: 重大度 を Middle から High に変更しました。"_s), qPrintable(ja));
    QVERIFY(ja.contains(u"メモ（自動記録）: ステータス を 調査中 から 緩和済み に変更しました。"_s));
    QVERIFY(ja.contains(u"メモ（自動記録）: ステータス を 緩和済み から クローズ に変更しました。"_s));
    QVERIFY(ja.contains(u"Something else changed from a to b."_s));
    const QString en = PostmortemDocument::markdown(source, DocumentLanguage::English, TemplateLibrary::builtIn());
    QVERIFY2(en.contains(u"Note (automatic): Severity changed from Middle to High."_s), qPrintable(en));
    QVERIFY(en.contains(u"Note (automatic): Status changed from Investigating to Mitigated."_s));
    QVERIFY(en.contains(u"Note (automatic): Status changed from Mitigated to Closed."_s));
    QVERIFY(!en.contains(u"変更しました"_s));
}

void TestPostmortemDocument::userTextInTableCells_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shownAs");
    QTest::newRow("pipe") << u"a | b"_s << u"a | b"_s;
    QTest::newRow("line breaks") << u"first\nsecond"_s << u"first<!-- raw HTML omitted -->second"_s;
    QTest::newRow("surrounding blanks") << u"   padded   "_s << u">padded<"_s;
    QTest::newRow("markup") << u"*not* _em_ `code` [x](y) <b>"_s << u"*not* _em_ `code` [x](y) &lt;b&gt;"_s;
    QTest::newRow("heading") << u"# h"_s << u"# h"_s;
    QTest::newRow("backslash at the end") << u"path\\"_s << u"path\\"_s;
    QTest::newRow("comment") << u"<!-- x"_s << u"&lt;!-- x"_s;
}

void TestPostmortemDocument::userTextInTableCells()
{
    QFETCH(QString, text);
    QFETCH(QString, shownAs);
    PostmortemSource source = filledSource();
    source.actionItems[0].title = text;
    source.actionItems[0].owner = text;
    ActionItem linked = source.actionItems[0];
    linked.trackerUrl = u"https://tracker.example/issues?q=a|b c"_s;
    source.actionItems << linked;
    const QString markdown =
        PostmortemDocument::markdown(source, DocumentLanguage::English, TemplateLibrary::builtIn());
    const QString html = MarkdownRenderer::toHtml(markdown);
    QCOMPARE(headings(html), EnglishHeadings);
    // Every row keeps its five cells, and the text shows in both cells it was put in.
    QCOMPARE(html.count(u"<td>"_s) + html.count(u"<td "_s), 10);
    QCOMPARE(html.count(u"<th>"_s), 5);
    QVERIFY2(html.count(shownAs) >= 3, qPrintable(markdown + u"\n----\n"_s + html));
    QVERIFY(html.contains(u"<a href=\"https://tracker.example/issues?q=a%7Cb%20c\">"_s));
}

void TestPostmortemDocument::userTextInListItems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shownAs");
    QTest::newRow("heading") << u"# Heading"_s << u"<li># Heading</li>"_s;
    QTest::newRow("list marker") << u"- nested"_s << u"<li>- nested</li>"_s;
    QTest::newRow("ordered marker") << u"1. first"_s << u"<li>1. first</li>"_s;
    QTest::newRow("quote") << u"> quoted"_s << u"<li>&gt; quoted</li>"_s;
    QTest::newRow("comment") << u"<!-- x"_s << u"<li>&lt;!-- x</li>"_s;
    QTest::newRow("emphasis") << u"*a* _b_ ~c~ `d` $e$"_s << u"<li>*a* _b_ ~c~ `d` $e$</li>"_s;
    QTest::newRow("snake_case") << u"payments_api"_s << u"<li>payments_api</li>"_s;
    QTest::newRow("line break") << u"two\nlines"_s << u"<li>two lines</li>"_s;
}

void TestPostmortemDocument::userTextInListItems()
{
    QFETCH(QString, text);
    QFETCH(QString, shownAs);
    PostmortemSource source = filledSource();
    source.incident.products = {text};
    source.incident.people = {Person{PersonRole::Sre, text}};
    const QString markdown =
        PostmortemDocument::markdown(source, DocumentLanguage::English, TemplateLibrary::builtIn());
    const QString html = MarkdownRenderer::toHtml(markdown);
    QCOMPARE(headings(html), EnglishHeadings);
    QVERIFY2(html.count(shownAs) == 2, qPrintable(markdown + u"\n----\n"_s + html));
}

void TestPostmortemDocument::overrideTemplateIsUsed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeText(dir.filePath(u"postmortem.en.md.mustache"_s),
              u"{{! mine }}\n# Incident {{number}}\n{{#log}}\n* {{time}} {{{text}}}\n{{/log}}\n"_s);
    const TemplateLibrary templates(dir.path());
    QVERIFY(templates.problems().isEmpty());
    QVERIFY(templates.isOverridden(DocumentLanguage::English));
    QVERIFY(!templates.isOverridden(DocumentLanguage::Japanese));
    const PostmortemSource source = filledSource();
    QCOMPARE(PostmortemDocument::markdown(source, DocumentLanguage::English, templates),
             u"# Incident 7\n* 2021/8/1 13:02 pool max=10\n"_s);
    QCOMPARE(PostmortemDocument::markdown(source, DocumentLanguage::Japanese, templates),
             PostmortemDocument::markdown(source, DocumentLanguage::Japanese, TemplateLibrary::builtIn()));
}

void TestPostmortemDocument::brokenOverrideFallsBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed section") << u"# Summary\n\n{{#summary}}\n{{{summary}}}\n"_s << 3 << u"never closed"_s;
    QTest::newRow("wrong order") << u"{{#log}}\n{{#keyEvent}}\n{{/log}}\n{{/keyEvent}}\n"_s << 3
                                 << u"closes the section opened on line 2"_s;
    QTest::newRow("close without open") << u"a\nb\n{{/links}}\n"_s << 3 << u"not open"_s;
    QTest::newRow("unknown variable") << u"# Summary\n{{summmary}}\n"_s << 2 << u"no value 'summmary'"_s;
    QTest::newRow("unknown section") << u"\n\n\n{{#lessons}}x{{/lessons}}\n"_s << 4 << u"no section 'lessons'"_s;
    QTest::newRow("field outside its list") << u"{{time}}\n"_s << 1 << u"no value 'time'"_s;
    QTest::newRow("unclosed tag") << u"ok\n{{summary\n"_s << 2 << u"never closed"_s;
    QTest::newRow("list as a value") << u"{{log}}"_s << 1 << u"is a list"_s;
    QTest::newRow("partial") << u"x\n{{> header}}"_s << 2 << u"partials"_s;
    QTest::newRow("delimiters") << u"{{=<% %>=}}"_s << 1 << u"delimiters"_s;
}

void TestPostmortemDocument::brokenOverrideFallsBack()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"postmortem.ja.md.mustache"_s);
    writeText(path, text);
    const TemplateLibrary templates(dir.path());
    QVERIFY(!templates.isOverridden(DocumentLanguage::Japanese));
    const QList<TemplateProblem> problems = templates.problems();
    QVERIFY(problems.size() >= 2);
    QCOMPARE(problems.constFirst().file, path);
    QCOMPARE(problems.constFirst().line, line);
    QVERIFY2(problems.constFirst().message.contains(message), qPrintable(problems.constFirst().message));
    QVERIFY(problems.constFirst().toString().startsWith(path + u':' + QString::number(line) + u": "_s));
    QVERIFY(problems.constLast().message.contains(u"built-in"_s));
    // The built-in template is used instead.
    const PostmortemSource source = filledSource();
    QCOMPARE(PostmortemDocument::markdown(source, DocumentLanguage::Japanese, templates),
             PostmortemDocument::markdown(source, DocumentLanguage::Japanese, TemplateLibrary::builtIn()));
}

void TestPostmortemDocument::attachmentsAsFolderLinks()
{
    PostmortemSource source = filledSource();
    const QUuid entryId = source.log[0].id;
    source.attachments << Attachment{idFor(u"a1"_s), entryId, u"screen shot.png"_s, u"image/png"_s, "png", {}}
                       << Attachment{idFor(u"a2"_s), entryId, u"Screen Shot.png"_s, u"image/png"_s, "png2", {}}
                       << Attachment{idFor(u"a3"_s), entryId, u"../../etc/passwd"_s, u"text/plain"_s, "x", {}}
                       << Attachment{idFor(u"a4"_s), idFor(u"deleted entry"_s), u"gone.png"_s, u"image/png"_s, "", {}};
    QStringList names;
    for (const AttachmentFile &file : PostmortemDocument::attachmentFiles(source))
        names << file.fileName;
    QCOMPARE(names, (QStringList{u"screen-shot.png"_s, u"Screen-Shot-2.png"_s, u"passwd"_s}));

    const QString linked = PostmortemDocument::markdown(source, DocumentLanguage::English, TemplateLibrary::builtIn(),
                                                        {AttachmentLinks::Folder, u"my report_files"_s});
    QVERIFY2(linked.contains(u"- 2021/8/1 13:02 Finding: pool max=10\n"
                             "  ![screen shot.png](<my%20report_files/screen-shot.png>)\n"
                             "  ![Screen Shot.png](<my%20report_files/Screen-Shot-2.png>)\n"
                             "  [../../etc/passwd](<my%20report_files/passwd>)\n"_s),
             qPrintable(linked));
    const QString mentioned =
        PostmortemDocument::markdown(source, DocumentLanguage::Japanese, TemplateLibrary::builtIn());
    QVERIFY2(mentioned.contains(u"- 2021/8/1 13:02 発見: pool max=10\n"
                                "  （スクリーンショット: screen shot.png）\n"
                                "  （スクリーンショット: Screen Shot.png）\n"
                                "  （添付ファイル: ../../etc/passwd）\n"_s),
             qPrintable(mentioned));
    QVERIFY(!mentioned.contains(u"gone.png"_s));
}

void TestPostmortemDocument::htmlIsSelfContained()
{
    PostmortemSource source = filledSource();
    source.incident.title = u"<script>alert('title')</script>"_s;
    source.log[0].body = u"<script>alert(1)</script> [x](javascript:alert(2))"_s;
    // A 1×1 PNG.
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    source.attachments << Attachment{idFor(u"a"_s), source.log[0].id, u"shot.png"_s, u"image/png"_s, png, {}};

    const QString html = PostmortemDocument::html(source, DocumentLanguage::Japanese, TemplateLibrary::builtIn());
    QVERIFY(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"_s));
    QVERIFY(html.contains(u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "_s));
    QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"javascript:"_s, Qt::CaseInsensitive));
    QVERIFY(html.contains(u"<title>インシデント 7: &lt;script&gt;alert('title')&lt;/script&gt;</title>"_s));
    // Nothing is loaded from anywhere: the only URLs are data: images and the links of the document.
    QVERIFY(html.contains(u"<img src=\"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64()) + u'"'));
    static const QRegularExpression source_(u"(src|href)=\"(?!data:image/png;base64,|https://|\")"_s);
    QVERIFY2(!source_.match(html).hasMatch(), qPrintable(source_.match(html).captured()));
    QVERIFY(!html.contains(u"<link"_s));
    // The style sheet is allowed by its hash, and no other.
    static const QRegularExpression style(u"<style>(.*)</style>"_s);
    const QString css = style.match(html).captured(1);
    QVERIFY(!css.isEmpty());
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(css.toUtf8(), QCryptographicHash::Sha256).toBase64());
    QVERIFY(html.contains(u"style-src 'sha256-"_s + hash + u"'"_s));
}

void TestPostmortemDocument::loadFromStore()
{
    test::TemporaryStore temp;
    Store &store = temp.store();
    IncidentStore incidents(store);
    const auto make = [&](const QString &title, const QStringList &products, bool exercise = false) {
        Incident draft;
        draft.title = title;
        draft.severity = Severity::Middle;
        draft.products = products;
        draft.exercise = exercise;
        draft.timeZone = u"Asia/Tokyo"_s;
        return incidents.create(draft);
    };
    const Incident published = make(u"Old checkout outage"_s, {u"Checkout"_s});
    make(u"Unrelated"_s, {u"search"_s});
    make(u"Drill"_s, {u"checkout"_s}, true);
    for (int i = 0; i < 6; ++i)
        make(u"Payments %1"_s.arg(i), {u"payments"_s});
    const Incident current = make(u"Checkout 5xx"_s, {u"checkout"_s, u"payments"_s});
    make(u"Later checkout"_s, {u"checkout"_s});

    Postmortem written;
    written.incidentId = published.id;
    written.publication =
        Publication{u"https://github.com/org/pm/discussions/3"_s, u"D_1"_s, 3, utc(u"2021-01-01T00:00:00Z"_s)};
    PostmortemStore(store).save(written);

    InvestigationLog log(store);
    LogEntry kept;
    kept.incidentId = current.id;
    kept.body = u"kept"_s;
    kept.at = utc(u"2021-08-01T04:00:00Z"_s);
    kept = log.append(kept, {Attachment{{}, {}, u"a.png"_s, u"image/png"_s, "png", {}}});
    LogEntry removed;
    removed.incidentId = current.id;
    removed.body = u"removed"_s;
    removed = log.append(removed, {Attachment{{}, {}, u"b.png"_s, u"image/png"_s, "png", {}}});
    log.remove(removed.id);
    ActionItem item;
    item.incidentId = current.id;
    item.title = u"Raise the pool"_s;
    ActionItemStore(store).add(item);

    const PostmortemSource source = PostmortemSource::load(store, current.number);
    QCOMPARE(source.incident.id, current.id);
    QCOMPARE(source.log.size(), 1);
    QCOMPARE(source.log[0].body, u"kept"_s);
    QCOMPARE(source.attachments.size(), 1);
    QCOMPARE(source.attachments[0].name, u"a.png"_s);
    QCOMPARE(source.actionItems.size(), 1);
    QVERIFY(!source.postmortem);
    // Earlier incidents sharing a product, newest first, at most five, no exercises, none after this one.
    QStringList related;
    for (const RelatedIncident &r : source.relatedIncidents)
        related << r.incident.title;
    QCOMPARE(related,
             (QStringList{u"Payments 5"_s, u"Payments 4"_s, u"Payments 3"_s, u"Payments 2"_s, u"Payments 1"_s}));

    const PostmortemSource checkoutOnly = [&] {
        Incident changed = current;
        changed.products = {u"CHECKOUT"_s};
        incidents.update(changed, u"tester"_s);
        return PostmortemSource::load(store, current.number);
    }();
    QCOMPARE(checkoutOnly.relatedIncidents.size(), 1);
    QCOMPARE(checkoutOnly.relatedIncidents[0].incident.id, published.id);
    QCOMPARE(checkoutOnly.relatedIncidents[0].postmortemUrl, u"https://github.com/org/pm/discussions/3"_s);
    const QString text =
        PostmortemDocument::markdown(checkoutOnly, DocumentLanguage::English, TemplateLibrary::builtIn());
    QVERIFY2(text.contains(u"- [Incident 1: Old checkout outage](<https://github.com/org/pm/discussions/3>) ("_s),
             qPrintable(text));

    try {
        PostmortemSource::load(store, 999);
        QFAIL("loading a missing incident succeeded");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::NotFound);
    }
}

void TestPostmortemDocument::fillIsFast()
{
    // The editor's live preview fills and renders on every change: 500 entries and 100 action items must stay well
    // inside a frame in a release build. Debug and sanitizer builds are slower, so this only guards against a
    // template parsed per call or anything quadratic.
    PostmortemSource source = filledSource();
    source.log.clear();
    for (int i = 0; i < 500; ++i) {
        LogEntry entry;
        entry.id = idFor(u"entry"_s + QString::number(i));
        entry.at = utc(u"2021-08-01T04:00:00Z"_s).addSecs(i * 60);
        entry.kind = LogEntryKind(i % 6);
        entry.keyEvent = i % 10 == 0;
        entry.body = u"checked the pool of `payments-%1`: **%1** in use\nsecond line with <b>markup</b>"_s.arg(i);
        source.log << entry;
    }
    for (int i = 0; i < 100; ++i) {
        ActionItem item;
        item.title = u"Action %1 | with a pipe"_s.arg(i);
        item.owner = u"SRE"_s;
        item.trackerUrl = u"https://tracker.example/%1"_s.arg(i);
        source.actionItems << item;
    }
    const TemplateLibrary templates = TemplateLibrary::builtIn();
    PostmortemDocument::markdown(source, DocumentLanguage::Japanese, templates); // warm up
    QElapsedTimer timer;
    timer.start();
    const int rounds = 5;
    for (int i = 0; i < rounds; ++i)
        MarkdownRenderer::toHtml(PostmortemDocument::markdown(source, DocumentLanguage::Japanese, templates));
    const qint64 perRound = timer.elapsed() / rounds;
    qInfo("fill + render of 500 entries and 100 action items: %lld ms", perRound);
    QVERIFY2(perRound < 250, qPrintable(QString::number(perRound)));
}

QTEST_GUILESS_MAIN(TestPostmortemDocument)
#include "tst_postmortemdocument.moc"
