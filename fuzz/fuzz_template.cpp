// A postmortem whose every field holds what users may type or paste, redacted and filled into the templates as an
// export does; and the template itself as a user may write it in their override folder.
#include "fuzztargets.h"
#include "postmortem/markdowntemplate.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/redactor.h"
#include "postmortem/templatelibrary.h"

#include <QList>

namespace hindsight::fuzz {

namespace {

/// Cuts the input into a few control bytes and the field values (separated by 0x1f, the unit separator).
class Fields
{
public:
    explicit Fields(const QByteArray &data)
    {
        const QList<QByteArray> parts = data.split('\x1f');
        m_control = parts.first();
        m_values = parts.mid(1);
        // Some values as raw UTF-16, lone surrogates included, as a damaged store could hold.
        m_utf16 = m_control.size() > 0 && (m_control.at(0) & 1);
    }

    int number(int index, int modulo) const
    {
        return index < m_control.size() ? quint8(m_control.at(index)) % modulo : 0;
    }

    /// The next value, each used once (so that the document grows with the input, no faster); then empty.
    QString next()
    {
        if (m_next >= m_values.size())
            return {};
        const QByteArray &value = m_values.at(m_next++);
        if (m_utf16 && m_next % 2 == 0)
            return QString(reinterpret_cast<const QChar *>(value.constData()), value.size() / 2);
        return QString::fromUtf8(value);
    }

    bool hasValues() const { return !m_values.isEmpty(); }

private:
    QByteArray m_control;
    QList<QByteArray> m_values;
    qsizetype m_next = 0;
    bool m_utf16 = false;
};

QDateTime time(int minutes)
{
    return QDateTime::fromSecsSinceEpoch(1627786800 + qint64(minutes) * 60, QTimeZone::utc());
}

} // namespace

void renderTemplate(const QByteArray &data)
{
    static const TemplateLibrary templates = TemplateLibrary::builtIn();
    static const Redactor redactor;
    // The fields, then after 0x1e (the record separator) a user's template.
    const qsizetype separator = data.indexOf('\x1e');
    Fields fields(separator < 0 ? data : data.left(separator));
    const QByteArray userText = separator < 0 ? QByteArray() : data.mid(separator + 1);
    const int count = 1 + fields.number(1, 4);
    static const char *const zones[] = {"", "Asia/Tokyo", "UTC", "America/St_Johns", "Not/AZone"};

    PostmortemSource source;
    Incident &incident = source.incident;
    incident.number = 1 + fields.number(2, 200);
    incident.title = fields.next();
    incident.summary = fields.next();
    incident.severity = Severity(fields.number(3, 4));
    incident.timeZone = QString::fromLatin1(zones[fields.number(4, 5)]);
    incident.detectedAt = time(0);
    incident.startedAt = fields.number(5, 3) == 0 ? QDateTime() : time(-fields.number(5, 120));
    incident.mitigatedAt = fields.number(6, 3) == 0 ? QDateTime() : time(fields.number(6, 200) * 37);
    for (int i = 0; i < count; ++i) {
        incident.products << fields.next();
        incident.links << RelatedLink{fields.next(), fields.next()};
        incident.people << Person{PersonRole(fields.number(7 + i, 5)), fields.next()};
        incident.occurrences << OccurrenceWindow{time(i * 90),
                                                 fields.number(8 + i, 2) ? QDateTime() : time(i * 90 + 45)};
    }
    const int entries = fields.hasValues() ? 1 + fields.number(9, 8) : 0;
    for (int i = 0; i < entries; ++i) {
        LogEntry entry;
        entry.id = QUuid::createUuidV5(QUuid(), QString::number(i));
        entry.at = time(i * 7 - 3);
        entry.kind = LogEntryKind(fields.number(10 + i, 6));
        entry.keyEvent = fields.number(11 + i, 2);
        entry.automatic = fields.number(12 + i, 3) == 0;
        entry.author = fields.next();
        entry.body = fields.next();
        source.log << entry;
        if (fields.number(13 + i, 4) == 0) {
            source.attachments << Attachment{QUuid::createUuidV5(entry.id, QStringLiteral("a")),
                                             entry.id,
                                             fields.next(),
                                             QStringLiteral("image/png"),
                                             QByteArrayLiteral("\x89PNG"),
                                             entry.at};
        }
    }
    if (fields.number(20, 5) != 0) {
        Postmortem postmortem;
        postmortem.rootCause = fields.next();
        postmortem.wentWell = fields.next();
        postmortem.wentWrong = fields.next();
        postmortem.gotLucky = fields.next();
        source.postmortem = postmortem;
    }
    for (int i = 0; i < count; ++i) {
        ActionItem item;
        item.number = 1 + i;
        item.title = fields.next();
        item.owner = fields.next();
        item.trackerUrl = fields.next();
        item.type = ActionItemType(fields.number(21 + i, 4));
        item.priority = ActionItemPriority(fields.number(22 + i, 3));
        item.status = ActionItemStatus(fields.number(23 + i, 4));
        item.dueDate = fields.number(24 + i, 2) ? QDate(2021, 8, 1 + i) : QDate();
        source.actionItems << item;
    }
    if (fields.number(25, 2)) {
        RelatedIncident related;
        related.incident.number = 1;
        related.incident.title = fields.next();
        related.incident.detectedAt = time(-100000);
        related.postmortemUrl = fields.next();
        source.relatedIncidents << related;
    }

    const DocumentLanguage language = fields.number(26, 2) ? DocumentLanguage::English : DocumentLanguage::Japanese;
    if (fields.number(27, 2))
        source.redact(redactor);
    const QString markdown = PostmortemDocument::markdown(source, language, templates);
    check(markdown.endsWith(QLatin1Char('\n')), "the document ends with a line break");
    const QString html = PostmortemDocument::html(source, language, templates);
    check(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive), "no <script> in exported HTML");

    if (separator < 0)
        return;
    const MarkdownTemplate userTemplate(QString::fromUtf8(userText), QStringLiteral("postmortem.en.md.mustache"),
                                        PostmortemDocument::templateShape());
    if (userTemplate.isValid())
        (void)userTemplate.render(PostmortemDocument::values(source, language));
    else
        check(!userTemplate.problems().isEmpty(), "an invalid template says why");
}

} // namespace hindsight::fuzz

HINDSIGHT_FUZZ_TARGET(hindsight::fuzz::renderTemplate)
