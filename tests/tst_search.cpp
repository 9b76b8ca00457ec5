// Full-text search: what people type finds what they wrote (Japanese without spaces, names with punctuation, case and
// width variants), the index follows every change, any text is a valid query, and the CLI prints the hits.
#include "search/search.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/playbookstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace hindsight;

namespace {

/// The snippet with each match in [ ], as the CLI prints it: one string shows both the text and the ranges.
QString marked(const SearchHit &hit)
{
    QString text = hit.snippet;
    for (auto match = hit.matches.crbegin(); match != hit.matches.crend(); ++match) {
        text.insert(match->start + match->length, QLatin1Char(']'));
        text.insert(match->start, QLatin1Char('['));
    }
    return text;
}

/// A store with labelled incidents, playbooks and log entries, and the way back from a hit to its label.
class Corpus
{
public:
    Corpus()
        : m_incidents(m_temp.store())
        , m_log(m_temp.store())
        , m_playbooks(m_temp.store())
    {}

    Store &store() { return m_temp.store(); }
    test::TemporaryStore &temp() { return m_temp; }
    IncidentStore &incidents() { return m_incidents; }
    InvestigationLog &log() { return m_log; }
    PlaybookStore &playbooks() { return m_playbooks; }

    Incident addIncident(const QString &label, const QString &title, const QString &summary = {})
    {
        Incident draft;
        draft.title = title;
        draft.summary = summary;
        draft.severity = Severity::High;
        const Incident incident = m_incidents.create(draft);
        m_labels.insert(incident.id, label);
        return incident;
    }

    LogEntry addEntry(const QString &label, const Incident &incident, const QString &body, const QDateTime &at = {})
    {
        LogEntry draft;
        draft.incidentId = incident.id;
        draft.author = QStringLiteral("tester");
        draft.body = body;
        draft.at = at;
        const LogEntry entry = m_log.append(draft);
        m_labels.insert(entry.id, label);
        return entry;
    }

    Playbook addPlaybook(const QString &label, const QString &title, const QString &trigger, const QString &body)
    {
        Playbook draft;
        draft.title = title;
        draft.trigger = trigger;
        draft.body = body;
        const Playbook playbook = m_playbooks.create(draft);
        m_labels.insert(playbook.id, label);
        return playbook;
    }

    QString label(const SearchHit &hit) const
    {
        switch (hit.kind) {
        case SearchHitKind::Incident:
            return m_labels.value(hit.incidentId, QStringLiteral("?"));
        case SearchHitKind::Playbook:
            return m_labels.value(hit.playbookId, QStringLiteral("?"));
        case SearchHitKind::LogEntry:
            return m_labels.value(hit.entryId, QStringLiteral("?"));
        }
        return {};
    }

    /// The labels of what `query` finds, in result order.
    QStringList find(const QString &query, int limit = 50)
    {
        QStringList result;
        for (const SearchHit &hit : Search(store()).find(query, limit))
            result << label(hit);
        return result;
    }

private:
    test::TemporaryStore m_temp;
    IncidentStore m_incidents;
    InvestigationLog m_log;
    PlaybookStore m_playbooks;
    QHash<QUuid, QString> m_labels;
};

int runSql(Store &store, const QString &sql)
{
    QSqlQuery q = store.exec(sql);
    return q.next() ? q.value(0).toInt() : 0;
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QString &storePath, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(HINDSIGHT_BINARY), QStringList{QStringLiteral("--db"), storePath} + arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestSearch : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsWhatPeopleType_data();
    void findsWhatPeopleType();
    void snippetShowsTheOriginalText_data();
    void snippetShowsTheOriginalText();
    void longTextIsCutAroundTheMatch();
    void matchesAnywhereInLongTextAreShown_data();
    void matchesAnywhereInLongTextAreShown();
    void hitsSayWhatAndWhen();
    void orderIsIncidentsPlaybooksThenNewestEntries();
    void deletedEntriesAreNotFound();
    void editedEntryIsFoundByItsNewTextOnly();
    void changedIncidentsAndPlaybooksAreReindexed();
    void deletedIncidentTakesItsEntriesAlong();
    void indexTokenCharsAreTheSchemas();
    void searchingForAnyTextNeverFails();
    void migrationIndexesExistingRows();
    void cliPrintsOneHitPerLine();
    void cliPrintsJson();
    void cliNoMatchIsNotAnError();
    void cliRejectsBadArguments();

private:
    std::unique_ptr<Corpus> m_corpus;
};

void TestSearch::initTestCase()
{
    m_corpus = std::make_unique<Corpus>();
    Corpus &c = *m_corpus;
    const Incident checkout = c.addIncident(QStringLiteral("inc-checkout"), QStringLiteral("Checkout API 5xx above 2%"),
                                            QStringLiteral("Users saw errors at payment."));
    c.addIncident(QStringLiteral("inc-payment"), QStringLiteral("決済APIの遅延"),
                  QStringLiteral("決済が遅いとの問い合わせ"));
    c.addPlaybook(QStringLiteral("pb-alb"), QStringLiteral("ALB 5xx runbook"),
                  QStringLiteral("5xx rate > 2% on ＡＬＢ"),
                  QStringLiteral("Check quorum-lost alerts, then restart the C++ sidecar."));
    c.addEntry(QStringLiteral("latency"), checkout, QStringLiteral("レイテンシが上昇"));
    c.addEntry(QStringLiteral("cause"), checkout, QStringLiteral("障害の原因はDBの遅延"));
    c.addEntry(QStringLiteral("apart"), checkout, QStringLiteral("原田さんが因果関係を確認"));
    c.addEntry(QStringLiteral("alb-1"), checkout, QStringLiteral("ALB-1 returned 5xx, p99 at 2.3s"));
    c.addEntry(QStringLiteral("cpp"), checkout, QStringLiteral("C++ client mails user@example.com from 10.0.3.17"));
    c.addEntry(QStringLiteral("other-ip"), checkout, QStringLiteral("10.0.3.170 is another host"));
    c.addEntry(QStringLiteral("quorum"), checkout, QStringLiteral("etcd: quorum-lost (3 nodes)"));
    c.addEntry(QStringLiteral("wide"), checkout, QStringLiteral("ＡＬＢの設定を確認"));
    c.addEntry(QStringLiteral("half-kana"), checkout, QStringLiteral("ｶﾀｶﾅで書かれたﾛｸﾞ"));
    c.addEntry(QStringLiteral("kana"), checkout, QStringLiteral("カタカナのメッセージ"));
    c.addEntry(QStringLiteral("mixed"), checkout, QStringLiteral("KubeProxy restarted on node-7"));
    c.addEntry(QStringLiteral("operators"), checkout, QStringLiteral("He wrote \"NOT (NEAR)\" in the AND/OR* box"));
}

void TestSearch::findsWhatPeopleType_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const QString &query, const QStringList &expected) {
        QTest::newRow(name) << query << expected;
    };
    // Japanese words of two characters, inside sentences without spaces.
    row("障害", QStringLiteral("障害"), {QStringLiteral("cause")});
    row("原因", QStringLiteral("原因"), {QStringLiteral("cause")}); // not "apart": 原 and 因 are not next to each other
    row("遅延", QStringLiteral("遅延"), {QStringLiteral("inc-payment"), QStringLiteral("cause")});
    row("レイテンシ in a sentence", QStringLiteral("レイテンシ"), {QStringLiteral("latency")});
    row("上昇 at the end", QStringLiteral("上昇"), {QStringLiteral("latency")});
    row("the whole sentence", QStringLiteral("レイテンシが上昇"), {QStringLiteral("latency")});
    row("odd length inside a word", QStringLiteral("テンシが"), {QStringLiteral("latency")});
    row("not in that order", QStringLiteral("上昇レイテンシ"), {});
    // One character.
    row("one kanji", QStringLiteral("障"), {QStringLiteral("cause")});
    row("one kanji in two entries", QStringLiteral("原"), {QStringLiteral("apart"), QStringLiteral("cause")});
    row("one kanji in an incident", QStringLiteral("決"), {QStringLiteral("inc-payment")});
    // Japanese next to Latin letters.
    row("katakana and latin", QStringLiteral("DBの遅延"), {QStringLiteral("cause")});
    row("full-width latin and kanji", QStringLiteral("ALBの設定"), {QStringLiteral("wide")});
    // Names with punctuation.
    row("5xx", QStringLiteral("5xx"),
        {QStringLiteral("inc-checkout"), QStringLiteral("pb-alb"), QStringLiteral("alb-1")});
    row("p99", QStringLiteral("p99"), {QStringLiteral("alb-1")});
    row("C++", QStringLiteral("C++"), {QStringLiteral("pb-alb"), QStringLiteral("cpp")});
    row("ALB-1", QStringLiteral("ALB-1"), {QStringLiteral("alb-1")});
    row("ALB-2 is another name", QStringLiteral("ALB-2"), {});
    row("ALB finds ALB-1 and ＡＬＢ", QStringLiteral("ALB"),
        {QStringLiteral("pb-alb"), QStringLiteral("wide"), QStringLiteral("alb-1")});
    row("quorum-lost", QStringLiteral("quorum-lost"), {QStringLiteral("pb-alb"), QStringLiteral("quorum")});
    row("a part of quorum-lost", QStringLiteral("lost"), {QStringLiteral("pb-alb"), QStringLiteral("quorum")});
    row("quorum lost as two words", QStringLiteral("quorum lost"),
        {QStringLiteral("pb-alb"), QStringLiteral("quorum")});
    row("e-mail address", QStringLiteral("user@example.com"), {QStringLiteral("cpp")});
    row("domain of an e-mail address", QStringLiteral("example.com"), {QStringLiteral("cpp")});
    row("IP address", QStringLiteral("10.0.3.17"), {QStringLiteral("cpp")});
    row("a longer IP address", QStringLiteral("10.0.3.170"), {QStringLiteral("other-ip")});
    row("decimal with a unit", QStringLiteral("2.3s"), {QStringLiteral("alb-1")});
    row("punctuation around a word", QStringLiteral("(ALB-1),"), {QStringLiteral("alb-1")});
    // Case and width.
    row("lower case", QStringLiteral("kubeproxy"), {QStringLiteral("mixed")});
    row("upper case", QStringLiteral("KUBEPROXY"), {QStringLiteral("mixed")});
    row("full-width finds half-width", QStringLiteral("ＡＬＢ－１"), {QStringLiteral("alb-1")});
    row("lower case finds full-width", QStringLiteral("alb"),
        {QStringLiteral("pb-alb"), QStringLiteral("wide"), QStringLiteral("alb-1")});
    row("half-width katakana finds full-width", QStringLiteral("ｶﾀｶﾅ"),
        {QStringLiteral("kana"), QStringLiteral("half-kana")});
    row("full-width katakana finds half-width", QStringLiteral("カタカナ"),
        {QStringLiteral("kana"), QStringLiteral("half-kana")});
    row("voiced half-width katakana", QStringLiteral("ログ"), {QStringLiteral("half-kana")});
    row("prolonged sound mark", QStringLiteral("メッセージ"), {QStringLiteral("kana")});
    // Every word must match.
    row("two words", QStringLiteral("ALB 5xx"), {QStringLiteral("pb-alb"), QStringLiteral("alb-1")});
    row("two words, one missing", QStringLiteral("ALB walrus"), {});
    // FTS5 syntax is text.
    row("NOT is a word", QStringLiteral("NOT"), {QStringLiteral("operators")});
    row("quoted operators", QStringLiteral("\"NOT (NEAR)\""), {QStringLiteral("operators")});
    row("AND OR", QStringLiteral("AND OR"), {QStringLiteral("operators")});
    row("unbalanced quote", QStringLiteral("\"ALB-1"), {QStringLiteral("alb-1")});
    row("column filter syntax", QStringLiteral("words:alb"), {});
    row("prefix syntax is not a prefix", QStringLiteral("kube*"), {});
    row("only punctuation", QStringLiteral("* ^ : ( ) \" -"), {});
    row("empty", QString(), {});
}

void TestSearch::findsWhatPeopleType()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(m_corpus->find(query), expected);
}

void TestSearch::snippetShowsTheOriginalText_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");

    QTest::newRow("kanji") << QStringLiteral("レイテンシが上昇") << QStringLiteral("上昇")
                           << QStringLiteral("レイテンシが[上昇]");
    QTest::newRow("two words") << QStringLiteral("ALB-1 returned 5xx") << QStringLiteral("5XX alb")
                               << QStringLiteral("[ALB]-1 returned [5xx]");
    QTest::newRow("full-width original") << QStringLiteral("ＡＬＢ－１の障害") << QStringLiteral("alb-1 障害")
                                         << QStringLiteral("[ＡＬＢ－１]の[障害]");
    QTest::newRow("half-width kana with voiced marks")
        << QStringLiteral("ｶﾞｲﾄﾞを読む") << QStringLiteral("ガイド") << QStringLiteral("[ｶﾞｲﾄﾞ]を読む");
    QTest::newRow("every occurrence") << QStringLiteral("pool full; pool max=10") << QStringLiteral("pool")
                                      << QStringLiteral("[pool] full; [pool] max=10");
    QTest::newRow("parts of a name") << QStringLiteral("see user@example.com") << QStringLiteral("example.com")
                                     << QStringLiteral("see user@[example.com]");
    QTest::newRow("emoji before the match")
        << QStringLiteral("🔥🔥 outage at ALB") << QStringLiteral("alb") << QStringLiteral("🔥🔥 outage at [ALB]");
    QTest::newRow("line breaks become spaces") << QStringLiteral("first line\nsecond\tline") << QStringLiteral("second")
                                               << QStringLiteral("first line [second] line");
}

void TestSearch::snippetShowsTheOriginalText()
{
    QFETCH(QString, body);
    QFETCH(QString, query);
    QFETCH(QString, expected);

    Corpus corpus;
    const Incident incident = corpus.addIncident(QStringLiteral("incident"), QStringLiteral("snippets"));
    corpus.addEntry(QStringLiteral("entry"), incident, body);
    const QList<SearchHit> hits = Search(corpus.store()).find(query);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(marked(hits.first()), expected);
}

void TestSearch::longTextIsCutAroundTheMatch()
{
    Corpus corpus;
    const Incident incident = corpus.addIncident(QStringLiteral("incident"), QStringLiteral("long text"));
    QString body;
    for (int i = 0; i < 40; ++i)
        body += QStringLiteral("filler%1 ").arg(i);
    body += QStringLiteral("The NeedLe is here. ");
    for (int i = 0; i < 40; ++i)
        body += QStringLiteral("more%1 ").arg(i);
    corpus.addEntry(QStringLiteral("entry"), incident, body);

    const QList<SearchHit> hits = Search(corpus.store()).find(QStringLiteral("needle"));
    QCOMPARE(hits.size(), 1);
    const SearchHit &hit = hits.first();
    QCOMPARE(hit.snippet,
             QStringLiteral("…filler36 filler37 filler38 filler39 The NeedLe is here. more0 more1 more2 more3 "
                            "more4 more5 more6 more7 more8 more9 more10 more11 more12 more13 more14 more15…"));
    QCOMPARE(hit.matches, (QList<TextRange>{{int(hit.snippet.indexOf(QLatin1String("NeedLe"))), 6}}));
}

void TestSearch::matchesAnywhereInLongTextAreShown_data()
{
    QTest::addColumn<int>("position");
    QTest::newRow("start") << 0;
    QTest::newRow("before 4 KiB") << 3900;
    QTest::newRow("across 4 KiB") << 4093;
    QTest::newRow("after 4 KiB") << 4200;
    QTest::newRow("end") << 99994;
}

void TestSearch::matchesAnywhereInLongTextAreShown()
{
    // A pasted log: long, and the match may be anywhere in it.
    QFETCH(int, position);
    QString body;
    for (int i = 0; body.size() < 100000; ++i)
        body += i % 7 == 0 ? QStringLiteral("障害ログ ") : QStringLiteral("line%1 ").arg(i % 1000);
    body.truncate(100000);
    body.replace(position, 6, QStringLiteral("NEEDLE"));
    if (position > 0)
        body[position - 1] = u' ';
    if (position + 6 < body.size())
        body[position + 6] = u' ';

    Corpus corpus;
    const Incident incident = corpus.addIncident(QStringLiteral("incident"), QStringLiteral("long log"));
    corpus.addEntry(QStringLiteral("entry"), incident, body);
    const QList<SearchHit> hits = Search(corpus.store()).find(QStringLiteral("needle"));
    QCOMPARE(hits.size(), 1);
    const SearchHit &hit = hits.first();
    QCOMPARE(hit.matches.size(), 1);
    QCOMPARE(hit.snippet.mid(hit.matches.first().start, hit.matches.first().length), QStringLiteral("NEEDLE"));
    QCOMPARE(hit.snippet.startsWith(QStringLiteral("…")), position > 0);
    QCOMPARE(hit.snippet.endsWith(QStringLiteral("…")), position < 99994);
}

void TestSearch::hitsSayWhatAndWhen()
{
    Corpus corpus;
    Incident draft;
    draft.title = QStringLiteral("Disk full on db-1");
    draft.severity = Severity::Low;
    draft.detectedAt = QDateTime(QDate(2026, 11, 23), QTime(13, 2), Qt::UTC);
    const Incident incident = corpus.incidents().create(draft);
    LogEntry entry;
    entry.incidentId = incident.id;
    entry.body = QStringLiteral("db-1 volume at 100%");
    entry.at = QDateTime(QDate(2026, 11, 23), QTime(13, 5), Qt::UTC);
    entry = corpus.log().append(entry);
    const Playbook playbook =
        corpus.addPlaybook(QStringLiteral("playbook"), QStringLiteral("Full disk on db-1"), QString(), QString());

    const QList<SearchHit> hits = Search(corpus.store()).find(QStringLiteral("db-1"));
    QCOMPARE(hits.size(), 3);

    SearchHit expectedIncident;
    expectedIncident.kind = SearchHitKind::Incident;
    expectedIncident.incidentId = incident.id;
    expectedIncident.incidentNumber = incident.number;
    expectedIncident.at = draft.detectedAt;
    expectedIncident.snippet = QStringLiteral("Disk full on db-1");
    expectedIncident.matches = {{13, 4}};
    QCOMPARE(hits.at(0), expectedIncident);

    SearchHit expectedPlaybook;
    expectedPlaybook.kind = SearchHitKind::Playbook;
    expectedPlaybook.playbookId = playbook.id;
    expectedPlaybook.at = playbook.updatedAt;
    expectedPlaybook.snippet = QStringLiteral("Full disk on db-1");
    expectedPlaybook.matches = {{13, 4}};
    QCOMPARE(hits.at(1), expectedPlaybook);

    SearchHit expectedEntry;
    expectedEntry.kind = SearchHitKind::LogEntry;
    expectedEntry.incidentId = incident.id;
    expectedEntry.incidentNumber = incident.number;
    expectedEntry.entryId = entry.id;
    expectedEntry.at = entry.at;
    expectedEntry.snippet = QStringLiteral("db-1 volume at 100%");
    expectedEntry.matches = {{0, 4}};
    QCOMPARE(hits.at(2), expectedEntry);
}

void TestSearch::orderIsIncidentsPlaybooksThenNewestEntries()
{
    Corpus corpus;
    const Incident first = corpus.addIncident(QStringLiteral("incident-1"), QStringLiteral("Redis failover"));
    const Incident second = corpus.addIncident(QStringLiteral("incident-2"), QStringLiteral("Redis memory"));
    corpus.addPlaybook(QStringLiteral("playbook-1"), QStringLiteral("Redis failover"), QString(), QString());
    corpus.addEntry(QStringLiteral("entry-1"), second, QStringLiteral("redis primary gone"));
    corpus.addEntry(QStringLiteral("entry-2"), first, QStringLiteral("redis replica promoted"));
    // Back-filled to an earlier time: still written last, so listed first among the entries.
    corpus.addEntry(QStringLiteral("backfilled"), first, QStringLiteral("Redis alert fired"),
                    QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
    corpus.addPlaybook(QStringLiteral("playbook-2"), QStringLiteral("Redis memory"), QString(), QString());

    const QStringList all = corpus.find(QStringLiteral("redis"));
    QCOMPARE(all, (QStringList{QStringLiteral("incident-2"), QStringLiteral("incident-1"), QStringLiteral("playbook-2"),
                               QStringLiteral("playbook-1"), QStringLiteral("backfilled"), QStringLiteral("entry-2"),
                               QStringLiteral("entry-1")}));
    QCOMPARE(corpus.find(QStringLiteral("redis"), 3), all.mid(0, 3));
    QCOMPARE(corpus.find(QStringLiteral("redis"), 6), all.mid(0, 6));
    QCOMPARE(corpus.find(QStringLiteral("redis")), all);
    QVERIFY(corpus.find(QStringLiteral("redis"), 0).isEmpty());
}

void TestSearch::deletedEntriesAreNotFound()
{
    Corpus corpus;
    const Incident incident = corpus.addIncident(QStringLiteral("incident"), QStringLiteral("deletes"));
    const LogEntry entry = corpus.addEntry(QStringLiteral("entry"), incident, QStringLiteral("一時的なメモ zebra"));
    QCOMPARE(corpus.find(QStringLiteral("zebra")), QStringList{QStringLiteral("entry")});

    corpus.log().remove(entry.id);
    QCOMPARE(corpus.find(QStringLiteral("zebra")), QStringList());
    QCOMPARE(corpus.find(QStringLiteral("メモ")), QStringList());
    QCOMPARE(runSql(corpus.store(), QStringLiteral("SELECT count(*) FROM search_log_entry")), 0);

    corpus.log().restore(entry.id);
    QCOMPARE(corpus.find(QStringLiteral("zebra")), QStringList{QStringLiteral("entry")});
    QCOMPARE(corpus.find(QStringLiteral("メモ")), QStringList{QStringLiteral("entry")});
}

void TestSearch::editedEntryIsFoundByItsNewTextOnly()
{
    Corpus corpus;
    const Incident incident = corpus.addIncident(QStringLiteral("incident"), QStringLiteral("edits"));
    const LogEntry entry = corpus.addEntry(QStringLiteral("entry"), incident, QStringLiteral("old wording: walrus"));
    corpus.log().edit(entry.id, LogEntryKind::Finding, QStringLiteral("new wording: narwhal 障害"), QDateTime());

    QCOMPARE(corpus.find(QStringLiteral("narwhal")), QStringList{QStringLiteral("entry")});
    QCOMPARE(corpus.find(QStringLiteral("障害")), QStringList{QStringLiteral("entry")});
    QCOMPARE(corpus.find(QStringLiteral("walrus")), QStringList());
    QCOMPARE(corpus.find(QStringLiteral("wording")), QStringList{QStringLiteral("entry")});
    // The old version is kept as a revision, which search leaves out.
    QCOMPARE(corpus.log().revisions(entry.id).size(), 1);
}

void TestSearch::changedIncidentsAndPlaybooksAreReindexed()
{
    Corpus corpus;
    Incident incident =
        corpus.addIncident(QStringLiteral("incident"), QStringLiteral("Kafka lag"), QStringLiteral("consumer stuck"));
    Playbook playbook = corpus.addPlaybook(QStringLiteral("playbook"), QStringLiteral("Kafka lag"),
                                           QStringLiteral("lag alert"), QStringLiteral("restart consumer"));

    incident.title = QStringLiteral("Kafka broker down");
    incident.summary = QStringLiteral("ブローカー停止");
    corpus.incidents().update(incident, QStringLiteral("tester"));
    playbook.trigger = QStringLiteral("broker alert");
    playbook.body = QStringLiteral("failover");
    corpus.playbooks().update(playbook);

    QCOMPARE(corpus.find(QStringLiteral("broker")),
             (QStringList{QStringLiteral("incident"), QStringLiteral("playbook")}));
    QCOMPARE(corpus.find(QStringLiteral("停止")), QStringList{QStringLiteral("incident")});
    QCOMPARE(corpus.find(QStringLiteral("consumer")), QStringList());
    QCOMPARE(corpus.find(QStringLiteral("lag")), QStringList{QStringLiteral("playbook")});

    corpus.playbooks().remove(playbook.id);
    QCOMPARE(corpus.find(QStringLiteral("kafka")), QStringList{QStringLiteral("incident")});
}

void TestSearch::deletedIncidentTakesItsEntriesAlong()
{
    Corpus corpus;
    const Incident incident = corpus.addIncident(QStringLiteral("incident"), QStringLiteral("cascade test"));
    corpus.addEntry(QStringLiteral("entry"), incident, QStringLiteral("cascade entry"));
    QCOMPARE(corpus.find(QStringLiteral("cascade")),
             (QStringList{QStringLiteral("incident"), QStringLiteral("entry")}));

    corpus.store().exec(QStringLiteral("DELETE FROM incident WHERE id = ?"), {db::fromUuid(incident.id)});
    QCOMPARE(corpus.find(QStringLiteral("cascade")), QStringList());
    QCOMPARE(runSql(corpus.store(), QStringLiteral("SELECT count(*) FROM search_log_entry")), 0);
}

void TestSearch::indexTokenCharsAreTheSchemas()
{
    QString tokenChars = QString::fromLatin1(searchtext::IndexTokenChars);
    tokenChars.replace(QLatin1Char('\''), QLatin1String("''"));
    const QString tokenize = QStringLiteral("tokenize = \"ascii tokenchars '%1'\"").arg(tokenChars);
    QSqlQuery q = m_corpus->store().exec(
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE name IN ('search_incident', 'search_log_entry', "
                       "'search_playbook') ORDER BY name"));
    int tables = 0;
    while (q.next()) {
        ++tables;
        QVERIFY2(q.value(1).toString().contains(tokenize), qPrintable(q.value(0).toString()));
    }
    QCOMPARE(tables, 3);
}

void TestSearch::searchingForAnyTextNeverFails()
{
    // Each string is also written as an entry: searching for exactly what was written must find it.
    const QStringList pieces{
        QStringLiteral("\""),     QStringLiteral("'"),           QStringLiteral("*"),      QStringLiteral("^"),
        QStringLiteral(":"),      QStringLiteral("("),           QStringLiteral(")"),      QStringLiteral("{"),
        QStringLiteral("}"),      QStringLiteral("["),           QStringLiteral("]"),      QStringLiteral("+"),
        QStringLiteral("-"),      QStringLiteral("AND"),         QStringLiteral("OR"),     QStringLiteral("NOT"),
        QStringLiteral("NEAR"),   QStringLiteral("NEAR("),       QStringLiteral("words:"), QStringLiteral("chars :"),
        QStringLiteral("\"\""),   QStringLiteral("\\"),          QStringLiteral("%"),      QStringLiteral(";"),
        QStringLiteral("--"),     QStringLiteral("' OR 1=1"),    QStringLiteral(" "),      QStringLiteral("\n"),
        QStringLiteral("\t"),     QStringLiteral("障害"),        QStringLiteral("原"),     QStringLiteral("レイテンシ"),
        QStringLiteral("ｶﾀｶﾅ"),   QStringLiteral("ー"),          QStringLiteral("。"),     QStringLiteral("、"),
        QStringLiteral("ＡＬＢ"), QStringLiteral("alb-1"),       QStringLiteral("C++"),    QStringLiteral("10.0.3.17"),
        QStringLiteral("🔥"),      QStringLiteral("👩‍💻"), QStringLiteral("\u0301"), QStringLiteral("e\u0301"),
        QStringLiteral("\uFF9E"), QStringLiteral("\u3099"),      QStringLiteral("\u200D"), QStringLiteral("\uFE0F"),
        QStringLiteral("㍿"),     QStringLiteral("ﬁ"),           QStringLiteral("ß"),      QStringLiteral("İ"),
    };
    QRandomGenerator random(20261123);
    const auto randomCodePoint = [&random]() -> QString {
        char32_t c = 0;
        do {
            // Mostly the Basic Multilingual Plane, where most scripts and punctuation are; sometimes beyond it.
            c = random.bounded(8) == 0 ? char32_t(random.bounded(0x10000, 0x110000))
                                       : char32_t(random.bounded(1, 0x10000));
        } while (QChar::isSurrogate(c));
        return QString::fromUcs4(&c, 1);
    };

    Corpus corpus;
    const Incident incident = corpus.addIncident(QStringLiteral("incident"), QStringLiteral("fuzz"));
    Search search(corpus.store());
    Store::WriteTransaction transaction(corpus.store()); // one commit for the whole run
    int searchedForItself = 0;
    for (int i = 0; i < 2000; ++i) {
        QString text;
        const int length = int(random.bounded(1, 12));
        for (int k = 0; k < length; ++k)
            text += random.bounded(3) == 0 ? randomCodePoint() : pieces.at(random.bounded(int(pieces.size())));

        QList<SearchHit> hits;
        QVERIFY_THROWS_NO_EXCEPTION(hits = search.find(text));
        for (const SearchHit &hit : hits) {
            for (const TextRange &match : hit.matches)
                QVERIFY(match.start >= 0 && match.length > 0 && match.start + match.length <= hit.snippet.size());
        }

        if (text.trimmed().isEmpty())
            continue;
        LogEntry draft;
        draft.incidentId = incident.id;
        draft.body = text;
        const LogEntry entry = corpus.log().append(draft);
        if (SearchQuery(text).isEmpty())
            continue;
        ++searchedForItself;
        QVERIFY_THROWS_NO_EXCEPTION(hits = search.find(text, 2));
        const bool found = std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit &hit) {
            return hit.entryId == entry.id && !hit.matches.isEmpty();
        });
        QVERIFY2(found, qPrintable(QStringLiteral("'%1' (%2) does not find itself")
                                       .arg(text, QString::fromLatin1(text.toUtf8().toHex(' ')))));
    }
    transaction.commit();
    QVERIFY(searchedForItself > 1500);
}

void TestSearch::migrationIndexesExistingRows()
{
    Corpus corpus;
    const Incident incident = corpus.addIncident(QStringLiteral("incident"), QStringLiteral("古いストア"));
    corpus.addEntry(QStringLiteral("entry"), incident, QStringLiteral("written before search: ALB-1 障害"));
    const LogEntry deleted = corpus.addEntry(QStringLiteral("deleted"), incident, QStringLiteral("deleted ALB-1"));
    corpus.log().remove(deleted.id);
    corpus.addPlaybook(QStringLiteral("playbook"), QStringLiteral("古い手順"), QStringLiteral("ALB-1"), QString());

    // Take the store back to schema version 2, as a Hindsight without search left it.
    Store &store = corpus.store();
    QStringList drops;
    QSqlQuery q = store.exec(QStringLiteral(
        "SELECT type, name FROM sqlite_master WHERE (type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\') "
        "OR (type = 'table' AND name IN ('search_incident', 'search_log_entry', 'search_playbook'))"));
    while (q.next())
        drops << QStringLiteral("DROP %1 %2").arg(q.value(0).toString().toUpper(), q.value(1).toString());
    q.finish();
    QCOMPARE(drops.size(), 12);
    for (const QString &drop : drops)
        store.exec(drop);
    // ...and without what later versions added.
    test::downgradeSchema(store, 3);
    store.exec(QStringLiteral("PRAGMA user_version = 2"));
    QCOMPARE(runSql(store, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'search%'")), 0);

    corpus.temp().close();
    corpus.temp().reopen();
    QCOMPARE(runSql(corpus.store(), QStringLiteral("PRAGMA user_version")), Store::schemaVersion());
    QCOMPARE(corpus.find(QStringLiteral("ALB-1")), (QStringList{QStringLiteral("playbook"), QStringLiteral("entry")}));
    QCOMPARE(corpus.find(QStringLiteral("古い")),
             (QStringList{QStringLiteral("incident"), QStringLiteral("playbook")}));
    QCOMPARE(corpus.find(QStringLiteral("障害")), QStringList{QStringLiteral("entry")});
    QCOMPARE(test::integrityCheck(corpus.temp().path()), QStringLiteral("ok"));
}

void TestSearch::cliPrintsOneHitPerLine()
{
    Corpus corpus;
    Incident draft;
    draft.title = QStringLiteral("API のレイテンシ");
    draft.severity = Severity::High;
    draft.detectedAt = QDateTime(QDate(2026, 11, 23), QTime(13, 0), Qt::UTC);
    const Incident incident = corpus.incidents().create(draft);
    LogEntry entry;
    entry.incidentId = incident.id;
    entry.body = QStringLiteral("レイテンシが上昇\n(p99 2.3s)");
    entry.at = QDateTime(QDate(2026, 11, 23), QTime(13, 5), Qt::UTC);
    corpus.log().append(entry);
    const Playbook playbook =
        corpus.addPlaybook(QStringLiteral("playbook"), QStringLiteral("レイテンシ悪化"), QString(), QString());
    const auto local = [](const QDateTime &time) { return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"); };

    const CliResult result = runCli(corpus.temp().path(), {QStringLiteral("search"), QStringLiteral("レイテンシ")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out, QStringLiteral("incident   #1  %1  API の[レイテンシ]\n"
                                        "playbook   -   %2  [レイテンシ]悪化\n"
                                        "log-entry  #1  %3  [レイテンシ]が上昇 (p99 2.3s)\n")
                             .arg(local(draft.detectedAt), local(playbook.updatedAt), local(entry.at)));

    const CliResult limited =
        runCli(corpus.temp().path(), {QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("1"),
                                      QStringLiteral("p99"), QStringLiteral("上昇")});
    QCOMPARE(limited.exitCode, 0);
    QCOMPARE(limited.out, QStringLiteral("log-entry  #1  %1  レイテンシが[上昇] ([p99] 2.3s)\n").arg(local(entry.at)));

    const CliResult operators = runCli(corpus.temp().path(), {QStringLiteral("search"), QStringLiteral("p99\"*^(")});
    QCOMPARE(operators.exitCode, 0);
    QCOMPARE(operators.out.count(QLatin1Char('\n')), 1);
}

void TestSearch::cliPrintsJson()
{
    Corpus corpus;
    const Incident incident = corpus.addIncident(QStringLiteral("incident"), QStringLiteral("ALB-1 5xx"));
    const LogEntry entry = corpus.addEntry(QStringLiteral("entry"), incident, QStringLiteral("ＡＬＢ－１ drained"));
    const Playbook playbook =
        corpus.addPlaybook(QStringLiteral("playbook"), QStringLiteral("Drain an ALB"), QString(), QString());

    const CliResult result =
        runCli(corpus.temp().path(), {QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("alb")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray expected{
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("incident")},
                    {QStringLiteral("incidentNumber"), 1},
                    {QStringLiteral("incidentId"), db::fromUuid(incident.id)},
                    {QStringLiteral("entryId"), QJsonValue()},
                    {QStringLiteral("playbookId"), QJsonValue()},
                    {QStringLiteral("at"), incident.detectedAt.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("snippet"), QStringLiteral("ALB-1 5xx")},
                    {QStringLiteral("matches"),
                     QJsonArray{QJsonObject{{QStringLiteral("start"), 0}, {QStringLiteral("length"), 3}}}}},
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("playbook")},
                    {QStringLiteral("incidentNumber"), QJsonValue()},
                    {QStringLiteral("incidentId"), QJsonValue()},
                    {QStringLiteral("entryId"), QJsonValue()},
                    {QStringLiteral("playbookId"), db::fromUuid(playbook.id)},
                    {QStringLiteral("at"), playbook.updatedAt.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("snippet"), QStringLiteral("Drain an ALB")},
                    {QStringLiteral("matches"),
                     QJsonArray{QJsonObject{{QStringLiteral("start"), 9}, {QStringLiteral("length"), 3}}}}},
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("log-entry")},
                    {QStringLiteral("incidentNumber"), 1},
                    {QStringLiteral("incidentId"), db::fromUuid(incident.id)},
                    {QStringLiteral("entryId"), db::fromUuid(entry.id)},
                    {QStringLiteral("playbookId"), QJsonValue()},
                    {QStringLiteral("at"), entry.at.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("snippet"), QStringLiteral("ＡＬＢ－１ drained")},
                    {QStringLiteral("matches"),
                     QJsonArray{QJsonObject{{QStringLiteral("start"), 0}, {QStringLiteral("length"), 3}}}}},
    };
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array(), expected);

    const CliResult none =
        runCli(corpus.temp().path(), {QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("walrus")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).array(), QJsonArray());
}

void TestSearch::cliNoMatchIsNotAnError()
{
    Corpus corpus;
    corpus.addIncident(QStringLiteral("incident"), QStringLiteral("something"));
    for (const QString &query : {QStringLiteral("walrus"), QStringLiteral("\"*^:()")}) {
        const CliResult result = runCli(corpus.temp().path(), {QStringLiteral("search"), query});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QString());
        QVERIFY2(result.err.contains(query), qPrintable(result.err));
    }
}

void TestSearch::cliRejectsBadArguments()
{
    Corpus corpus;
    const QList<QStringList> cases{
        {QStringLiteral("search")},
        {QStringLiteral("search"), QStringLiteral("  ")},
        {QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("alb")},
        {QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("many"), QStringLiteral("alb")},
    };
    for (const QStringList &arguments : cases) {
        const CliResult result = runCli(corpus.temp().path(), arguments);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out, QString());
        QVERIFY2(result.err.startsWith(QLatin1String("hindsight search: ")), qPrintable(result.err));
    }
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
