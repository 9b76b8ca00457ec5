#pragma once

#include "publish/publishtarget.h"
#include "publish/tokenkeychain.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hindsight {

class PublishTargetForm;
class Store;

/// Settings > Publishing to GitHub: where the store's postmortems are published by default (the endpoint, github.com
/// or a GitHub Enterprise Server; the repository; a category picked from the repository's real ones; the document
/// language), kept in the store (PublishSettings), and the token, kept in the system keychain only (TokenKeychain).
/// Where there is no keychain it says so, and that the environment's token for the host is used instead
/// ($HINDSIGHT_GITHUB_TOKEN, $GH_TOKEN...); the token is never written anywhere else. An incident's own choices are
/// made in its Publish dialog.
class PublishSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PublishSettingsDialog(Store &store, QWidget *parent = nullptr);
    ~PublishSettingsDialog() override;

    /// The defaults as typed.
    PublishTarget target() const;

    /// Saves the settings, and the typed token to the keychain; closes once both are done, else says why.
    void accept() override;

protected:
    /// Grows to fit messages as they appear (word-wrapped labels need more height than the layout asks for).
    bool event(QEvent *event) override;

private:
    /// The endpoint's GraphQL URL, github.com's when the field cannot be used.
    QUrl endpointUrl() const;
    void showTokenStatus();
    void keychainDone(const TokenKeychain::Outcome &outcome);
    void removeToken();
    void showError(const QString &message);
    void setBusy(bool busy);

    Store &m_store;
    PublishTargetForm *m_target;
    QLineEdit *m_token;
    QLabel *m_tokenStatus;
    QPushButton *m_removeToken;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    /// Status reads answered by an older endpoint are dropped.
    int m_statusGeneration = 0;
    bool m_closeWhenStored = false;
};

} // namespace hindsight
