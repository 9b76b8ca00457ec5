#pragma once

#include "importdocument.h"
#include "postmortem/documentlanguage.h"
#include "postmortem/postmortemvocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace hindsight::importing {

/// What went well, what went wrong, where we got lucky: the parts of the lessons.
bool isLesson(std::optional<PostmortemSection> section);

/// The section a heading names, or a label such as "- What went well", at any level and with any numbering. Counts
/// the heading in `japanese` or `english`, by the language it is written in.
std::optional<PostmortemSection> sectionNamed(const QString &text, int *japanese = nullptr, int *english = nullptr);

/// A document cut into sections at its headings, which name the template's sections in any order and at any level.
/// A heading the template does not have starts a section of its own (kept with what was not understood), unless it is
/// below the heading of one of the template's sections; the parts of the lessons stay in the lessons' section.
class DocumentOutline
{
    // One context for every message of the import, the same at run time as in the translations.
    Q_DECLARE_TR_FUNCTIONS(hindsight::PostmortemImport)

public:
    /// Cuts `document`, warning about a section given twice. Throws ImportRefused for a document without at least
    /// two of the template's sections: it is not a postmortem.
    static DocumentOutline read(ImportDocument &document);

    /// In document order, starting with the text before the first heading.
    QList<DocumentSection> sections;
    /// The first heading, when it comes before the template's: the incident's title.
    QString title;
    /// The language most headings are written in.
    DocumentLanguage language = DocumentLanguage::Japanese;
    /// The template's sections the document has.
    QSet<PostmortemSection> found;
};

} // namespace hindsight::importing
