#pragma once

#include "postmortem/documentlanguage.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace hindsight {

/// Where and how a postmortem is published: a GitHub (or GitHub Enterprise Server) repository's Discussions, in one
/// of its categories, in one document language. Each field may be unset (a null string, nullopt), meaning "the
/// default": the store's defaults fill an incident's unset fields, and github.com fills an unset endpoint.
struct PublishTarget
{
    /// `github.com` (the default), a GitHub Enterprise Server's address `https://HOST`, or the full URL of a GraphQL
    /// endpoint (`https://HOST/api/graphql`).
    QString endpoint;
    /// `owner/name`.
    QString repository;
    /// A discussion category of the repository, by name or slug (case does not matter).
    QString category;
    std::optional<DocumentLanguage> language;

    /// github.com's API: https://api.github.com/graphql.
    static QUrl gitHubApi();

    /// This target with the fields `overrides` sets replaced by its values.
    PublishTarget overriddenBy(const PublishTarget &overrides) const;
    /// Whether no field is set.
    bool isEmpty() const;

    /// The GraphQL endpoint the `endpoint` setting names: github.com's API when it is empty or `github.com`,
    /// `https://HOST/api/graphql` for a server's address `https://HOST`, a URL whose path already ends in `/graphql`
    /// as it is. nullopt with `why` set when it is none of these, or not HTTPS (see HttpClient::isAllowed(): plain
    /// HTTP only to a loopback address, and only while $HINDSIGHT_ALLOW_HTTP is 1).
    static std::optional<QUrl> graphqlUrl(const QString &endpoint, QString *why = nullptr);
    /// `owner` and `name` of an `owner/name` repository; nullopt with `why` set when it is not one.
    static std::optional<std::pair<QString, QString>> splitRepository(const QString &repository,
                                                                      QString *why = nullptr);
    /// Japanese when the user's locale is, English otherwise: the language when none is set.
    static DocumentLanguage defaultLanguage();

    bool operator==(const PublishTarget &) const = default;
};

} // namespace hindsight
