#include "githubclient.h"

// The GraphQL documents Hindsight sends to GitHub, each with the variables it takes. The graphql_schema test
// validates them (exampleRequests(), through tests/graphql/validate.mjs) against GitHub's published schema.

namespace hindsight {

namespace {

const QString RepositoryQuery = QStringLiteral(R"(query HindsightRepository($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    id
    nameWithOwner
    hasDiscussionsEnabled
    discussionCategories(first: 25) {
      nodes { id name slug emoji description isAnswerable }
    }
  }
})");

const QString DiscussionQuery = QStringLiteral(R"(query HindsightDiscussion($id: ID!) {
  node(id: $id) {
    ... on Discussion {
      id
      number
      url
      repository { nameWithOwner }
      category { id }
    }
  }
})");

const QString DiscussionsPageQuery =
    QStringLiteral(R"(query HindsightDiscussionsPage($owner: String!, $name: String!, $categoryId: ID!, $first: Int!,
    $after: String) {
  repository(owner: $owner, name: $name) {
    discussions(first: $first, after: $after, categoryId: $categoryId,
        orderBy: {field: UPDATED_AT, direction: DESC}) {
      nodes { id number url body }
      pageInfo { hasNextPage endCursor }
    }
  }
})");

const QString CreateDiscussionMutation =
    QStringLiteral(R"(mutation HindsightCreateDiscussion($input: CreateDiscussionInput!) {
  createDiscussion(input: $input) {
    discussion { id number url }
  }
})");

const QString UpdateDiscussionMutation =
    QStringLiteral(R"(mutation HindsightUpdateDiscussion($input: UpdateDiscussionInput!) {
  updateDiscussion(input: $input) {
    discussion { id number url }
  }
})");

} // namespace

GraphQLRequest GitHubClient::repositoryRequest(const QString &owner, const QString &name)
{
    return {QStringLiteral("HindsightRepository"), RepositoryQuery,
            QJsonObject{{QStringLiteral("owner"), owner}, {QStringLiteral("name"), name}}, false};
}

GraphQLRequest GitHubClient::discussionRequest(const QString &id)
{
    return {QStringLiteral("HindsightDiscussion"), DiscussionQuery, QJsonObject{{QStringLiteral("id"), id}}, false};
}

GraphQLRequest GitHubClient::discussionsPageRequest(const QString &owner, const QString &name,
                                                    const QString &categoryId, const QString &after)
{
    return {QStringLiteral("HindsightDiscussionsPage"), DiscussionsPageQuery,
            QJsonObject{{QStringLiteral("owner"), owner},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("categoryId"), categoryId},
                        {QStringLiteral("first"), DiscussionsPerPage},
                        {QStringLiteral("after"), after.isEmpty() ? QJsonValue() : QJsonValue(after)}},
            false};
}

GraphQLRequest GitHubClient::createDiscussionRequest(const QString &repositoryId, const QString &categoryId,
                                                     const QString &title, const QString &body)
{
    return {QStringLiteral("HindsightCreateDiscussion"), CreateDiscussionMutation,
            QJsonObject{{QStringLiteral("input"), QJsonObject{{QStringLiteral("repositoryId"), repositoryId},
                                                              {QStringLiteral("categoryId"), categoryId},
                                                              {QStringLiteral("title"), title},
                                                              {QStringLiteral("body"), body}}}},
            true};
}

GraphQLRequest GitHubClient::updateDiscussionRequest(const QString &discussionId, const QString &categoryId,
                                                     const QString &title, const QString &body)
{
    return {QStringLiteral("HindsightUpdateDiscussion"), UpdateDiscussionMutation,
            QJsonObject{{QStringLiteral("input"), QJsonObject{{QStringLiteral("discussionId"), discussionId},
                                                              {QStringLiteral("categoryId"), categoryId},
                                                              {QStringLiteral("title"), title},
                                                              {QStringLiteral("body"), body}}}},
            true};
}

QList<GraphQLRequest> GitHubClient::exampleRequests()
{
    const QString title = QStringLiteral("Incident 12: Checkout API 5xx");
    const QString body = QStringLiteral("# Summary\n\n5xx above 2%.\n<!-- hindsight:postmortem:1 -->\n");
    return {repositoryRequest(QStringLiteral("acme"), QStringLiteral("postmortems")),
            discussionRequest(QStringLiteral("D_kwDOexample")),
            discussionsPageRequest(QStringLiteral("acme"), QStringLiteral("postmortems"), QStringLiteral("DIC_example"),
                                   QString()),
            discussionsPageRequest(QStringLiteral("acme"), QStringLiteral("postmortems"), QStringLiteral("DIC_example"),
                                   QStringLiteral("Y3Vyc29yOnYyOpK5")),
            createDiscussionRequest(QStringLiteral("R_example"), QStringLiteral("DIC_example"), title, body),
            updateDiscussionRequest(QStringLiteral("D_kwDOexample"), QStringLiteral("DIC_example"), title, body)};
}

} // namespace hindsight
