// hindsight-bench: builds a store the size of a team's years of history and measures where people wait. See the
// README's "Benchmark" section.
#include "domain/logentry.h"
#include "gui/mainwindow.h"
#include "largeinputs.h"
#include "postmortem/documentlanguage.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/templatelibrary.h"
#include "search/search.h"
#include "search/suggestions.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/store.h"
#include "storegenerator.h"
#include "text/searchtext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QProcess>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <sqlite3.h>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// Milliseconds of each run of a measurement.
struct Samples
{
    QList<double> ms;

    double quantile(double q) const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype index = std::min(sorted.size() - 1, qsizetype(q * double(sorted.size() - 1) + 0.5));
        return sorted.at(index);
    }
    double median() const { return quantile(0.5); }
    double p99() const { return quantile(0.99); }
    double worst() const { return ms.isEmpty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

Samples measure(int runs, const std::function<void(int run)> &run)
{
    Samples samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run(i);
        samples.ms << elapsedMs(timer);
    }
    return samples;
}

/// The environment of the GUI processes started: offscreen, with settings of their own (no last-open incident).
QProcessEnvironment childEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, home);
    // The app prints "ready" once its window is up with the incident list filled, and quits (app/main.cpp).
    env.insert(u"HINDSIGHT_STARTUP_PROBE"_s, u"0"_s);
    return env;
}

/// Starts `program`, waits for its first line starting with "ready" and returns the milliseconds from start to that
/// line, and the rest of its output in `output`; -1 if it failed.
double timeToReady(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                   QString *output = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray seen;
    double ready = -1;
    while (ready < 0 && process.waitForReadyRead(60'000)) {
        seen += process.readAllStandardOutput();
        if (seen.contains("ready"))
            ready = elapsedMs(timer);
    }
    process.waitForFinished(60'000);
    seen += process.readAllStandardOutput();
    if (output)
        *output = QString::fromUtf8(seen);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QTextStream(stderr) << "hindsight-bench: " << program << " failed: " << process.readAllStandardError()
                            << Qt::endl;
        return -1;
    }
    return ready;
}

int runEmptyWindow(QApplication &app)
{
    QMainWindow window;
    window.resize(1200, 800);
    window.show();
    QTimer::singleShot(0, &window, [] {
        out() << "ready" << Qt::endl;
        QCoreApplication::quit();
    });
    return app.exec();
}

/// The search's three statements, run with the plain sqlite3 C API on the same file: what any search must cost.
class SearchFloor
{
public:
    explicit SearchFloor(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            qFatal("cannot open %s", qPrintable(path));
        const char *statements[] = {
            "SELECT incident.id, incident.number, incident.detected_at, incident.title, incident.summary FROM "
            "search_incident CROSS JOIN incident ON incident.seq = search_incident.rowid WHERE search_incident MATCH "
            "?1 ORDER BY search_incident.rowid DESC LIMIT ?2",
            "SELECT playbook.id, playbook.updated_at, playbook.title, playbook.trigger_text, playbook.body FROM "
            "search_playbook CROSS JOIN playbook ON playbook.seq = search_playbook.rowid WHERE search_playbook MATCH "
            "?1 ORDER BY search_playbook.rowid DESC LIMIT ?2",
            "SELECT log_entry.id, log_entry.at, log_entry.body, incident.id, incident.number FROM search_log_entry "
            "CROSS JOIN log_entry ON log_entry.seq = search_log_entry.rowid CROSS JOIN incident ON incident.id = "
            "log_entry.incident_id WHERE search_log_entry MATCH ?1 ORDER BY search_log_entry.rowid DESC LIMIT ?2",
        };
        for (const char *sql : statements) {
            sqlite3_stmt *statement = nullptr;
            if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
                qFatal("cannot prepare: %s", sqlite3_errmsg(m_db));
            m_statements.push_back(statement);
        }
    }
    ~SearchFloor()
    {
        for (sqlite3_stmt *statement : m_statements)
            sqlite3_finalize(statement);
        sqlite3_close(m_db);
    }

    /// The first `limit` rows for the MATCH expression; returns how many.
    int find(const QByteArray &match, int limit)
    {
        int rows = 0;
        for (sqlite3_stmt *statement : m_statements) {
            if (rows >= limit)
                break;
            sqlite3_bind_text(statement, 1, match.constData(), int(match.size()), SQLITE_STATIC);
            sqlite3_bind_int(statement, 2, limit - rows);
            while (sqlite3_step(statement) == SQLITE_ROW) {
                for (int column = 0; column < sqlite3_column_count(statement); ++column)
                    sqlite3_column_text(statement, column);
                ++rows;
            }
            sqlite3_reset(statement);
        }
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_statements;
};

QString figure(double ms)
{
    return ms >= 100 ? QString::number(ms, 'f', 0) : QString::number(ms, 'f', ms >= 10 ? 1 : 2);
}

/// Targets missed in this run: hindsight-bench exits non-zero when there is any.
int g_missed = 0;

void row(const QString &what, const Samples &samples, const QString &target, bool met)
{
    if (!met)
        ++g_missed;
    out() << what.leftJustified(34) << figure(samples.median()).rightJustified(10)
          << figure(samples.worst()).rightJustified(10) << "  " << target.leftJustified(22) << (met ? "met" : "MISSED")
          << "\n";
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"hindsight-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Builds a store of years of history (10,000 incidents, 1,000,000 log entries, 2,000 playbooks, 30,000 "
        "action items) and measures start-up, logging, opening an incident, search, suggestions, the postmortem "
        "preview and memory."_s);
    parser.addHelpOption();
    const QCommandLineOption storeOption(u"store"_s, u"The generated store (made when missing)."_s, u"PATH"_s);
    const QCommandLineOption scaleOption(u"scale"_s, u"Store size as a share of the full size (default 1)."_s,
                                         u"FACTOR"_s, u"1"_s);
    const QCommandLineOption regenerateOption(u"regenerate"_s, u"Make the store again even if it exists."_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Write every figure to FILE as one JSON object."_s, u"FILE"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each measurement (default 20)."_s, u"N"_s, u"20"_s);
    const QCommandLineOption appOption(u"app"_s, u"The hindsight executable to start."_s, u"PATH"_s,
                                       QStringLiteral(HINDSIGHT_APP));
    const QCommandLineOption emptyWindowOption(u"empty-window"_s, u"(internal) Show an empty window and quit."_s);
    const QCommandLineOption largeInputsOption(
        u"large-inputs"_s, u"Only time every parser of outside input on 1 MiB inputs (allowed: 1 s each)."_s);
    parser.addOptions({storeOption, scaleOption, regenerateOption, jsonOption, runsOption, appOption, emptyWindowOption,
                       largeInputsOption});
    parser.process(app);
    if (parser.isSet(emptyWindowOption))
        return runEmptyWindow(app);
    if (parser.isSet(largeInputsOption)) {
        bool failed = false;
        const QJsonObject figures = bench::runLargeInputs(3, failed);
        if (parser.isSet(jsonOption)) {
            QSaveFile file(parser.value(jsonOption));
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(QJsonDocument(QJsonObject{{u"large_input_ms"_s, figures}}).toJson()) < 0 || !file.commit()) {
                QTextStream(stderr) << "hindsight-bench: cannot write " << parser.value(jsonOption) << ": "
                                    << file.errorString() << Qt::endl;
                return 1;
            }
        }
        return failed ? 1 : 0;
    }

    const double scale = parser.value(scaleOption).toDouble();
    const int runs = std::max(3, parser.value(runsOption).toInt());
    if (scale <= 0 || scale > 10) {
        QTextStream(stderr) << "hindsight-bench: --scale must be a number above 0 and at most 10" << Qt::endl;
        return 2;
    }
    const StoreSize size = StoreSize().scaled(scale);
    QString path = parser.value(storeOption);
    if (path.isEmpty())
        path = QDir::temp().filePath(u"hindsight-bench/store-%1.sqlite"_s.arg(size.logEntries));
    QDir().mkpath(QFileInfo(path).absolutePath());

    QJsonObject json;
    if (parser.isSet(regenerateOption) || !QFileInfo::exists(path)) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".partial"_s, u".partial-wal"_s, u".partial-shm"_s})
            QFile::remove(path + suffix);
        out() << "Generating " << size.incidents << " incidents, " << size.logEntries << " log entries, "
              << size.playbooks << " playbooks, " << size.actionItems << " action items, " << size.attachments
              << " screenshots into " << path << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        {
            const std::unique_ptr<Store> store = Store::open(path + u".partial"_s);
            generateStore(*store, size, [&](int done, int total) {
                if (done % 1000 == 0 || done == total)
                    out() << "  " << done << "/" << total << " incidents, " << qRound(timer.elapsed() / 1000.0) << " s"
                          << Qt::endl;
            });
            store->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        QFile::remove(path + u".partial-wal"_s);
        QFile::remove(path + u".partial-shm"_s);
        if (!QFile::rename(path + u".partial"_s, path))
            qFatal("cannot rename the generated store to %s", qPrintable(path));
        json.insert(u"generate_s"_s, timer.elapsed() / 1000.0);
        out() << "Generated in " << qRound(timer.elapsed() / 1000.0) << " s" << Qt::endl;
    }
    json.insert(u"store_mib"_s, QFileInfo(path).size() / 1048576.0);

    const QString appPath = parser.value(appOption);
    QTemporaryDir home;
    const QProcessEnvironment env = childEnvironment(home.path());
    const QString self = QCoreApplication::applicationFilePath();

    // 1. Start-up of the app on this store, against an empty Qt window started the same way (the floor): until the
    // window has painted the incident list and the incident open last time (a 1,000-entry one), reopened by the
    // work deferred past the first paint, as a user on call waits for it.
    {
        QSettings settings(home.path() + u"/config/hindsight/hindsight.conf"_s, QSettings::NativeFormat);
        settings.setValue(u"lastIncident/"_s +
                              QString::fromLatin1(QFileInfo(path).absoluteFilePath().toUtf8().toBase64()),
                          benchincident::LongLogA);
    }
    Samples startup, emptyWindow;
    const int startupRuns = std::max(3, runs / 2);
    for (int i = 0; i < startupRuns; ++i) {
        QString output;
        const double app = timeToReady(appPath, {u"--db"_s, path}, env, &output);
        if (app < 0 || !output.contains(u"ready rows="_s) || output.contains(u"ready rows=0"_s) ||
            !output.contains(u" incident=%1"_s.arg(benchincident::LongLogA))) {
            QTextStream(stderr) << "hindsight-bench: the app did not show its incident list and the last incident: "
                                << output << Qt::endl;
            return 1;
        }
        startup.ms << app;
        emptyWindow.ms << timeToReady(self, {u"--empty-window"_s}, env);
    }

    std::unique_ptr<Store> store = Store::open(path);
    IncidentStore incidents(*store);
    const Incident longA = incidents.require(benchincident::LongLogA);
    const Incident longB = incidents.require(benchincident::LongLogB);

    // 2. Appending one entry, durably, through the store API.
    const int newest = incidents.count();
    const Incident open = incidents.require(newest);
    InvestigationLog log(*store);
    const Samples append = measure(std::max(runs * 10, 200), [&](int i) {
        LogEntry entry;
        entry.incidentId = open.id;
        entry.author = u"bench"_s;
        entry.kind = LogEntryKind::Note;
        entry.body = u"bench entry %1: checked the checkout error rate again, still at 2.3% on 10.0.3.17"_s.arg(i);
        log.append(entry);
    });

    // 3. Opening an incident with 1,000 log entries in the GUI, from a cold view: each time in a new window, opened
    // as soon as the window is shown (before the work it defers past its first paint has built the incident view's
    // parts), until the window has painted it. Nothing rendered for an earlier run is reused.
    Samples openIncident;
    for (int i = 0; i < runs; ++i) {
        MainWindow window(*store);
        window.resize(1400, 900);
        window.show();
        QElapsedTimer timer;
        timer.start();
        window.openIncident(i % 2 ? longA.number : longB.number, false);
        while (!(window.windowHandle() && window.windowHandle()->isExposed()) && timer.elapsed() < 10'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        window.repaint();
        openIncident.ms << elapsedMs(timer);
    }

    // 4. Search: the first page of 50, through Hindsight and through plain sqlite3 on the same file.
    const std::map<QString, QString> queries{
        {u"rare"_s, benchterm::Rare},       {u"common"_s, benchterm::Common}, {u"japanese"_s, benchterm::Japanese},
        {u"address"_s, benchterm::Address}, {u"path"_s, benchterm::Path},
    };
    std::map<QString, Samples> search, searchFloor;
    std::map<QString, int> hits;
    bool hitsDiffer = false;
    {
        Search searcher(*store);
        SearchFloor floor(path);
        for (const auto &[key, text] : queries) {
            const QByteArray match = SearchQuery(text).matchExpression().toUtf8();
            search[key] = measure(runs, [&](int) { hits[key] = int(searcher.find(text, 50).size()); });
            int floorHits = 0;
            searchFloor[key] = measure(runs, [&](int) { floorHits = floor.find(match, 50); });
            if (floorHits != hits[key]) {
                QTextStream(stderr) << "hindsight-bench: search for " << text << " found " << hits[key]
                                    << " hits, the sqlite3 floor " << floorHits << Qt::endl;
                hitsDiffer = true;
            }
        }
    }
    // How much of the log the common term is in, to show it is common.
    QSqlQuery shareQuery =
        store->exec(u"SELECT (SELECT count(*) FROM search_log_entry WHERE search_log_entry MATCH ?) * 1.0 / "
                    "(SELECT count(*) FROM log_entry)"_s,
                    {SearchQuery(benchterm::Common).matchExpression()});
    const double common = shareQuery.next() ? shareQuery.value(0).toDouble() : 0;
    shareQuery.finish();

    // 5. Suggestions for open incidents: the most recent ones, one run each.
    Suggestions suggestions(*store);
    const Samples suggest = measure(runs, [&](int i) {
        const Incident incident = incidents.require(std::max(1, newest - i));
        suggestions.forIncident(incident.id);
    });

    // 6. Filling the postmortem of an incident with 500 log entries and 100 action items, and rendering its preview.
    const TemplateLibrary templates = TemplateLibrary::builtIn();
    qsizetype previewSize = 0;
    const Samples render = measure(runs, [&](int i) {
        const PostmortemSource source = PostmortemSource::load(*store, benchincident::Postmortem);
        previewSize =
            PostmortemDocument::html(source, i % 2 ? DocumentLanguage::English : DocumentLanguage::Japanese, templates)
                .size();
    });

    // 7. Peak memory of the app with the store open and the incident of measurement 3 open.
    QString memoryOutput;
    timeToReady(
        appPath, {u"--db"_s, path},
        [&] {
            QProcessEnvironment probe = env;
            probe.insert(u"HINDSIGHT_STARTUP_PROBE"_s, QString::number(benchincident::LongLogA));
            return probe;
        }(),
        &memoryOutput);
    double peakMib = -1;
    const qsizetype at = memoryOutput.indexOf(u"peak="_s);
    if (at >= 0)
        peakMib = memoryOutput.mid(at + 5).section(u' ', 0, 0).toDouble() / 1024.0;
    store.reset();

    out() << "\nhindsight-bench on " << path << " (" << QFileInfo(path).size() / 1048576 << " MiB; " << size.incidents
          << " incidents, " << size.logEntries << " log entries; " << runs << " runs each)\n\n";
    out() << u"measurement"_s.leftJustified(34) << u"median ms"_s.rightJustified(10) << u"worst ms"_s.rightJustified(10)
          << "  " << u"target"_s.leftJustified(22) << "\n";
    row(u"start-up"_s, startup, u"<= 3x empty (%1 ms)"_s.arg(figure(3 * emptyWindow.median())),
        startup.median() <= 3 * emptyWindow.median());
    row(u"  empty window (floor)"_s, emptyWindow, QString(), true);
    row(u"append one entry"_s, append, u"< 1 ms"_s, append.median() < 1);
    row(u"open incident (1,000 entries)"_s, openIncident, u"< 50 ms"_s, openIncident.median() < 50);
    for (const auto &[key, samples] : search) {
        const double floorMs = searchFloor[key].median();
        row(u"search %1 (%2 hits)"_s.arg(key).arg(hits[key]), samples, u"< 50 ms, <= 5x %1"_s.arg(figure(floorMs)),
            samples.median() < 50 && samples.median() <= 5 * floorMs);
    }
    row(u"suggestions"_s, suggest, u"< 50 ms"_s, suggest.median() < 50);
    row(u"postmortem fill + render"_s, render, u"< 16 ms"_s, render.median() < 16);
    out() << u"peak memory (MiB)"_s.leftJustified(34) << QString::number(peakMib, 'f', 0).rightJustified(10)
          << QString().rightJustified(10) << "  " << u"< 200 MiB"_s.leftJustified(22)
          << (peakMib > 0 && peakMib < 200 ? "met" : "MISSED") << "\n";
    if (!(peakMib > 0 && peakMib < 200))
        ++g_missed;
    out() << "\nThe common term is in " << QString::number(common * 100, 'f', 0) << "% of log entries; the preview is "
          << previewSize / 1024 << " KiB of HTML." << Qt::endl;

    const auto put = [&json](const QString &key, const Samples &samples, bool withP99 = false) {
        json.insert(key, samples.median());
        json.insert(key + u"_worst"_s, samples.worst());
        if (withP99)
            json.insert(key + u"_p99"_s, samples.p99());
    };
    put(u"startup_ms"_s, startup);
    put(u"empty_window_ms"_s, emptyWindow);
    put(u"append_ms"_s, append, true);
    put(u"open_incident_ms"_s, openIncident);
    QJsonObject searchJson, searchWorstJson, floorJson, floorWorstJson;
    for (const auto &[key, samples] : search) {
        searchJson.insert(key, samples.median());
        searchWorstJson.insert(key, samples.worst());
        floorJson.insert(key, searchFloor[key].median());
        floorWorstJson.insert(key, searchFloor[key].worst());
    }
    json.insert(u"search_ms"_s, searchJson);
    json.insert(u"search_ms_worst"_s, searchWorstJson);
    json.insert(u"search_floor_ms"_s, floorJson);
    json.insert(u"search_floor_ms_worst"_s, floorWorstJson);
    put(u"suggest_ms"_s, suggest);
    put(u"render_ms"_s, render);
    json.insert(u"peak_rss_mib"_s, peakMib);
    json.insert(u"common_term_share"_s, common);
    json.insert(u"incidents"_s, size.incidents);
    json.insert(u"log_entries"_s, size.logEntries);
    json.insert(u"runs"_s, runs);

    if (parser.isSet(jsonOption)) {
        QSaveFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit()) {
            QTextStream(stderr) << "hindsight-bench: cannot write " << parser.value(jsonOption) << ": "
                                << file.errorString() << Qt::endl;
            return 1;
        }
        out() << "Figures written to " << parser.value(jsonOption) << Qt::endl;
    }
    if (g_missed > 0 || hitsDiffer) {
        QTextStream(stderr) << "hindsight-bench: " << g_missed << " target(s) missed"
                            << (hitsDiffer ? ", and a search's hits differ from its sqlite3 floor" : "") << Qt::endl;
        return 1;
    }
    return 0;
}
