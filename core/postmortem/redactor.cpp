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
// Where two rules mask the same text, the earlier one names it: the vendors' formats come before the generic shapes.
constexpr BuiltInRule BuiltInRules[] = {
    // PEM (RSA, EC, DSA, PKCS #8, ENCRYPTED, OPENSSH) and OpenPGP armour (PGP PRIVATE KEY BLOCK).
    {"private-key", R"(-----BEGIN[A-Z0-9 ]* PRIVATE KEY(?: BLOCK)?-----)"
                    R"((?:[\s\S]*?-----END[A-Z0-9 ]* PRIVATE KEY(?: BLOCK)?-----|[\s\S]*))"},
    {"github-token", R"(\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}))"},
    {"aws-access-key", R"(\b(?:AKIA|ASIA)[A-Z0-9]{16}\b)"},
    // A secret key is 40 characters of base64 with no mark of its own, so it is only recognised by what stands
    // before it: its name (aws_secret_access_key = …, "SecretAccessKey": "…", aws configure's prompt
    // "AWS Secret Access Key [None]: …"), or its key id, a few words before on the same line or the line above
    // (AKIA…:secret, a CSV row, a credentials file), and then only when it mixes upper and lower case, as random
    // base64 does and a hexadecimal commit id does not.
    {"aws-secret-key",
     R"((?:(?i:(?:aws[ _.-]?)?secret[ _.-]?access[ _.-]?key)(?:\\?["'])?(?:[^\S\n]*\[[^\]\n]{0,40}\])?)"
     R"((?:\s*[=:]\s*|[^\S\n]+)(?:\\?["'])?)"
     R"(|\b(?:AKIA|ASIA)[A-Z0-9]{16}\b)"
     R"((?:(?:[^\w\n/+]{1,8}\w{1,30}+(?!\w)){0,6}?[^\w\n/+]{1,8})"
     R"(|(?:[^\w\n/+]{1,8}\w{1,30}+(?!\w)){0,2}?[^\w\n/+]{0,8}\n)"
     R"([^\w\n/+]{0,8}(?:\w{1,30}+(?!\w)[^\w\n/+]{1,8}){0,6}?))"
     R"((?=[A-Za-z0-9/+]{0,39}[a-z])(?=[A-Za-z0-9/+]{0,39}[A-Z]))"
     R"()(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=]))"},
    // Bot, user, workspace, refresh and rotating (xoxe.xoxp-…) tokens, app-level tokens (xapp-…) and the browser
    // session's xoxc-/xoxd- values.
    {"slack-token", R"(\b(?:xoxe\.)?(?:xox[abcdeprs]|xapp)-[A-Za-z0-9%-]{10,})"},
    {"slack-webhook", R"(https://hooks\.slack\.com/services/[A-Za-z0-9/_-]+)"},
    {"jwt", R"(\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})"},
    {"bearer-token", R"((?i)\bbearer\s+(?<secret>[A-Za-z0-9\-._~+/]{16,}=*))"},
    {"basic-auth", R"((?i)\bauthorization\s*:\s*basic\s+(?<secret>[A-Za-z0-9+/]{8,}=*))"},
    {"url-password", R"((?i)\b[a-z][a-z0-9+.-]*://[^/\s:@]+:(?<secret>[^/\s@]+)@)"},
    // Not placeholders and flags: password: null, passwordless: true, password_hint_shown: no.
    {"password", R"((?i)(?:password|passwd|pwd)\w*["']?\s*[=:]\s*)"
                 R"((?!(?:null|none|nil|true|false|yes|no|on|off|undefined|\*+|<[^>\n]*>|\$[({]?[\w.-]*[)}]?))"
                 R"((?:[\s,;&)}\]]|$)))"
                 R"((?<secret>"[^"\n]+"|'[^'\n]+'|[^\s"',;&]+))"},
    // Personal, project and group access tokens (legacy and routable glpat-…), OAuth application secrets, deploy,
    // runner, CI job, trigger, feed, incoming mail, agent, SCIM and feature flag tokens, runner registration tokens.
    {"gitlab-token", R"(\b(?:gl(?:pat|oas|dt|rt|cbt|ptt|ft|imt|agent|soat|ffct)-[A-Za-z0-9_-]{20,})"
                     R"((?:(?:\.[0-9a-z]{2})?\.[0-9a-z]{9}\b)?|GR1348941[A-Za-z0-9_-]{20,}))"},
    {"google-api-key", R"(\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-]))"},
    // Secret and restricted keys, live and test (a test key still reads and writes the account's test data), and
    // webhook signing secrets. Publishable keys (pk_…) are meant to be public and stay.
    {"stripe-key", R"(\b(?:[rs]k_(?:live|test)_[0-9A-Za-z]{16,}|whsec_[0-9A-Za-z+/=]{24,}))"},
    // An Authorization header where a header stands (a line of its own, as curl -v prints it, or in quotes, as in
    // curl -H "…" and JSON): its credentials whatever their length or scheme; the bearer and basic rules name them
    // when they know their shape. Not Digest: its response is bound to the server's nonce, and its fields are quoted.
    {"authorization",
     R"((?im)(?:^[ \t>*<-]*|(?<=["'\[{,(])))"
     R"((?:proxy-)?authorization(?:\\?["'])?[^\S\n]*[:=][^\S\n]*(?:\\?["'])?(?!digest\s))"
     R"((?:(?:bearer|basic|digest|negotiate|ntlm|oauth|token|apikey|api-key|key|sso-key|ssws|hoba|mutual|vapid)"
     R"(|scram-sha-(?:1|256)|aws4-hmac-sha256)[^\S\n]+)?)"
     R"((?!(?:bearer|basic|digest|negotiate|ntlm|token|\*+|\$[({]?[\w.-]*[)}]?|<[^>\n]*>)(?:[\s"'\\]|$)))"
     R"((?<secret>[^\s"'\\](?:[^"'\\\n]*[^\s"'\\])?))"},
    // curl's -u/--user (and --proxy-user) USER:PASSWORD, on the curl command's line or its continuation lines; only
    // there, because -u uid:gid is no secret to docker and the rest. The reach is bounded (five continuation lines,
    // 500 characters each): unbounded, a long line of "curl" words exhausted PCRE2's JIT stack, and QRegularExpression
    // then silently ended the whole search, leaving the password after them unmasked.
    {"password", R"(\bcurl\b(?:[^\n]{0,500}\\\r?\n){0,5}?[^\n]{0,500}?[^\S\n])"
                 R"((?:-[uU][^\S\n]*|--(?:proxy-)?user[^\S\n]+)["']?[^\s:"']*:(?<secret>[^\s"']+))"},
};

// The generic `name = value` shapes, one rule per kind of name (built by assignmentPattern()): after the vendors'
// formats, which name a value they recognise.
constexpr BuiltInRule AssignedSecrets[] = {
    {"token", R"(token)"},
    {"api-key", R"(api[_.-]?key|subscription[_.-]?key)"},
    {"secret", R"(secret(?:[_.-]?key)?)"},
    {"password", R"(pass(?:word|wd))"},
};

/// A value assigned to a name that ends in one of `names` (access_token, X-Api-Key, clientSecret...): `NAME=value`
/// anywhere (environment, query strings, logfmt, config files), `--NAME value` on a command line, `NAME: value` where
/// a key stands (at the start of a line as in YAML, or after a quote, brace or comma as in JSON and headers), and
/// `NAME: "value"` anywhere. A bare value has no spaces; a quoted one may, and its quotes stay. Values shorter than
/// four characters, placeholders (null, true, $VAR, ${VAR}, <token>, ***, xxx, {{ .Values.x }}) and function calls
/// (`token = read(...)`) are left, so that prose ("invalid token: expired"), templates and code stay as they are.
QString assignmentPattern(const char *names)
{
    static const QString shape = QStringLiteral(
        R"((?im)(?|(?<![\w.-])[\w.-]*?(?:%1)(?:\\?["'])?[^\S\n]*=(?![=>~])[^\S\n]*GUARD(?:VALUE))"
        R"(|(?<![\w-])--[\w-]*?(?:%1)[^\S\n]+GUARD(?:VALUE))"
        R"(|(?:^[ \t>#*-]*|(?<=["'])|[{,(\[][ \t]*)[\w.-]*?(?:%1)(?:\\?["'])?[^\S\n]*:(?!:)[^\S\n]*GUARD(?:VALUE))"
        R"(|(?<![\w.-])[\w.-]*?(?:%1)(?:\\?["'])?[^\S\n]*:[^\S\n]*GUARD(?:QUOTED)))");
    static const QString quoted =
        QStringLiteral(R"((?|\\?"(?<secret>[^"\\\n]{4,})\\?"|\\?'(?<secret>[^'\\\n]{4,})\\?'))");
    static const QString value = QStringLiteral(R"((?|\\?"(?<secret>[^"\\\n]{4,})\\?"|\\?'(?<secret>[^'\\\n]{4,})\\?')"
                                                R"(|(?<secret>[^\s"'`\\,;&=<>(){}\[\]][^\s"'`\\,;&<>(){}\[\]]{3,})))");
    static const QString guard = QStringLiteral(
        R"((?!\\?["']?(?:null|none|nil|true|false|undefined|redacted|\*+|x{3,}|\.{3}|<[^>\n]*>|\$[({]?[\w.-]*[)}]?)"
        R"(|%[sdv]|\{\{[^}\n]*\}\})\\?["']?(?:[\s,;&)}\]]|$)|[\w.:]+\())");
    return QString(shape)
        .replace(QLatin1String("GUARD"), guard)
        .replace(QLatin1String("VALUE"), value)
        .replace(QLatin1String("QUOTED"), quoted)
        .arg(QLatin1String(names));
}

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
    // Compiled once: copies of a QRegularExpression share its compiled (and JIT-compiled) pattern.
    static const QList<RedactionRule> builtIn = [] {
        QList<RedactionRule> rules;
        for (const BuiltInRule &rule : BuiltInRules)
            rules << RedactionRule{QString::fromLatin1(rule.name),
                                   QRegularExpression(QString::fromLatin1(rule.pattern)), QStringLiteral("built-in")};
        for (const BuiltInRule &rule : AssignedSecrets)
            rules << RedactionRule{QString::fromLatin1(rule.name), QRegularExpression(assignmentPattern(rule.pattern)),
                                   QStringLiteral("built-in")};
        for (RedactionRule &rule : rules) {
            Q_ASSERT(rule.pattern.isValid());
            rule.pattern.optimize();
        }
        return rules;
    }();
    m_rules = builtIn;
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
    return withUserPatternText(file.readAll(), path);
}

Redactor Redactor::withUserPatternText(const QByteArray &content, const QString &path)
{
    Redactor redactor;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(content);
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
            qsizetype start = group.isEmpty() ? match.capturedStart() : match.capturedStart(group);
            qsizetype end = start + (group.isEmpty() ? match.capturedLength() : match.capturedLength(group));
            if (end <= start)
                continue;
            // A user's \C matches one UTF-16 code unit: a mask covers whole characters, or half of one would be left.
            if (start > 0 && text.at(start).isLowSurrogate() && text.at(start - 1).isHighSurrogate())
                --start;
            if (end < text.size() && text.at(end).isLowSurrogate() && text.at(end - 1).isHighSurrogate())
                ++end;
            candidates << Candidate{start, end - start, r};
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
