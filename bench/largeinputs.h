#pragma once

#include <QJsonObject>

namespace hindsight::bench {

/// Feeds each fuzz target (fuzz/fuzztargets.h) the 1 MB inputs most likely to blow up its parser (one-letter words,
/// unclosed emphasis, deep nesting, wide tables, long strings), prints the CPU time each took against the one second
/// allowed, and returns the figures by input name. `failed` is set when one took longer.
QJsonObject runLargeInputs(int runs, bool &failed);

} // namespace hindsight::bench
