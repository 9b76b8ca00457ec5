#pragma once

// How the playbook commands print a playbook. Its messages are translated with hindsight::tr(), under "hindsight"
// where their translations are.

#include <QJsonObject>
#include <QList>

class QTextStream;

namespace hindsight {

class Store;
struct Playbook;

namespace playbookoutput {

/// The numbers of the incidents a playbook came from, in its order (0 for one no longer in the store).
QList<int> sourceNumbers(Store &store, const Playbook &playbook);

/// The domain's fields, plus the short ID (null for a draft) and the numbers of its incidents.
QJsonObject toJson(Store &store, const Playbook &playbook);

/// Its ID and title, its fields, then its body.
void print(QTextStream &out, Store &store, const Playbook &playbook);

} // namespace playbookoutput

} // namespace hindsight
