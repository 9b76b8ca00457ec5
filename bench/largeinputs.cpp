#include "largeinputs.h"

#include "fuzztargets.h"

#include <QByteArray>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace hindsight::bench {

namespace {

constexpr qsizetype Size = 1 << 20;
constexpr double AllowedMs = 1000;

/// `unit` repeated to 1 MB, between `head` and `tail`.
QByteArray repeated(const QByteArray &unit, const QByteArray &head = {}, const QByteArray &tail = {})
{
    QByteArray data = head;
    data.reserve(Size + tail.size());
    while (data.size() + unit.size() + tail.size() <= Size)
        data += unit;
    return data + tail;
}

/// CPU time of this thread: the machine may be busy with other work.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Input
{
    const char *name;
    std::function<void(const QByteArray &)> target;
    QByteArray data;
};

std::vector<Input> inputs()
{
    const QByteArray postmortemHead = "# Postmortem: disk full on db-2\n\n## Summary\n\n";
    QByteArray table = "| a | b | c |\n|---|---|---|\n";
    return {
        {"import: 1 MB table", fuzz::importDocument, repeated("| x | y | z |\n", postmortemHead + table)},
        {"import: unclosed emphasis", fuzz::importDocument, repeated("*a ", postmortemHead)},
        {"import: nested quotes", fuzz::importDocument, repeated(">", postmortemHead, " deep\n")},
        {"import: one-line headings", fuzz::importDocument, repeated("## s\n")},
        {"markdown: unclosed emphasis", fuzz::renderMarkdown, repeated("*a")},
        {"markdown: nested lists", fuzz::renderMarkdown, repeated("- ", {}, "x\n")},
        {"markdown: wide table", fuzz::renderMarkdown, repeated("|a", "|h|\n|-|\n")},
        {"markdown: links and brackets", fuzz::renderMarkdown, repeated("[a](")},
        // Control bytes, then field values after each 0x1f; a user's template after 0x1e (fuzz/fuzz_template.cpp).
        {"template: one 1 MB field", fuzz::renderTemplate, repeated("a *b* <i>c</i> | ", "\x02\x03\x03\x03\x1f")},
        {"template: many fields", fuzz::renderTemplate, repeated("x *y* `z`\x1f", "\x02\x03\x03\x03\x1f")},
        {"template: many tags", fuzz::renderTemplate, repeated("{{#a}}{{b}}", "\x02\x1fTitle\x1e")},
        {"github: long string", fuzz::readGitHubResponse, repeated("a", "{\"data\":{\"x\":\"", "\"}}")},
        {"github: deep nesting", fuzz::readGitHubResponse, repeated("[")},
        {"search: one-letter words", fuzz::translateSearchQuery, repeated("a ")},
        {"search: distinct words", fuzz::translateSearchQuery,
         [] {
             QByteArray data;
             for (int i = 0; data.size() < Size; ++i)
                 data += "w" + QByteArray::number(i, 36) + ' ';
             return data;
         }()},
        {"search: Japanese paste", fuzz::translateSearchQuery, repeated("障害対応の記録")},
        {"search: joined parts", fuzz::translateSearchQuery, repeated("a-")},
    };
}

} // namespace

QJsonObject runLargeInputs(int runs, bool &failed)
{
    QTextStream out(stdout);
    out << "\nLarge inputs (1 MiB each, CPU ms, median of " << runs << "; allowed " << AllowedMs << " ms)\n\n";
    QJsonObject figures;
    failed = false;
    for (const Input &input : inputs()) {
        std::vector<double> times;
        for (int i = 0; i < runs; ++i) {
            const double start = cpuMs();
            input.target(input.data);
            times.push_back(cpuMs() - start);
        }
        std::sort(times.begin(), times.end());
        const double median = times.at(times.size() / 2);
        const bool met = median <= AllowedMs;
        failed = failed || !met;
        out << QString::fromLatin1(input.name).leftJustified(34) << QString::number(median, 'f', 1).rightJustified(10)
            << "  " << (met ? "met" : "MISSED") << "\n";
        figures.insert(QString::fromLatin1(input.name), median);
    }
    out.flush();
    return figures;
}

} // namespace hindsight::bench
