#include "incidentheader.h"

#include "gui/common/colors.h"

#include <QHBoxLayout>
#include <QLabel>

namespace hindsight {

namespace {

QString badgeStyle(const QColor &color)
{
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; padding: 2px 8px; "
                          "font-weight: bold; }")
        .arg(color.name());
}

QString durationText(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return IncidentHeader::tr("%1d %2h %3m").arg(days).arg(hours).arg(minutes);
    if (hours > 0)
        return IncidentHeader::tr("%1h %2m").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    return IncidentHeader::tr("%1m %2s").arg(minutes).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

IncidentHeader::IncidentHeader(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_severity(new QLabel(this))
    , m_status(new QLabel(this))
    , m_elapsed(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_severity->setObjectName(QStringLiteral("severityBadge"));
    m_status->setObjectName(QStringLiteral("statusBadge"));
    m_elapsed->setObjectName(QStringLiteral("elapsed"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title, 1);
    // The badges stay one line high beside a title that wraps.
    for (QLabel *badge : {m_severity, m_status, m_elapsed}) {
        badge->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        layout->addWidget(badge, 0, Qt::AlignTop);
    }

    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &IncidentHeader::updateClock);
}

void IncidentHeader::setIncident(const Incident &incident)
{
    m_incident = incident;
    m_title->setText(QStringLiteral("#%1  %2").arg(incident.number).arg(incident.title));
    m_severity->setText(displayName(incident.severity));
    m_severity->setStyleSheet(badgeStyle(severityColor(incident.severity)));
    m_status->setText(displayName(incident.status) + (incident.exercise ? tr(" · exercise") : QString()));
    m_status->setStyleSheet(badgeStyle(isOpen(incident.status) ? QColor(0x37, 0x47, 0x4f) : QColor(0x9e, 0x9e, 0x9e)));
    updateClock();
    m_clock.start();
}

void IncidentHeader::updateClock()
{
    if (!m_incident.detectedAt.isValid()) {
        m_elapsed->clear();
        return;
    }
    if (m_incident.resolvedAt.isValid()) {
        m_elapsed->setText(
            tr("resolved after %1").arg(durationText(m_incident.detectedAt.secsTo(m_incident.resolvedAt))));
        return;
    }
    // The clock that matters to users stops once the impact does.
    if (m_incident.mitigatedAt.isValid()) {
        m_elapsed->setText(
            tr("mitigated after %1").arg(durationText(m_incident.detectedAt.secsTo(m_incident.mitigatedAt))));
        return;
    }
    m_elapsed->setText(
        tr("%1 since detection").arg(durationText(m_incident.detectedAt.secsTo(QDateTime::currentDateTimeUtc()))));
}

} // namespace hindsight
