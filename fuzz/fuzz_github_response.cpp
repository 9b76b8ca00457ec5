// Whatever comes back from the GitHub endpoint (GitHub, a GitHub Enterprise Server, a proxy, a captive portal),
// read by GitHubClient as the answer to each of its requests.
#include "fuzztargets.h"
#include "publish/githubclient.h"

namespace hindsight::fuzz {

void readGitHubResponse(const QByteArray &data)
{
    const QString host = QStringLiteral("api.github.com");
    QJsonObject answer;
    try {
        answer = GitHubClient::answerData(data, host, QStringLiteral("the token"));
    } catch (const PublishError &error) {
        check(!error.message().isEmpty(), "an error says what went wrong");
        return;
    }
    const auto read = [](const auto &function) {
        try {
            function();
        } catch (const PublishError &error) {
            check(error.kind() == PublishError::Kind::NotFound || error.kind() == PublishError::Kind::BadResponse,
                  "an answer without what was asked is NotFound or BadResponse");
        }
    };
    read([&] {
        const GitHubRepository repository =
            GitHubClient::repositoryIn(answer, QStringLiteral("acme/postmortems"), QStringLiteral("the token"));
        check(!repository.id.isEmpty() && !repository.nameWithOwner.isEmpty(), "a repository has an id and a name");
        (void)repository.category(QStringLiteral("Postmortems"));
    });
    read([&] {
        const std::optional<Discussion> discussion = GitHubClient::discussionIn(answer, QStringLiteral("D_1"));
        check(!discussion || (discussion->number > 0 && !discussion->url.isEmpty()), "a discussion has its number");
    });
    read([&] {
        const GitHubClient::DiscussionsPage page =
            GitHubClient::discussionsPageIn(answer, QStringLiteral("acme"), QStringLiteral("postmortems"),
                                            QStringLiteral("DIC_1"), QStringLiteral("<!-- hindsight:postmortem:"));
        check(!page.found || page.nextCursor.isEmpty(), "a page either finds or goes on");
    });
    read([&] { (void)GitHubClient::mutatedDiscussionIn(answer, "createDiscussion", host); });
    read([&] { (void)GitHubClient::mutatedDiscussionIn(answer, "updateDiscussion", host); });
}

} // namespace hindsight::fuzz

HINDSIGHT_FUZZ_TARGET(hindsight::fuzz::readGitHubResponse)
