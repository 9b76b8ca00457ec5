#include "newincidentdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

namespace hindsight {

NewIncidentDialog::NewIncidentDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New incident"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("What is going wrong, e.g. “Checkout API 5xx above 2%”"));
    m_title->setMinimumWidth(420);
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    for (const Severity severity : allValues<Severity>())
        m_severity->addItem(displayName(severity), QVariant::fromValue(int(severity)));
    m_severity->setCurrentIndex(int(Severity::Middle));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &NewIncidentDialog::updateOkButton);
    updateOkButton();
}

Incident NewIncidentDialog::draft() const
{
    Incident incident;
    incident.title = m_title->text().trimmed();
    incident.severity = static_cast<Severity>(m_severity->currentData().toInt());
    incident.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    return incident;
}

void NewIncidentDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
}

} // namespace hindsight
