#pragma once

#include <QByteArray>
#include <QString>

namespace hindsight {

/// A GitHub token and where it came from. Its value only leaves through authorizationHeader(), for the request
/// itself: everything meant for people (descriptions, dry runs, messages) shows where it came from, never what it is.
/// Hindsight never writes a token to its store, its settings, its logs or an export.
class GitHubToken
{
public:
    enum class Source
    {
        None,
        /// $HINDSIGHT_GITHUB_TOKEN
        HindsightVariable,
        /// $GITHUB_TOKEN
        GitHubVariable,
        /// The system keychain (see TokenKeychain).
        Keychain,
        /// Handed in by the caller (a GUI field, a test).
        Given
    };

    GitHubToken() = default;
    GitHubToken(const QByteArray &value, Source source);

    /// $HINDSIGHT_GITHUB_TOKEN, else $GITHUB_TOKEN (as GitHub Actions and the gh tool use it), else an empty token.
    static GitHubToken fromEnvironment();

    bool isEmpty() const { return m_value.isEmpty(); }
    Source source() const { return m_source; }
    /// Which token this is, for people: "the token from $HINDSIGHT_GITHUB_TOKEN", "the token from the system
    /// keychain"...
    QString sourceDescription() const;

    /// `bearer TOKEN`, the value of the Authorization header.
    QByteArray authorizationHeader() const;
    /// What is shown in the token's place: `********`.
    static QString mask();
    /// `text` with every occurrence of the token replaced by mask(): for anything that came back from a server or
    /// library and is about to be shown.
    QString scrub(const QString &text) const;
    /// Whether `text` contains the token.
    bool occursIn(const QString &text) const;

private:
    QByteArray m_value;
    Source m_source = Source::None;
};

} // namespace hindsight
