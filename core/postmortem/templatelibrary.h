#pragma once

#include "documentlanguage.h"
#include "markdowntemplate.h"

#include <QList>
#include <QString>

#include <array>

namespace hindsight {

/// The postmortem templates, one per document language, parsed once.
///
/// The built-in templates (templates/postmortem.<lang>.md.mustache, compiled into Hindsight) are used unless the
/// user has put a template of the same name in the override folder (userTemplateFolder(): on Linux
/// ~/.config/hindsight/templates/). An override that cannot be used (an unbalanced section, an unclosed tag, a name
/// Hindsight does not fill) is reported by problems(), with its file and line, and the built-in template is used
/// instead. Build a library once and keep it: every document filled from it reuses the parsed templates.
class TemplateLibrary
{
public:
    /// The built-in templates, overridden by the valid templates in `overrideFolder` (none when it is empty).
    explicit TemplateLibrary(const QString &overrideFolder = userTemplateFolder());

    /// The built-in templates only.
    static TemplateLibrary builtIn() { return TemplateLibrary(QString()); }

    /// `templates` in the user's configuration folder.
    static QString userTemplateFolder();
    /// `postmortem.ja.md.mustache`, `postmortem.en.md.mustache`.
    static QString fileName(DocumentLanguage language);
    /// The text of a built-in template, to start an override from.
    static QString builtInText(DocumentLanguage language);

    /// The template in use for `language`.
    const MarkdownTemplate &postmortemTemplate(DocumentLanguage language) const;
    /// Whether the template in use is the user's.
    bool isOverridden(DocumentLanguage language) const;
    /// What is wrong with the user's templates that were not used; empty when all is well.
    QList<TemplateProblem> problems() const { return m_problems; }

private:
    std::array<MarkdownTemplate, 2> m_templates;
    std::array<bool, 2> m_overridden{};
    QList<TemplateProblem> m_problems;
};

} // namespace hindsight
