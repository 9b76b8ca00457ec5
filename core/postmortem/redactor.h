#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace hindsight {

/// One kind of secret the redactor masks.
struct RedactionRule
{
    /// Shown in the mask, `[REDACTED:name]`: `github-token`, `password`..., `custom` for the user's own patterns.
    QString name;
    /// Masks the whole match, or only its capture group named `secret` when it has one (so that `password=` stays).
    QRegularExpression pattern;
    /// Where the rule comes from: `built-in`, or the user's file and line (`.../redaction-patterns.txt:3`).
    QString origin;
};

/// A secret found in a text: what a redact() call would mask.
struct RedactionMatch
{
    QString rule;
    /// The masked part of the text, in UTF-16 code units.
    qsizetype start = 0;
    qsizetype length = 0;

    bool operator==(const RedactionMatch &) const = default;
};

/// A line of the user's pattern file that could not be used.
struct RedactionProblem
{
    QString file;
    int line = 0;
    QString message;

    /// `file:line: message`, as compilers say it.
    QString toString() const;
};

/// Masks secrets (tokens, keys, passwords) in text before it leaves Hindsight in an export or a publication.
///
/// Built-in rules: GitHub tokens (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`, `github_pat_`), GitLab tokens (`glpat-…`
/// and the other `gl…-` kinds), Google API keys (`AIza…`), Stripe secret, restricted and webhook keys (`sk_live_…`,
/// `rk_test_…`, `whsec_…`), AWS access key ids (`AKIA…`, `ASIA…`) and secret keys (named, as in
/// `aws_secret_access_key=…` or aws configure's prompt, or a few words after their key id), Slack tokens (`xoxb-…`,
/// the other `xox?-` kinds, `xapp-…`), JSON web tokens, `password=…` / `passwd: …` / `pwd=…` values, values assigned
/// to names ending in token, api_key, secret or password (`access_token=…`, `"client_secret": "…"`, `--api-key …`),
/// Authorization headers (`Bearer …`, `Basic …`, `token …`), curl's `-u user:password`, passwords in URLs
/// (`https://user:secret@host`) and private key blocks (`-----BEGIN … PRIVATE KEY-----` or `PGP PRIVATE KEY BLOCK` to
/// the matching END line, or to the end of the text when the END line is missing).
///
/// Users add their own rules in userPatternFile(): one regular expression (Perl syntax, as QRegularExpression reads
/// it) per line; blank lines and lines starting with `#` are ignored; a named group `secret` masks only that part.
/// Their matches become `[REDACTED:custom]`.
///
/// Masking is deterministic: matches of all rules are taken in text order, the longest first where two start at the
/// same place, and a match that overlaps one already taken, or an earlier `[REDACTED:…]`, is left out.
class Redactor
{
public:
    /// The built-in rules only.
    Redactor();
    /// The built-in rules plus the valid lines of the pattern file at `path` (none when it does not exist). The lines
    /// that are not valid regular expressions are reported by problems().
    static Redactor withUserPatterns(const QString &path = userPatternFile());
    /// As withUserPatterns(), on the bytes of a pattern file already read; `path` only names its lines in the rules'
    /// origins and in problems().
    static Redactor withUserPatternText(const QByteArray &content, const QString &path);
    /// `redaction-patterns.txt` in the user's configuration folder (on Linux ~/.config/hindsight/).
    static QString userPatternFile();

    QList<RedactionRule> rules() const { return m_rules; }
    QList<RedactionProblem> problems() const { return m_problems; }

    /// What redact() would mask in `text`, in text order.
    QList<RedactionMatch> find(const QString &text) const;
    /// `text` with each secret replaced by `[REDACTED:rule]`; `count`, when given, receives the number masked.
    QString redact(const QString &text, int *count = nullptr) const;

    /// The mask written for a secret found by `rule`.
    static QString mask(const QString &rule);

private:
    QList<RedactionRule> m_rules;
    QList<RedactionProblem> m_problems;
};

} // namespace hindsight
