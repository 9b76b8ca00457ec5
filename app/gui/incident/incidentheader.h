#pragma once

#include "domain/incident.h"

#include <QTimer>
#include <QWidget>

class QLabel;

namespace hindsight {

/// The line above an incident: its number and title, its severity and status as badges, and its clock (how long since
/// detection, ticking each second, stopping once the impact is mitigated or the incident resolved).
class IncidentHeader : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentHeader(QWidget *parent = nullptr);

    /// Shows `incident` and (re)starts its clock.
    void setIncident(const Incident &incident);

private:
    void updateClock();

    Incident m_incident;
    QLabel *m_title;
    QLabel *m_severity;
    QLabel *m_status;
    QLabel *m_elapsed;
    QTimer m_clock;
};

} // namespace hindsight
