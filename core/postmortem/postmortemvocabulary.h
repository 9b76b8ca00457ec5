#pragma once

#include "documentlanguage.h"
#include "domain/enums.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace hindsight {

/// The sections of a postmortem document: the template's, the three parts of its lessons, and the review, which
/// documents written by hand record.
enum class PostmortemSection
{
    Summary,
    Links,
    When,
    People,
    Severity,
    Products,
    Investigation,
    RootCause,
    Lessons,
    WentWell,
    WentWrong,
    GotLucky,
    ActionItems,
    Review
};

/// The columns of the action items' table. The template has no due date; tables written by hand often do.
enum class ActionItemColumn
{
    Title,
    Type,
    Priority,
    Owner,
    Status,
    Due
};

/// The lines of a review written by hand: `日付: 2021/8/10`, `参加者: 山田、鈴木`, `部門長: 出席`.
enum class ReviewField
{
    Date,
    Attendees,
    HeadOfDepartment
};

template<>
struct EnumKeys<PostmortemSection>
{
    static constexpr std::array<std::pair<PostmortemSection, const char *>, 14> table{
        {{PostmortemSection::Summary, "summary"},
         {PostmortemSection::Links, "links"},
         {PostmortemSection::When, "when"},
         {PostmortemSection::People, "people"},
         {PostmortemSection::Severity, "severity"},
         {PostmortemSection::Products, "products"},
         {PostmortemSection::Investigation, "investigation"},
         {PostmortemSection::RootCause, "root-cause"},
         {PostmortemSection::Lessons, "lessons"},
         {PostmortemSection::WentWell, "went-well"},
         {PostmortemSection::WentWrong, "went-wrong"},
         {PostmortemSection::GotLucky, "got-lucky"},
         {PostmortemSection::ActionItems, "action-items"},
         {PostmortemSection::Review, "review"}}};
};

template<>
struct EnumKeys<ActionItemColumn>
{
    static constexpr std::array<std::pair<ActionItemColumn, const char *>, 6> table{
        {{ActionItemColumn::Title, "title"},
         {ActionItemColumn::Type, "type"},
         {ActionItemColumn::Priority, "priority"},
         {ActionItemColumn::Owner, "owner"},
         {ActionItemColumn::Status, "status"},
         {ActionItemColumn::Due, "due"}}};
};

template<>
struct EnumKeys<ReviewField>
{
    static constexpr std::array<std::pair<ReviewField, const char *>, 3> table{
        {{ReviewField::Date, "date"},
         {ReviewField::Attendees, "attendees"},
         {ReviewField::HeadOfDepartment, "head-of-department"}}};
};

/// The words of a postmortem document in each language it is written in, for the export and the import alike. They
/// follow the document's language, not the window's (which Qt Linguist translates): a team may use Hindsight in
/// English and write its postmortems in Japanese. The export writes a value's word in the document's language; the
/// import reads every spelling of it in either language, since hand-written documents mix them, and a document
/// Hindsight exported must read back to what it was exported from.
namespace postmortemvocabulary {

/// What a document writes for the value.
QString word(LogEntryKind kind, DocumentLanguage language);
QString word(ActionItemType type, DocumentLanguage language);
QString word(ActionItemStatus status, DocumentLanguage language);
/// As the store's own entries name a status when it changes ("Status changed from Investigating to Mitigated.").
QString word(IncidentStatus status, DocumentLanguage language);

/// Severities and priorities are written with the same words in both languages, as teams say them: Low, Middle...
QString levelName(Severity severity);
QString levelName(ActionItemPriority priority);

/// Every spelling of the value that the import reads: the document's words (Japanese, then English; or the level
/// name), then what people write by hand. The import compares them without regard to width, case or blanks.
QStringList spellings(LogEntryKind kind);
QStringList spellings(ActionItemType type);
QStringList spellings(ActionItemStatus status);
QStringList spellings(Severity severity);
QStringList spellings(ActionItemPriority priority);
/// The label of the role in the list of people (`- SRE:`).
QStringList spellings(PersonRole role);
/// The column's header.
QStringList spellings(ActionItemColumn column);
/// The label of the line of the review (`日付:`).
QStringList spellings(ReviewField field);
/// The headings of the section in `language`, the template's first. A heading belongs to one language only: the
/// import tells a document's language from its headings.
QStringList spellings(PostmortemSection section, DocumentLanguage language);
/// How a review records whether the head of department attended: 出席, yes... when `attended`, else 欠席, no...
QStringList attendanceSpellings(bool attended);

/// After the kind of an entry Hindsight wrote itself: "（自動記録）", " (automatic)".
QString automaticMark(DocumentLanguage language);
/// A file attached to a log entry, named but not linked: "(screenshot: a.png)" for an image. `name` goes in as given.
QString attachmentMention(const QString &name, bool image, DocumentLanguage language);
/// The word that starts such a mention: screenshot for an image, else attachment.
QString attachmentLabel(bool image, DocumentLanguage language);

/// An incident: "Incident %1: %2", `%1` its number, `%2` its title.
QString incident(DocumentLanguage language);
/// After an earlier incident among the related links: " (%1, %2)", `%1` the date it was detected, `%2` its severity.
QString incidentDetails(DocumentLanguage language);
/// Reads back an earlier incident as incident() and incidentDetails() write it: number, title, date, severity.
const QRegularExpression &relatedIncidentPattern(DocumentLanguage language);
/// What a title heading written by hand may start with before the title: "Incident 12:", "ポストモーテム:".
const QRegularExpression &titlePrefixPattern();
/// Between names in a line: "、", ", ".
QString separator(DocumentLanguage language);

/// The sentence of the entries the store writes itself when an incident's severity or status changes
/// (IncidentStore::update), in the language the window had then: "Severity changed from Middle to High."
struct ChangeSentence
{
    /// `%1` the field, `%2` what it was, `%3` what it became.
    QString text;
    /// Reads `text` back: field, from, to.
    QRegularExpression pattern;
    /// The fields, as `%1`.
    QString severity;
    QString status;
};
const ChangeSentence &changeSentence(DocumentLanguage language);

/// The title of what the import could not place, kept with the incident in the document's language.
QString notUnderstoodTitle(DocumentLanguage language);
/// Where a piece of it was: `%1` the section, `%2` the line.
QString notUnderstoodPlace(DocumentLanguage language);
/// The section of text before a document's first heading.
QString beforeFirstSection(DocumentLanguage language);

} // namespace postmortemvocabulary

} // namespace hindsight
