// Prints, as a JSON array, one request of every kind Hindsight's GitHub client sends ({operationName, query,
// variables}), for validate.mjs to check against GitHub's published schema.
#include "publish/githubclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main()
{
    QJsonArray requests;
    for (const hindsight::GraphQLRequest &request : hindsight::GitHubClient::exampleRequests()) {
        requests.append(QJsonObject{{QStringLiteral("operationName"), request.operationName},
                                    {QStringLiteral("query"), request.query},
                                    {QStringLiteral("variables"), request.variables},
                                    {QStringLiteral("mutation"), request.mutation}});
    }
    const QByteArray json = QJsonDocument(requests).toJson(QJsonDocument::Indented);
    return std::fwrite(json.constData(), 1, size_t(json.size()), stdout) == size_t(json.size()) ? 0 : 1;
}
