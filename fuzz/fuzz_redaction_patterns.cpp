// The user's redaction-pattern file (redaction-patterns.txt: one regular expression a line), read as
// Redactor::withUserPatterns reads it, and the redactor it makes applied to a fixed text holding secrets, masks,
// Japanese, emoji and CRLF lines, as an export applies it to a postmortem.
#include "fuzztargets.h"
#include "postmortem/redactor.h"

#include <QSet>
#include <QStringDecoder>

namespace hindsight::fuzz {

namespace {

const QString &sampleText()
{
    static const QString text = QStringLiteral(
        "2021-08-01 04:02 deploy api-7 started by alice\n"
        "curl -H 'Authorization: Bearer abcdefghijklmnopqrstuvwxyz' -u deploy:hunter22 https://api.example.com\r\n"
        "token=ghp_1234567890abcdefghijABCDEFGHIJ123456 api_key=AIzaSyDdVgKwhZl0sTTTLZ7iTmt1r3N2cJLnaDk\n"
        "AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY already [REDACTED:custom] once\n"
        "postgres://app:pa55word@db.internal:5432/app password=s3cr3t! CUST-123456\n"
        "token bucket refilled; password reset flow failed; 障害対応 🚨👩‍💻 終了\n"
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n"
        "\tindent\tand the end");
    return text;
}

} // namespace

void readRedactionPatterns(const QByteArray &data)
{
    // A user's pattern may backtrack without end: PCRE2 stops a match at its match limit (ten million steps, up to
    // 0.2 s in this build) and QRegularExpression then ends that pattern's search, so each pattern costs at most about
    // that much on the text. Four patterns keep a run well under fuzz/run-ci.sh's 2 s.
    if (data.size() > 4096)
        return;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString file = decoder.decode(data);
    qsizetype patterns = 0;
    for (const QString &line : file.split(QLatin1Char('\n')))
        patterns += !line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1Char('#'));
    if (patterns > 4)
        return;
    static const qsizetype builtInRules = Redactor().rules().size();
    const QString path = QStringLiteral("/home/user/.config/hindsight/redaction-patterns.txt");
    const Redactor redactor = Redactor::withUserPatternText(data, path);

    // Every line that is not blank or a comment is either applied or reported, with its line number.
    const QList<RedactionRule> rules = redactor.rules();
    check(rules.size() >= builtInRules, "the built-in rules are always there");
    QSet<int> lines;
    for (qsizetype i = builtInRules; i < rules.size(); ++i) {
        const RedactionRule &rule = rules.at(i);
        check(rule.name == QLatin1String("custom") && rule.pattern.isValid(), "a user's rule is custom and valid");
        check(rule.origin.startsWith(path + QLatin1Char(':')), "a user's rule names its file");
        const int line = rule.origin.mid(path.size() + 1).toInt();
        check(line > 0 && !lines.contains(line), "a user's rule names its own line");
        lines.insert(line);
    }
    for (const RedactionProblem &problem : redactor.problems()) {
        check(problem.file == path && !problem.message.isEmpty(), "a problem says where and what");
        check(problem.line >= 0 && !lines.contains(problem.line), "a line is either applied or reported");
        check(problem.toString().startsWith(path + QLatin1Char(':')), "a problem reads file:line: message");
        lines.insert(problem.line);
    }
    if (decoder.hasError())
        check(rules.size() == builtInRules && redactor.problems().size() == 1, "a file that is not UTF-8 is refused");
    else
        check(lines.size() == patterns, "every pattern line is either applied or reported");

    const QString &text = sampleText();
    const QList<RedactionMatch> matches = redactor.find(text);
    qsizetype end = 0;
    qsizetype masked = 0;
    qsizetype masks = 0;
    for (const RedactionMatch &match : matches) {
        check(match.start >= end && match.length > 0 && match.start + match.length <= text.size(),
              "matches are inside the text, in order and apart");
        for (const qsizetype edge : {match.start, match.start + match.length}) {
            check(edge == 0 || edge == text.size() ||
                      !(text.at(edge - 1).isHighSurrogate() && text.at(edge).isLowSurrogate()),
                  "a mask never splits a character");
        }
        end = match.start + match.length;
        masked += match.length;
        masks += Redactor::mask(match.rule).size();
    }
    int count = -1;
    const QString redacted = redactor.redact(text, &count);
    check(count == matches.size(), "redact() masks what find() reports");
    check(redacted.size() == text.size() - masked + masks, "only the matches are replaced");
}

} // namespace hindsight::fuzz

HINDSIGHT_FUZZ_TARGET(hindsight::fuzz::readRedactionPatterns)
