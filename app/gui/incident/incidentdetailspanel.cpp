#include "incidentdetailspanel.h"

#include "domain/displaytime.h"
#include "gui/common/focusoutsaver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTimeZone>

namespace hindsight {

namespace {

/// Also read where the locale's format is typed differently: what the CLI, scripts and older versions write.

QString localText(const QDateTime &time)
{
    return displaytime::dateTime(time);
}

/// Shown in a table cell that cannot be read.
const QColor UnreadCell(255, 205, 210);

QTableWidget *makeTable(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setMinimumHeight(90);
    table->setMaximumHeight(160);
    return table;
}

} // namespace

IncidentDetailsPanel::IncidentDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_exercise(new QCheckBox(tr("Exercise (drill, game day)"), this))
    , m_timeZone(new QComboBox(this))
    , m_products(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_timeProblems(new QLabel(this))
{
    setObjectName(QStringLiteral("incidentDetails"));
    setUpFields();

    layOutFields();

    connectFields();
}

void IncidentDetailsPanel::setUpFields()
{
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_severity->setObjectName(QStringLiteral("detailsSeverity"));
    for (const Severity severity : allValues<Severity>())
        m_severity->addItem(displayName(severity), int(severity));
    m_status->setObjectName(QStringLiteral("detailsStatus"));
    for (const IncidentStatus status : allValues<IncidentStatus>())
        m_status->addItem(displayName(status), int(status));
    m_exercise->setObjectName(QStringLiteral("detailsExercise"));
    m_exercise->setToolTip(tr("A drill or game day: kept out of the statistics and insights."));
    m_detected = addTimeField(QStringLiteral("detailsDetected"));
    m_started = addTimeField(QStringLiteral("detailsStarted"));
    m_mitigated = addTimeField(QStringLiteral("detailsMitigated"));
    m_resolved = addTimeField(QStringLiteral("detailsResolved"));
    m_timeZone->setObjectName(QStringLiteral("detailsTimeZone"));
    m_timeZone->setEditable(true);
    // As narrow as the panel allows; the list shows the long names in full.
    m_timeZone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_timeZone->setMinimumContentsLength(10);
    m_timeZone->addItem(QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_products->setObjectName(QStringLiteral("detailsProducts"));
    m_products->setPlaceholderText(tr("checkout, payments-api"));
    m_summary->setObjectName(QStringLiteral("detailsSummary"));
    m_summary->setPlaceholderText(tr("What happened and what is being investigated (Markdown)"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(80);
    m_occurrences = makeTable(this, QStringLiteral("detailsOccurrences"), {tr("Start"), tr("End")});
    m_links = makeTable(this, QStringLiteral("detailsLinks"), {tr("Label"), tr("URL")});
    m_people = makeTable(this, QStringLiteral("detailsPeople"), {tr("Role"), tr("Name")});
}

void IncidentDetailsPanel::layOutFields()
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow panel (or long Japanese labels) a field goes below its label rather than out of sight.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Severity:"), m_severity);
    form->addRow(tr("Status:"), m_status);
    form->addRow(QString(), m_exercise);
    const auto timeRow = [](TimeField field) {
        auto *row = new QWidget;
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(field.set);
        layout->addWidget(field.edit, 1);
        return row;
    };
    form->addRow(tr("Detected:"), timeRow(m_detected));
    form->addRow(tr("Started:"), timeRow(m_started));
    form->addRow(tr("Mitigated:"), timeRow(m_mitigated));
    form->addRow(tr("Resolved:"), timeRow(m_resolved));
    form->addRow(tr("Time zone:"), m_timeZone);
    form->addRow(tr("Products:"), m_products);
    form->addRow(tr("Summary:"), m_summary);
    auto *whenLabel =
        new QLabel(tr("When it happened (%1, local time):").arg(displaytime::dateTimeFormat(false)), this);
    whenLabel->setWordWrap(true);
    form->addRow(whenLabel);
    form->addRow(m_occurrences);
    m_timeProblems->setObjectName(QStringLiteral("detailsTimeProblems"));
    m_timeProblems->setWordWrap(true);
    m_timeProblems->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_timeProblems->hide();
    form->addRow(m_timeProblems);
    form->addRow(new QLabel(tr("Related links:"), this));
    form->addRow(m_links);
    form->addRow(new QLabel(tr("People:"), this));
    form->addRow(m_people);
}

// Each field reports a change once it is done with (left, chosen, or a cell edited), not at each key.
void IncidentDetailsPanel::connectFields()
{
    connect(m_title, &QLineEdit::editingFinished, this, &IncidentDetailsPanel::emitChanged);
    connect(m_products, &QLineEdit::editingFinished, this, &IncidentDetailsPanel::emitChanged);
    connect(m_severity, &QComboBox::activated, this, &IncidentDetailsPanel::emitChanged);
    connect(m_status, &QComboBox::activated, this, &IncidentDetailsPanel::emitChanged);
    connect(m_exercise, &QCheckBox::toggled, this, &IncidentDetailsPanel::emitChanged);
    connect(m_timeZone, &QComboBox::activated, this, &IncidentDetailsPanel::emitChanged);
    m_summary->installEventFilter(new FocusOutSaver(this, [this] { emitChanged(); }));
    for (QTableWidget *table : {m_occurrences, m_links, m_people}) {
        connect(table, &QTableWidget::itemChanged, this, [this, table] {
            if (m_filling)
                return;
            ensureEmptyLastRow(table);
            emitChanged();
        });
    }
}

IncidentDetailsPanel::TimeField IncidentDetailsPanel::addTimeField(const QString &objectName)
{
    TimeField field{new QCheckBox(this), new QDateTimeEdit(this)};
    field.set->setObjectName(objectName + QStringLiteral("Set"));
    field.edit->setObjectName(objectName);
    field.edit->setDisplayFormat(displaytime::dateTimeFormat(true));
    field.edit->setCalendarPopup(true);
    field.edit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    field.edit->setSpecialValueText(tr("not set"));
    field.edit->setDateTime(field.edit->minimumDateTime());
    field.edit->setEnabled(false);
    connect(field.set, &QCheckBox::toggled, this, [this, field](bool on) {
        field.edit->setEnabled(on);
        if (!m_filling) {
            // Impact starts at the latest when it is detected: ticking Started proposes the detection time, the
            // others now.
            const bool fromDetected = field.edit == m_started.edit && m_detected.set->isChecked();
            field.edit->setDateTime(!on            ? field.edit->minimumDateTime()
                                    : fromDetected ? m_detected.edit->dateTime()
                                                   : QDateTime::currentDateTime());
        }
        emitChanged();
    });
    connect(field.edit, &QDateTimeEdit::editingFinished, this, &IncidentDetailsPanel::emitChanged);
    return field;
}

void IncidentDetailsPanel::setIncident(const Incident &incident)
{
    m_filling = true;
    if (incident.id != m_incident.id)
        m_unreadOccurrences.clear();
    m_incident = incident;
    if (!m_title->hasFocus() || m_title->text() == incident.title)
        m_title->setText(incident.title);
    m_severity->setCurrentIndex(m_severity->findData(int(incident.severity)));
    m_status->setCurrentIndex(m_status->findData(int(incident.status)));
    m_exercise->setChecked(incident.exercise);
    const std::pair<TimeField, QDateTime> times[] = {{m_detected, incident.detectedAt},
                                                     {m_started, incident.startedAt},
                                                     {m_mitigated, incident.mitigatedAt},
                                                     {m_resolved, incident.resolvedAt}};
    for (const auto &[field, time] : times) {
        field.set->setChecked(time.isValid());
        field.edit->setEnabled(time.isValid());
        field.edit->setDateTime(time.isValid() ? time.toLocalTime() : field.edit->minimumDateTime());
    }
    m_timeZone->setCurrentText(incident.timeZone);
    m_products->setText(incident.products.join(QStringLiteral(", ")));
    if (!m_summary->hasFocus())
        m_summary->setPlainText(incident.summary);
    fillTables();
    m_filling = false;
    showTimeProblems();
}

void IncidentDetailsPanel::fillTables()
{
    m_occurrences->setRowCount(0);
    for (const OccurrenceWindow &w : m_incident.occurrences) {
        const int row = m_occurrences->rowCount();
        m_occurrences->insertRow(row);
        m_occurrences->setItem(row, 0, new QTableWidgetItem(localText(w.start)));
        m_occurrences->setItem(row, 1, new QTableWidgetItem(localText(w.end)));
    }
    for (const auto &[start, end] : std::as_const(m_unreadOccurrences)) {
        const int row = m_occurrences->rowCount();
        m_occurrences->insertRow(row);
        m_occurrences->setItem(row, 0, new QTableWidgetItem(start));
        m_occurrences->setItem(row, 1, new QTableWidgetItem(end));
    }
    m_links->setRowCount(0);
    for (const RelatedLink &link : m_incident.links) {
        const int row = m_links->rowCount();
        m_links->insertRow(row);
        m_links->setItem(row, 0, new QTableWidgetItem(link.label));
        m_links->setItem(row, 1, new QTableWidgetItem(link.url));
    }
    m_people->setRowCount(0);
    for (const Person &person : m_incident.people)
        addPersonRow(person.role, person.name);
    for (QTableWidget *table : {m_occurrences, m_links, m_people})
        ensureEmptyLastRow(table);
}

void IncidentDetailsPanel::addPersonRow(PersonRole role, const QString &name)
{
    const int row = m_people->rowCount();
    m_people->insertRow(row);
    auto *roleCombo = new QComboBox(m_people);
    for (const PersonRole r : allValues<PersonRole>())
        roleCombo->addItem(displayName(r), int(r));
    roleCombo->setCurrentIndex(roleCombo->findData(int(role)));
    connect(roleCombo, &QComboBox::activated, this, &IncidentDetailsPanel::emitChanged);
    m_people->setCellWidget(row, 0, roleCombo);
    m_people->setItem(row, 1, new QTableWidgetItem(name));
}

void IncidentDetailsPanel::ensureEmptyLastRow(QTableWidget *table)
{
    const int last = table->rowCount() - 1;
    const auto rowEmpty = [table](int row) {
        const int textColumn = table->columnCount() - 1;
        for (int column = 0; column < table->columnCount(); ++column) {
            if (table->cellWidget(row, column) && column != textColumn)
                continue;
            const QTableWidgetItem *item = table->item(row, column);
            if (item && !item->text().trimmed().isEmpty())
                return false;
        }
        return true;
    };
    if (last >= 0 && rowEmpty(last))
        return;
    const bool wasFilling = m_filling;
    m_filling = true;
    if (table == m_people) {
        addPersonRow(PersonRole::Sre, QString());
    } else {
        table->insertRow(last + 1);
    }
    m_filling = wasFilling;
}

Incident IncidentDetailsPanel::incident() const
{
    Incident incident = m_incident;
    incident.title = m_title->text().trimmed();
    incident.severity = static_cast<Severity>(m_severity->currentData().toInt());
    incident.status = static_cast<IncidentStatus>(m_status->currentData().toInt());
    incident.exercise = m_exercise->isChecked();
    const std::pair<TimeField, QDateTime *> times[] = {{m_detected, &incident.detectedAt},
                                                       {m_started, &incident.startedAt},
                                                       {m_mitigated, &incident.mitigatedAt},
                                                       {m_resolved, &incident.resolvedAt}};
    for (const auto &[field, time] : times) {
        if (!field.set->isChecked()) {
            *time = QDateTime();
        } else {
            const QDateTime edited = field.edit->dateTime().toUTC();
            // Keep the stored milliseconds unless the user changed the time the editor shows (to the second).
            if (!time->isValid() || time->toSecsSinceEpoch() != edited.toSecsSinceEpoch())
                *time = edited;
        }
    }
    incident.timeZone = m_timeZone->currentText().trimmed();
    incident.products.clear();
    for (const QString &product : m_products->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!product.trimmed().isEmpty())
            incident.products << product.trimmed();
    }
    incident.summary = m_summary->toPlainText();
    const auto text = [](const QTableWidget *table, int row, int column) {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    readOccurrences(&incident.occurrences, nullptr, nullptr);
    incident.links.clear();
    for (int row = 0; row < m_links->rowCount(); ++row) {
        if (!text(m_links, row, 1).isEmpty())
            incident.links << RelatedLink{text(m_links, row, 0), text(m_links, row, 1)};
    }
    incident.people.clear();
    for (int row = 0; row < m_people->rowCount(); ++row) {
        const auto *combo = qobject_cast<const QComboBox *>(m_people->cellWidget(row, 0));
        if (combo && !text(m_people, row, 1).isEmpty())
            incident.people << Person{static_cast<PersonRole>(combo->currentData().toInt()), text(m_people, row, 1)};
    }
    return incident;
}

void IncidentDetailsPanel::readOccurrences(QList<OccurrenceWindow> *read, QList<std::pair<QString, QString>> *unread,
                                           QStringList *problems) const
{
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_occurrences->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    // A time of day alone is on the day of detection (for a start) or of the start (for an end; the next day when
    // that would put the end before the start).
    const QDate detectedDay =
        (m_detected.set->isChecked() ? m_detected.edit->dateTime() : QDateTime::currentDateTime()).toLocalTime().date();
    read->clear();
    const QSignalBlocker marking(m_occurrences); // marking a cell is no edit
    for (int row = 0; row < m_occurrences->rowCount(); ++row) {
        const QString startText = text(row, 0);
        const QString endText = text(row, 1);
        if (startText.isEmpty() && endText.isEmpty())
            continue;
        const QDateTime start = displaytime::parseTyped(startText, detectedDay);
        QDateTime end = displaytime::parseTyped(endText, start.isValid() ? start.toLocalTime().date() : QDate());
        if (end.isValid() && start.isValid() && end < start && !displaytime::parseLocal(endText).isValid())
            end = end.addDays(1);
        QStringList why;
        if (!start.isValid())
            why << (startText.isEmpty() ? tr("it has no start") : tr("cannot read the start “%1”").arg(startText));
        if (!endText.isEmpty() && !end.isValid())
            why << tr("cannot read the end “%1”").arg(endText);
        const bool readable = why.isEmpty();
        for (int column = 0; column < 2; ++column) {
            if (QTableWidgetItem *item = m_occurrences->item(row, column)) {
                const bool bad = column == 0 ? !start.isValid() : !endText.isEmpty() && !end.isValid();
                item->setBackground(bad ? QBrush(UnreadCell) : QBrush());
                item->setToolTip(bad ? tr("Write a date and time as %1, or a time of day alone (06:56).")
                                           .arg(displaytime::dateTimeFormat(false))
                                     : QString());
            }
        }
        if (readable) {
            *read << OccurrenceWindow{start, end};
            if (problems && end.isValid() && end < start)
                *problems << tr("Occurrence %1 ends before it starts.").arg(row + 1);
            continue;
        }
        if (unread)
            *unread << std::pair{startText, endText};
        if (problems)
            *problems << tr("Occurrence %1 is not saved: %2. Write a date and time as %3, or a time of day alone "
                            "(06:56).")
                             .arg(row + 1)
                             .arg(why.join(QStringLiteral("; ")), displaytime::dateTimeFormat(false));
    }
}

void IncidentDetailsPanel::showTimeProblems()
{
    QStringList problems;
    QList<OccurrenceWindow> read;
    m_unreadOccurrences.clear();
    readOccurrences(&read, &m_unreadOccurrences, &problems);
    // Impact starts, is detected, mitigated, resolved: in that order.
    const std::pair<QString, TimeField> order[] = {{tr("Started"), m_started},
                                                   {tr("Detected"), m_detected},
                                                   {tr("Mitigated"), m_mitigated},
                                                   {tr("Resolved"), m_resolved}};
    for (size_t i = 0; i < std::size(order); ++i) {
        if (!order[i].second.set->isChecked())
            continue;
        for (size_t j = i + 1; j < std::size(order); ++j) {
            const TimeField &later = order[j].second;
            if (later.set->isChecked() && later.edit->dateTime() < order[i].second.edit->dateTime()) {
                problems << tr("%1 (%2) is after %3 (%4): check the times.")
                                .arg(order[i].first, displaytime::dateTime(order[i].second.edit->dateTime()),
                                     order[j].first, displaytime::dateTime(later.edit->dateTime()));
            }
        }
    }
    m_timeProblems->setText(problems.join(QLatin1Char('\n')));
    m_timeProblems->setVisible(!problems.isEmpty());
}

void IncidentDetailsPanel::emitChanged()
{
    if (m_filling)
        return;
    showTimeProblems();
    const Incident edited = incident();
    if (edited.title.isEmpty()) {
        m_title->setText(m_incident.title); // a title is required: put the stored one back
        return;
    }
    if (edited != m_incident)
        emit changed(edited);
}

} // namespace hindsight
