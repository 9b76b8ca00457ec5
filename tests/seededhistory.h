#pragma once

#include <QDateTime>

namespace hindsight {
class Store;
}

namespace hindsight::test {

/// Noon UTC on a day, or the given time: every time in the seeded history is fixed and in UTC.
QDateTime utc(int year, int month, int day, int hour = 12, int minute = 0);

/// A small history whose statistics were worked out by hand (tst_statistics.cpp lists every figure): ten incidents
/// detected from December 2025 to March 2026 in all severities, an exercise that statistics must leave out, action
/// items opened and closed across the months, and postmortems approved in time, late, never, or not yet due.
void seedHistory(Store &store);

} // namespace hindsight::test
