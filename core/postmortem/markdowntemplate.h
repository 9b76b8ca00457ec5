#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace hindsight {

/// Something wrong in a template, found where it is.
struct TemplateProblem
{
    QString file;
    /// 1-based; 0 when the problem is the file as a whole.
    int line = 0;
    QString message;

    /// `file:line: message`, as compilers say it.
    QString toString() const;
    bool operator==(const TemplateProblem &) const = default;
};

/// A Mustache template that produces Markdown (kainjow mustache behind a Qt interface), parsed and checked once,
/// then rendered as often as needed.
///
/// Values are a QVariantMap of QString, bool, QStringList, QVariantList (of QVariantMap or QString) and QVariantMap.
/// An empty string counts as absent, so `{{#summary}}…{{/summary}}` shows only when there is a summary. Values are
/// inserted as they are: there is no HTML escaping, and `{{x}}` and `{{{x}}}` are the same. Whoever fills the values
/// has already made them safe for where the template puts them.
///
/// A section or comment tag alone on its line leaves no empty line behind, as the Mustache specification says.
///
/// The template is checked against `shape`, a QVariantMap with the same structure as the values (lists hold one
/// example item): a name the values never have, a section closed in the wrong order or never closed, an unclosed
/// tag, a partial (`{{> x}}`) or a change of delimiters is a problem with its line, and the template is not valid.
/// Rendering is not thread-safe; copies share the parsed template.
class MarkdownTemplate
{
public:
    MarkdownTemplate() = default;
    MarkdownTemplate(const QString &text, const QString &fileName, const QVariantMap &shape);

    bool isValid() const { return m_parsed != nullptr && m_problems.isEmpty(); }
    QList<TemplateProblem> problems() const { return m_problems; }
    QString fileName() const { return m_fileName; }
    QString text() const { return m_text; }

    /// The filled template; empty when the template is not valid.
    QString render(const QVariantMap &values) const;

private:
    struct Parsed;
    QString m_fileName;
    QString m_text;
    QList<TemplateProblem> m_problems;
    std::shared_ptr<Parsed> m_parsed;
};

} // namespace hindsight
