#pragma once

#include "domain/incident.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace hindsight {

/// An editable form for every field of an incident. Each finished edit emits changed() with the whole incident as
/// the form now has it; the owner writes it (through the undo stack) and calls setIncident() with what was stored.
/// Lists are tables with an empty last row: typing in it adds a row, clearing a row removes it.
class IncidentDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentDetailsPanel(QWidget *parent = nullptr);

    void setIncident(const Incident &incident);
    /// The incident as the form shows it now (occurrence rows that cannot be read are not in it; they stay in the
    /// table, marked, with the reason under it).
    Incident incident() const;

signals:
    void changed(const hindsight::Incident &incident);

private:
    void setUpFields();
    void layOutFields();
    void connectFields();
    struct TimeField
    {
        QCheckBox *set;
        QDateTimeEdit *edit;
    };
    TimeField addTimeField(const QString &objectName);
    void emitChanged();
    void fillTables();
    void ensureEmptyLastRow(QTableWidget *table);
    void addPersonRow(PersonRole role, const QString &name);
    /// The occurrence rows as typed: those read into `read`, the others (texts of start and end) into `unread`, each
    /// with its reason in `problems`.
    void readOccurrences(QList<OccurrenceWindow> *read, QList<std::pair<QString, QString>> *unread,
                         QStringList *problems) const;
    /// Shows under the occurrences what the form points out about the times (rows it cannot read, kept in
    /// m_unreadOccurrences; times out of order), or nothing.
    void showTimeProblems();

    Incident m_incident;
    bool m_filling = false;
    QLineEdit *m_title;
    QComboBox *m_severity;
    QComboBox *m_status;
    QCheckBox *m_exercise;
    TimeField m_detected;
    TimeField m_started;
    TimeField m_mitigated;
    TimeField m_resolved;
    QComboBox *m_timeZone;
    QLineEdit *m_products;
    QPlainTextEdit *m_summary;
    QTableWidget *m_occurrences;
    QTableWidget *m_links;
    QTableWidget *m_people;
    QLabel *m_timeProblems;
    /// Occurrence rows typed but not read (kept in the table across a reload until corrected or cleared).
    QList<std::pair<QString, QString>> m_unreadOccurrences;
};

} // namespace hindsight
