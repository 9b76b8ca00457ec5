#include "discussionpublisher.h"

#include "domain/reviewrules.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/redactor.h"
#include "postmortem/templatelibrary.h"
#include "publisherror.h"
#include "publishsettings.h"
#include "review/postmortemreview.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

namespace hindsight {

namespace {

using Kind = PublishError::Kind;

QString tr(const char *text)
{
    return QCoreApplication::translate("DiscussionPublisher", text);
}

[[noreturn]] void refuse(const QString &reason)
{
    throw PublishError(Kind::Refused, reason);
}

QString number(qsizetype value)
{
    return QLocale(QLocale::English).toString(qlonglong(value));
}

/// The redactor with the user's patterns. Nothing leaves without redaction: a pattern file that cannot be used as
/// written stops it.
Redactor usableRedactor(const QString &patternFile)
{
    Redactor redactor = patternFile.isEmpty() ? Redactor() : Redactor::withUserPatterns(patternFile);
    if (!redactor.problems().isEmpty()) {
        QStringList lines;
        for (const RedactionProblem &problem : redactor.problems())
            lines << problem.toString();
        refuse(tr("The redaction patterns cannot be used as written, so nothing was published. Fix or remove these "
                  "lines:\n%1")
                   .arg(lines.join(QLatin1Char('\n'))));
    }
    return redactor;
}

/// Refuses a body GitHub would refuse, saying how much of it the investigation log is, since that is what to shorten.
void checkBodyLength(const DiscussionPublisher::Document &document, const PostmortemSource &source)
{
    if (document.body.size() <= DiscussionPublisher::MaxBodyLength)
        return;
    qsizetype logLength = 0;
    for (const LogEntry &entry : source.log)
        logLength += entry.isDeleted() ? 0 : entry.body.size();
    refuse(tr("The postmortem of incident #%1 is %2 characters long in Markdown, more than the %3 GitHub allows in "
              "a discussion, so nothing was sent. Its investigation log makes up %4 of them: shorten the longest "
              "entries (a pasted log can go into a file or a gist linked from the entry), then publish again. "
              "The whole document can still be exported with: hindsight export %1 -o postmortem.md")
               .arg(document.incidentNumber)
               .arg(number(document.body.size()), number(DiscussionPublisher::MaxBodyLength), number(logLength)));
}

/// The category of the target, in a repository with Discussions enabled.
DiscussionCategory categoryToPublishIn(const GitHubRepository &repository, const QString &wanted)
{
    if (!repository.hasDiscussionsEnabled) {
        throw PublishError(Kind::DiscussionsDisabled,
                           tr("Discussions are not enabled in %1. A repository administrator can turn them on in the "
                              "repository's Settings (General > Features > Discussions), or choose another "
                              "repository.")
                               .arg(repository.nameWithOwner));
    }
    const auto category = repository.category(wanted);
    if (!category) {
        QStringList names;
        for (const DiscussionCategory &each : repository.categories)
            names << QStringLiteral("%1 (%2)").arg(each.name, each.slug);
        throw PublishError(Kind::NotFound, tr("%1 has no discussion category '%2'. Its categories are: %3.")
                                               .arg(repository.nameWithOwner, wanted,
                                                    names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
    }
    return *category;
}

} // namespace

DiscussionPublisher::Options DiscussionPublisher::defaultOptions()
{
    Options options;
    options.redactionPatternFile = Redactor::userPatternFile();
    options.templateFolder = TemplateLibrary::userTemplateFolder();
    return options;
}

DiscussionPublisher::DiscussionPublisher(Store &store, Options options)
    : m_store(store)
    , m_options(std::move(options))
{}

QString DiscussionPublisher::marker(const QUuid &postmortemId)
{
    return QStringLiteral("<!-- hindsight:postmortem:%1 -->").arg(postmortemId.toString(QUuid::WithoutBraces));
}

void DiscussionPublisher::progress(const QString &message) const
{
    if (m_progress)
        m_progress(m_options.token.scrub(message));
}

void DiscussionPublisher::setTarget(Document &document) const
{
    PublishTarget target = PublishSettings(m_store).effective(document.incidentId).overriddenBy(m_options.overrides);
    if (!target.language)
        target.language = PublishTarget::defaultLanguage();
    QString why;
    const auto endpoint = PublishTarget::graphqlUrl(target.endpoint, &why);
    if (!endpoint)
        refuse(why);
    const auto repository = PublishTarget::splitRepository(target.repository, &why);
    if (!repository) {
        refuse(target.repository.trimmed().isEmpty()
                   ? tr("No repository to publish to: set one (OWNER/NAME) in the publishing settings, or give it "
                        "with --repo.")
                   : why);
    }
    if (target.category.trimmed().isEmpty()) {
        refuse(tr("No discussion category to publish in: set one in the publishing settings, or give it with "
                  "--category (hindsight publish --categories lists the repository's)."));
    }
    if (target.endpoint.trimmed().isEmpty())
        target.endpoint = QStringLiteral("github.com");
    document.target = target;
    document.endpoint = *endpoint;
    document.owner = repository->first;
    document.name = repository->second;
}

void DiscussionPublisher::writeText(Document &document, const PostmortemSource &source) const
{
    const TemplateLibrary templates(m_options.templateFolder);
    for (const TemplateProblem &problem : templates.problems())
        document.warnings << problem.toString();
    const DocumentLanguage language = *document.target.language;
    document.title = PostmortemDocument::title(source, language);
    QString markdown = PostmortemDocument::markdown(source, language, templates);
    if (!markdown.endsWith(QLatin1Char('\n')))
        markdown += QLatin1Char('\n');
    document.body = markdown + QLatin1Char('\n') + marker(document.postmortem.id) + QLatin1Char('\n');
}

void DiscussionPublisher::maskToken(Document &document) const
{
    // The token itself, in whatever form redaction does not know, never goes into what is published.
    const QString tokenMask = Redactor::mask(QStringLiteral("github-token"));
    for (QString *text : {&document.title, &document.body}) {
        if (m_options.token.occursIn(*text)) {
            ++document.maskedSecrets[QStringLiteral("github-token")];
            *text = m_options.token.scrub(*text).replace(GitHubToken::mask(), tokenMask);
        }
    }
}

DiscussionPublisher::Document DiscussionPublisher::prepare(int incidentNumber) const
{
    PostmortemSource source = PostmortemSource::load(m_store, incidentNumber);
    Document document;
    document.incidentNumber = incidentNumber;
    document.incidentId = source.incident.id;
    if (!source.postmortem) {
        refuse(tr("Incident #%1 has no postmortem yet: write it and have it approved before publishing it.")
                   .arg(incidentNumber));
    }
    document.postmortem = *source.postmortem;
    if (const auto why = whyCannotPublish(document.postmortem))
        refuse(*why);
    setTarget(document);

    const Redactor redactor = usableRedactor(m_options.redactionPatternFile);
    for (const SecretFinding &secret : source.secrets(redactor))
        ++document.maskedSecrets[secret.rule];
    source.redact(redactor);

    writeText(document, source);
    maskToken(document);
    checkBodyLength(document, source);
    return document;
}

DiscussionPublisher::Plan DiscussionPublisher::plan(int incidentNumber) const
{
    Plan plan;
    plan.document = prepare(incidentNumber);
    const Document &document = plan.document;
    const GitHubClient client(document.endpoint, m_options.token);
    const QString category =
        tr("<the id of category '%1', from the answer to request 1>").arg(document.target.category);
    const QString repositoryId = tr("<the repository's id, from the answer to request 1>");
    const auto add = [&](const QString &when, const GraphQLRequest &request) {
        plan.requests << QStringLiteral("# %1. %2\n").arg(plan.requests.size() + 1).arg(when) +
                             client.describe(request);
    };
    add(tr("The repository, whether Discussions are enabled, and its categories:"),
        GitHubClient::repositoryRequest(document.owner, document.name));
    const Publication &published = document.postmortem.publication;
    if (published.isPublished()) {
        add(tr("The discussion it was published as (%1), to check that it still exists:").arg(published.url),
            GitHubClient::discussionRequest(published.id));
        add(tr("Then it is updated (if it was deleted, an earlier publication is looked for by the marker, and "
               "failing that a new discussion is created):"),
            GitHubClient::updateDiscussionRequest(published.id, category, document.title, document.body));
    } else {
        add(tr("An earlier publication of this postmortem, by the marker in its body, page by page (%1 a page):")
                .arg(GitHubClient::DiscussionsPerPage),
            GitHubClient::discussionsPageRequest(document.owner, document.name, category, QString()));
        add(tr("Then, when none is found, the discussion is created (when one is found, it is updated instead with "
               "updateDiscussion, the same title and body):"),
            GitHubClient::createDiscussionRequest(repositoryId, category, document.title, document.body));
    }
    return plan;
}

Discussion DiscussionPublisher::createOnce(GitHubClient &client, const Document &document, const QString &repositoryId,
                                           const QString &categoryId)
{
    const QString discussionMarker = marker(document.postmortem.id);
    const int attempts = std::max(m_options.retry.maxAttempts, 1);
    for (int attempt = 1;; ++attempt) {
        try {
            return client.createDiscussion(repositoryId, categoryId, document.title, document.body);
        } catch (const PublishError &error) {
            // GitHub may have created it before the answer was lost: look before trying again.
            const bool outcomeUnknown =
                error.kind() == Kind::ServerError || error.kind() == Kind::Timeout || error.kind() == Kind::BadResponse;
            if (!outcomeUnknown)
                throw;
            progress(
                tr("Creating the discussion failed (%1) Checking whether GitHub made it anyway.").arg(error.message()));
            std::optional<Discussion> made;
            try {
                made = client.findDiscussion(document.owner, document.name, categoryId, discussionMarker);
            } catch (const PublishError &) {
                throw error; // the first failure is the one to report
            }
            if (made)
                return *made;
            if (error.kind() != Kind::ServerError || attempt >= attempts)
                throw;
        }
    }
}

void DiscussionPublisher::checkMaySend(const Document &document) const
{
    if (m_options.token.isEmpty()) {
        throw PublishError(Kind::BadCredentials,
                           tr("No GitHub token: put one in the system keychain, or in the environment variable "
                              "HINDSIGHT_GITHUB_TOKEN. Nothing was sent."));
    }
    if (QString why; !m_options.token.mayBeSentTo(document.endpoint, &why))
        throw PublishError(Kind::Refused, why + QLatin1Char(' ') + tr("Nothing was sent."));
}

void DiscussionPublisher::setUp(GitHubClient &client)
{
    client.setTimeouts(m_options.timeouts);
    client.setRetryPolicy(m_options.retry);
    client.setCancelFlag(&m_cancelled);
    client.setProgressHandler(m_progress);
}

std::optional<Discussion> DiscussionPublisher::findPublished(GitHubClient &client, const GitHubRepository &repository,
                                                             const DiscussionCategory &category, Result &result)
{
    const Document &document = result.document;
    std::optional<Discussion> existing;
    const Publication &before = document.postmortem.publication;
    if (before.isPublished()) {
        progress(tr("Checking the discussion it was published as: %1").arg(before.url));
        existing = client.discussion(before.id);
        if (existing && !existing->repository.isEmpty() &&
            existing->repository.compare(repository.nameWithOwner, Qt::CaseInsensitive) != 0) {
            throw PublishError(Kind::Refused,
                               tr("This postmortem is published in %1 (%2), not in %3. Publish it there again "
                                  "(--repo %1), or delete that discussion on GitHub first; a second one is not "
                                  "made. Nothing was changed.")
                                   .arg(existing->repository, existing->url, repository.nameWithOwner));
        }
        result.action = Result::Action::Updated;
    }
    if (!existing) {
        progress(tr("Looking for an earlier publication of this postmortem in %1.").arg(category.name));
        existing = client.findDiscussion(document.owner, document.name, category.id, marker(document.postmortem.id));
        result.action = Result::Action::FoundAndUpdated;
    }
    return existing;
}

Discussion DiscussionPublisher::updateOrCreate(GitHubClient &client, const std::optional<Discussion> &existing,
                                               const GitHubRepository &repository, const DiscussionCategory &category,
                                               Result &result)
{
    const Document &document = result.document;
    try {
        if (existing) {
            progress(tr("Updating discussion #%1.").arg(existing->number));
            return client.updateDiscussion(existing->id, category.id, document.title, document.body);
        }
        progress(tr("Creating the discussion in %1.").arg(category.name));
        Discussion created = createOnce(client, document, repository.id, category.id);
        result.action = Result::Action::Created;
        return created;
    } catch (const PublishError &error) {
        if (error.kind() != Kind::Cancelled)
            throw;
        throw PublishError(Kind::Cancelled, tr("Cancelled. If GitHub had already received the discussion, publishing "
                                               "again finds it by its marker and updates it."));
    }
}

void DiscussionPublisher::record(const Discussion &published, Result &result)
{
    const Publication &before = result.document.postmortem.publication;
    result.publication.id = published.id;
    result.publication.number = published.number;
    result.publication.url = published.url;
    // First published then; a new discussion (the old one deleted) starts again.
    if (before.id == published.id)
        result.publication.publishedAt = before.publishedAt;
    try {
        result.document.postmortem =
            PostmortemReview(m_store).markPublished(result.document.incidentId, result.publication);
    } catch (const StoreError &error) {
        throw StoreError(error.kind(),
                         tr("The postmortem is published at %1, but Hindsight could not record it: %2 Publishing it "
                            "again finds that discussion by its marker and records it.")
                             .arg(published.url, error.message()));
    }
    result.publication = result.document.postmortem.publication;
}

DiscussionPublisher::Result DiscussionPublisher::publish(int incidentNumber)
{
    Result result;
    result.document = prepare(incidentNumber);
    const Document &document = result.document;
    checkMaySend(document);

    GitHubClient client(document.endpoint, m_options.token);
    setUp(client);
    const QString fullName = document.owner + QLatin1Char('/') + document.name;
    progress(tr("Asking %1 about %2.").arg(document.endpoint.host(), fullName));
    const GitHubRepository repository = client.repository(document.owner, document.name);
    const DiscussionCategory category = categoryToPublishIn(repository, document.target.category);
    result.repository = repository.nameWithOwner;
    result.category = category.name;

    const std::optional<Discussion> existing = findPublished(client, repository, category, result);
    const Discussion published = updateOrCreate(client, existing, repository, category, result);
    record(published, result);
    return result;
}

} // namespace hindsight
