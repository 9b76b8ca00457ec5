#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

/// The fuzz targets' entry points: each reads one input the way its parser's callers do and aborts on a broken
/// promise of that parser. libFuzzer calls them from fuzz_<name>.cpp; tests/tst_fuzzregressions.cpp replays
/// fuzz/regressions/<name>/ through them in the normal test build.
namespace hindsight::fuzz {

/// PostmortemImport::read on the bytes of a file.
void importDocument(const QByteArray &data);
/// A postmortem filled with values cut from `data` and rendered to Markdown and HTML; the rest of `data` also as a
/// user's template.
void renderTemplate(const QByteArray &data);
/// GitHub's answer to each kind of GraphQL request.
void readGitHubResponse(const QByteArray &data);
/// A search box's text turned into an FTS5 expression (run on an FTS5 table) and highlighted in itself; the text also
/// indexed.
void translateSearchQuery(const QByteArray &data);
/// A log entry's Markdown rendered to HTML and parsed into a tree.
void renderMarkdown(const QByteArray &data);
/// The user's redaction-pattern file read into a Redactor, which then redacts a fixed text.
void readRedactionPatterns(const QByteArray &data);
/// A time as typed to the CLI (--at, --occurrence) and into the incident panel in the locale's format.
void parseTimes(const QByteArray &data);

/// Aborts with `what` on standard error when `condition` is false (in release builds too).
inline void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz: broken promise: %s\n", what);
        std::abort();
    }
}

} // namespace hindsight::fuzz

#ifndef HINDSIGHT_FUZZ_REPLAY
#define HINDSIGHT_FUZZ_TARGET(function)                                                                                \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)                                            \
    {                                                                                                                  \
        function(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));                      \
        return 0;                                                                                                      \
    }
#else
#define HINDSIGHT_FUZZ_TARGET(function)
#endif
