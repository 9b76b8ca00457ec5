#pragma once

#include <QString>

#include <functional>

namespace hindsight {

class Store;

/// The size of the store hindsight-bench measures on. The defaults are a team's years of history.
struct StoreSize
{
    int incidents = 10'000;
    int logEntries = 1'000'000;
    int playbooks = 2'000;
    int actionItems = 30'000;
    int attachments = 300;
    /// Years the incidents are spread over, ending now.
    int years = 5;

    /// Every count multiplied by `factor` (at least the fixed incidents the measurements need).
    StoreSize scaled(double factor) const;
};

/// Incidents whose shape the measurements rely on; their numbers are fixed.
namespace benchincident {
/// 1,000 log entries each: opened in the GUI (measurement 3) and kept open for the peak memory (7).
constexpr int LongLogA = 3;
constexpr int LongLogB = 5;
constexpr int LongLogEntries = 1'000;
/// 500 log entries and 100 action items: its postmortem is filled and rendered (6).
constexpr int Postmortem = 4;
constexpr int PostmortemEntries = 500;
constexpr int PostmortemActionItems = 100;
} // namespace benchincident

/// The words the search measurements look for, and how much of the log each is in.
namespace benchterm {
/// In about 40% of log entries.
inline const QString Common = QStringLiteral("error");
/// In a handful of log entries.
inline const QString Rare = QStringLiteral("ticket-88c1f");
/// A Japanese two-character word, in about 8% of log entries.
inline const QString Japanese = QStringLiteral("障害");
/// Punctuation-heavy tokens whose parts are everywhere (10.0.x.y addresses, API paths).
inline const QString Address = QStringLiteral("10.0.3.17:8443");
inline const QString Path = QStringLiteral("/api/v2/orders?id=42");
} // namespace benchterm

/// Fills an empty store with realistic history through the store's own API (so that triggers, the search index and
/// numbering are what users get): incidents over the years with every severity, investigation logs in English and
/// Japanese of realistic lengths and vocabulary (hypotheses, findings, dead ends, commands, stack traces), playbooks,
/// action items and screenshots. Deterministic: the same size gives the same store. Writes in one transaction per
/// incident with synchronous=OFF; the store is reopened normally for the measurements.
void generateStore(Store &store, const StoreSize &size, const std::function<void(int done, int total)> &progress);

} // namespace hindsight
