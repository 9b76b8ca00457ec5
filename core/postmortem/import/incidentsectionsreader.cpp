#include "incidentsectionsreader.h"

#include "importtext.h"
#include "writtentime.h"

#include <QHash>
#include <QRegularExpression>

namespace hindsight::importing {

void IncidentSectionsReader::readSummary(const DocumentSection &section)
{
    incident().summary = m_document.source(section.blocks);
}

void IncidentSectionsReader::readWindow(const QString &text, int line, const DocumentSection &section)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    const auto written = windowIn(trimmed);
    if (!written) {
        m_document.keep(line, section.heading, trimmed);
        m_document.warn(
            line, tr("“%1” is not a time like 2021/8/1 13:00-14:00; kept with what was not understood.").arg(trimmed));
        return;
    }
    QTime startTime = written->startTime;
    if (!startTime.isValid()) {
        startTime = QTime(0, 0);
        m_document.warn(line, tr("“%1” has no time of day; 0:00 assumed.").arg(trimmed));
    }
    OccurrenceWindow window;
    window.start = m_document.utc(written->startDate, startTime, written->zone);
    if (written->hasEnd) {
        const QDate endDate = written->endDate.isValid() ? written->endDate : written->startDate;
        QTime endTime = written->endTime;
        if (!endTime.isValid()) {
            endTime = QTime(23, 59);
            m_document.warn(line, tr("“%1” ends on a day without a time; 23:59 assumed.").arg(trimmed));
        }
        window.end = m_document.utc(endDate, endTime, written->zone);
        if (window.end < window.start && !written->endDate.isValid()) {
            window.end = window.end.addDays(1);
            m_document.warn(line, tr("“%1” ends before it starts; taken to end the next day.").arg(trimmed));
        }
        if (window.end < window.start) {
            m_document.keep(line, section.heading, trimmed);
            m_document.warn(line, tr("“%1” ends before it starts; kept with what was not understood.").arg(trimmed));
            return;
        }
    }
    if (!written->hasSeparator)
        m_document.warn(line, tr("“%1” has no end; recorded as still going on.").arg(trimmed));
    if (written->zone.isValid() && written->zone != m_document.zone())
        m_document.warn(line, tr("“%1” names its own time zone; its times were converted.").arg(trimmed));
    incident().occurrences << window;
}

void IncidentSectionsReader::readWhen(const DocumentSection &section)
{
    for (const MarkdownNode *block : section.blocks) {
        if (isComment(*block))
            continue;
        switch (block->type) {
        case MarkdownNode::Type::Paragraph: {
            const QStringList lines = block->plainText().split(u'\n');
            for (int i = 0; i < lines.size(); ++i)
                readWindow(lines.at(i), block->startLine + i, section);
            break;
        }
        case MarkdownNode::Type::List:
            for (const MarkdownNode &item : block->children) {
                if (!item.children.isEmpty() && item.children.constFirst().type == MarkdownNode::Type::Paragraph)
                    readWindow(item.children.constFirst().plainText().simplified(), item.startLine, section);
                for (qsizetype i = 1; i < item.children.size(); ++i) {
                    m_document.keep(section, item.children.at(i));
                    m_document.warn(item.children.at(i).startLine,
                                    tr("Text under an occurrence; kept with what was not understood."));
                }
            }
            break;
        case MarkdownNode::Type::Table:
            // A row of cells (start, end) reads as one occurrence.
            for (const MarkdownNode &row : block->children) {
                if (row.header)
                    continue;
                QStringList cells;
                for (const MarkdownNode &cell : row.children) {
                    if (!cell.plainText().trimmed().isEmpty())
                        cells << cell.plainText().trimmed();
                }
                readWindow(cells.join(u'-'), row.startLine, section);
            }
            break;
        default:
            m_document.keep(section, *block);
            m_document.warn(block->startLine, tr("Not a time; kept with what was not understood."));
        }
    }
}

void IncidentSectionsReader::readPeopleLine(const QString &text, const MarkdownNode *nested, int line,
                                            const DocumentSection &section)
{
    const QString folded = foldWidth(text);
    const qsizetype colon = folded.indexOf(u':');
    const QString label = normalize(colon >= 0 ? text.left(colon) : text);
    std::optional<PersonRole> role;
    for (const PersonRole value : allValues<PersonRole>()) {
        for (const QString &name : postmortemvocabulary::spellings(value)) {
            if (normalize(name) == label)
                role = value;
        }
    }
    if (!role) {
        m_document.keepLine(line, section);
        m_document.warn(
            line, tr("“%1” is not one of the roles (SRE, development, follow-up, facilitator, head of department); "
                     "kept with what was not understood.")
                      .arg(text.trimmed()));
        return;
    }
    if (colon >= 0) {
        static const QRegularExpression separators(QStringLiteral("[,、，;；/]"));
        for (const QString &name : text.mid(colon + 1).split(separators)) {
            if (!name.trimmed().isEmpty())
                incident().people << Person{*role, name.trimmed()};
        }
    }
    if (!nested)
        return;
    for (const MarkdownNode &item : nested->children) {
        const QString name = item.children.isEmpty() ? QString() : item.children.constFirst().plainText().simplified();
        if (!name.isEmpty())
            incident().people << Person{*role, name};
        for (qsizetype i = 1; i < item.children.size(); ++i) {
            m_document.keep(section, item.children.at(i));
            m_document.warn(item.children.at(i).startLine, tr("Text under a name; kept with what was not understood."));
        }
    }
}

void IncidentSectionsReader::readPeople(const DocumentSection &section)
{
    for (const MarkdownNode *block : section.blocks) {
        if (isComment(*block))
            continue;
        if (block->type == MarkdownNode::Type::List) {
            for (const MarkdownNode &item : block->children) {
                const MarkdownNode *first = item.children.isEmpty() ? nullptr : &item.children.constFirst();
                const MarkdownNode *nested = nullptr;
                for (const MarkdownNode &child : item.children) {
                    if (child.type == MarkdownNode::Type::List)
                        nested = &child;
                }
                if (!first || first->type != MarkdownNode::Type::Paragraph) {
                    m_document.keep(section, item);
                    m_document.warn(item.startLine, tr("Not a role; kept with what was not understood."));
                    continue;
                }
                readPeopleLine(first->plainText().simplified(), nested, item.startLine, section);
            }
        } else if (block->type == MarkdownNode::Type::Paragraph) {
            const QStringList lines = block->plainText().split(u'\n');
            for (int i = 0; i < lines.size(); ++i) {
                if (!lines.at(i).trimmed().isEmpty())
                    readPeopleLine(lines.at(i), nullptr, block->startLine + i, section);
            }
        } else {
            m_document.keep(section, *block);
            m_document.warn(block->startLine, tr("Not a list of people; kept with what was not understood."));
        }
    }
}

void IncidentSectionsReader::readSeverity(const DocumentSection &section)
{
    // Every spelling of every severity, as a word of its own: low, middle, medium...
    static const QHash<QString, Severity> severities = [] {
        QHash<QString, Severity> severities;
        for (const Severity severity : allValues<Severity>()) {
            for (const QString &spelling : postmortemvocabulary::spellings(severity))
                severities.insert(spelling.toLower(), severity);
        }
        return severities;
    }();
    static const QRegularExpression level = [] {
        QStringList words;
        for (const Severity severity : allValues<Severity>()) {
            for (const QString &spelling : postmortemvocabulary::spellings(severity))
                words << QRegularExpression::escape(spelling.toLower());
        }
        return QRegularExpression(QStringLiteral(R"(\b(%1)\b)").arg(words.join(u'|')),
                                  QRegularExpression::CaseInsensitiveOption);
    }();
    bool found = false;
    for (const MarkdownNode *block : section.blocks) {
        if (isComment(*block))
            continue;
        const QString text = block->plainText().simplified();
        const QRegularExpressionMatch match = level.match(foldWidth(text));
        if (found || !match.hasMatch()) {
            m_document.keep(section, *block);
            m_document.warn(
                block->startLine,
                found ? tr("More than a severity; kept with what was not understood.")
                      : tr("“%1” is not a severity (Low, Middle, High, Critical); kept with what was not understood.")
                            .arg(text));
            continue;
        }
        found = true;
        const QString word = match.captured(1);
        incident().severity = severities.value(word.toLower());
        if (text.compare(word, Qt::CaseInsensitive) != 0 ||
            word.compare(postmortemvocabulary::levelName(incident().severity), Qt::CaseInsensitive) != 0)
            m_document.warn(block->startLine,
                            tr("Severity %1 taken from “%2”.").arg(displayName(incident().severity), text));
    }
    if (!found)
        m_document.warn(section.line, tr("No severity given; Middle assumed."));
}

void IncidentSectionsReader::readProducts(const DocumentSection &section)
{
    for (const MarkdownNode *block : section.blocks) {
        if (isComment(*block))
            continue;
        if (block->type == MarkdownNode::Type::List) {
            for (const MarkdownNode &item : block->children) {
                if (item.children.isEmpty())
                    continue;
                const QString name = item.children.constFirst().plainText().simplified();
                if (!name.isEmpty())
                    incident().products << name;
                for (qsizetype i = 1; i < item.children.size(); ++i) {
                    m_document.keep(section, item.children.at(i));
                    m_document.warn(item.children.at(i).startLine,
                                    tr("Text under a product; kept with what was not understood."));
                }
            }
        } else if (block->type == MarkdownNode::Type::Paragraph) {
            static const QRegularExpression separators(QStringLiteral("[,、，\\n]"));
            QStringList names;
            for (const QString &name : block->plainText().split(separators)) {
                if (!name.trimmed().isEmpty())
                    names << name.simplified();
            }
            incident().products << names;
            if (names.size() > 1)
                m_document.warn(block->startLine, tr("Products taken from a line of text: %1.").arg(names.join(u", ")));
        } else {
            m_document.keep(section, *block);
            m_document.warn(block->startLine, tr("Not a list of products; kept with what was not understood."));
        }
    }
}

} // namespace hindsight::importing
