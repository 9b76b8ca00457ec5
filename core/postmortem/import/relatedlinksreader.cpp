#include "relatedlinksreader.h"

#include "importtext.h"
#include "writtentime.h"

#include <QRegularExpression>

namespace hindsight::importing {

/// A line of related links: one link, a URL written out, or an earlier incident as Hindsight lists it.
void RelatedLinksReader::readLine(const QList<const MarkdownNode *> &inlines, int line, const DocumentSection &section)
{
    QString text;
    const MarkdownNode *link = nullptr;
    int links = 0;
    for (const MarkdownNode *node : inlines) {
        text += node->plainText();
        // A link to nowhere (`[label]()`) is text: a related link needs a URL.
        if (node->type == MarkdownNode::Type::Link && !node->url.trimmed().isEmpty()) {
            link = node;
            ++links;
        }
    }
    text = text.trimmed();
    if (text.isEmpty())
        return;

    const QRegularExpressionMatch related =
        postmortemvocabulary::relatedIncidentPattern(m_document.result().language).match(text);
    if (related.hasMatch()) {
        RelatedIncident incident;
        incident.incident.number = related.captured(1).toInt();
        incident.incident.title = related.captured(2);
        incident.incident.severity = wordValue<Severity>(related.captured(4)).value_or(Severity::Middle);
        if (const auto window = windowIn(related.captured(3)))
            incident.incident.detectedAt = m_document.utc(window->startDate, QTime(12, 0));
        if (links == 1)
            incident.postmortemUrl = link->url;
        m_document.result().source.relatedIncidents << incident;
        if (incident.postmortemUrl.isEmpty()) {
            m_document.keepLine(line, section);
            m_document.warn(
                line, tr("“%1” is an earlier incident without a link; kept with what was not understood.").arg(text));
        } else {
            m_document.warn(line, tr("“%1” is an earlier incident; kept as a related link.").arg(text));
        }
        return;
    }
    if (links != 1) {
        m_document.keepLine(line, section);
        m_document.warn(line, links == 0 ? tr("“%1” has no URL; kept with what was not understood.").arg(text)
                                         : tr("“%1” has several URLs; kept with what was not understood.").arg(text));
        return;
    }
    QString label = link->plainText().trimmed();
    if (label == link->url) {
        // A URL written out: the text around it is the label ("Slack: https://...").
        label = text;
        label.replace(link->plainText(), QString());
        label = label.trimmed();
        while (!label.isEmpty() && (label.endsWith(u':') || label.endsWith(u'：') || label.endsWith(u'-')))
            label = label.chopped(1).trimmed();
    } else if (label != text) {
        label = text;
        m_document.warn(line, tr("“%1” has text beside its link; all of it is kept as the link's label.").arg(text));
    }
    m_document.result().source.incident.links << RelatedLink{label == link->url ? QString() : label, link->url};
}

void RelatedLinksReader::read(const DocumentSection &section)
{
    for (const MarkdownNode *block : section.blocks) {
        if (isComment(*block))
            continue;
        if (block->type == MarkdownNode::Type::List) {
            for (const MarkdownNode &item : block->children) {
                if (item.children.isEmpty())
                    continue;
                const MarkdownNode &first = item.children.constFirst();
                QList<const MarkdownNode *> inlines;
                for (const MarkdownNode &child : first.children)
                    inlines << &child;
                if (first.type != MarkdownNode::Type::Paragraph) {
                    m_document.keep(section, item);
                    m_document.warn(item.startLine, tr("Not a link; kept with what was not understood."));
                    continue;
                }
                readLine(inlines, item.startLine, section);
                for (qsizetype i = 1; i < item.children.size(); ++i) {
                    m_document.keep(section, item.children.at(i));
                    m_document.warn(item.children.at(i).startLine,
                                    tr("Text under a link; kept with what was not understood."));
                }
            }
        } else if (block->type == MarkdownNode::Type::Paragraph) {
            QList<const MarkdownNode *> inlines;
            int line = block->startLine;
            for (const MarkdownNode &child : block->children) {
                if (child.type == MarkdownNode::Type::SoftBreak || child.type == MarkdownNode::Type::LineBreak) {
                    readLine(inlines, line, section);
                    inlines.clear();
                    ++line;
                    continue;
                }
                inlines << &child;
            }
            readLine(inlines, line, section);
        } else {
            m_document.keep(section, *block);
            m_document.warn(block->startLine, tr("Not a list of links; kept with what was not understood."));
        }
    }
}

} // namespace hindsight::importing
