#include "postmortemvocabulary.h"

#include <cstddef>

namespace hindsight::postmortemvocabulary {

using namespace Qt::StringLiterals;

namespace {

/// A value and what a document writes for it, in Japanese and in English.
template<typename E>
struct DocumentWords
{
    E value;
    const char16_t *japanese;
    const char16_t *english;
};

/// A value whose name is the same in both languages.
template<typename E>
struct LevelName
{
    E value;
    const char16_t *name;
};

/// Another spelling of a value, which the import reads too: what people write by hand.
template<typename E>
struct OtherSpelling
{
    E value;
    const char16_t *spelling;
};

/// Another heading of a section, in the language it belongs to.
struct OtherHeading
{
    PostmortemSection section;
    DocumentLanguage language;
    const char16_t *heading;
};

/// Whether `table` has one row, and only one, for each value of its enum.
template<typename Row, std::size_t N>
constexpr bool coversEachValueOnce(const Row (&table)[N])
{
    using Enum = decltype(Row::value);
    for (const Enum value : allValues<Enum>()) {
        std::size_t rows = 0;
        for (const Row &row : table)
            rows += row.value == value ? 1 : 0;
        if (rows != 1)
            return false;
    }
    return N == allValues<Enum>().size();
}

constexpr DocumentWords<LogEntryKind> LogEntryKinds[] = {{LogEntryKind::Note, u"メモ", u"Note"},
                                                         {LogEntryKind::Hypothesis, u"仮説", u"Hypothesis"},
                                                         {LogEntryKind::Finding, u"発見", u"Finding"},
                                                         {LogEntryKind::Action, u"対応", u"Action"},
                                                         {LogEntryKind::DeadEnd, u"行き止まり", u"Dead end"},
                                                         {LogEntryKind::Decision, u"決定", u"Decision"}};
static_assert(coversEachValueOnce(LogEntryKinds));

constexpr OtherSpelling<LogEntryKind> OtherLogEntryKinds[] = {
    {LogEntryKind::Note, u"ノート"},      {LogEntryKind::Finding, u"判明"},   {LogEntryKind::Action, u"対処"},
    {LogEntryKind::DeadEnd, u"Dead-end"}, {LogEntryKind::DeadEnd, u"無関係"}, {LogEntryKind::Decision, u"判断"}};

constexpr DocumentWords<ActionItemType> ActionItemTypes[] = {
    {ActionItemType::Repair, u"修復", u"Repair"},
    {ActionItemType::Investigate, u"調査", u"Investigate"},
    {ActionItemType::PreventRecurrence, u"再発防止", u"Prevent recurrence"},
    {ActionItemType::Improve, u"改善", u"Improve"}};
static_assert(coversEachValueOnce(ActionItemTypes));

constexpr OtherSpelling<ActionItemType> OtherActionItemTypes[] = {{ActionItemType::Repair, u"復旧"},
                                                                  {ActionItemType::Repair, u"修正"},
                                                                  {ActionItemType::Repair, u"Fix"},
                                                                  {ActionItemType::Investigate, u"Investigation"},
                                                                  {ActionItemType::PreventRecurrence, u"Prevent"},
                                                                  {ActionItemType::PreventRecurrence, u"Prevention"},
                                                                  {ActionItemType::Improve, u"Improvement"}};

constexpr DocumentWords<ActionItemStatus> ActionItemStatuses[] = {
    {ActionItemStatus::NotStarted, u"未着手", u"Not started"},
    {ActionItemStatus::InProgress, u"対応中", u"In progress"},
    {ActionItemStatus::Done, u"完了", u"Done"},
    {ActionItemStatus::WontDo, u"対応しない", u"Won't do"}};
static_assert(coversEachValueOnce(ActionItemStatuses));

constexpr OtherSpelling<ActionItemStatus> OtherActionItemStatuses[] = {
    {ActionItemStatus::NotStarted, u"TODO"},   {ActionItemStatus::NotStarted, u"To do"},
    {ActionItemStatus::NotStarted, u"Open"},   {ActionItemStatus::NotStarted, u"未対応"},
    {ActionItemStatus::InProgress, u"WIP"},    {ActionItemStatus::InProgress, u"Doing"},
    {ActionItemStatus::InProgress, u"進行中"}, {ActionItemStatus::Done, u"Closed"},
    {ActionItemStatus::Done, u"Complete"},     {ActionItemStatus::Done, u"Completed"},
    {ActionItemStatus::Done, u"済"},           {ActionItemStatus::Done, u"対応済み"},
    {ActionItemStatus::WontDo, u"Wont do"},    {ActionItemStatus::WontDo, u"Won’t do"},
    {ActionItemStatus::WontDo, u"見送り"}};

constexpr DocumentWords<IncidentStatus> IncidentStatuses[] = {
    {IncidentStatus::Investigating, u"調査中", u"Investigating"},
    {IncidentStatus::Mitigated, u"緩和済み", u"Mitigated"},
    {IncidentStatus::Resolved, u"解決済み", u"Resolved"},
    {IncidentStatus::Closed, u"クローズ", u"Closed"}};
static_assert(coversEachValueOnce(IncidentStatuses));

constexpr LevelName<Severity> Severities[] = {{Severity::Low, u"Low"},
                                              {Severity::Middle, u"Middle"},
                                              {Severity::High, u"High"},
                                              {Severity::Critical, u"Critical"}};
static_assert(coversEachValueOnce(Severities));

constexpr OtherSpelling<Severity> OtherSeverities[] = {{Severity::Middle, u"Medium"}};

constexpr LevelName<ActionItemPriority> Priorities[] = {
    {ActionItemPriority::Low, u"Low"}, {ActionItemPriority::Middle, u"Middle"}, {ActionItemPriority::High, u"High"}};
static_assert(coversEachValueOnce(Priorities));

constexpr OtherSpelling<ActionItemPriority> OtherPriorities[] = {{ActionItemPriority::Low, u"低"},
                                                                 {ActionItemPriority::Middle, u"Medium"},
                                                                 {ActionItemPriority::Middle, u"中"},
                                                                 {ActionItemPriority::High, u"高"}};

constexpr DocumentWords<PersonRole> Roles[] = {{PersonRole::Sre, u"SRE", u"SRE"},
                                               {PersonRole::Development, u"開発", u"Development"},
                                               {PersonRole::FollowUp, u"フォローアップ", u"Follow-up"},
                                               {PersonRole::Facilitator, u"ファシリテーター", u"Facilitator"},
                                               {PersonRole::HeadOfDepartment, u"部門長", u"Head of department"}};
static_assert(coversEachValueOnce(Roles));

constexpr OtherSpelling<PersonRole> OtherRoles[] = {
    {PersonRole::Development, u"Dev"},    {PersonRole::Development, u"Developers"},
    {PersonRole::Development, u"開発者"}, {PersonRole::FollowUp, u"Follow up"},
    {PersonRole::FollowUp, u"Followup"},  {PersonRole::Facilitator, u"ファシリテータ"}};

constexpr DocumentWords<ActionItemColumn> Columns[] = {{ActionItemColumn::Title, u"アクションアイテム", u"Action item"},
                                                       {ActionItemColumn::Type, u"種類", u"Type"},
                                                       {ActionItemColumn::Priority, u"優先度", u"Priority"},
                                                       {ActionItemColumn::Owner, u"担当", u"Owner"},
                                                       {ActionItemColumn::Status, u"対応状況", u"Status"},
                                                       {ActionItemColumn::Due, u"期限", u"Due"}};
static_assert(coversEachValueOnce(Columns));

constexpr OtherSpelling<ActionItemColumn> OtherColumns[] = {
    {ActionItemColumn::Title, u"タスク"},      {ActionItemColumn::Title, u"Task"},
    {ActionItemColumn::Title, u"内容"},        {ActionItemColumn::Title, u"Item"},
    {ActionItemColumn::Type, u"種別"},         {ActionItemColumn::Owner, u"担当者"},
    {ActionItemColumn::Owner, u"Assignee"},    {ActionItemColumn::Status, u"状態"},
    {ActionItemColumn::Status, u"ステータス"}, {ActionItemColumn::Due, u"Due date"}};

constexpr DocumentWords<ReviewField> ReviewFields[] = {
    {ReviewField::Date, u"日付", u"Date"},
    {ReviewField::Attendees, u"参加者", u"Attendees"},
    {ReviewField::HeadOfDepartment, u"部門長", u"Head of department"}};
static_assert(coversEachValueOnce(ReviewFields));

constexpr OtherSpelling<ReviewField> OtherReviewFields[] = {
    {ReviewField::Date, u"日時"},
    {ReviewField::Date, u"開催日"},
    {ReviewField::Attendees, u"出席者"},
    {ReviewField::Attendees, u"Participants"},
    {ReviewField::HeadOfDepartment, u"部門長の出席"},
    {ReviewField::HeadOfDepartment, u"Head of department attended"}};

/// The template's headings (postmortem.ja.md.mustache, postmortem.en.md.mustache); the lessons' parts are bold lines.
constexpr DocumentWords<PostmortemSection> Headings[] = {
    {PostmortemSection::Summary, u"概要", u"Summary"},
    {PostmortemSection::Links, u"関連URL", u"Related links"},
    {PostmortemSection::When, u"発生日時", u"When it happened"},
    {PostmortemSection::People, u"担当者", u"People"},
    {PostmortemSection::Severity, u"重大度", u"Severity"},
    {PostmortemSection::Products, u"影響を受けたプロダクト", u"Affected products"},
    {PostmortemSection::Investigation, u"調査", u"Investigation"},
    {PostmortemSection::RootCause, u"問題の原因", u"Root cause"},
    {PostmortemSection::Lessons, u"教訓", u"Lessons learned"},
    {PostmortemSection::WentWell, u"うまくいったこと", u"What went well"},
    {PostmortemSection::WentWrong, u"うまくいかなかったこと", u"What went wrong"},
    {PostmortemSection::GotLucky, u"運が良かったこと", u"Where we got lucky"},
    {PostmortemSection::ActionItems, u"アクションアイテム", u"Action items"},
    {PostmortemSection::Review, u"レビュー", u"Review"}};
static_assert(coversEachValueOnce(Headings));

constexpr auto Japanese = DocumentLanguage::Japanese;
constexpr auto English = DocumentLanguage::English;

constexpr OtherHeading OtherHeadings[] = {
    {PostmortemSection::Summary, Japanese, u"概略"},
    {PostmortemSection::Summary, English, u"Overview"},
    {PostmortemSection::Links, Japanese, u"関連リンク"},
    {PostmortemSection::Links, English, u"Links"},
    {PostmortemSection::Links, English, u"References"},
    {PostmortemSection::When, Japanese, u"発生時刻"},
    {PostmortemSection::When, Japanese, u"発生期間"},
    {PostmortemSection::When, Japanese, u"日時"},
    {PostmortemSection::When, English, u"When"},
    {PostmortemSection::When, English, u"Occurrences"},
    {PostmortemSection::People, Japanese, u"対応者"},
    {PostmortemSection::People, English, u"Responders"},
    {PostmortemSection::Severity, Japanese, u"深刻度"},
    {PostmortemSection::Products, Japanese, u"影響プロダクト"},
    {PostmortemSection::Products, Japanese, u"影響を受けたサービス"},
    {PostmortemSection::Products, English, u"Affected services"},
    {PostmortemSection::Products, English, u"Products"},
    {PostmortemSection::Investigation, Japanese, u"調査ログ"},
    {PostmortemSection::Investigation, English, u"Investigation log"},
    {PostmortemSection::Investigation, Japanese, u"タイムライン"},
    {PostmortemSection::Investigation, English, u"Timeline"},
    {PostmortemSection::RootCause, Japanese, u"原因"},
    {PostmortemSection::RootCause, Japanese, u"根本原因"},
    {PostmortemSection::RootCause, English, u"Cause"},
    {PostmortemSection::Lessons, Japanese, u"学び"},
    {PostmortemSection::Lessons, English, u"Lessons"},
    {PostmortemSection::WentWell, Japanese, u"良かったこと"},
    {PostmortemSection::WentWell, Japanese, u"よかったこと"},
    {PostmortemSection::WentWell, English, u"Went well"},
    {PostmortemSection::WentWrong, Japanese, u"悪かったこと"},
    {PostmortemSection::WentWrong, English, u"Went wrong"},
    {PostmortemSection::GotLucky, Japanese, u"運がよかったこと"},
    {PostmortemSection::GotLucky, English, u"Got lucky"},
    {PostmortemSection::ActionItems, Japanese, u"再発防止策"},
    {PostmortemSection::ActionItems, Japanese, u"対策"},
    {PostmortemSection::ActionItems, English, u"Actions"},
    {PostmortemSection::Review, Japanese, u"レビュー記録"},
    {PostmortemSection::Review, English, u"Review meeting"},
};

template<typename Row, std::size_t N>
const Row &rowOf(const Row (&table)[N], decltype(Row::value) value)
{
    for (const Row &row : table) {
        if (row.value == value)
            return row;
    }
    // Not reached: coversEachValueOnce() holds for every table.
    return table[0];
}

template<typename E, std::size_t N>
QString wordOf(const DocumentWords<E> (&table)[N], E value, DocumentLanguage language)
{
    const DocumentWords<E> &row = rowOf(table, value);
    return QString::fromUtf16(language == DocumentLanguage::Japanese ? row.japanese : row.english);
}

template<typename E, std::size_t M>
void addOthers(QStringList &spellings, const OtherSpelling<E> (&others)[M], E value)
{
    for (const OtherSpelling<E> &other : others) {
        if (other.value == value)
            spellings << QString::fromUtf16(other.spelling);
    }
    // Some words are the same in both languages (SRE).
    spellings.removeDuplicates();
}

template<typename E, std::size_t N, std::size_t M>
QStringList spellingsOf(const DocumentWords<E> (&table)[N], const OtherSpelling<E> (&others)[M], E value)
{
    const DocumentWords<E> &row = rowOf(table, value);
    QStringList spellings{QString::fromUtf16(row.japanese), QString::fromUtf16(row.english)};
    addOthers(spellings, others, value);
    return spellings;
}

template<typename E, std::size_t N, std::size_t M>
QStringList spellingsOf(const LevelName<E> (&table)[N], const OtherSpelling<E> (&others)[M], E value)
{
    QStringList spellings{QString::fromUtf16(rowOf(table, value).name)};
    addOthers(spellings, others, value);
    return spellings;
}

QString inLanguage(DocumentLanguage language, const char16_t *japanese, const char16_t *english)
{
    return QString::fromUtf16(language == DocumentLanguage::Japanese ? japanese : english);
}

} // namespace

QString word(LogEntryKind kind, DocumentLanguage language)
{
    return wordOf(LogEntryKinds, kind, language);
}

QString word(ActionItemType type, DocumentLanguage language)
{
    return wordOf(ActionItemTypes, type, language);
}

QString word(ActionItemStatus status, DocumentLanguage language)
{
    return wordOf(ActionItemStatuses, status, language);
}

QString word(IncidentStatus status, DocumentLanguage language)
{
    return wordOf(IncidentStatuses, status, language);
}

QString levelName(Severity severity)
{
    return QString::fromUtf16(rowOf(Severities, severity).name);
}

QString levelName(ActionItemPriority priority)
{
    return QString::fromUtf16(rowOf(Priorities, priority).name);
}

QStringList spellings(LogEntryKind kind)
{
    return spellingsOf(LogEntryKinds, OtherLogEntryKinds, kind);
}

QStringList spellings(ActionItemType type)
{
    return spellingsOf(ActionItemTypes, OtherActionItemTypes, type);
}

QStringList spellings(ActionItemStatus status)
{
    return spellingsOf(ActionItemStatuses, OtherActionItemStatuses, status);
}

QStringList spellings(Severity severity)
{
    return spellingsOf(Severities, OtherSeverities, severity);
}

QStringList spellings(ActionItemPriority priority)
{
    return spellingsOf(Priorities, OtherPriorities, priority);
}

QStringList spellings(PersonRole role)
{
    return spellingsOf(Roles, OtherRoles, role);
}

QStringList spellings(ActionItemColumn column)
{
    return spellingsOf(Columns, OtherColumns, column);
}

QStringList spellings(ReviewField field)
{
    return spellingsOf(ReviewFields, OtherReviewFields, field);
}

QStringList spellings(PostmortemSection section, DocumentLanguage language)
{
    QStringList spellings{wordOf(Headings, section, language)};
    for (const OtherHeading &other : OtherHeadings) {
        if (other.section == section && other.language == language)
            spellings << QString::fromUtf16(other.heading);
    }
    return spellings;
}

QStringList attendanceSpellings(bool attended)
{
    static const QStringList yes = {u"出席"_s, u"あり"_s, u"参加"_s, u"yes"_s, u"attended"_s, u"present"_s};
    static const QStringList no = {u"欠席"_s, u"なし"_s, u"不参加"_s, u"no"_s, u"absent"_s};
    return attended ? yes : no;
}

QString automaticMark(DocumentLanguage language)
{
    return inLanguage(language, u"（自動記録）", u" (automatic)");
}

QString attachmentMention(const QString &name, bool image, DocumentLanguage language)
{
    return inLanguage(language, u"（%1: %2）", u"(%1: %2)").arg(attachmentLabel(image, language), name);
}

QString attachmentLabel(bool image, DocumentLanguage language)
{
    return image ? inLanguage(language, u"スクリーンショット", u"screenshot")
                 : inLanguage(language, u"添付ファイル", u"attachment");
}

QString incident(DocumentLanguage language)
{
    return inLanguage(language, u"インシデント %1: %2", u"Incident %1: %2");
}

QString incidentDetails(DocumentLanguage language)
{
    return inLanguage(language, u"（%1、%2）", u" (%1, %2)");
}

const QRegularExpression &relatedIncidentPattern(DocumentLanguage language)
{
    static const QRegularExpression japanese(
        QStringLiteral(R"(^インシデント (\d+): (.*)（([^（、]+)、(Low|Middle|High|Critical)）$)"));
    static const QRegularExpression english(
        QStringLiteral(R"(^Incident (\d+): (.*) \(([^(,]+), (Low|Middle|High|Critical)\)$)"));
    return language == DocumentLanguage::Japanese ? japanese : english;
}

const QRegularExpression &titlePrefixPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"(^(?:インシデント\s*\d+\s*[:：]|Incident\s+\d+\s*:|ポストモーテム\s*[:：]|Postmortem\s*:)\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString separator(DocumentLanguage language)
{
    return inLanguage(language, u"、", u", ");
}

const ChangeSentence &changeSentence(DocumentLanguage language)
{
    static const ChangeSentence japanese{u"%1 を %2 から %3 に変更しました。"_s,
                                         QRegularExpression(u"^(\\S+) を (.+) から (.+) に変更しました。$"_s),
                                         u"重大度"_s, u"ステータス"_s};
    static const ChangeSentence english{u"%1 changed from %2 to %3."_s,
                                        QRegularExpression(u"^(\\S+) changed from (.+) to (.+)\\.$"_s), u"Severity"_s,
                                        u"Status"_s};
    return language == DocumentLanguage::Japanese ? japanese : english;
}

QString notUnderstoodTitle(DocumentLanguage language)
{
    return inLanguage(language, u"取り込めなかった内容", u"Imported, not understood");
}

QString notUnderstoodPlace(DocumentLanguage language)
{
    return inLanguage(language, u"%1（%2 行目）:", u"%1 (line %2):");
}

QString beforeFirstSection(DocumentLanguage language)
{
    return inLanguage(language, u"最初の見出しの前", u"Before the first section");
}

} // namespace hindsight::postmortemvocabulary
