#pragma once

#include "domain/incident.h"

namespace hindsight {

class Store;

/// Creates an example incident, marked as an exercise so it stays out of statistics, with a log that shows every
/// kind of entry: something for a newcomer to look around in.
Incident createSampleIncident(Store &store);

} // namespace hindsight
