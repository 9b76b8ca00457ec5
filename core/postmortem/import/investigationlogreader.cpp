#include "investigationlogreader.h"

#include "entryattachments.h"
#include "importtext.h"
#include "postmortem/postmortemvocabulary.h"
#include "writtentime.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace hindsight::importing {

namespace {

/// The kind an entry names, and whether Hindsight wrote the entry itself.
struct WrittenKind
{
    std::optional<LogEntryKind> kind;
    bool automatic = false;
};

/// The kind named at `at` in `folded` (an entry's first line after its time, folded): a word of the vocabulary
/// followed by a colon, perhaps with the automatic mark between. Moves `at` past it, or past the separators after the
/// time when there is none.
WrittenKind kindAt(const QString &folded, qsizetype &at)
{
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
    WrittenKind written;
    // The longest word wins: "Dead end" rather than a shorter word it starts with.
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
            written = {value, marked};
            at = end + 1;
        }
    }
    if (!written.kind) {
        while (at < folded.size() && (folded.at(at) == u':' || folded.at(at) == u'-' || folded.at(at) == u' '))
            ++at;
    }
    return written;
}

} // namespace

void InvestigationLogReader::read(const DocumentSection &section)
{
    for (const MarkdownNode *block : section.blocks) {
        if (isComment(*block))
            continue;
        if (block->type == MarkdownNode::Type::List) {
            for (const MarkdownNode &item : block->children)
                readEntry(m_document.itemSource(item), item.startLine, section);
        } else if (block->type == MarkdownNode::Type::Paragraph) {
            readParagraph(*block, section);
        } else if (block->type == MarkdownNode::Type::Table) {
            // A row per entry, the time in the first cell.
            for (const MarkdownNode &row : block->children) {
                QStringList cells;
                for (const MarkdownNode &cell : row.children)
                    cells << cell.plainText().simplified();
                if (!row.header)
                    readEntry(cells.join(u' ').trimmed(), row.startLine, section);
            }
        } else {
            m_document.keep(section, *block);
            m_document.warn(block->startLine, tr("Not an investigation log entry; kept with what was not understood."));
        }
    }
}

void InvestigationLogReader::readParagraph(const MarkdownNode &paragraph, const DocumentSection &section)
{
    // Lines that start with a time start entries; the lines after one belong to it.
    static const QRegularExpression startsWithTime(
        QStringLiteral(R"(^(\*\*)?\s*(?:%1[\sT]+)?%2)").arg(DatePattern, TimePattern));
    QString entry;
    int entryLine = 0;
    for (int line = paragraph.startLine; line <= paragraph.endLine; ++line) {
        const QString text = m_document.line(line);
        if (startsWithTime.match(foldWidth(text)).hasMatch() || entry.isEmpty()) {
            if (!entry.isEmpty())
                readEntry(entry, entryLine, section);
            entry = text.trimmed();
            entryLine = line;
        } else {
            entry += u'\n' + text.trimmed();
        }
    }
    if (!entry.isEmpty())
        readEntry(entry, entryLine, section);
}

void InvestigationLogReader::readEntry(const QString &text, int line, const DocumentSection &section)
{
    if (text.trimmed().isEmpty())
        return;
    static const QRegularExpression head(
        QStringLiteral(R"(^(\*\*)?\s*(?:%1[\sT]+)?%2\s*(\*\*)?\s*)").arg(DatePattern, TimePattern));
    QStringList lines = text.split(u'\n');
    const QString first = lines.constFirst();
    const QString folded = foldWidth(first);
    const QRegularExpressionMatch match = head.match(folded);
    if (!match.hasMatch())
        return readUntimed(text, line, section);
    QDate date = match.hasCaptured(2) ? dateFrom(match, 2) : QDate();
    const QTime time = timeFrom(match, 5);
    if ((match.hasCaptured(2) && !date.isValid()) || !time.isValid()) {
        m_document.keep(line, section.heading, text);
        m_document.warn(line,
                        tr("“%1” is not a time; kept with what was not understood.").arg(match.captured(0).trimmed()));
        return;
    }
    // `**13:02 Finding:** text` and `**13:02** text` are key events; in `**13:02 text** more` the bold is the text's.
    bool bold = match.hasCaptured(1);
    bool keyEvent = bold && match.hasCaptured(7);
    if (keyEvent)
        bold = false;
    qsizetype at = match.capturedEnd(0);
    const WrittenKind written = kindAt(folded, at);
    if (bold && QStringView(folded).mid(at).startsWith(QLatin1String("**"))) {
        keyEvent = true;
        bold = false;
        at += 2;
    }
    while (at < first.size() && first.at(at) == u' ')
        ++at;
    lines[0] = (bold ? QStringLiteral("**") : QString()) + first.mid(at);
    if (!date.isValid()) {
        date = impliedDate(time, text, line, section);
        if (!date.isValid())
            return;
    }

    LogEntry entry;
    entry.id = QUuid::createUuid();
    entry.at = m_document.utc(date, time);
    entry.author = m_document.options().author;
    entry.kind = written.kind.value_or(LogEntryKind::Note);
    entry.keyEvent = keyEvent;
    entry.automatic = written.automatic;
    if (!written.kind)
        m_document.warn(
            line, tr("No kind given (note, hypothesis, finding, action, dead end, decision); recorded as a note."));
    const QList<Attachment> attachments = takeAttachments(m_document, lines, entry.id, line);
    entry.body = trimmedBlankLines(lines);
    if (entry.body.trimmed().isEmpty() && attachments.isEmpty()) {
        m_document.warn(line, tr("An entry at %1 without text; left out.")
                                  .arg(PostmortemDocument::formatTime(entry.at, m_document.zone())));
        return;
    }
    m_lastDate = entry.at.toTimeZone(m_document.zone()).date();
    m_lastLogTime = entry.at;
    m_document.result().source.log << entry;
    m_document.result().source.attachments << attachments;
}

void InvestigationLogReader::readUntimed(const QString &text, int line, const DocumentSection &section)
{
    QList<LogEntry> &log = m_document.result().source.log;
    if (!log.isEmpty() && !text.trimmed().isEmpty()) {
        // No time: the entry goes after the one before it.
        LogEntry entry = log.constLast();
        entry.id = QUuid::createUuid();
        entry.kind = LogEntryKind::Note;
        entry.keyEvent = false;
        entry.automatic = false;
        entry.body = text;
        log << entry;
        m_document.warn(line, tr("No time given; placed at the time of the entry before it (%1).")
                                  .arg(PostmortemDocument::formatTime(entry.at, m_document.zone())));
        return;
    }
    m_document.keep(line, section.heading, text);
    m_document.warn(line, tr("An investigation without a time; kept with what was not understood."));
}

QDate InvestigationLogReader::impliedDate(QTime time, const QString &text, int line, const DocumentSection &section)
{
    QDate date = m_lastDate;
    const QList<OccurrenceWindow> &occurrences = m_document.result().source.incident.occurrences;
    if (!date.isValid() && !occurrences.isEmpty())
        date = occurrences.constFirst().start.toTimeZone(m_document.zone()).date();
    if (!date.isValid()) {
        m_document.keep(line, section.heading, text);
        m_document.warn(line,
                        tr("A time without a date, and no date to take it from; kept with what was not understood."));
        return {};
    }
    QDateTime at = m_document.utc(date, time);
    // Entries are in time order: a time before the entry before it is on the next day.
    if (m_lastLogTime.isValid() && at < m_lastLogTime) {
        date = date.addDays(1);
        at = m_document.utc(date, time);
    }
    m_document.warn(line, tr("No date given; %1 assumed.").arg(PostmortemDocument::formatTime(at, m_document.zone())));
    return date;
}

} // namespace hindsight::importing
