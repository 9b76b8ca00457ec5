#include "storegenerator.h"

#include "domain/actionitem.h"
#include "domain/attachment.h"
#include "domain/incident.h"
#include "domain/logentry.h"
#include "domain/playbook.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/playbookstore.h"
#include "store/store.h"

#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hindsight {

StoreSize StoreSize::scaled(double factor) const
{
    StoreSize size = *this;
    const auto scale = [factor](int n, int minimum) { return std::max(minimum, int(std::lround(n * factor))); };
    size.incidents = scale(incidents, 10);
    size.logEntries = scale(logEntries, 2 * benchincident::LongLogEntries + benchincident::PostmortemEntries + 100);
    size.playbooks = scale(playbooks, 10);
    size.actionItems = scale(actionItems, benchincident::PostmortemActionItems + 10);
    size.attachments = scale(attachments, 5);
    return size;
}

namespace {

using Strings = QList<QString>;

const Strings &services()
{
    static const Strings list{u"checkout"_s,  u"payments"_s,  u"search"_s, u"login"_s,   u"orders"_s,
                              u"inventory"_s, u"catalog"_s,   u"cart"_s,   u"gateway"_s, u"notifier"_s,
                              u"billing"_s,   u"reporting"_s, u"auth"_s,   u"media"_s,   u"recommend"_s};
    return list;
}

const Strings &components()
{
    static const Strings list{u"PostgreSQL"_s, u"Redis"_s,         u"Kafka"_s,    u"CoreDNS"_s, u"nginx"_s,
                              u"Envoy"_s,      u"HikariCP"_s,      u"ALB"_s,      u"CDN"_s,     u"etcd"_s,
                              u"kubelet"_s,    u"Elasticsearch"_s, u"RabbitMQ"_s, u"Vault"_s,   u"cert-manager"_s};
    return list;
}

class TextMaker
{
public:
    explicit TextMaker(QRandomGenerator &random)
        : m_random(random)
    {}

    int number(int low, int high) { return int(m_random.bounded(low, high + 1)); }
    bool chance(double p) { return m_random.generateDouble() < p; }
    const QString &pick(const Strings &list) { return list.at(m_random.bounded(int(list.size()))); }

    QString address()
    {
        if (chance(0.01))
            return u"10.0.3.17"_s;
        return u"10.0.%1.%2"_s.arg(number(0, 31)).arg(number(1, 254));
    }

    QString version() { return u"v%1.%2.%3"_s.arg(number(1, 9)).arg(number(0, 30)).arg(number(0, 12)); }

    QString host() { return u"%1-%2"_s.arg(pick(services())).arg(number(1, 40), 2, 10, QLatin1Char('0')); }

    QString english()
    {
        static const Strings templates{
            u"%svc p99 latency at %nms since %t, normal is %mms"_s,
            u"%svc pods restarting with OOMKilled on %host"_s,
            u"rolled back %svc to %ver, watching the error rate"_s,
            u"%comp connections at %n of %m, requests queueing"_s,
            u"checked the %comp dashboard: nothing unusual"_s,
            u"could it be the deploy of %ver at %t?"_s,
            u"connection refused from %addr:%port to %comp"_s,
            u"GET /api/v2/orders?id=%n returns 503 for about %m% of requests"_s,
            u"paged the %svc team, %person is looking"_s,
            u"disk usage on %host at %n%, log volume growing"_s,
            u"TLS handshake failures from %addr, certificate chain looks fine"_s,
            u"consumer lag on topic %svc-events at %n messages"_s,
            u"scaled %svc from %n to %m replicas"_s,
            u"DNS lookups of %svc.svc.cluster.local time out intermittently"_s,
            u"`kubectl -n %svc get pods` shows %n pods in CrashLoopBackOff"_s,
            u"customer reports from support: %svc page blank for some users"_s,
            u"GC pauses up to %nms on %host after the heap grew"_s,
            u"rate limited by the partner API: HTTP 429 with retry-after %n"_s,
            u"status page updated, next update in %n minutes"_s,
        };
        return fill(pick(templates));
    }

    QString japanese()
    {
        static const Strings templates{
            u"%svcのレスポンスが遅延している。p99が%nmsまで上昇"_s,
            u"%hostでディスク使用率が%n%に到達"_s,
            u"デプロイ%verの直後からエラー率が上昇した"_s,
            u"%compの接続プールが枯渇している可能性"_s,
            u"影響範囲を確認中。%svcの注文の約%n%が失敗"_s,
            u"%personさんに連絡、%compの状態を見てもらっている"_s,
            u"%addrからの接続がタイムアウトしている"_s,
            u"%svcを%verに切り戻した。様子を見る"_s,
            u"監視のアラートが%n件発報、%svcのダッシュボードを確認"_s,
            u"ロードバランサーのヘルスチェックが失敗している"_s,
            u"%compのメモリ使用量が上限に近い"_s,
            u"ステータスページを更新した。次回の更新は%n分後"_s,
            u"原因は%compの設定変更と思われる"_s,
            u"再起動後も症状は変わらず"_s,
        };
        return fill(pick(templates));
    }

    /// One log entry body: a sentence or a few, sometimes with a command's output or a stack trace; `error` in about
    /// 40% of them, 障害 in about 8%.
    QString entry(bool japaneseTeam)
    {
        QString text;
        const int sentences = chance(0.6) ? 1 : number(2, 4);
        for (int i = 0; i < sentences; ++i) {
            const bool ja = japaneseTeam ? !chance(0.15) : chance(0.05);
            if (!text.isEmpty())
                text += ja ? QString() : u" "_s;
            text += ja ? japanese() : english();
            if (!ja)
                text += u"."_s;
        }
        if (chance(0.4)) {
            text += japaneseTeam ? u" ログに error が出ている"_s
                                 : u" Log shows error %1 on %2."_s.arg(number(400, 599)).arg(host());
        }
        if (chance(0.08))
            text += u" 障害対応中。"_s;
        if (chance(0.02))
            text += u"\n\n```\n"_s + trace() + u"```"_s;
        return text;
    }

    QString trace()
    {
        QString text = u"java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request "
                       "timed out after 30000ms.\n"_s;
        const int frames = number(8, 40);
        for (int i = 0; i < frames; ++i)
            text += u"\tat com.example.%1.%2Service.handle%3(%2Service.java:%4)\n"_s.arg(pick(services()))
                        .arg(QString(pick(components())).remove(QLatin1Char(u'-')))
                        .arg(number(1, 9))
                        .arg(number(10, 900));
        return text;
    }

    QString person()
    {
        static const Strings people{u"Sato"_s, u"Suzuki"_s, u"Takahashi"_s, u"Tanaka"_s, u"Ito"_s,
                                    u"Alex"_s, u"Sam"_s,    u"Priya"_s,     u"Chen"_s,   u"Maria"_s};
        return pick(people);
    }

private:
    QString fill(QString text)
    {
        text.replace(u"%svc"_s, pick(services()));
        text.replace(u"%comp"_s, pick(components()));
        text.replace(u"%host"_s, host());
        text.replace(u"%ver"_s, version());
        text.replace(u"%addr"_s, address());
        text.replace(u"%port"_s, chance(0.3) ? u"8443"_s : QString::number(number(1024, 65535)));
        text.replace(u"%person"_s, person());
        text.replace(
            u"%t"_s,
            u"%1:%2"_s.arg(number(0, 23), 2, 10, QLatin1Char('0')).arg(number(0, 59), 2, 10, QLatin1Char('0')));
        text.replace(u"%n"_s, QString::number(number(2, 2000)));
        text.replace(u"%m"_s, QString::number(number(2, 100)));
        return text;
    }

    QRandomGenerator &m_random;
};

QByteArray screenshot(QRandomGenerator &random)
{
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(QColor(250, 250, 250));
    // A few "chart lines", like a dashboard screenshot: compressible but not trivial.
    for (int line = 0; line < 3; ++line) {
        const QRgb colour = qRgb(random.bounded(256), random.bounded(256), random.bounded(256));
        int y = random.bounded(200);
        for (int x = 0; x < 320; ++x) {
            y = std::clamp(y + random.bounded(-3, 4), 0, 199);
            image.setPixel(x, y, colour);
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

/// `total` split over `count` parts at random (exponentially distributed shares), each at least `minimum`.
QList<int> split(QRandomGenerator &random, int total, int count, int minimum)
{
    QList<double> weights(count);
    double sum = 0;
    for (double &w : weights) {
        w = -std::log(1.0 - random.generateDouble());
        sum += w;
    }
    QList<int> parts(count);
    const int spare = std::max(0, total - minimum * count);
    int given = 0;
    for (int i = 0; i < count; ++i) {
        parts[i] = minimum + int(spare * weights.at(i) / sum);
        given += parts.at(i);
    }
    for (int i = 0; given < total; i = (i + 1) % count, ++given)
        ++parts[i];
    return parts;
}

} // namespace

void generateStore(Store &store, const StoreSize &size, const std::function<void(int, int)> &progress)
{
    QRandomGenerator random(20261123);
    TextMaker text(random);
    store.exec(QStringLiteral("PRAGMA synchronous = OFF"));

    const int fixedEntries = 2 * benchincident::LongLogEntries + benchincident::PostmortemEntries;
    const QList<int> entryCounts = split(random, size.logEntries - fixedEntries, size.incidents - 3, 0);
    const QList<int> actionCounts =
        split(random, size.actionItems - benchincident::PostmortemActionItems, size.incidents - 1, 0);
    const qint64 attachmentEvery = std::max<qint64>(1, size.logEntries / std::max(1, size.attachments));

    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addYears(-size.years);
    const qint64 span = start.secsTo(end);
    IncidentStore incidents(store);
    InvestigationLog log(store);
    ActionItemStore actions(store);
    qint64 entriesWritten = 0;
    int attachmentsWritten = 0;
    int otherIncident = 0;
    int otherAction = 0;
    QList<QUuid> incidentIds;

    for (int n = 1; n <= size.incidents; ++n) {
        Store::WriteTransaction transaction(store);
        const bool japaneseTeam = text.chance(0.5);
        const QString service = text.pick(services());
        Incident draft;
        const double roll = random.generateDouble();
        draft.severity = roll < 0.4    ? Severity::Low
                         : roll < 0.75 ? Severity::Middle
                         : roll < 0.95 ? Severity::High
                                       : Severity::Critical;
        draft.title = japaneseTeam ? u"%1で障害: %2"_s.arg(service, text.japanese().left(40))
                                   : u"%1: %2"_s.arg(service, text.english().left(60));
        draft.products = {service};
        if (text.chance(0.3))
            draft.products << text.pick(services());
        draft.summary = text.entry(japaneseTeam);
        draft.detectedAt = start.addSecs(span * (n - 1) / size.incidents + random.bounded(3600));
        draft.startedAt = draft.detectedAt.addSecs(-random.bounded(1800));
        const bool open = n > size.incidents - 8;
        if (!open || text.chance(0.5))
            draft.mitigatedAt = draft.detectedAt.addSecs(600 + random.bounded(4 * 3600));
        if (!open)
            draft.resolvedAt = draft.mitigatedAt.addSecs(600 + random.bounded(24 * 3600));
        draft.status = open ? (draft.mitigatedAt.isValid() ? IncidentStatus::Mitigated : IncidentStatus::Investigating)
                       : n > size.incidents - 100 ? IncidentStatus::Resolved
                                                  : IncidentStatus::Closed;
        draft.timeZone = japaneseTeam ? u"Asia/Tokyo"_s : u"UTC"_s;
        draft.occurrences = {{draft.startedAt, draft.mitigatedAt}};
        draft.people = {{PersonRole::Sre, text.person()}, {PersonRole::Development, text.person()}};
        draft.links = {{u"dashboard"_s, u"https://grafana.example.com/d/%1"_s.arg(service)}};
        draft.exercise = text.chance(0.03);
        const Incident incident = incidents.create(draft);
        incidentIds << incident.id;

        int entries = 0;
        if (n == benchincident::LongLogA || n == benchincident::LongLogB)
            entries = benchincident::LongLogEntries;
        else if (n == benchincident::Postmortem)
            entries = benchincident::PostmortemEntries;
        else
            entries = entryCounts.at(otherIncident++);
        const qint64 duration = std::max<qint64>(
            600, draft.detectedAt.secsTo(draft.resolvedAt.isValid() ? draft.resolvedAt : draft.detectedAt.addDays(1)));
        for (int i = 0; i < entries; ++i) {
            LogEntry entry;
            entry.incidentId = incident.id;
            entry.author = text.person();
            const double kind = random.generateDouble();
            entry.kind = kind < 0.45   ? LogEntryKind::Note
                         : kind < 0.6  ? LogEntryKind::Hypothesis
                         : kind < 0.75 ? LogEntryKind::Finding
                         : kind < 0.87 ? LogEntryKind::Action
                         : kind < 0.95 ? LogEntryKind::DeadEnd
                                       : LogEntryKind::Decision;
            entry.body = text.entry(japaneseTeam);
            if (entriesWritten % 200'000 == 17)
                entry.body += u" (see ticket-88c1f)"_s;
            if (text.chance(0.002))
                entry.body += u" GET /api/v2/orders?id=42 fails"_s;
            entry.keyEvent = text.chance(0.03);
            entry.at = draft.detectedAt.addSecs(duration * i / std::max(1, entries));
            QList<Attachment> attachments;
            if (entriesWritten % attachmentEvery == attachmentEvery / 2 && attachmentsWritten < size.attachments) {
                Attachment screenshotAttachment;
                screenshotAttachment.name = u"screenshot-%1.png"_s.arg(attachmentsWritten + 1);
                screenshotAttachment.mimeType = u"image/png"_s;
                screenshotAttachment.data = screenshot(random);
                attachments << screenshotAttachment;
                ++attachmentsWritten;
            }
            log.append(entry, attachments);
            ++entriesWritten;
        }

        const int items =
            n == benchincident::Postmortem ? benchincident::PostmortemActionItems : actionCounts.at(otherAction++);
        for (int i = 0; i < items; ++i) {
            ActionItem item;
            item.incidentId = incident.id;
            item.title = japaneseTeam ? u"%1の監視を追加する"_s.arg(text.pick(components()))
                                      : u"Alert on %1 saturation for %2"_s.arg(text.pick(components()), service);
            item.type = ActionItemType(random.bounded(4));
            item.priority = ActionItemPriority(random.bounded(3));
            item.owner = text.person();
            item.dueDate = draft.detectedAt.date().addDays(random.bounded(7, 90));
            const bool old = draft.detectedAt.daysTo(end) > 120;
            item.status = old ? (text.chance(0.85) ? ActionItemStatus::Done : ActionItemStatus::WontDo)
                              : ActionItemStatus(random.bounded(4));
            actions.add(item);
        }
        transaction.commit();
        if (progress && (n % 100 == 0 || n == size.incidents))
            progress(n, size.incidents);
    }

    PlaybookStore playbooks(store);
    Store::WriteTransaction transaction(store);
    for (int i = 0; i < size.playbooks; ++i) {
        const bool ja = text.chance(0.5);
        Playbook draft;
        const QString component = text.pick(components());
        draft.title =
            ja ? u"%1の%2対応 (%3)"_s.arg(component, text.pick({u"遅延"_s, u"枯渇"_s, u"障害"_s})).arg(i + 1)
               : u"%1 %2 (%3)"_s.arg(component, text.pick({u"saturation"_s, u"outage"_s, u"latency"_s})).arg(i + 1);
        draft.trigger = ja ? text.japanese() : text.english();
        draft.tags = {component.toLower(), text.pick(services())};
        QString body = ja ? u"## 手順\n\n"_s : u"## Steps\n\n"_s;
        const int steps = text.number(3, 12);
        for (int s = 1; s <= steps; ++s)
            body += u"%1. %2\n"_s.arg(s).arg(ja ? text.japanese() : text.english());
        draft.body = body;
        draft.sourceIncidentIds = {incidentIds.at(random.bounded(int(incidentIds.size())))};
        playbooks.create(draft);
    }
    transaction.commit();
    store.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    store.exec(QStringLiteral("PRAGMA optimize"));
}

} // namespace hindsight
