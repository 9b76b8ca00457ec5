#include "playbookoptions.h"

#include "arguments.h"
#include "domain/playbook.h"
#include "store/incidentstore.h"

#include <QCommandLineParser>

namespace hindsight {

std::optional<QString> PlaybookOptions::apply(const QCommandLineParser &parser, QIODevice &in, Store &store,
                                              Playbook &playbook) const
{
    if (parser.isSet(title))
        playbook.title = parser.value(title).trimmed();
    if (parser.isSet(trigger))
        playbook.trigger = parser.value(trigger).trimmed();
    if (parser.isSet(body)) {
        if (parser.value(body) == QLatin1String("-")) {
            const std::optional<QString> text = arguments::standardInput(in);
            if (!text)
                return hindsight::tr("standard input is not valid UTF-8 text; nothing was written.");
            playbook.body = *text;
        } else {
            playbook.body = parser.value(body);
        }
    }
    if (parser.isSet(tag))
        playbook.tags = parser.values(tag);
    if (parser.isSet(incident)) {
        playbook.sourceIncidentIds.clear();
        IncidentStore incidents(store);
        for (const QString &value : parser.values(incident)) {
            const std::optional<int> number = arguments::incidentNumber(value);
            if (!number)
                return hindsight::tr("--incident '%1' is not an incident number such as 12.").arg(value);
            const QUuid id = incidents.require(*number).id;
            if (!playbook.sourceIncidentIds.contains(id))
                playbook.sourceIncidentIds << id;
        }
    }
    return std::nullopt;
}

} // namespace hindsight
