#include "redactor.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QStringDecoder>

#include <algorithm>

namespace hindsight {

namespace {

struct BuiltInRule
{
    const char *name;
    const char *pattern;
};

// Token formats as their issuers document them; lengths are lower bounds so that a shortened paste is still caught.
constexpr BuiltInRule BuiltInRules[] = {
    {"private-key", R"(-----BEGIN[A-Z0-9 ]* PRIVATE KEY-----(?:[\s\S]*?-----END[A-Z0-9 ]* PRIVATE KEY-----|[\s\S]*))"},
    {"github-token", R"(\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}))"},
    {"aws-access-key", R"(\b(?:AKIA|ASIA)[A-Z0-9]{16}\b)"},
    {"aws-secret-key",
     R"((?i:aws_?secret_?access_?key)["']?\s*[=:]\s*["']?(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=]))"},
    {"slack-token", R"(\bxox[abprs]-[A-Za-z0-9-]{10,})"},
    {"slack-webhook", R"(https://hooks\.slack\.com/services/[A-Za-z0-9/_-]+)"},
    {"jwt", R"(\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})"},
    {"bearer-token", R"((?i)\bbearer\s+(?<secret>[A-Za-z0-9\-._~+/]{16,}=*))"},
    {"basic-auth", R"((?i)\bauthorization\s*:\s*basic\s+(?<secret>[A-Za-z0-9+/]{8,}=*))"},
    {"url-password", R"((?i)\b[a-z][a-z0-9+.-]*://[^/\s:@]+:(?<secret>[^/\s@]+)@)"},
    {"password", R"((?i)(?:password|passwd|pwd)\w*["']?\s*[=:]\s*(?<secret>"[^"\n]+"|'[^'\n]+'|[^\s"',;&]+))"},
};

const QRegularExpression &existingMask()
{
    static const QRegularExpression mask(QStringLiteral(R"(\[REDACTED:[A-Za-z0-9_-]+\])"));
    return mask;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Redactor", text);
}

} // namespace

QString RedactionProblem::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
}

Redactor::Redactor()
{
    for (const BuiltInRule &rule : BuiltInRules) {
        m_rules << RedactionRule{QString::fromLatin1(rule.name), QRegularExpression(QString::fromLatin1(rule.pattern)),
                                 QStringLiteral("built-in")};
        Q_ASSERT(m_rules.constLast().pattern.isValid());
    }
}

QString Redactor::userPatternFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/redaction-patterns.txt");
}

Redactor Redactor::withUserPatterns(const QString &path)
{
    Redactor redactor;
    QFile file(path);
    if (!file.exists())
        return redactor;
    if (!file.open(QIODevice::ReadOnly)) {
        redactor.m_problems << RedactionProblem{path, 0, tr("cannot be read: %1").arg(file.errorString())};
        return redactor;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        redactor.m_problems << RedactionProblem{path, 0, tr("is not UTF-8 text")};
        return redactor;
    }
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const int lineNumber = int(i) + 1;
        QRegularExpression pattern(line);
        if (!pattern.isValid()) {
            redactor.m_problems << RedactionProblem{
                path, lineNumber,
                tr("'%1' is not a valid regular expression: %2 at column %3; this pattern is not applied.")
                    .arg(line, pattern.errorString())
                    .arg(pattern.patternErrorOffset() + 1)};
            continue;
        }
        pattern.optimize();
        redactor.m_rules << RedactionRule{QStringLiteral("custom"), pattern,
                                          QStringLiteral("%1:%2").arg(path).arg(lineNumber)};
    }
    return redactor;
}

QString Redactor::mask(const QString &rule)
{
    return QStringLiteral("[REDACTED:%1]").arg(rule);
}

QList<RedactionMatch> Redactor::find(const QString &text) const
{
    struct Candidate
    {
        qsizetype start;
        qsizetype length;
        int rule; // -1: a mask already in the text
    };
    QList<Candidate> candidates;
    for (auto it = existingMask().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        candidates << Candidate{match.capturedStart(), match.capturedLength(), -1};
    }
    for (int r = 0; r < m_rules.size(); ++r) {
        const QRegularExpression &pattern = m_rules.at(r).pattern;
        const bool hasSecretGroup = pattern.namedCaptureGroups().contains(QStringLiteral("secret"));
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString group = hasSecretGroup && match.capturedStart(QStringLiteral("secret")) >= 0
                                      ? QStringLiteral("secret")
                                      : QString();
            const qsizetype start = group.isEmpty() ? match.capturedStart() : match.capturedStart(group);
            const qsizetype length = group.isEmpty() ? match.capturedLength() : match.capturedLength(group);
            if (length > 0)
                candidates << Candidate{start, length, r};
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if ((a.rule < 0) != (b.rule < 0))
            return a.rule < 0;
        if (a.length != b.length)
            return a.length > b.length;
        return a.rule < b.rule;
    });

    QList<RedactionMatch> matches;
    qsizetype end = 0;
    for (const Candidate &candidate : candidates) {
        if (candidate.start < end)
            continue;
        end = candidate.start + candidate.length;
        if (candidate.rule >= 0)
            matches << RedactionMatch{m_rules.at(candidate.rule).name, candidate.start, candidate.length};
    }
    return matches;
}

QString Redactor::redact(const QString &text, int *count) const
{
    const QList<RedactionMatch> matches = find(text);
    if (count)
        *count = int(matches.size());
    if (matches.isEmpty())
        return text;
    QString result;
    result.reserve(text.size());
    qsizetype at = 0;
    for (const RedactionMatch &match : matches) {
        result += QStringView(text).mid(at, match.start - at);
        result += mask(match.rule);
        at = match.start + match.length;
    }
    result += QStringView(text).mid(at);
    return result;
}

} // namespace hindsight
