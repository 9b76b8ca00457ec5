#include "postmortemsectionsreader.h"

#include "documentoutline.h"
#include "importtext.h"
#include "writtentime.h"

#include <QRegularExpression>

#include <optional>

namespace hindsight::importing {

namespace {

/// Adds `text` to the part of the lessons that `part` names (one of them: isLesson()).
void addLesson(Postmortem &postmortem, PostmortemSection part, const QString &text)
{
    QString &target = part == PostmortemSection::WentWrong  ? postmortem.wentWrong
                      : part == PostmortemSection::GotLucky ? postmortem.gotLucky
                                                            : postmortem.wentWell;
    if (!text.isEmpty())
        target = target.isEmpty() ? text : target + QStringLiteral("\n\n") + text;
}

} // namespace

void PostmortemSectionsReader::readRootCause(const DocumentSection &section)
{
    postmortem().rootCause = m_document.source(section.blocks);
}

void PostmortemSectionsReader::readLessons(const DocumentSection &section)
{
    Postmortem &postmortem = this->postmortem();
    std::optional<PostmortemSection> current;
    QList<const MarkdownNode *> blocks;
    const auto flush = [&] {
        if (blocks.isEmpty())
            return;
        if (!current) {
            m_document.keep(blocks.constFirst()->startLine, section.heading, m_document.source(blocks));
            m_document.warn(
                blocks.constFirst()->startLine,
                tr("Lessons that are not under what went well, what went wrong or where we got lucky; kept with "
                   "what was not understood."));
        } else {
            addLesson(postmortem, *current, m_document.source(blocks));
        }
        blocks.clear();
    };
    for (const MarkdownNode *block : section.blocks) {
        std::optional<PostmortemSection> part;
        if (block->type == MarkdownNode::Type::Heading || block->type == MarkdownNode::Type::Paragraph) {
            const QString text = block->plainText();
            if (!text.contains(u'\n'))
                part = sectionNamed(text);
        }
        if (isLesson(part)) {
            flush();
            current = part;
            continue;
        }
        if (block->type == MarkdownNode::Type::List && !block->children.isEmpty()) {
            // "- What went well" with the lessons as a list under it.
            bool allParts = true;
            for (const MarkdownNode &item : block->children) {
                const QString label = item.children.isEmpty() ? QString() : item.children.constFirst().plainText();
                allParts = allParts && isLesson(sectionNamed(label));
            }
            if (allParts) {
                flush();
                for (const MarkdownNode &item : block->children) {
                    current = sectionNamed(item.children.constFirst().plainText());
                    QStringList lines = m_document.itemSource(item).split(u'\n');
                    lines.removeFirst();
                    addLesson(postmortem, *current, trimmedBlankLines(lines));
                }
                continue;
            }
        }
        blocks << block;
    }
    flush();
}

void PostmortemSectionsReader::readReviewLine(const QString &text, const MarkdownNode *nested, int line,
                                              const DocumentSection &section)
{
    static const QStringList attended = postmortemvocabulary::attendanceSpellings(true);
    static const QStringList absent = postmortemvocabulary::attendanceSpellings(false);
    Postmortem &postmortem = this->postmortem();
    const qsizetype colon = foldWidth(text).indexOf(u':');
    const QString label = normalize(colon >= 0 ? text.left(colon) : QString());
    const QString value = colon >= 0 ? text.mid(colon + 1).trimmed() : text.trimmed();
    std::optional<ReviewField> field;
    for (const ReviewField which : allValues<ReviewField>()) {
        for (const QString &name : postmortemvocabulary::spellings(which)) {
            if (normalize(name) == label)
                field = which;
        }
    }
    if (!field && colon < 0 && windowIn(value))
        field = ReviewField::Date;
    const auto unknown = [&] {
        m_document.keepLine(line, section);
        m_document.warn(line,
                        tr("“%1” is not the review's date, attendees or the head of department's attendance; kept with "
                           "what was not understood.")
                            .arg(text.trimmed()));
    };
    if (!field)
        return unknown();
    switch (*field) {
    case ReviewField::Date:
        if (const auto date = windowIn(value)) {
            postmortem.review.date = date->startDate;
            return;
        }
        return unknown();
    case ReviewField::Attendees: {
        static const QRegularExpression separators(QStringLiteral("[,、，;；]"));
        for (const QString &name : value.split(separators)) {
            if (!name.trimmed().isEmpty())
                postmortem.review.attendees << name.trimmed();
        }
        if (nested) {
            for (const MarkdownNode &item : nested->children) {
                const QString name = item.plainText().simplified();
                if (!name.isEmpty())
                    postmortem.review.attendees << name;
            }
        }
        return;
    }
    case ReviewField::HeadOfDepartment:
        if (attended.contains(normalize(value), Qt::CaseInsensitive)) {
            postmortem.review.headOfDepartmentAttended = true;
        } else if (absent.contains(normalize(value), Qt::CaseInsensitive)) {
            postmortem.review.headOfDepartmentAttended = false;
        } else {
            return unknown();
        }
        return;
    }
}

void PostmortemSectionsReader::readReview(const DocumentSection &section)
{
    for (const MarkdownNode *block : section.blocks) {
        if (isComment(*block))
            continue;
        if (block->type == MarkdownNode::Type::List) {
            for (const MarkdownNode &item : block->children) {
                const MarkdownNode *nested = nullptr;
                for (const MarkdownNode &child : item.children) {
                    if (child.type == MarkdownNode::Type::List)
                        nested = &child;
                }
                if (item.children.isEmpty() || item.children.constFirst().type != MarkdownNode::Type::Paragraph) {
                    m_document.keep(section, item);
                    continue;
                }
                readReviewLine(item.children.constFirst().plainText().simplified(), nested, item.startLine, section);
            }
        } else if (block->type == MarkdownNode::Type::Paragraph) {
            const QStringList lines = block->plainText().split(u'\n');
            for (int i = 0; i < lines.size(); ++i) {
                if (!lines.at(i).trimmed().isEmpty())
                    readReviewLine(lines.at(i), nullptr, block->startLine + i, section);
            }
        } else {
            m_document.keep(section, *block);
            m_document.warn(block->startLine, tr("Not part of the review; kept with what was not understood."));
        }
    }
    if (postmortem().review.date.isValid())
        m_document.warn(section.line,
                        tr("The review is recorded; the postmortem is imported as a draft, to be approved in "
                           "Hindsight."));
}

} // namespace hindsight::importing
