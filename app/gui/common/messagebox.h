#pragma once

#include <QHash>
#include <QMessageBox>
#include <QString>

class QWidget;

namespace hindsight::messagebox {

/// Every modal message and question of the window goes through here, so that a test can answer the next one instead
/// of a user (KeePassXC's MessageBox::setNextAnswer). Without an answer set, a real QMessageBox (objectName
/// `messageBox`) is shown and waits.
///
/// Asks with `buttons`, `defaultButton` chosen by Enter, some buttons renamed by `texts`; returns the button chosen
/// (Escape gives the escape button Qt picks: Cancel, No...).
QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                                const QHash<QMessageBox::StandardButton, QString> &texts = {});
/// A Yes / No question, Yes by default.
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text);
void warning(QWidget *parent, const QString &title, const QString &text);
void critical(QWidget *parent, const QString &title, const QString &text);

/// Test seam: the next ask(), question(), warning() or critical() shows nothing and returns `answer`.
void setNextAnswer(QMessageBox::StandardButton answer);

} // namespace hindsight::messagebox
