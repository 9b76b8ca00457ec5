#include "documentoutline.h"

#include "importtext.h"

#include <QHash>

namespace hindsight::importing {

namespace {

bool isLesson(PostmortemSection section)
{
    return section == PostmortemSection::WentWell || section == PostmortemSection::WentWrong ||
           section == PostmortemSection::GotLucky;
}

} // namespace

bool isLesson(std::optional<PostmortemSection> section)
{
    return section && isLesson(*section);
}

std::optional<PostmortemSection> sectionNamed(const QString &text, int *japanese, int *english)
{
    struct Named
    {
        PostmortemSection section;
        DocumentLanguage language;
    };
    static const QHash<QString, Named> headings = [] {
        QHash<QString, Named> headings;
        for (const PostmortemSection section : allValues<PostmortemSection>()) {
            for (const DocumentLanguage language : allValues<DocumentLanguage>()) {
                for (const QString &heading : postmortemvocabulary::spellings(section, language)) {
                    // A heading names one section in one language: the document's language is told by its headings.
                    Q_ASSERT(!headings.contains(normalize(heading)));
                    headings.insert(normalize(heading), Named{section, language});
                }
            }
        }
        return headings;
    }();
    const auto found = headings.constFind(normalize(text));
    if (found == headings.cend())
        return std::nullopt;
    int *count = found->language == DocumentLanguage::Japanese ? japanese : english;
    if (count)
        ++*count;
    return found->section;
}

DocumentOutline DocumentOutline::read(ImportDocument &document)
{
    DocumentOutline outline;
    QList<DocumentSection> &sections = outline.sections;
    sections << DocumentSection{std::nullopt, QString(), 1, 0, {}};
    int japanese = 0;
    int english = 0;
    for (const MarkdownNode &node : document.root().children) {
        DocumentSection &current = sections.last();
        if (node.type != MarkdownNode::Type::Heading) {
            current.blocks << &node;
            continue;
        }
        const QString text = node.plainText().simplified();
        const std::optional<PostmortemSection> part = sectionNamed(text, &japanese, &english);
        if (isLesson(part) && current.part == PostmortemSection::Lessons) {
            current.blocks << &node;
            continue;
        }
        if (part) {
            const PostmortemSection owner = isLesson(*part) ? PostmortemSection::Lessons : *part;
            if (outline.found.contains(owner)) {
                document.warn(node.startLine,
                              tr("A second “%1” section; kept with what was not understood.").arg(text));
                sections << DocumentSection{std::nullopt, text, node.startLine, node.level, {}};
                continue;
            }
            outline.found.insert(owner);
            sections << DocumentSection{owner, text, node.startLine, node.level, {}};
            if (isLesson(*part))
                sections.last().blocks << &node;
            continue;
        }
        if (outline.found.isEmpty() && outline.title.isEmpty()) {
            outline.title = text;
            continue;
        }
        if (current.part && node.level > current.level) {
            current.blocks << &node;
            continue;
        }
        sections << DocumentSection{std::nullopt, text, node.startLine, node.level, {}};
    }
    if (outline.found.size() < 2) {
        throw ImportRefused(
            document.fileName(), 1,
            tr("not a postmortem: it does not have the template's sections (概要, 発生日時, 調査, 問題の原因… "
               "or Summary, When it happened, Investigation, Root cause…)."));
    }
    outline.language = japanese >= english ? DocumentLanguage::Japanese : DocumentLanguage::English;
    // The notes name where text came from in the document's language.
    sections.first().heading = postmortemvocabulary::beforeFirstSection(outline.language);
    return outline;
}

} // namespace hindsight::importing
