#pragma once

#include "domain/postmortem.h"
#include "githubclient.h"
#include "githubtoken.h"
#include "httpclient.h"
#include "publishtarget.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <atomic>
#include <functional>

namespace hindsight {

class Store;
struct PostmortemSource;

/// Publishes an incident's postmortem to GitHub Discussions, and publishes it again without making a second one.
///
/// The discussion's body is the postmortem document in Markdown, redacted as an export is (Redactor with the user's
/// patterns; a pattern file that cannot be used stops it), with screenshots named rather than linked, and the title is
/// the document's ("Incident 12: Checkout API 5xx"). The body ends with a marker, `<!-- hindsight:postmortem:UUID -->`
/// (an HTML comment GitHub does not show), naming the postmortem.
///
/// Publishing:
/// 1. Refused before anything is sent (PublishError::Refused) when the postmortem is not approved (or published
///    already), when the target has no repository or category, or when the body is longer than MaxBodyLength: GitHub
///    would refuse it, and a postmortem is published whole or not at all (no splitting into comments, which a later
///    publication would have to find, update and delete one by one, and which others' replies could come between).
/// 2. Asks GitHub for the repository and its categories: Discussions must be enabled and the category (by name or
///    slug) must exist.
/// 3. Finds the discussion made before: the one recorded in the postmortem (if it still exists, and is in the target
///    repository; else refused, to avoid a duplicate in another one), else the one in the category whose body carries
///    the marker (the local record lost: a restored store, a publication that timed out after GitHub created it).
/// 4. Updates that discussion (title, body, category), or creates one. A creation that fails with a server error or
///    a timeout is checked for by its marker before it is tried again, so that it is never made twice.
/// 5. Records the discussion's id, number and address with PostmortemReview::markPublished (the postmortem becomes
///    Published).
/// Any failure (PublishError, with a message that says what to do) leaves the local postmortem as it was.
///
/// Threads: publish() blocks on the network. Run it in a worker thread with a Store opened in that thread; cancel()
/// and the progress handler are safe to use from there (the handler is called in the worker thread).
class DiscussionPublisher
{
public:
    /// GitHub's limit for a body (issues, comments; taken to hold for discussions too), in characters. Measured in
    /// UTF-16 code units, which is never less than GitHub's count.
    static constexpr qsizetype MaxBodyLength = 65536;

    struct Options
    {
        /// Fields set here win over the incident's choices and the store's defaults (PublishSettings::effective()).
        PublishTarget overrides;
        /// The token to send, found for the endpoint prepare() tells (GitHubToken::fromEnvironment(), TokenKeychain);
        /// publish() refuses one not meant for it. A dry run needs none.
        GitHubToken token;
        HttpTimeouts timeouts;
        GitHubClient::RetryPolicy retry;
        /// The user's redaction patterns (Redactor::userPatternFile()); empty for the built-in rules only.
        QString redactionPatternFile;
        /// The user's template overrides (TemplateLibrary::userTemplateFolder()); empty for the built-in templates.
        QString templateFolder;
    };

    /// Options with the user's redaction patterns and templates, and no token: which one may be sent depends on the
    /// endpoint, known once prepare() has run (see setToken()).
    static Options defaultOptions();

    /// What is published: ready, redacted, checked.
    struct Document
    {
        int incidentNumber = 0;
        QUuid incidentId;
        Postmortem postmortem;
        /// The effective target: every field set (language included).
        PublishTarget target;
        QUrl endpoint;
        QString owner;
        QString name;
        QString title;
        QString body;
        /// How many secrets redaction masked, by rule name.
        QMap<QString, int> maskedSecrets;
        /// Problems with the user's templates (the built-in template was used).
        QStringList warnings;
    };

    struct Result
    {
        enum class Action
        {
            Created,
            /// The discussion recorded in the postmortem was updated.
            Updated,
            /// The postmortem had no record of it, but its marker found it; it was updated.
            FoundAndUpdated
        };
        Action action = Action::Created;
        Publication publication;
        QString repository;
        QString category;
        Document document;
    };

    /// A dry run: what publish() would send, described for people (token masked).
    struct Plan
    {
        Document document;
        /// Each request as GitHubClient::describe() shows it, with a line saying when it is sent.
        QStringList requests;
    };

    DiscussionPublisher(Store &store, Options options);

    /// `<!-- hindsight:postmortem:UUID -->`
    static QString marker(const QUuid &postmortemId);

    /// The token to send from now on (one read from the keychain once prepare() told the endpoint).
    void setToken(const GitHubToken &token) { m_options.token = token; }
    /// Called with a sentence for people at each step and while waiting.
    void setProgressHandler(std::function<void(const QString &)> handler) { m_progress = std::move(handler); }
    /// Stops publish() as soon as it can, from any thread: it then throws PublishError::Cancelled. A discussion
    /// GitHub already made is still recorded. Once cancelled, the publisher stays so: make another to try again.
    void cancel() { m_cancelled = true; }

    /// The document of incident `incidentNumber` as it would be published, after the checks of step 1. Throws
    /// PublishError::Refused, or StoreError::NotFound when there is no such incident.
    Document prepare(int incidentNumber) const;
    /// The requests publish() would send, sending nothing. Throws as prepare() does.
    Plan plan(int incidentNumber) const;
    /// Publishes (see above). Throws PublishError, or StoreError when recording it fails.
    Result publish(int incidentNumber);

private:
    void progress(const QString &message) const;
    Discussion createOnce(GitHubClient &client, const Document &document, const QString &repositoryId,
                          const QString &categoryId);

    // The steps of prepare().
    /// The effective target (settings, the incident's choices, the overrides), refused when it is incomplete.
    void setTarget(Document &document) const;
    /// The title, and the body in Markdown ending with the marker.
    void writeText(Document &document, const PostmortemSource &source) const;
    void maskToken(Document &document) const;

    // The steps of publish().
    /// Refuses before anything is sent: no token, or one not meant for the endpoint.
    void checkMaySend(const Document &document) const;
    void setUp(GitHubClient &client);
    /// The discussion published before (step 3), setting the result's action to match.
    std::optional<Discussion> findPublished(GitHubClient &client, const GitHubRepository &repository,
                                            const DiscussionCategory &category, Result &result);
    Discussion updateOrCreate(GitHubClient &client, const std::optional<Discussion> &existing,
                              const GitHubRepository &repository, const DiscussionCategory &category, Result &result);
    /// Records the publication in the store (step 5).
    void record(const Discussion &published, Result &result);

    Store &m_store;
    Options m_options;
    std::function<void(const QString &)> m_progress;
    std::atomic<bool> m_cancelled{false};
};

} // namespace hindsight
