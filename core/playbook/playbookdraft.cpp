#include "playbookdraft.h"

#include "markdown/markdownescape.h"
#include "postmortem/redactor.h"

#include <QTimeZone>

#include <algorithm>

namespace hindsight {

namespace {

/// The words the draft is written with, in the playbook's language (not the interface's).
struct Vocabulary
{
    QString situation;
    QString products;
    QString steps;
    QString ruledOut;
    QString source;
    QString finding;
    QString action;
    QString decision;
    /// `%1` number, `%2` title, `%3` date, `%4` severity.
    QString incident;
    /// `%1` title, `%2` products.
    QString trigger;
    QString separator;
};

const Vocabulary &vocabulary(DocumentLanguage language)
{
    static const Vocabulary japanese{QStringLiteral("発生状況"),
                                     QStringLiteral("影響を受けたプロダクト: "),
                                     QStringLiteral("手順"),
                                     QStringLiteral("原因ではなかったもの"),
                                     QStringLiteral("元になったインシデント"),
                                     QStringLiteral("発見"),
                                     QStringLiteral("対応"),
                                     QStringLiteral("決定"),
                                     QStringLiteral("インシデント %1: %2（%3、%4）"),
                                     QStringLiteral("%1（%2）"),
                                     QStringLiteral("、")};
    static const Vocabulary english{QStringLiteral("Situation"),
                                    QStringLiteral("Affected products: "),
                                    QStringLiteral("Steps"),
                                    QStringLiteral("Ruled out"),
                                    QStringLiteral("Source"),
                                    QStringLiteral("Finding"),
                                    QStringLiteral("Action"),
                                    QStringLiteral("Decision"),
                                    QStringLiteral("Incident %1: %2 (%3, %4)"),
                                    QStringLiteral("%1 (%2)"),
                                    QStringLiteral(", ")};
    return language == DocumentLanguage::Japanese ? japanese : english;
}

/// Severity names are the same words in both languages, as the teams write them (as in the postmortem).
QString severityName(Severity severity)
{
    static const QString names[] = {QStringLiteral("Low"), QStringLiteral("Middle"), QStringLiteral("High"),
                                    QStringLiteral("Critical")};
    return names[int(severity)];
}

QString detectedDate(const Incident &incident)
{
    const QTimeZone zone(incident.timeZone.toUtf8());
    const QDateTime detected = zone.isValid() && !incident.timeZone.isEmpty() ? incident.detectedAt.toTimeZone(zone)
                                                                              : incident.detectedAt.toLocalTime();
    return detected.date().toString(Qt::ISODate);
}

} // namespace

Playbook playbookDraft(const Incident &original, const QList<LogEntry> &originalLog, DocumentLanguage language,
                       const Redactor &redactor)
{
    Incident incident = original;
    incident.title = redactor.redact(incident.title);
    incident.summary = redactor.redact(incident.summary);
    QList<LogEntry> log = originalLog;
    for (LogEntry &entry : log)
        entry.body = redactor.redact(entry.body);

    const Vocabulary &words = vocabulary(language);
    QStringList products;
    for (const QString &product : incident.products) {
        if (!product.trimmed().isEmpty())
            products << product.trimmed();
    }

    Playbook draft;
    draft.title = incident.title.trimmed();
    draft.trigger = products.isEmpty() ? draft.title : words.trigger.arg(draft.title, products.join(words.separator));
    draft.tags = products;
    draft.sourceIncidentIds = {incident.id};

    QList<LogEntry> entries;
    for (const LogEntry &entry : log) {
        if (!entry.isDeleted() && !entry.automatic && !entry.body.trimmed().isEmpty())
            entries << entry;
    }
    std::stable_sort(entries.begin(), entries.end(), [](const LogEntry &a, const LogEntry &b) { return a.at < b.at; });

    QStringList sections;
    QStringList situation;
    if (!incident.summary.trimmed().isEmpty())
        situation << markdown::escapeBlock(incident.summary);
    if (!products.isEmpty()) {
        QStringList escaped;
        for (const QString &product : products)
            escaped << markdown::escapeInline(product);
        situation << words.products + escaped.join(words.separator);
    }
    if (!situation.isEmpty())
        sections << QStringLiteral("## ") + words.situation + QStringLiteral("\n\n") + situation.join(u"\n\n");

    QStringList steps;
    QStringList ruledOut;
    for (const LogEntry &entry : entries) {
        QString label;
        switch (entry.kind) {
        case LogEntryKind::Finding:
            label = words.finding;
            break;
        case LogEntryKind::Action:
            label = words.action;
            break;
        case LogEntryKind::Decision:
            label = words.decision;
            break;
        case LogEntryKind::DeadEnd: {
            const QString marker = QStringLiteral("- [ ] ");
            ruledOut << marker + markdown::escapeBlock(entry.body, int(marker.size()), true);
            continue;
        }
        case LogEntryKind::Note:
        case LogEntryKind::Hypothesis:
            continue;
        }
        const QString marker = QString::number(steps.size() + 1) + QStringLiteral(". ");
        steps << marker + label + QStringLiteral(": ") + markdown::escapeBlock(entry.body, int(marker.size()), true);
    }
    if (!steps.isEmpty())
        sections << QStringLiteral("## ") + words.steps + QStringLiteral("\n\n") + steps.join(u'\n');
    if (!ruledOut.isEmpty())
        sections << QStringLiteral("## ") + words.ruledOut + QStringLiteral("\n\n") + ruledOut.join(u'\n');

    const QString source =
        words.incident.arg(QLatin1Char('#') + QString::number(incident.number), markdown::escapeInline(incident.title),
                           detectedDate(incident), severityName(incident.severity));
    sections << QStringLiteral("## ") + words.source + QStringLiteral("\n\n- ") + source;
    draft.body = sections.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    return draft;
}

} // namespace hindsight
