// The inputs fuzzing found bugs with (fuzz/regressions/<target>/) and the seed corpora (fuzz/corpus/<target>/), each
// run through its fuzz target's entry point (fuzz/fuzz_<target>.cpp, built here without libFuzzer), so that the
// normal test run, without clang, catches a parser bug found by fuzzing once it has been fixed. An entry point aborts
// on a broken promise; a sanitizer build (the asan preset) also catches memory errors and undefined behaviour.
#include "fuzztargets.h"
#include "postmortem/markdowntemplate.h"
#include "postmortem/postmortemdocument.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <functional>

using namespace hindsight;

namespace {

struct Target
{
    const char *name;
    std::function<void(const QByteArray &)> run;
};

const Target targets[] = {
    {"import", fuzz::importDocument},
    {"template", fuzz::renderTemplate},
    {"github_response", fuzz::readGitHubResponse},
    {"search_query", fuzz::translateSearchQuery},
    {"markdown", fuzz::renderMarkdown},
    {"redaction_patterns", fuzz::readRedactionPatterns},
    {"time_parsing", fuzz::parseTimes},
};

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("path");
        int regressions = 0;
        for (int target = 0; target < int(std::size(targets)); ++target) {
            for (const char *folder : {"regressions", "corpus"}) {
                const QDir dir(QStringLiteral(HINDSIGHT_FUZZ_DIR "/%1/%2")
                                   .arg(QLatin1String(folder), QLatin1String(targets[target].name)));
                for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
                    QTest::addRow("%s/%s/%s", folder, targets[target].name, qPrintable(file))
                        << target << dir.filePath(file);
                    regressions += QLatin1String(folder) == QLatin1String("regressions");
                }
            }
        }
        QVERIFY2(regressions > 0, "fuzz/regressions holds the inputs of every bug fuzzing found");
    }

    void replay()
    {
        QFETCH(int, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray data = file.readAll();
        QElapsedTimer timer;
        timer.start();
        targets[target].run(data);
        // Generous for a debug or sanitizer build: fuzz/run-ci.sh holds the optimised targets to a second per input.
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }

    // Found by fuzz_template: a user's template of a megabyte of tags took minutes to check (each tag's line was
    // counted from the start, and each name looked up through every open section).
    void largeTemplatesAreCheckedInLinearTime()
    {
        QElapsedTimer timer;
        timer.start();
        const MarkdownTemplate nested(QStringLiteral("{{#log}}").repeated(128 * 1024), QStringLiteral("deep.mustache"),
                                      PostmortemDocument::templateShape());
        QVERIFY(!nested.isValid());
        QCOMPARE(nested.problems().constFirst().toString(),
                 QStringLiteral("deep.mustache:1: Sections are nested more than 32 deep."));
        const MarkdownTemplate flat(QStringLiteral("{{summary}}\n").repeated(100 * 1024),
                                    QStringLiteral("flat.mustache"), PostmortemDocument::templateShape());
        QVERIFY(flat.isValid());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
