#pragma once

#include "command.h"

class QUrl;

namespace hindsight {

class PublishSettings;
class Store;
struct Incident;
struct PublishTarget;

/// `hindsight publish NUMBER [--repo OWNER/NAME] [--category NAME] [--endpoint URL] [--lang ja|en] [--dry-run]`: the
/// postmortem to GitHub Discussions, redacted, updated in place when published again; and the publishing settings,
/// the repository's categories and the token in the keychain.
class PublishCommand : public Command
{
public:
    /// GitHub refused, could not be reached, or there is no token: nothing was published.
    static constexpr int PublishFailed = 3;

    explicit PublishCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    int saveSettings(const QCommandLineParser &parser, PublishSettings &settings,
                     const std::optional<Incident> &incident, const PublishTarget &given);
    int saveOrForgetToken(const QCommandLineParser &parser, const QUrl &graphqlUrl);
    int listCategories(const PublishTarget &target, const QUrl &graphqlUrl);
    int publish(Store &store, int number, const PublishTarget &given, bool dryRun);
    int failed(const QString &message) { return fail(message, PublishFailed); }

    const QCommandLineOption m_repo;
    const QCommandLineOption m_category;
    const QCommandLineOption m_endpoint;
    const QCommandLineOption m_lang;
    const QCommandLineOption m_dryRun;
    const QCommandLineOption m_save;
    const QCommandLineOption m_categories;
    const QCommandLineOption m_saveToken;
    const QCommandLineOption m_forgetToken;
};

} // namespace hindsight
