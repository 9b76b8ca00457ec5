#include "json.h"

#include <QJsonArray>

namespace hindsight::json {

namespace {

QString uuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonValue date(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonValue toJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const Incident &incident)
{
    QJsonArray occurrences;
    for (const OccurrenceWindow &w : incident.occurrences)
        occurrences.append(
            QJsonObject{{QStringLiteral("start"), toJson(w.start)}, {QStringLiteral("end"), toJson(w.end)}});
    QJsonArray links;
    for (const RelatedLink &link : incident.links)
        links.append(QJsonObject{{QStringLiteral("label"), link.label}, {QStringLiteral("url"), link.url}});
    QJsonArray people;
    for (const Person &person : incident.people)
        people.append(QJsonObject{{QStringLiteral("role"), toKey(person.role)}, {QStringLiteral("name"), person.name}});

    return {
        {QStringLiteral("id"), uuid(incident.id)},
        {QStringLiteral("number"), incident.number},
        {QStringLiteral("title"), incident.title},
        {QStringLiteral("severity"), toKey(incident.severity)},
        {QStringLiteral("status"), toKey(incident.status)},
        {QStringLiteral("summary"), incident.summary},
        {QStringLiteral("detectedAt"), toJson(incident.detectedAt)},
        {QStringLiteral("startedAt"), toJson(incident.startedAt)},
        {QStringLiteral("mitigatedAt"), toJson(incident.mitigatedAt)},
        {QStringLiteral("resolvedAt"), toJson(incident.resolvedAt)},
        {QStringLiteral("timeZone"), incident.timeZone},
        {QStringLiteral("occurrences"), occurrences},
        {QStringLiteral("products"), QJsonArray::fromStringList(incident.products)},
        {QStringLiteral("links"), links},
        {QStringLiteral("people"), people},
        {QStringLiteral("exercise"), incident.exercise},
        {QStringLiteral("createdAt"), toJson(incident.createdAt)},
        {QStringLiteral("updatedAt"), toJson(incident.updatedAt)},
    };
}

QJsonObject toJson(const LogEntry &entry)
{
    return {
        {QStringLiteral("id"), uuid(entry.id)},
        {QStringLiteral("incidentId"), uuid(entry.incidentId)},
        {QStringLiteral("at"), toJson(entry.at)},
        {QStringLiteral("backfilled"), entry.backfilled},
        {QStringLiteral("author"), entry.author},
        {QStringLiteral("kind"), toKey(entry.kind)},
        {QStringLiteral("body"), entry.body},
        {QStringLiteral("keyEvent"), entry.keyEvent},
        {QStringLiteral("automatic"), entry.automatic},
        {QStringLiteral("createdAt"), toJson(entry.createdAt)},
        {QStringLiteral("updatedAt"), toJson(entry.updatedAt)},
        {QStringLiteral("deletedAt"), toJson(entry.deletedAt)},
    };
}

QJsonObject toJson(const Playbook &playbook)
{
    QJsonArray sources;
    for (const QUuid &id : playbook.sourceIncidentIds)
        sources.append(uuid(id));
    return {
        {QStringLiteral("id"), uuid(playbook.id)},
        {QStringLiteral("number"), playbook.number},
        {QStringLiteral("title"), playbook.title},
        {QStringLiteral("trigger"), playbook.trigger},
        {QStringLiteral("body"), playbook.body},
        {QStringLiteral("tags"), QJsonArray::fromStringList(playbook.tags)},
        {QStringLiteral("sourceIncidentIds"), sources},
        {QStringLiteral("createdAt"), toJson(playbook.createdAt)},
        {QStringLiteral("updatedAt"), toJson(playbook.updatedAt)},
    };
}

QJsonObject toJson(const Postmortem &postmortem)
{
    const QJsonObject review{
        {QStringLiteral("date"), date(postmortem.review.date)},
        {QStringLiteral("attendees"), QJsonArray::fromStringList(postmortem.review.attendees)},
        {QStringLiteral("headOfDepartmentAttended"), postmortem.review.headOfDepartmentAttended},
        {QStringLiteral("headAttendanceDecision"), toKey(postmortem.review.headAttendanceDecision)},
    };
    const QJsonObject publication{
        {QStringLiteral("url"), postmortem.publication.url},
        {QStringLiteral("id"), postmortem.publication.id},
        {QStringLiteral("number"), postmortem.publication.number},
        {QStringLiteral("publishedAt"), toJson(postmortem.publication.publishedAt)},
    };
    return {
        {QStringLiteral("id"), uuid(postmortem.id)},
        {QStringLiteral("incidentId"), uuid(postmortem.incidentId)},
        {QStringLiteral("rootCause"), postmortem.rootCause},
        {QStringLiteral("wentWell"), postmortem.wentWell},
        {QStringLiteral("wentWrong"), postmortem.wentWrong},
        {QStringLiteral("gotLucky"), postmortem.gotLucky},
        {QStringLiteral("reviewState"), toKey(postmortem.reviewState)},
        {QStringLiteral("review"), review},
        {QStringLiteral("approvedAt"), toJson(postmortem.approvedAt)},
        {QStringLiteral("publication"), publication},
        {QStringLiteral("createdAt"), toJson(postmortem.createdAt)},
        {QStringLiteral("updatedAt"), toJson(postmortem.updatedAt)},
    };
}

QJsonObject toJson(const ActionItem &item)
{
    return {
        {QStringLiteral("id"), uuid(item.id)},
        {QStringLiteral("number"), item.number},
        {QStringLiteral("incidentId"), uuid(item.incidentId)},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("type"), toKey(item.type)},
        {QStringLiteral("priority"), toKey(item.priority)},
        {QStringLiteral("owner"), item.owner},
        {QStringLiteral("status"), toKey(item.status)},
        {QStringLiteral("dueDate"), date(item.dueDate)},
        {QStringLiteral("trackerUrl"), item.trackerUrl},
        {QStringLiteral("createdAt"), toJson(item.createdAt)},
        {QStringLiteral("closedAt"), toJson(item.closedAt)},
        {QStringLiteral("updatedAt"), toJson(item.updatedAt)},
    };
}

} // namespace hindsight::json
