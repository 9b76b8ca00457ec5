#pragma once

#include "domain/incident.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QDialogButtonBox;

namespace hindsight {

/// Asks for what a new incident needs at the least: a title and a severity. Everything else can follow.
class NewIncidentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewIncidentDialog(QWidget *parent = nullptr);

    /// The incident to create from what was entered.
    Incident draft() const;

private:
    void updateOkButton();

    QLineEdit *m_title;
    QComboBox *m_severity;
    QDialogButtonBox *m_buttons;
};

} // namespace hindsight
