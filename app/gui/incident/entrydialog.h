#pragma once

#include "domain/logentry.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QPlainTextEdit;

namespace hindsight {

/// Edits one log entry's kind, time and text, and shows the earlier versions the store kept.
class EntryDialog : public QDialog
{
    Q_OBJECT

public:
    EntryDialog(const LogEntry &entry, const QList<LogEntryRevision> &revisions, QWidget *parent = nullptr);

    /// The entry as edited: kind, time and body changed, everything else as given.
    LogEntry edited() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    LogEntry m_entry;
    QComboBox *m_kind;
    QDateTimeEdit *m_at;
    QPlainTextEdit *m_body;
};

} // namespace hindsight
