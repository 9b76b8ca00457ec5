#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace hindsight::suggestionwords {

/// A word of the incident, with every form of it the incident used.
struct Term
{
    QString key;
    bool cjk = false;
    /// Occurrences, each counted with the weight of its field.
    double count = 0;
    /// For a pair of Japanese characters, its share of its word; for a part of a word such as `alb` of `alb-1`, a
    /// half; else 1.
    double share = 0;
    QHash<QString, double> forms;
    /// The forms the incident used, the most used first (WordProfile::finish() fills it).
    QStringList seenForms;
    /// How many of the incident's own log entries have it (the log index holds them too).
    int ownEntries = 0;
    int firstSeen = 0;
    double weight = 0;
};

/// A run of Japanese text of the incident, kept to name the stretches a candidate shares (`タイムアウト` rather than
/// its pairs).
struct CjkRun
{
    QStringList characters;
    /// The key of each pair (characters i and i + 1), empty for pairs left out.
    QStringList pairKeys;
};

/// The incident's text as weighted words, as Suggestions reads it: its words (English ones folded to a common stem,
/// Japanese runs by their pairs of characters), each counted with the weight of the field it is in.
class WordProfile
{
public:
    /// Adds a field's text; `logEntry` for one entry of the incident's own log.
    void add(const QString &text, double fieldWeight, bool logEntry = false);

    /// Done adding text: weighs each word.
    void finish();

    const QHash<QString, Term> &terms() const { return m_terms; }
    const QList<CjkRun> &runs() const { return m_runs; }

    /// The `count` weightiest words, weightiest first.
    QList<const Term *> strongest(int count) const;

private:
    void addTerm(const QString &key, const QString &form, double share, double fieldWeight, bool cjk,
                 QSet<QString> &inThisText);

    void addRun(const QStringList &characters, double fieldWeight, QSet<QString> &inThisText);

    QHash<QString, Term> m_terms;
    QList<CjkRun> m_runs;
};

/// The forms of `key` the index may hold besides those the incident used, for the collections small enough to ask
/// about each (playbooks, incidents' titles and summaries).
QStringList inflections(const QString &key, const QStringList &seen);
/// An FTS5 expression matching any of `tokens` in the index's `words` column.
QString anyOf(const QStringList &tokens);
/// Whether a pair with this character in it ends many unrelated Japanese words (the long vowel mark, a small kana).
bool isWordEnding(const QString &character);
/// The keys of the tokens in a `words` column, field by field (the index separates fields with a lone `-`).
QList<QSet<QString>> fieldsOfWords(const QString &words);
/// The keys of the words of `text`, as the index cuts it.
QSet<QString> keysOf(const QString &text);

} // namespace hindsight::suggestionwords
