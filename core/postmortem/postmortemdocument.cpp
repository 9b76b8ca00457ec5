#include "postmortemdocument.h"

#include "markdown/markdownescape.h"
#include "markdown/markdownrenderer.h"
#include "postmortemvocabulary.h"
#include "templatelibrary.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hindsight {

using markdown::escapeBlock;
using markdown::escapeInline;
using markdown::escapeTableCell;

namespace {

/// An entry Hindsight wrote itself about a change of severity or status, written in the language of the window at
/// the time, in the document's `language`; any other text as it is.
QString automaticText(const QString &body, DocumentLanguage language)
{
    const postmortemvocabulary::ChangeSentence &to = postmortemvocabulary::changeSentence(language);
    for (const DocumentLanguage written : allValues<DocumentLanguage>()) {
        const postmortemvocabulary::ChangeSentence &from = postmortemvocabulary::changeSentence(written);
        const QRegularExpressionMatch match = from.pattern.match(body.trimmed());
        if (!match.hasMatch())
            continue;
        const QString field = match.captured(1);
        if (field == from.severity) // severity names are the same words in both languages
            return to.text.arg(to.severity, match.captured(2), match.captured(3));
        if (field != from.status)
            continue;
        const auto status = [&](const QString &name) {
            for (const IncidentStatus value : allValues<IncidentStatus>()) {
                if (postmortemvocabulary::word(value, written) == name)
                    return postmortemvocabulary::word(value, language);
            }
            return name;
        };
        return to.text.arg(to.status, status(match.captured(2)), status(match.captured(3)));
    }
    return body;
}

QString dateText(QDate date)
{
    return QStringLiteral("%1/%2/%3").arg(date.year()).arg(date.month()).arg(date.day());
}

QString timeText(QTime time)
{
    return QStringLiteral("%1:%2").arg(time.hour()).arg(time.minute(), 2, 10, QLatin1Char('0'));
}

/// A link destination that ends nowhere but where it should: inside `<…>`, and inside a table cell.
QString linkDestination(const QString &url)
{
    QString out;
    for (const QChar c : url.trimmed()) {
        if (c.unicode() < 0x20 || c == u' ' || c == u'<' || c == u'>' || c == u'|' || c == u'\\' || c == u'"' ||
            c == u'`' || c.unicode() == 0x7F) {
            out += QStringLiteral("%%1").arg(int(c.unicode()), 2, 16, QLatin1Char('0')).toUpper();
        } else {
            out += c;
        }
    }
    return out;
}

QString link(const QString &label, const QString &url)
{
    return QStringLiteral("[%1](<%2>)").arg(label, linkDestination(url));
}

QString safeFileName(const QString &name, const QString &mimeType)
{
    QString base = QFileInfo(name).fileName();
    QString out;
    for (const QChar c : base) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                          c == u'.' || c == u'-' || c == u'_';
        if (safe)
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    while (out.startsWith(u'.') || out.startsWith(u'-'))
        out.remove(0, 1);
    if (out.isEmpty())
        out = QStringLiteral("attachment");
    if (!out.contains(u'.')) {
        static const QHash<QString, QString> extensions = {{QStringLiteral("image/png"), QStringLiteral(".png")},
                                                           {QStringLiteral("image/jpeg"), QStringLiteral(".jpg")},
                                                           {QStringLiteral("image/gif"), QStringLiteral(".gif")},
                                                           {QStringLiteral("image/webp"), QStringLiteral(".webp")}};
        out += extensions.value(mimeType);
    }
    return out;
}

/// Images cmark-gfm's safe mode (and GitHub) show from a data: URI.
bool embeddable(const Attachment &attachment)
{
    static const QStringList types = {QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                      QStringLiteral("image/gif"), QStringLiteral("image/webp")};
    return types.contains(attachment.mimeType);
}

QList<LogEntry> documentedEntries(const QList<LogEntry> &log)
{
    QList<LogEntry> entries;
    entries.reserve(log.size());
    for (const LogEntry &entry : log) {
        if (!entry.isDeleted())
            entries << entry;
    }
    std::stable_sort(entries.begin(), entries.end(), [](const LogEntry &a, const LogEntry &b) { return a.at < b.at; });
    return entries;
}

QStringList names(const Incident &incident, PersonRole role)
{
    QStringList result;
    for (const QString &name : incident.peopleIn(role)) {
        if (!name.trimmed().isEmpty())
            result << escapeInline(name);
    }
    return result;
}

QStringList occurrenceWindows(const Incident &incident, const QTimeZone &zone)
{
    QList<OccurrenceWindow> windows = incident.occurrences;
    // Without recorded windows, the incident's own times are the best the store knows.
    if (windows.isEmpty() && incident.startedAt.isValid())
        windows << OccurrenceWindow{incident.startedAt,
                                    incident.mitigatedAt.isValid() ? incident.mitigatedAt : incident.resolvedAt};
    QStringList result;
    for (const OccurrenceWindow &window : std::as_const(windows)) {
        if (window.start.isValid())
            result << PostmortemDocument::formatWindow(window, zone);
    }
    return result;
}

QString attachmentMarkdown(const AttachmentFile &file, DocumentLanguage language, const DocumentOptions &options)
{
    const Attachment &attachment = file.attachment;
    const QString name = escapeInline(attachment.name.isEmpty() ? file.fileName : attachment.name);
    switch (options.attachments) {
    case AttachmentLinks::Mention:
        break;
    case AttachmentLinks::Folder: {
        const QString path =
            options.attachmentFolder.isEmpty() ? file.fileName : options.attachmentFolder + u'/' + file.fileName;
        return (attachment.isImage() ? QStringLiteral("!") : QString()) + link(name, path);
    }
    case AttachmentLinks::Embed:
        if (embeddable(attachment)) {
            return QStringLiteral("![%1](data:%2;base64,%3)")
                .arg(name, attachment.mimeType, QString::fromLatin1(attachment.data.toBase64()));
        }
        break;
    }
    return postmortemvocabulary::attachmentMention(name, attachment.isImage(), language);
}

const QString &styleSheet()
{
    static const QString css = QStringLiteral(
        "body{margin:0;background:#fff;color:#1f2328;font:16px/1.6 -apple-system,'Segoe UI','Noto Sans',"
        "'Noto Sans CJK JP','Hiragino Sans',Meiryo,sans-serif}"
        "main{max-width:980px;margin:0 auto;padding:16px 32px 48px}"
        ".incident{max-width:980px;margin:0 auto;padding:24px 32px 0;color:#59636e;font-size:14px}"
        "h1,h2{border-bottom:1px solid #d1d9e0;padding-bottom:.3em;margin:1.5em 0 .75em;line-height:1.25}"
        "h1{font-size:2em}h2{font-size:1.5em}"
        "a{color:#0969da}"
        "code,pre{font-family:ui-monospace,'Noto Sans Mono',Menlo,Consolas,monospace;font-size:85%}"
        "code{background:#eff1f3;border-radius:6px;padding:.2em .4em}"
        "pre{background:#f6f8fa;border-radius:6px;padding:16px;overflow:auto}pre code{background:none;padding:0}"
        "table{border-collapse:collapse;display:block;overflow:auto}"
        "th,td{border:1px solid #d1d9e0;padding:6px 13px}th{background:#f6f8fa}"
        "img{max-width:100%}"
        "blockquote{margin:0;padding:0 1em;color:#59636e;border-left:.25em solid #d1d9e0}"
        "@media print{main,.incident{max-width:none;padding-left:0;padding-right:0}}");
    return css;
}

} // namespace

QTimeZone PostmortemDocument::timeZone(const Incident &incident)
{
    if (!incident.timeZone.isEmpty()) {
        const QTimeZone zone(incident.timeZone.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

QString PostmortemDocument::formatTime(const QDateTime &time, const QTimeZone &zone)
{
    const QDateTime local = time.toTimeZone(zone);
    return dateText(local.date()) + u' ' + timeText(local.time());
}

QString PostmortemDocument::formatWindow(const OccurrenceWindow &window, const QTimeZone &zone)
{
    const QDateTime start = window.start.toTimeZone(zone);
    QString text = formatTime(window.start, zone) + u'-';
    if (window.end.isValid()) {
        const QDateTime end = window.end.toTimeZone(zone);
        if (end.date() != start.date())
            text += dateText(end.date()) + u' ';
        text += timeText(end.time());
    }
    return text;
}

QString PostmortemDocument::title(const PostmortemSource &source, DocumentLanguage language)
{
    return postmortemvocabulary::incident(language).arg(source.incident.number).arg(source.incident.title.simplified());
}

QList<AttachmentFile> PostmortemDocument::attachmentFiles(const PostmortemSource &source)
{
    QSet<QUuid> entryIds;
    for (const LogEntry &entry : source.log) {
        if (!entry.isDeleted())
            entryIds.insert(entry.id);
    }
    QList<AttachmentFile> files;
    QSet<QString> taken;
    for (const Attachment &attachment : source.attachments) {
        if (!entryIds.contains(attachment.entryId))
            continue;
        const QString name = safeFileName(attachment.name, attachment.mimeType);
        QString unique = name;
        const qsizetype dot = name.lastIndexOf(u'.');
        const QString stem = dot > 0 ? name.left(dot) : name;
        const QString extension = dot > 0 ? name.mid(dot) : QString();
        for (int n = 2; taken.contains(unique.toLower()); ++n)
            unique = QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(extension);
        taken.insert(unique.toLower());
        files << AttachmentFile{unique, attachment};
    }
    return files;
}

namespace {

/// The incident's own fields: title, number, time zone, severity (with one yes/no value per level) and summary.
void insertIncident(QVariantMap &values, const Incident &incident, const QTimeZone &zone)
{
    values.insert(QStringLiteral("title"), escapeInline(incident.title));
    values.insert(QStringLiteral("number"), QString::number(incident.number));
    values.insert(QStringLiteral("timeZone"), escapeInline(QString::fromUtf8(zone.id())));
    values.insert(QStringLiteral("severity"), postmortemvocabulary::levelName(incident.severity));
    values.insert(QStringLiteral("severityLow"), incident.severity == Severity::Low);
    values.insert(QStringLiteral("severityMiddle"), incident.severity == Severity::Middle);
    values.insert(QStringLiteral("severityHigh"), incident.severity == Severity::High);
    values.insert(QStringLiteral("severityCritical"), incident.severity == Severity::Critical);
    values.insert(QStringLiteral("postmortemRequired"), incident.severity != Severity::Low);
    values.insert(QStringLiteral("summary"), escapeBlock(incident.summary));
}

/// The incident's related links, then its related incidents (with their date and severity).
QVariantList linkValues(const PostmortemSource &source, DocumentLanguage language, const QTimeZone &zone)
{
    QVariantList links;
    for (const RelatedLink &related : source.incident.links) {
        if (related.url.trimmed().isEmpty() && related.label.trimmed().isEmpty())
            continue;
        const QString label = escapeInline(related.label.trimmed().isEmpty() ? related.url : related.label);
        const QString url = linkDestination(related.url);
        links << QVariantMap{{QStringLiteral("label"), label},
                             {QStringLiteral("url"), url},
                             {QStringLiteral("link"), url.isEmpty() ? label : link(label, related.url)}};
    }
    for (const RelatedIncident &related : source.relatedIncidents) {
        const QString label = postmortemvocabulary::incident(language)
                                  .arg(related.incident.number)
                                  .arg(escapeInline(related.incident.title));
        const QString details = postmortemvocabulary::incidentDetails(language).arg(
            related.incident.detectedAt.isValid() ? dateText(related.incident.detectedAt.toTimeZone(zone).date())
                                                  : QStringLiteral("-"),
            postmortemvocabulary::levelName(related.incident.severity));
        const QString url = linkDestination(related.postmortemUrl);
        links << QVariantMap{
            {QStringLiteral("label"), label + details},
            {QStringLiteral("url"), url},
            {QStringLiteral("link"), (url.isEmpty() ? label : link(label, related.postmortemUrl)) + details}};
    }
    return links;
}

/// The windows in which the incident happened: all of them, the only one, or all of them when there are several.
void insertOccurrences(QVariantMap &values, const Incident &incident, const QTimeZone &zone)
{
    const QStringList windows = occurrenceWindows(incident, zone);
    QVariantList occurrences;
    for (const QString &window : windows)
        occurrences << QVariantMap{{QStringLiteral("window"), window}};
    values.insert(QStringLiteral("occurrences"), occurrences);
    values.insert(QStringLiteral("occurrence"), windows.size() == 1 ? windows.constFirst() : QString());
    values.insert(QStringLiteral("repeatedOccurrences"), windows.size() > 1 ? occurrences : QVariantList());
}

/// The people by role, and whether there is anyone to show at all.
void insertPeople(QVariantMap &values, const Incident &incident, DocumentLanguage language)
{
    const QString separator = postmortemvocabulary::separator(language);
    bool anyone = false;
    const std::pair<const char *, PersonRole> roles[] = {
        {"sre", PersonRole::Sre}, {"development", PersonRole::Development}, {"followUp", PersonRole::FollowUp}};
    for (const auto &[key, role] : roles) {
        const QStringList people = names(incident, role);
        anyone = anyone || !people.isEmpty();
        values.insert(QLatin1String(key), people);
    }
    const QStringList facilitators = names(incident, PersonRole::Facilitator);
    const QStringList heads = names(incident, PersonRole::HeadOfDepartment);
    values.insert(QStringLiteral("facilitator"), facilitators.join(separator));
    values.insert(QStringLiteral("headOfDepartment"), heads.join(separator));
    values.insert(QStringLiteral("people"), anyone || !facilitators.isEmpty() || !heads.isEmpty());
}

QStringList productValues(const Incident &incident)
{
    QStringList products;
    for (const QString &product : incident.products) {
        if (!product.trimmed().isEmpty())
            products << escapeInline(product);
    }
    return products;
}

/// One entry of the investigation log: the whole entry in Markdown (its head, its text and its attachments), and
/// each part of it for templates that lay entries out themselves.
QVariantMap logEntryValue(const LogEntry &entry, const QList<AttachmentFile> &files, DocumentLanguage language,
                          const DocumentOptions &options, const QTimeZone &zone)
{
    const QString time = PostmortemDocument::formatTime(entry.at, zone);
    const QString kind = postmortemvocabulary::word(entry.kind, language);
    QString head =
        time + u' ' + kind + (entry.automatic ? postmortemvocabulary::automaticMark(language) : QString()) + u':';
    if (entry.keyEvent)
        head = QStringLiteral("**") + head + QStringLiteral("**");
    const QString text = escapeBlock(entry.automatic ? automaticText(entry.body, language) : entry.body, 2, true);
    QString markdown = head;
    if (!text.isEmpty())
        markdown += text.startsWith(u'\n') ? text : u' ' + text;
    QVariantList attachments;
    for (const AttachmentFile &file : files) {
        const QString item = attachmentMarkdown(file, language, options);
        markdown += QStringLiteral("\n  ") + item;
        attachments << QVariantMap{{QStringLiteral("name"), escapeInline(file.attachment.name)},
                                   {QStringLiteral("markdown"), item}};
    }
    return QVariantMap{{QStringLiteral("entry"), markdown},
                       {QStringLiteral("time"), time},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("kindKey"), toKey(entry.kind)},
                       {QStringLiteral("author"), escapeInline(entry.author)},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("keyEvent"), entry.keyEvent},
                       {QStringLiteral("deadEnd"), entry.kind == LogEntryKind::DeadEnd},
                       {QStringLiteral("automatic"), entry.automatic},
                       {QStringLiteral("attachments"), attachments}};
}

QVariantList logValues(const PostmortemSource &source, DocumentLanguage language, const DocumentOptions &options,
                       const QTimeZone &zone)
{
    QHash<QUuid, QList<AttachmentFile>> filesByEntry;
    for (const AttachmentFile &file : PostmortemDocument::attachmentFiles(source))
        filesByEntry[file.attachment.entryId] << file;
    QVariantList log;
    const QList<LogEntry> entries = documentedEntries(source.log);
    log.reserve(entries.size());
    for (const LogEntry &entry : entries)
        log << logEntryValue(entry, filesByEntry.value(entry.id), language, options, zone);
    return log;
}

/// What the postmortem's authors wrote; empty when there is no postmortem yet.
void insertWritten(QVariantMap &values, const std::optional<Postmortem> &postmortem)
{
    const Postmortem written = postmortem.value_or(Postmortem());
    values.insert(QStringLiteral("rootCause"), escapeBlock(written.rootCause));
    values.insert(QStringLiteral("wentWell"), escapeBlock(written.wentWell));
    values.insert(QStringLiteral("wentWrong"), escapeBlock(written.wentWrong));
    values.insert(QStringLiteral("gotLucky"), escapeBlock(written.gotLucky));
}

/// The action items, as the cells of a Markdown table.
QVariantList actionItemValues(const QList<ActionItem> &items, DocumentLanguage language)
{
    using postmortemvocabulary::word;
    QVariantList actionItems;
    for (const ActionItem &item : items) {
        const QString title = escapeTableCell(item.title);
        const QString url = linkDestination(item.trackerUrl);
        actionItems << QVariantMap{
            {QStringLiteral("title"), url.isEmpty() ? title : link(title, item.trackerUrl)},
            {QStringLiteral("type"), word(item.type, language)},
            {QStringLiteral("typeKey"), toKey(item.type)},
            {QStringLiteral("priority"), postmortemvocabulary::levelName(item.priority)},
            {QStringLiteral("owner"), escapeTableCell(item.owner)},
            {QStringLiteral("status"), word(item.status, language)},
            {QStringLiteral("statusKey"), toKey(item.status)},
            {QStringLiteral("dueDate"), item.dueDate.isValid() ? dateText(item.dueDate) : QString()},
            {QStringLiteral("url"), url}};
    }
    return actionItems;
}

} // namespace

QVariantMap PostmortemDocument::values(const PostmortemSource &source, DocumentLanguage language,
                                       const DocumentOptions &options)
{
    const Incident &incident = source.incident;
    const QTimeZone zone = timeZone(incident);
    QVariantMap values;
    insertIncident(values, incident, zone);
    values.insert(QStringLiteral("links"), linkValues(source, language, zone));
    insertOccurrences(values, incident, zone);
    insertPeople(values, incident, language);
    values.insert(QStringLiteral("products"), productValues(incident));
    values.insert(QStringLiteral("log"), logValues(source, language, options, zone));
    insertWritten(values, source.postmortem);
    values.insert(QStringLiteral("actionItems"), actionItemValues(source.actionItems, language));
    return values;
}

QVariantMap PostmortemDocument::templateShape()
{
    const QString text = QStringLiteral("text");
    const QVariantMap link{
        {QStringLiteral("label"), text}, {QStringLiteral("url"), text}, {QStringLiteral("link"), text}};
    const QVariantMap window{{QStringLiteral("window"), text}};
    const QVariantMap attachment{{QStringLiteral("name"), text}, {QStringLiteral("markdown"), text}};
    const QVariantMap entry{
        {QStringLiteral("entry"), text},     {QStringLiteral("time"), text},
        {QStringLiteral("kind"), text},      {QStringLiteral("kindKey"), text},
        {QStringLiteral("author"), text},    {QStringLiteral("text"), text},
        {QStringLiteral("keyEvent"), true},  {QStringLiteral("deadEnd"), true},
        {QStringLiteral("automatic"), true}, {QStringLiteral("attachments"), QVariantList{attachment}}};
    const QVariantMap actionItem{
        {QStringLiteral("title"), text},     {QStringLiteral("type"), text},    {QStringLiteral("typeKey"), text},
        {QStringLiteral("priority"), text},  {QStringLiteral("owner"), text},   {QStringLiteral("status"), text},
        {QStringLiteral("statusKey"), text}, {QStringLiteral("dueDate"), text}, {QStringLiteral("url"), text}};
    return QVariantMap{{QStringLiteral("title"), text},
                       {QStringLiteral("number"), text},
                       {QStringLiteral("timeZone"), text},
                       {QStringLiteral("severity"), text},
                       {QStringLiteral("severityLow"), true},
                       {QStringLiteral("severityMiddle"), true},
                       {QStringLiteral("severityHigh"), true},
                       {QStringLiteral("severityCritical"), true},
                       {QStringLiteral("postmortemRequired"), true},
                       {QStringLiteral("summary"), text},
                       {QStringLiteral("links"), QVariantList{link}},
                       {QStringLiteral("occurrences"), QVariantList{window}},
                       {QStringLiteral("occurrence"), text},
                       {QStringLiteral("repeatedOccurrences"), QVariantList{window}},
                       {QStringLiteral("people"), true},
                       {QStringLiteral("sre"), QStringList{text}},
                       {QStringLiteral("development"), QStringList{text}},
                       {QStringLiteral("followUp"), QStringList{text}},
                       {QStringLiteral("facilitator"), text},
                       {QStringLiteral("headOfDepartment"), text},
                       {QStringLiteral("products"), QStringList{text}},
                       {QStringLiteral("log"), QVariantList{entry}},
                       {QStringLiteral("rootCause"), text},
                       {QStringLiteral("wentWell"), text},
                       {QStringLiteral("wentWrong"), text},
                       {QStringLiteral("gotLucky"), text},
                       {QStringLiteral("actionItems"), QVariantList{actionItem}}};
}

QString PostmortemDocument::markdown(const PostmortemSource &source, DocumentLanguage language,
                                     const TemplateLibrary &templates, const DocumentOptions &options)
{
    QString text = templates.postmortemTemplate(language).render(values(source, language, options));
    // The template's own layout decides the rest; only the ends are made tidy.
    qsizetype start = 0;
    while (start < text.size() && text.at(start) == u'\n')
        ++start;
    qsizetype end = text.size();
    while (end > start && text.at(end - 1).isSpace())
        --end;
    return text.mid(start, end - start) + u'\n';
}

QString PostmortemDocument::html(const PostmortemSource &source, DocumentLanguage language,
                                 const TemplateLibrary &templates)
{
    const QString text = markdown(source, language, templates, DocumentOptions{AttachmentLinks::Embed, QString()});
    return htmlPage(title(source, language), MarkdownRenderer::toHtml(text), language);
}

QString PostmortemDocument::htmlPage(const QString &title, const QString &bodyHtml, DocumentLanguage language)
{
    const QString &css = styleSheet();
    const QString styleHash =
        QString::fromLatin1(QCryptographicHash::hash(css.toUtf8(), QCryptographicHash::Sha256).toBase64());
    const QString escapedTitle = title.toHtmlEscaped();
    return QStringLiteral("<!DOCTYPE html>\n"
                          "<html lang=\"%1\">\n"
                          "<head>\n"
                          "<meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                          "style-src 'sha256-%2'; form-action 'none'; base-uri 'none'\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta name=\"generator\" content=\"Hindsight\">\n"
                          "<title>%3</title>\n"
                          "<style>%4</style>\n"
                          "</head>\n"
                          "<body>\n"
                          "<p class=\"incident\">%3</p>\n"
                          "<main>\n")
               .arg(toKey(language), styleHash, escapedTitle, css) +
           bodyHtml + QStringLiteral("</main>\n</body>\n</html>\n");
}

} // namespace hindsight
