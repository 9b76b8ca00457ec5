#include "githubtoken.h"

#include <QCoreApplication>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GitHubToken", text);
}

} // namespace

GitHubToken::GitHubToken(const QByteArray &value, Source source)
    : m_value(value.trimmed())
    , m_source(m_value.isEmpty() ? Source::None : source)
{}

GitHubToken GitHubToken::fromEnvironment()
{
    if (const QByteArray value = qgetenv("HINDSIGHT_GITHUB_TOKEN").trimmed(); !value.isEmpty())
        return GitHubToken(value, Source::HindsightVariable);
    if (const QByteArray value = qgetenv("GITHUB_TOKEN").trimmed(); !value.isEmpty())
        return GitHubToken(value, Source::GitHubVariable);
    return {};
}

QString GitHubToken::sourceDescription() const
{
    switch (m_source) {
    case Source::None:
        return tr("no token");
    case Source::HindsightVariable:
        return tr("the token from $HINDSIGHT_GITHUB_TOKEN");
    case Source::GitHubVariable:
        return tr("the token from $GITHUB_TOKEN");
    case Source::Keychain:
        return tr("the token from the system keychain");
    case Source::Given:
        return tr("the token");
    }
    return {};
}

QByteArray GitHubToken::authorizationHeader() const
{
    return QByteArrayLiteral("bearer ") + m_value;
}

QString GitHubToken::mask()
{
    return QStringLiteral("********");
}

QString GitHubToken::scrub(const QString &text) const
{
    if (m_value.isEmpty())
        return text;
    QString scrubbed = text;
    scrubbed.replace(QString::fromUtf8(m_value), mask());
    return scrubbed;
}

bool GitHubToken::occursIn(const QString &text) const
{
    return !m_value.isEmpty() && text.contains(QString::fromUtf8(m_value));
}

} // namespace hindsight
