#include "playbookoutput.h"

#include "command.h"
#include "domain/json.h"
#include "domain/playbook.h"
#include "output.h"
#include "store/incidentstore.h"

#include <QJsonArray>
#include <QTextStream>

namespace hindsight::playbookoutput {

QList<int> sourceNumbers(Store &store, const Playbook &playbook)
{
    QList<int> numbers;
    IncidentStore incidents(store);
    for (const QUuid &id : playbook.sourceIncidentIds) {
        const std::optional<Incident> incident = incidents.byId(id);
        numbers << (incident ? incident->number : 0);
    }
    return numbers;
}

QJsonObject toJson(Store &store, const Playbook &playbook)
{
    QJsonObject object = json::toJson(playbook);
    object.insert(QStringLiteral("shortId"), playbook.number > 0 ? QJsonValue(playbook.shortId()) : QJsonValue());
    if (playbook.number <= 0)
        object.insert(QStringLiteral("number"), QJsonValue());
    QJsonArray numbers;
    for (const int number : sourceNumbers(store, playbook))
        numbers.append(number);
    object.insert(QStringLiteral("sourceIncidentNumbers"), numbers);
    return object;
}

void print(QTextStream &out, Store &store, const Playbook &playbook)
{
    const auto field = [&](const QString &label, const QString &value) { output::printField(out, label, value, 12); };
    out << (playbook.number > 0 ? playbook.shortId() + QLatin1Char(' ') : QString()) << playbook.title << "\n";
    field(hindsight::tr("Trigger"), playbook.trigger.isEmpty() ? QStringLiteral("-") : playbook.trigger);
    field(hindsight::tr("Tags"),
          playbook.tags.isEmpty() ? QStringLiteral("-") : playbook.tags.join(QStringLiteral(", ")));
    IncidentStore incidents(store);
    for (const QUuid &id : playbook.sourceIncidentIds) {
        const std::optional<Incident> incident = incidents.byId(id);
        field(hindsight::tr("From"), incident ? QStringLiteral("#%1 %2").arg(incident->number).arg(incident->title)
                                              : hindsight::tr("an incident no longer in the store"));
    }
    if (playbook.createdAt.isValid()) {
        field(hindsight::tr("Created"), output::localTime(playbook.createdAt));
        field(hindsight::tr("Updated"), output::localTime(playbook.updatedAt));
    }
    out << "\n" << playbook.body;
    if (!playbook.body.endsWith(QLatin1Char('\n')))
        out << "\n";
    out.flush();
}

} // namespace hindsight::playbookoutput
