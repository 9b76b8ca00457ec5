#include "postmortemimport.h"

#include "import/attachmentfolder.h"
#include "import/importtext.h"
#include "import/writtentime.h"
#include "markdown/markdownrenderer.h"
#include "postmortemvocabulary.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace hindsight {

namespace {

using namespace Qt::StringLiterals;
using namespace importing;

QString tr(const char *text)
{
    return QCoreApplication::translate("PostmortemImport", text);
}

using Node = MarkdownNode;
using Type = MarkdownNode::Type;

bool isLesson(PostmortemSection section)
{
    return section == PostmortemSection::WentWell || section == PostmortemSection::WentWrong ||
           section == PostmortemSection::GotLucky;
}

bool isLesson(std::optional<PostmortemSection> section)
{
    return section && isLesson(*section);
}

/// The section a heading (or a label such as "- What went well") names. Counts the heading in `japanese` or `english`
/// by the language it is written in.
std::optional<PostmortemSection> sectionNamed(const QString &text, int *japanese = nullptr, int *english = nullptr)
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

/// The first byte offset where `data` is not UTF-8, or -1.
qsizetype invalidUtf8At(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int min = 0;
        unsigned int code = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
            code = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (bytes[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

int lineAt(const QByteArray &data, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data.at(i) == '\n' || (data.at(i) == '\r' && (i + 1 >= data.size() || data.at(i + 1) != '\n')))
            ++line;
    }
    return line;
}

class Reader
{
public:
    Reader(const QString &text, const QString &fileName, const ImportOptions &options)
        : m_fileName(fileName)
        , m_options(options)
        , m_zone(options.timeZone.isValid() ? options.timeZone : QTimeZone::systemTimeZone())
        , m_attachmentFolder(options.baseDirectory, fileName)
    {
        m_lines = text.split(u'\n');
        m_root = MarkdownRenderer::parse(text);
    }

    ImportedPostmortem read();

private:
    struct Section
    {
        /// None for a section that is not one of the template's.
        std::optional<PostmortemSection> part;
        QString heading;
        int line = 0;
        int level = 0;
        QList<const Node *> blocks;
    };

    void warn(int line, const QString &message) { m_result.warnings << ImportWarning{line, message}; }
    void keep(int line, const QString &where, const QString &markdown)
    {
        if (!markdown.trimmed().isEmpty())
            m_result.notUnderstood << NotUnderstood{line, where, markdown};
    }
    void keep(const Section &section, const Node &block) { keep(block.startLine, section.heading, source(block)); }

    QString source(const Node &block) const { return source(QList<const Node *>{&block}); }
    QString source(const QList<const Node *> &blocks) const;
    QString itemSource(const Node &item) const;
    QDateTime utc(QDate date, QTime time, const QTimeZone &zone = {}) const
    {
        return QDateTime(date, time, zone.isValid() ? zone : m_zone).toUTC();
    }

    void readSummary(const Section &section);
    void readLinks(const Section &section);
    void readLinkLine(const QList<const Node *> &inlines, int line, const Section &section);
    void readWhen(const Section &section);
    void readWindow(const QString &text, int line, const Section &section);
    void readPeople(const Section &section);
    void readPeopleLine(const QString &text, const Node *nested, int line, const Section &section);
    void readSeverity(const Section &section);
    void readProducts(const Section &section);
    void readInvestigation(const Section &section);
    void readLogEntry(const QString &text, int line, const Section &section);
    void readRootCause(const Section &section);
    void readLessons(const Section &section);
    void readActionItems(const Section &section);
    void readActionTable(const Node &table, const Section &section);
    void readReview(const Section &section);
    void readReviewLine(const QString &text, const Node *nested, int line, const Section &section);
    void keepUnknown(const Section &section);

    QString m_fileName;
    ImportOptions m_options;
    QTimeZone m_zone;
    QStringList m_lines;
    Node m_root;
    ImportedPostmortem m_result;
    QDate m_lastDate;
    QDateTime m_lastLogTime;
    AttachmentFolder m_attachmentFolder;
};

QString Reader::source(const QList<const Node *> &blocks) const
{
    QStringList lines;
    int next = 0;
    for (const Node *block : blocks) {
        if (isComment(*block))
            continue;
        const int from = std::max(block->startLine, next);
        if (next > 0) {
            // The blank lines between two blocks belong to the text.
            for (int line = next; line < from; ++line)
                lines << m_lines.value(line - 1);
        }
        for (int line = from; line <= block->endLine && line <= m_lines.size(); ++line)
            lines << m_lines.value(line - 1);
        next = std::max(next, block->endLine + 1);
    }
    return trimmedBlankLines(lines);
}

/// The Markdown of a list item without its marker: the first line from where its content starts, the next ones
/// without the indentation that puts them inside the item.
QString Reader::itemSource(const Node &item) const
{
    if (item.startLine < 1 || item.startLine > m_lines.size())
        return {};
    const QString &first = m_lines.at(item.startLine - 1);
    // Columns count UTF-8 bytes; what comes before an item's content is ASCII (blanks and the marker).
    qsizetype indent = 0;
    if (!item.children.isEmpty() && item.children.constFirst().startLine == item.startLine) {
        indent = item.children.constFirst().startColumn - 1;
    } else {
        indent = item.startColumn - 1;
        while (indent < first.size() && first.at(indent) != u' ')
            ++indent;
        while (indent < first.size() && first.at(indent) == u' ')
            ++indent;
    }
    if (item.task) {
        // The task list's `[ ]` is read as part of the item's content.
        static const QRegularExpression box(QStringLiteral(R"(^\s*\[[ xX]\]\s?)"));
        const QRegularExpressionMatch match = box.match(first.mid(indent));
        if (match.hasMatch())
            indent += match.capturedLength();
    }
    QStringList lines{first.mid(std::min(indent, first.size()))};
    int itemIndent = 0;
    while (itemIndent < first.size() && first.at(itemIndent) == u' ')
        ++itemIndent;
    const int contentIndent = int(std::max<qsizetype>(indent, itemIndent + 2));
    for (int line = item.startLine + 1; line <= item.endLine && line <= m_lines.size(); ++line) {
        const QString &text = m_lines.at(line - 1);
        qsizetype spaces = 0;
        while (spaces < text.size() && spaces < contentIndent && text.at(spaces) == u' ')
            ++spaces;
        lines << text.mid(spaces);
    }
    return trimmedBlankLines(lines);
}

void Reader::readSummary(const Section &section)
{
    m_result.source.incident.summary = source(section.blocks);
}

void Reader::readRootCause(const Section &section)
{
    m_result.source.postmortem->rootCause = source(section.blocks);
}

/// A line of related links: one link, a URL written out, or an earlier incident as Hindsight lists it.
void Reader::readLinkLine(const QList<const Node *> &inlines, int line, const Section &section)
{
    QString text;
    const Node *link = nullptr;
    int links = 0;
    for (const Node *node : inlines) {
        text += node->plainText();
        // A link to nowhere (`[label]()`) is text: a related link needs a URL.
        if (node->type == Type::Link && !node->url.trimmed().isEmpty()) {
            link = node;
            ++links;
        }
    }
    text = text.trimmed();
    if (text.isEmpty())
        return;

    const QRegularExpressionMatch related = postmortemvocabulary::relatedIncidentPattern(m_result.language).match(text);
    if (related.hasMatch()) {
        RelatedIncident incident;
        incident.incident.number = related.captured(1).toInt();
        incident.incident.title = related.captured(2);
        incident.incident.severity = fromKey<Severity>(related.captured(4)).value_or(Severity::Middle);
        if (const auto window = windowIn(related.captured(3)))
            incident.incident.detectedAt = utc(window->startDate, QTime(12, 0));
        if (links == 1)
            incident.postmortemUrl = link->url;
        m_result.source.relatedIncidents << incident;
        if (incident.postmortemUrl.isEmpty()) {
            keep(line, section.heading, m_lines.value(line - 1).trimmed());
            warn(line, tr("“%1” is an earlier incident without a link; kept with what was not understood.").arg(text));
        } else {
            warn(line, tr("“%1” is an earlier incident; kept as a related link.").arg(text));
        }
        return;
    }
    if (links != 1) {
        keep(line, section.heading, m_lines.value(line - 1).trimmed());
        warn(line, links == 0 ? tr("“%1” has no URL; kept with what was not understood.").arg(text)
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
        warn(line, tr("“%1” has text beside its link; all of it is kept as the link's label.").arg(text));
    }
    m_result.source.incident.links << RelatedLink{label == link->url ? QString() : label, link->url};
}

void Reader::readLinks(const Section &section)
{
    for (const Node *block : section.blocks) {
        if (isComment(*block))
            continue;
        if (block->type == Type::List) {
            for (const Node &item : block->children) {
                if (item.children.isEmpty())
                    continue;
                const Node &first = item.children.constFirst();
                QList<const Node *> inlines;
                for (const Node &child : first.children)
                    inlines << &child;
                if (first.type != Type::Paragraph) {
                    keep(section, item);
                    warn(item.startLine, tr("Not a link; kept with what was not understood."));
                    continue;
                }
                readLinkLine(inlines, item.startLine, section);
                for (qsizetype i = 1; i < item.children.size(); ++i) {
                    keep(section, item.children.at(i));
                    warn(item.children.at(i).startLine, tr("Text under a link; kept with what was not understood."));
                }
            }
        } else if (block->type == Type::Paragraph) {
            QList<const Node *> inlines;
            int line = block->startLine;
            for (const Node &child : block->children) {
                if (child.type == Type::SoftBreak || child.type == Type::LineBreak) {
                    readLinkLine(inlines, line, section);
                    inlines.clear();
                    ++line;
                    continue;
                }
                inlines << &child;
            }
            readLinkLine(inlines, line, section);
        } else {
            keep(section, *block);
            warn(block->startLine, tr("Not a list of links; kept with what was not understood."));
        }
    }
}

void Reader::readWindow(const QString &text, int line, const Section &section)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    const auto written = windowIn(trimmed);
    if (!written) {
        keep(line, section.heading, trimmed);
        warn(line, tr("“%1” is not a time like 2021/8/1 13:00-14:00; kept with what was not understood.").arg(trimmed));
        return;
    }
    QTime startTime = written->startTime;
    if (!startTime.isValid()) {
        startTime = QTime(0, 0);
        warn(line, tr("“%1” has no time of day; 0:00 assumed.").arg(trimmed));
    }
    OccurrenceWindow window;
    window.start = utc(written->startDate, startTime, written->zone);
    if (written->hasEnd) {
        const QDate endDate = written->endDate.isValid() ? written->endDate : written->startDate;
        QTime endTime = written->endTime;
        if (!endTime.isValid()) {
            endTime = QTime(23, 59);
            warn(line, tr("“%1” ends on a day without a time; 23:59 assumed.").arg(trimmed));
        }
        window.end = utc(endDate, endTime, written->zone);
        if (window.end < window.start && !written->endDate.isValid()) {
            window.end = window.end.addDays(1);
            warn(line, tr("“%1” ends before it starts; taken to end the next day.").arg(trimmed));
        }
        if (window.end < window.start) {
            keep(line, section.heading, trimmed);
            warn(line, tr("“%1” ends before it starts; kept with what was not understood.").arg(trimmed));
            return;
        }
    }
    if (!written->hasSeparator)
        warn(line, tr("“%1” has no end; recorded as still going on.").arg(trimmed));
    if (written->zone.isValid() && written->zone != m_zone)
        warn(line, tr("“%1” names its own time zone; its times were converted.").arg(trimmed));
    m_result.source.incident.occurrences << window;
}

void Reader::readWhen(const Section &section)
{
    for (const Node *block : section.blocks) {
        if (isComment(*block))
            continue;
        switch (block->type) {
        case Type::Paragraph: {
            const QStringList lines = block->plainText().split(u'\n');
            for (int i = 0; i < lines.size(); ++i)
                readWindow(lines.at(i), block->startLine + i, section);
            break;
        }
        case Type::List:
            for (const Node &item : block->children) {
                if (!item.children.isEmpty() && item.children.constFirst().type == Type::Paragraph)
                    readWindow(item.children.constFirst().plainText().simplified(), item.startLine, section);
                for (qsizetype i = 1; i < item.children.size(); ++i) {
                    keep(section, item.children.at(i));
                    warn(item.children.at(i).startLine, tr("Text under an occurrence; kept with what was not "
                                                           "understood."));
                }
            }
            break;
        case Type::Table:
            // A row of cells (start, end) reads as one occurrence.
            for (const Node &row : block->children) {
                if (row.header)
                    continue;
                QStringList cells;
                for (const Node &cell : row.children) {
                    if (!cell.plainText().trimmed().isEmpty())
                        cells << cell.plainText().trimmed();
                }
                readWindow(cells.join(u'-'), row.startLine, section);
            }
            break;
        default:
            keep(section, *block);
            warn(block->startLine, tr("Not a time; kept with what was not understood."));
        }
    }
}

void Reader::readPeopleLine(const QString &text, const Node *nested, int line, const Section &section)
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
        keep(line, section.heading, m_lines.value(line - 1).trimmed());
        warn(line, tr("“%1” is not one of the roles (SRE, development, follow-up, facilitator, head of department); "
                      "kept with what was not understood.")
                       .arg(text.trimmed()));
        return;
    }
    if (colon >= 0) {
        static const QRegularExpression separators(QStringLiteral("[,、，;；/]"));
        for (const QString &name : text.mid(colon + 1).split(separators)) {
            if (!name.trimmed().isEmpty())
                m_result.source.incident.people << Person{*role, name.trimmed()};
        }
    }
    if (!nested)
        return;
    for (const Node &item : nested->children) {
        const QString name = item.children.isEmpty() ? QString() : item.children.constFirst().plainText().simplified();
        if (!name.isEmpty())
            m_result.source.incident.people << Person{*role, name};
        for (qsizetype i = 1; i < item.children.size(); ++i) {
            keep(section, item.children.at(i));
            warn(item.children.at(i).startLine, tr("Text under a name; kept with what was not understood."));
        }
    }
}

void Reader::readPeople(const Section &section)
{
    for (const Node *block : section.blocks) {
        if (isComment(*block))
            continue;
        if (block->type == Type::List) {
            for (const Node &item : block->children) {
                const Node *first = item.children.isEmpty() ? nullptr : &item.children.constFirst();
                const Node *nested = nullptr;
                for (const Node &child : item.children) {
                    if (child.type == Type::List)
                        nested = &child;
                }
                if (!first || first->type != Type::Paragraph) {
                    keep(section, item);
                    warn(item.startLine, tr("Not a role; kept with what was not understood."));
                    continue;
                }
                readPeopleLine(first->plainText().simplified(), nested, item.startLine, section);
            }
        } else if (block->type == Type::Paragraph) {
            const QStringList lines = block->plainText().split(u'\n');
            for (int i = 0; i < lines.size(); ++i) {
                if (!lines.at(i).trimmed().isEmpty())
                    readPeopleLine(lines.at(i), nullptr, block->startLine + i, section);
            }
        } else {
            keep(section, *block);
            warn(block->startLine, tr("Not a list of people; kept with what was not understood."));
        }
    }
}

void Reader::readSeverity(const Section &section)
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
    for (const Node *block : section.blocks) {
        if (isComment(*block))
            continue;
        const QString text = block->plainText().simplified();
        const QRegularExpressionMatch match = level.match(foldWidth(text));
        if (found || !match.hasMatch()) {
            keep(section, *block);
            warn(block->startLine,
                 found ? tr("More than a severity; kept with what was not understood.")
                       : tr("“%1” is not a severity (Low, Middle, High, Critical); kept with what was not understood.")
                             .arg(text));
            continue;
        }
        found = true;
        const QString word = match.captured(1);
        m_result.source.incident.severity = severities.value(word.toLower());
        if (text.compare(word, Qt::CaseInsensitive) != 0 ||
            word.compare(postmortemvocabulary::levelName(m_result.source.incident.severity), Qt::CaseInsensitive) != 0)
            warn(block->startLine,
                 tr("Severity %1 taken from “%2”.").arg(displayName(m_result.source.incident.severity), text));
    }
    if (!found)
        warn(section.line, tr("No severity given; Middle assumed."));
}

void Reader::readProducts(const Section &section)
{
    for (const Node *block : section.blocks) {
        if (isComment(*block))
            continue;
        if (block->type == Type::List) {
            for (const Node &item : block->children) {
                if (item.children.isEmpty())
                    continue;
                const QString name = item.children.constFirst().plainText().simplified();
                if (!name.isEmpty())
                    m_result.source.incident.products << name;
                for (qsizetype i = 1; i < item.children.size(); ++i) {
                    keep(section, item.children.at(i));
                    warn(item.children.at(i).startLine, tr("Text under a product; kept with what was not understood."));
                }
            }
        } else if (block->type == Type::Paragraph) {
            static const QRegularExpression separators(QStringLiteral("[,、，\\n]"));
            QStringList names;
            for (const QString &name : block->plainText().split(separators)) {
                if (!name.trimmed().isEmpty())
                    names << name.simplified();
            }
            m_result.source.incident.products << names;
            if (names.size() > 1)
                warn(block->startLine, tr("Products taken from a line of text: %1.").arg(names.join(u", ")));
        } else {
            keep(section, *block);
            warn(block->startLine, tr("Not a list of products; kept with what was not understood."));
        }
    }
}

/// One entry of the log: `2021/8/1 13:02 Finding: text`, `**13:02 メモ:** text` (a key event), `13:02 text`.
void Reader::readLogEntry(const QString &text, int line, const Section &section)
{
    if (text.trimmed().isEmpty())
        return;
    static const QRegularExpression head(
        QStringLiteral(R"(^(\*\*)?\s*(?:%1[\sT]+)?%2\s*(\*\*)?\s*)").arg(DatePattern, TimePattern));
    QStringList lines = text.split(u'\n');
    const QString first = lines.constFirst();
    const QString folded = foldWidth(first);
    const QRegularExpressionMatch match = head.match(folded);
    if (!match.hasMatch()) {
        if (!m_result.source.log.isEmpty() && !text.trimmed().isEmpty()) {
            // No time: the entry goes after the one before it.
            LogEntry entry = m_result.source.log.constLast();
            entry.id = QUuid::createUuid();
            entry.kind = LogEntryKind::Note;
            entry.keyEvent = false;
            entry.automatic = false;
            entry.body = text;
            m_result.source.log << entry;
            warn(line, tr("No time given; placed at the time of the entry before it (%1).")
                           .arg(PostmortemDocument::formatTime(entry.at, m_zone)));
            return;
        }
        keep(line, section.heading, text);
        warn(line, tr("An investigation without a time; kept with what was not understood."));
        return;
    }
    QDate date = match.hasCaptured(2) ? dateFrom(match, 2) : QDate();
    const QTime time = timeFrom(match, 5);
    if ((match.hasCaptured(2) && !date.isValid()) || !time.isValid()) {
        keep(line, section.heading, text);
        warn(line, tr("“%1” is not a time; kept with what was not understood.").arg(match.captured(0).trimmed()));
        return;
    }
    bool bold = match.hasCaptured(1);
    bool keyEvent = bold && match.hasCaptured(7);
    if (keyEvent)
        bold = false;
    qsizetype at = match.capturedEnd(0);

    std::optional<LogEntryKind> kind;
    bool automatic = false;
    {
        // The kind is a word of the vocabulary followed by a colon, perhaps with the automatic mark between.
        static const QList<std::pair<LogEntryKind, QString>> kinds = [] {
            QList<std::pair<LogEntryKind, QString>> kinds;
            for (const LogEntryKind kind : allValues<LogEntryKind>()) {
                for (const QString &word : postmortemvocabulary::spellings(kind))
                    kinds.append({kind, word});
            }
            return kinds;
        }();
        static const QStringList automaticMarks = [] {
            QStringList marks;
            for (const DocumentLanguage language : allValues<DocumentLanguage>())
                marks << foldWidth(postmortemvocabulary::automaticMark(language)).trimmed();
            return marks;
        }();
        qsizetype best = -1;
        for (const auto &[value, word] : kinds) {
            if (word.size() <= best || !QStringView(folded).mid(at).startsWith(word, Qt::CaseInsensitive))
                continue;
            qsizetype end = at + word.size();
            bool marked = false;
            const QString rest = folded.mid(end).trimmed();
            const auto startsRest = [&rest](const QString &mark) { return rest.startsWith(mark, Qt::CaseInsensitive); };
            if (std::any_of(automaticMarks.cbegin(), automaticMarks.cend(), startsRest)) {
                end = folded.indexOf(u')', end) + 1;
                marked = true;
            }
            while (end < folded.size() && folded.at(end) == u' ')
                ++end;
            if (end < folded.size() && folded.at(end) == u':') {
                best = word.size();
                kind = value;
                automatic = marked;
                at = end + 1;
            }
        }
    }
    if (!kind) {
        while (at < folded.size() && (folded.at(at) == u':' || folded.at(at) == u'-' || folded.at(at) == u' '))
            ++at;
    }
    if (bold && QStringView(folded).mid(at).startsWith(QLatin1String("**"))) {
        keyEvent = true;
        bold = false;
        at += 2;
    }
    while (at < first.size() && first.at(at) == u' ')
        ++at;
    lines[0] = (bold ? QStringLiteral("**") : QString()) + first.mid(at);

    if (!date.isValid()) {
        date = m_lastDate;
        if (!date.isValid() && !m_result.source.incident.occurrences.isEmpty())
            date = m_result.source.incident.occurrences.constFirst().start.toTimeZone(m_zone).date();
        if (!date.isValid()) {
            keep(line, section.heading, text);
            warn(line, tr("A time without a date, and no date to take it from; kept with what was not understood."));
            return;
        }
        QDateTime at = utc(date, time);
        if (m_lastLogTime.isValid() && at < m_lastLogTime) {
            date = date.addDays(1);
            at = utc(date, time);
        }
        warn(line, tr("No date given; %1 assumed.").arg(PostmortemDocument::formatTime(at, m_zone)));
    }

    LogEntry entry;
    entry.id = QUuid::createUuid();
    entry.at = utc(date, time);
    entry.author = m_options.author;
    entry.kind = kind.value_or(LogEntryKind::Note);
    entry.keyEvent = keyEvent;
    entry.automatic = automatic;
    if (!kind)
        warn(line, tr("No kind given (note, hypothesis, finding, action, dead end, decision); recorded as a note."));

    // Attached files come last, one a line, as Hindsight writes them: linked beside the document, or only named.
    static const QRegularExpression fileLink(
        QStringLiteral(R"(^(!?)\[(.*)\]\(<([^<>]*)>\)$|^(!?)\[(.*)\]\(([^\s()<>]*)\)$)"));
    // Either language's words, in either width of brackets: hand-written documents mix them.
    static const QRegularExpression mention = [] {
        QStringList labels;
        for (const DocumentLanguage language : allValues<DocumentLanguage>()) {
            for (const bool image : {true, false})
                labels << QRegularExpression::escape(postmortemvocabulary::attachmentLabel(image, language));
        }
        return QRegularExpression(QStringLiteral(R"(^[(（](%1): (.*)[)）]$)").arg(labels.join(u'|')));
    }();
    static const QStringList imageLabels = [] {
        QStringList labels;
        for (const DocumentLanguage language : allValues<DocumentLanguage>())
            labels << postmortemvocabulary::attachmentLabel(true, language);
        return labels;
    }();
    struct AttachmentLine
    {
        Attachment attachment;
        int line = 0;
        bool named = false;
        /// The link's destination or the mentioned name, as the document writes it.
        QString written;
    };
    QList<AttachmentLine> attachmentLines;
    while (lines.size() > 1) {
        const QString last = lines.constLast().trimmed();
        AttachmentLine found;
        // Empty but not null: the store keeps a file of no bytes.
        found.attachment = {QUuid::createUuid(), entry.id, QString(), QString(), QByteArray(""), QDateTime()};
        found.line = line + int(lines.size()) - 1;
        bool image = false;
        if (const QRegularExpressionMatch named = mention.match(last); named.hasMatch()) {
            image = imageLabels.contains(named.captured(1));
            found.attachment.name = unescaped(named.captured(2));
            found.named = true;
            found.written = found.attachment.name;
        } else if (const QRegularExpressionMatch linked = fileLink.match(last); linked.hasMatch()) {
            const int first = linked.hasCaptured(3) ? 1 : 4;
            found.written = linked.captured(first + 2);
            // Links to the web stay in the text. A link to a file is an attachment even when the file is not read, so
            // that what the document names is kept, and the warning says why it is empty.
            if (found.written.isEmpty() ||
                (found.written.contains(u':') && !found.written.startsWith(u"file:"_s, Qt::CaseInsensitive)))
                break;
            image = !linked.captured(first).isEmpty();
            found.attachment.name = unescaped(linked.captured(first + 1));
        } else {
            break;
        }
        Attachment &attachment = found.attachment;
        attachment.mimeType = QMimeDatabase().mimeTypeForFile(attachment.name, QMimeDatabase::MatchExtension).name();
        if (image && !attachment.mimeType.startsWith(u"image/"_s))
            attachment.mimeType = u"image/png"_s;
        else if (!image && attachment.mimeType.startsWith(u"image/"_s))
            attachment.mimeType = u"application/octet-stream"_s;
        attachmentLines.prepend(found);
        lines.removeLast();
    }
    // Read in document order, so that the limit on a document's files leaves out the last ones.
    QList<Attachment> attachments;
    for (AttachmentLine &found : attachmentLines) {
        const AttachedFile file =
            found.named ? m_attachmentFolder.readNamed(found.written) : m_attachmentFolder.readLinked(found.written);
        if (file.problem.isEmpty())
            found.attachment.data = file.data;
        else
            warn(found.line, file.problem);
        attachments << found.attachment;
    }
    entry.body = trimmedBlankLines(lines);
    if (entry.body.trimmed().isEmpty() && attachments.isEmpty()) {
        warn(line, tr("An entry at %1 without text; left out.").arg(PostmortemDocument::formatTime(entry.at, m_zone)));
        return;
    }
    m_lastDate = entry.at.toTimeZone(m_zone).date();
    m_lastLogTime = entry.at;
    m_result.source.log << entry;
    m_result.source.attachments << attachments;
}

void Reader::readInvestigation(const Section &section)
{
    for (const Node *block : section.blocks) {
        if (isComment(*block))
            continue;
        if (block->type == Type::List) {
            for (const Node &item : block->children)
                readLogEntry(itemSource(item), item.startLine, section);
        } else if (block->type == Type::Paragraph) {
            // Lines that start with a time start entries; the lines after one belong to it.
            static const QRegularExpression startsWithTime(
                QStringLiteral(R"(^(\*\*)?\s*(?:%1[\sT]+)?%2)").arg(DatePattern, TimePattern));
            QString entry;
            int entryLine = 0;
            for (int line = block->startLine; line <= block->endLine; ++line) {
                const QString text = m_lines.value(line - 1);
                if (startsWithTime.match(foldWidth(text)).hasMatch() || entry.isEmpty()) {
                    if (!entry.isEmpty())
                        readLogEntry(entry, entryLine, section);
                    entry = text.trimmed();
                    entryLine = line;
                } else {
                    entry += u'\n' + text.trimmed();
                }
            }
            if (!entry.isEmpty())
                readLogEntry(entry, entryLine, section);
        } else if (block->type == Type::Table) {
            // A row per entry, the time in the first cell.
            for (const Node &row : block->children) {
                QStringList cells;
                for (const Node &cell : row.children)
                    cells << cell.plainText().simplified();
                if (!row.header)
                    readLogEntry(cells.join(u' ').trimmed(), row.startLine, section);
            }
        } else {
            keep(section, *block);
            warn(block->startLine, tr("Not an investigation log entry; kept with what was not understood."));
        }
    }
}

/// Adds `text` to the part of the lessons that `part` names (one of them: isLesson()).
void addLesson(Postmortem &postmortem, PostmortemSection part, const QString &text)
{
    QString &target = part == PostmortemSection::WentWrong  ? postmortem.wentWrong
                      : part == PostmortemSection::GotLucky ? postmortem.gotLucky
                                                            : postmortem.wentWell;
    if (!text.isEmpty())
        target = target.isEmpty() ? text : target + QStringLiteral("\n\n") + text;
}

void Reader::readLessons(const Section &section)
{
    Postmortem &postmortem = *m_result.source.postmortem;
    std::optional<PostmortemSection> current;
    QList<const Node *> blocks;
    const auto flush = [&] {
        if (blocks.isEmpty())
            return;
        if (!current) {
            keep(blocks.constFirst()->startLine, section.heading, source(blocks));
            warn(blocks.constFirst()->startLine,
                 tr("Lessons that are not under what went well, what went wrong or where we got lucky; kept with "
                    "what was not understood."));
        } else {
            addLesson(postmortem, *current, source(blocks));
        }
        blocks.clear();
    };
    for (const Node *block : section.blocks) {
        std::optional<PostmortemSection> part;
        if (block->type == Type::Heading || block->type == Type::Paragraph) {
            const QString text = block->plainText();
            if (!text.contains(u'\n'))
                part = sectionNamed(text);
        }
        if (isLesson(part)) {
            flush();
            current = part;
            continue;
        }
        if (block->type == Type::List && !block->children.isEmpty()) {
            // "- What went well" with the lessons as a list under it.
            bool allParts = true;
            for (const Node &item : block->children) {
                const QString label = item.children.isEmpty() ? QString() : item.children.constFirst().plainText();
                allParts = allParts && isLesson(sectionNamed(label));
            }
            if (allParts) {
                flush();
                for (const Node &item : block->children) {
                    current = sectionNamed(item.children.constFirst().plainText());
                    QStringList lines = itemSource(item).split(u'\n');
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

void Reader::readActionTable(const Node &table, const Section &section)
{
    using Column = ActionItemColumn;
    if (table.children.isEmpty())
        return;
    // None for a column that is not one of the template's, or one given twice.
    QList<std::optional<Column>> columns;
    QStringList headers;
    for (const Node &cell : table.children.constFirst().children) {
        const QString header = cell.plainText().trimmed();
        std::optional<Column> column;
        for (const Column value : allValues<Column>()) {
            for (const QString &word : postmortemvocabulary::spellings(value)) {
                if (normalize(word) == normalize(header))
                    column = value;
            }
        }
        if (column && columns.contains(column))
            column.reset();
        if (!column) {
            warn(table.startLine, tr("The column “%1” is not one of the template's; its cells are kept with what "
                                     "was not understood.")
                                      .arg(header));
        }
        columns << column;
        headers << header;
    }
    if (!columns.contains(Column::Title)) {
        keep(section, table);
        warn(table.startLine, tr("A table without an “Action item” column; kept with what was not understood."));
        return;
    }
    for (qsizetype r = 1; r < table.children.size(); ++r) {
        const Node &row = table.children.at(r);
        ActionItem item;
        item.id = QUuid::createUuid();
        QHash<Column, QString> given;
        QStringList extra;
        bool empty = true;
        // A row with cells missing is padded out by the table extension: those cells read as empty.
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const Node *cell = c < row.children.size() ? &row.children.at(c) : nullptr;
            const QString text = cell ? cell->plainText().trimmed() : QString();
            empty = empty && text.isEmpty();
            if (!columns.at(c)) {
                if (!text.isEmpty())
                    extra << QStringLiteral("%1: %2").arg(headers.at(c), text);
                continue;
            }
            given[*columns.at(c)] = text;
            if (columns.at(c) == Column::Title && cell) {
                int links = 0;
                for (const Node &child : cell->children) {
                    if (child.type == Type::Link) {
                        ++links;
                        item.trackerUrl = child.url;
                    }
                }
                if (links > 1) {
                    item.trackerUrl.clear();
                    keep(row.startLine, section.heading, m_lines.value(row.startLine - 1).trimmed());
                    warn(row.startLine, tr("“%1” links to several places; kept with what was not understood, and "
                                           "imported without a link.")
                                            .arg(text));
                } else if (links == 1 && cell->children.size() > 1) {
                    warn(row.startLine,
                         tr("“%1” has text beside its link; all of it is imported as the title, linked to %2.")
                             .arg(text, item.trackerUrl));
                }
            }
        }
        if (empty)
            continue;
        const int line = row.startLine;
        if (given.value(Column::Title).isEmpty()) {
            keep(line, section.heading, m_lines.value(line - 1).trimmed());
            warn(line, tr("An action item without a title; kept with what was not understood."));
            continue;
        }
        item.title = given.value(Column::Title);
        if (!extra.isEmpty()) {
            keep(line, section.heading, tr("%1: %2").arg(item.title, extra.join(QStringLiteral("; "))));
        }
        const QString type = given.value(Column::Type);
        if (const auto value = wordValue<ActionItemType>(type)) {
            item.type = *value;
        } else {
            item.type = ActionItemType::Repair;
            warn(line, type.isEmpty() ? tr("“%1” has no type; Repair assumed.").arg(item.title)
                                      : tr("“%1” is not a type; Repair assumed for “%2”.").arg(type, item.title));
        }
        const QString priority = given.value(Column::Priority);
        if (const auto value = wordValue<ActionItemPriority>(priority)) {
            item.priority = *value;
        } else {
            item.priority = ActionItemPriority::Middle;
            warn(line, priority.isEmpty()
                           ? tr("“%1” has no priority; Middle assumed.").arg(item.title)
                           : tr("“%1” is not a priority; Middle assumed for “%2”.").arg(priority, item.title));
        }
        item.owner = given.value(Column::Owner);
        const QString status = given.value(Column::Status);
        if (const auto value = wordValue<ActionItemStatus>(status)) {
            item.status = *value;
        } else {
            item.status = ActionItemStatus::NotStarted;
            warn(line, status.isEmpty()
                           ? tr("“%1” has no status; Not started assumed.").arg(item.title)
                           : tr("“%1” is not a status; Not started assumed for “%2”.").arg(status, item.title));
        }
        const QString due = given.value(Column::Due);
        if (!due.isEmpty()) {
            if (const auto date = windowIn(due))
                item.dueDate = date->startDate;
            else
                warn(line, tr("“%1” is not a date; “%2” has no due date.").arg(due, item.title));
        }
        m_result.source.actionItems << item;
    }
}

void Reader::readActionItems(const Section &section)
{
    for (const Node *block : section.blocks) {
        if (isComment(*block))
            continue;
        if (block->type == Type::Table) {
            readActionTable(*block, section);
        } else if (block->type == Type::List) {
            for (const Node &item : block->children) {
                const QString title = item.children.isEmpty() ? QString() : item.children.constFirst().plainText();
                if (title.trimmed().isEmpty())
                    continue;
                ActionItem action;
                action.id = QUuid::createUuid();
                action.title = title.simplified();
                action.status = item.checked ? ActionItemStatus::Done : ActionItemStatus::NotStarted;
                for (const Node &child : item.children.constFirst().children) {
                    if (child.type == Type::Link)
                        action.trackerUrl = child.url;
                }
                m_result.source.actionItems << action;
                warn(item.startLine,
                     item.task ? tr("“%1” is a list item, not a row of the table: Repair, Middle assumed; %2 from "
                                    "its check box.")
                                     .arg(action.title, displayName(action.status))
                               : tr("“%1” is a list item, not a row of the table: Repair, Middle, Not started "
                                    "assumed.")
                                     .arg(action.title));
                for (qsizetype i = 1; i < item.children.size(); ++i) {
                    keep(section, item.children.at(i));
                    warn(item.children.at(i).startLine,
                         tr("Text under an action item; kept with what was not understood."));
                }
            }
        } else {
            keep(section, *block);
            warn(block->startLine, tr("Not an action item; kept with what was not understood."));
        }
    }
}

/// A line of the review: `日付: 2021/8/10`, `参加者: 山田、鈴木` (or a list under it), `部門長: 出席`.
void Reader::readReviewLine(const QString &text, const Node *nested, int line, const Section &section)
{
    static const QStringList attended = postmortemvocabulary::attendanceSpellings(true);
    static const QStringList absent = postmortemvocabulary::attendanceSpellings(false);
    Postmortem &postmortem = *m_result.source.postmortem;
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
        keep(line, section.heading, m_lines.value(line - 1).trimmed());
        warn(line, tr("“%1” is not the review's date, attendees or the head of department's attendance; kept with "
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
            for (const Node &item : nested->children) {
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

/// A section that is not one of the template's, or text before the first: kept as it is.
void Reader::keepUnknown(const Section &section)
{
    const QString text = source(section.blocks);
    if (text.isEmpty())
        return;
    keep(section.blocks.constFirst()->startLine, section.heading, text);
    warn(section.line,
         section.line == 1 && section.level == 0
             ? tr("Text before the first section; kept with what was not understood.")
             : tr("“%1” is not a section of the template; kept with what was not understood.").arg(section.heading));
}

void Reader::readReview(const Section &section)
{
    for (const Node *block : section.blocks) {
        if (isComment(*block))
            continue;
        if (block->type == Type::List) {
            for (const Node &item : block->children) {
                const Node *nested = nullptr;
                for (const Node &child : item.children) {
                    if (child.type == Type::List)
                        nested = &child;
                }
                if (item.children.isEmpty() || item.children.constFirst().type != Type::Paragraph) {
                    keep(section, item);
                    continue;
                }
                readReviewLine(item.children.constFirst().plainText().simplified(), nested, item.startLine, section);
            }
        } else if (block->type == Type::Paragraph) {
            const QStringList lines = block->plainText().split(u'\n');
            for (int i = 0; i < lines.size(); ++i) {
                if (!lines.at(i).trimmed().isEmpty())
                    readReviewLine(lines.at(i), nullptr, block->startLine + i, section);
            }
        } else {
            keep(section, *block);
            warn(block->startLine, tr("Not part of the review; kept with what was not understood."));
        }
    }
    if (m_result.source.postmortem->review.date.isValid())
        warn(section.line, tr("The review is recorded; the postmortem is imported as a draft, to be approved in "
                              "Hindsight."));
}

ImportedPostmortem Reader::read()
{
    // Split the document into the template's sections.
    QList<Section> sections{Section{std::nullopt, QString(), 1, 0, {}}};
    QSet<PostmortemSection> seen;
    QString title;
    int japanese = 0;
    int english = 0;
    for (const Node &node : std::as_const(m_root.children)) {
        Section &current = sections.last();
        if (node.type != Type::Heading) {
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
            if (seen.contains(owner)) {
                warn(node.startLine, tr("A second “%1” section; kept with what was not understood.").arg(text));
                sections << Section{std::nullopt, text, node.startLine, node.level, {}};
                continue;
            }
            seen.insert(owner);
            sections << Section{owner, text, node.startLine, node.level, {}};
            if (isLesson(*part))
                sections.last().blocks << &node;
            continue;
        }
        if (seen.isEmpty() && title.isEmpty()) {
            title = text;
            continue;
        }
        if (current.part && node.level > current.level) {
            current.blocks << &node;
            continue;
        }
        sections << Section{std::nullopt, text, node.startLine, node.level, {}};
    }
    if (seen.size() < 2) {
        throw ImportRefused(
            m_fileName, 1,
            tr("not a postmortem: it does not have the template's sections (概要, 発生日時, 調査, 問題の原因… "
               "or Summary, When it happened, Investigation, Root cause…)."));
    }
    m_result.language = japanese >= english ? DocumentLanguage::Japanese : DocumentLanguage::English;
    // The notes name where text came from in the document's language.
    sections.first().heading = postmortemvocabulary::beforeFirstSection(m_result.language);
    m_result.source.postmortem = Postmortem();

    Incident &incident = m_result.source.incident;
    incident.title = QString(title).remove(postmortemvocabulary::titlePrefixPattern()).trimmed();
    if (incident.title.isEmpty()) {
        incident.title = m_options.fallbackTitle.trimmed();
        if (incident.title.isEmpty())
            incident.title = tr("Imported postmortem");
        warn(0, tr("No title heading; the incident is called “%1”.").arg(incident.title));
    }
    incident.status = IncidentStatus::Resolved;
    if (m_options.timeZone.isValid())
        incident.timeZone = QString::fromUtf8(m_options.timeZone.id());

    // When it happened comes first: times in the log without a date take it from there.
    std::stable_sort(sections.begin(), sections.end(), [](const Section &a, const Section &b) {
        return (a.part == PostmortemSection::When) > (b.part == PostmortemSection::When);
    });
    for (const Section &section : std::as_const(sections)) {
        if (!section.part) {
            keepUnknown(section);
            continue;
        }
        switch (*section.part) {
        case PostmortemSection::Summary:
            readSummary(section);
            break;
        case PostmortemSection::Links:
            readLinks(section);
            break;
        case PostmortemSection::When:
            readWhen(section);
            break;
        case PostmortemSection::People:
            readPeople(section);
            break;
        case PostmortemSection::Severity:
            readSeverity(section);
            break;
        case PostmortemSection::Products:
            readProducts(section);
            break;
        case PostmortemSection::Investigation:
            readInvestigation(section);
            break;
        case PostmortemSection::RootCause:
            readRootCause(section);
            break;
        case PostmortemSection::Lessons:
            readLessons(section);
            break;
        case PostmortemSection::ActionItems:
            readActionItems(section);
            break;
        case PostmortemSection::Review:
            readReview(section);
            break;
        case PostmortemSection::WentWell:
        case PostmortemSection::WentWrong:
        case PostmortemSection::GotLucky:
            // Read under the lessons: never a section of their own.
            keepUnknown(section);
            break;
        }
    }
    if (!seen.contains(PostmortemSection::Severity))
        warn(0, tr("No severity section; Middle assumed."));
    std::stable_sort(m_result.warnings.begin(), m_result.warnings.end(),
                     [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; });
    std::stable_sort(m_result.notUnderstood.begin(), m_result.notUnderstood.end(),
                     [](const NotUnderstood &a, const NotUnderstood &b) { return a.line < b.line; });

    if (!incident.occurrences.isEmpty()) {
        incident.startedAt = incident.occurrences.constFirst().start;
        incident.detectedAt = incident.startedAt;
        bool ended = true;
        for (const OccurrenceWindow &window : std::as_const(incident.occurrences)) {
            ended = ended && window.end.isValid();
            incident.startedAt = std::min(incident.startedAt, window.start);
        }
        incident.detectedAt = incident.startedAt;
        if (ended) {
            incident.resolvedAt = incident.occurrences.constFirst().end;
            for (const OccurrenceWindow &window : std::as_const(incident.occurrences))
                incident.resolvedAt = std::max(incident.resolvedAt, window.end);
        }
    }
    for (const LogEntry &entry : std::as_const(m_result.source.log)) {
        if (!incident.detectedAt.isValid() || entry.at < incident.detectedAt)
            incident.detectedAt = entry.at;
    }
    return m_result;
}

} // namespace

QString ImportWarning::toString() const
{
    return line > 0 ? tr("line %1: %2").arg(line).arg(message) : message;
}

ImportRefused::ImportRefused(QString file, int line, QString reason)
    : m_file(std::move(file))
    , m_line(line)
    , m_reason(std::move(reason))
    , m_utf8(message().toUtf8())
{}

QString ImportRefused::message() const
{
    return m_line > 0 ? QStringLiteral("%1:%2: %3").arg(m_file).arg(m_line).arg(m_reason)
                      : QStringLiteral("%1: %2").arg(m_file, m_reason);
}

QString ImportedPostmortem::notUnderstoodMarkdown() const
{
    if (notUnderstood.isEmpty())
        return {};
    QString text = QStringLiteral("**") + postmortemvocabulary::notUnderstoodTitle(language) + QStringLiteral("**");
    for (const NotUnderstood &piece : notUnderstood) {
        text += QStringLiteral("\n\n");
        text += postmortemvocabulary::notUnderstoodPlace(language).arg(piece.where).arg(piece.line);
        text += QStringLiteral("\n\n") + piece.markdown;
    }
    return text;
}

ImportedPostmortem PostmortemImport::read(const QByteArray &data, const QString &fileName, const ImportOptions &options)
{
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0)
        throw ImportRefused(fileName, lineAt(data, nul), tr("binary data (a NUL byte), not a Markdown document."));
    if (const qsizetype invalid = invalidUtf8At(data); invalid >= 0)
        throw ImportRefused(fileName, lineAt(data, invalid), tr("not valid UTF-8 text."));
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    if (text.trimmed().isEmpty())
        throw ImportRefused(fileName, 0, tr("the file is empty."));
    Reader reader(text, fileName, options);
    return reader.read();
}

ImportedPostmortem PostmortemImport::readFile(const QString &path, ImportOptions options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportRefused(path, 0, tr("cannot be read: %1").arg(file.errorString()));
    const QFileInfo info(path);
    if (options.fallbackTitle.isEmpty())
        options.fallbackTitle = info.completeBaseName();
    if (options.baseDirectory.isEmpty())
        options.baseDirectory = info.absolutePath();
    return read(file.readAll(), path, options);
}

} // namespace hindsight
