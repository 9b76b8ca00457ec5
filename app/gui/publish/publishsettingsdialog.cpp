#include "publishsettingsdialog.h"

#include "categorypicker.h"
#include "gui/common/growtofit.h"
#include "publish/githubtoken.h"
#include "publish/publishsettings.h"
#include "publishtargetform.h"
#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hindsight {

namespace {

const QString ErrorStyle = QStringLiteral("color: #c62828;");

} // namespace

PublishSettingsDialog::PublishSettingsDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_target(new PublishTargetForm(
          tr("Where postmortems are published"),
          tr("These are the defaults, kept in the store. An incident can publish elsewhere: change it in the "
             "incident's Publish dialog."),
          std::nullopt,
          [this](const PublishTarget &typed) {
              return CategoryPicker::Source{
                  typed.endpoint, typed.repository,
                  GitHubToken(m_token->text().trimmed().toUtf8(), GitHubToken::Source::Given)};
          },
          this))
    , m_token(new QLineEdit(this))
    , m_tokenStatus(new QLabel(this))
    , m_removeToken(new QPushButton(tr("Remove the stored token"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Publishing to GitHub"));
    setObjectName(QStringLiteral("publishSettingsDialog"));

    const PublishTarget defaults = PublishSettings(m_store).defaults();
    m_target->setTarget(defaults);

    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Paste a token to store it in the system keychain"));
    m_tokenStatus->setObjectName(QStringLiteral("tokenStatus"));
    m_tokenStatus->setWordWrap(true);
    m_tokenStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_removeToken->setObjectName(QStringLiteral("removeToken"));
    m_removeToken->setEnabled(false);
    connect(m_removeToken, &QPushButton::clicked, this, &PublishSettingsDialog::removeToken);
    auto *tokenNote = new QLabel(tr("A classic token needs the repo scope (public_repo for a public repository); a "
                                    "fine-grained one needs read and write access to Discussions. The token is kept "
                                    "in the system keychain only, never in the store or a settings file."),
                                 this);
    tokenNote->setWordWrap(true);
    auto *tokenBox = new QGroupBox(tr("GitHub token"), this);
    auto *tokenLayout = new QVBoxLayout(tokenBox);
    tokenLayout->addWidget(m_tokenStatus);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_removeToken);
    tokenLayout->addLayout(tokenRow);
    tokenLayout->addWidget(tokenNote);
    // The keychain entry belongs to the endpoint's host: look again when it changes.
    connect(m_target->endpointEdit(), &QLineEdit::editingFinished, this, &PublishSettingsDialog::showTokenStatus);

    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(ErrorStyle);
    m_error->hide();

    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PublishSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addWidget(tokenBox);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(620, 0);

    showTokenStatus();
}

PublishSettingsDialog::~PublishSettingsDialog()
{
    // The endpoint field loses focus while the children are destroyed, after this object's part is gone.
    m_target->endpointEdit()->disconnect(this);
}

PublishTarget PublishSettingsDialog::target() const
{
    return m_target->target();
}

QUrl PublishSettingsDialog::endpointUrl() const
{
    return PublishTarget::graphqlUrl(m_target->endpointEdit()->text()).value_or(PublishTarget::gitHubApi());
}

void PublishSettingsDialog::showTokenStatus()
{
    QString notMeantForIt;
    const GitHubToken fromEnvironment = GitHubToken::fromEnvironment(endpointUrl(), &notMeantForIt);
    const QString environment = fromEnvironment.isEmpty()
                                    ? notMeantForIt
                                    : tr("Hindsight uses %1: the environment comes before the keychain.")
                                          .arg(fromEnvironment.sourceDescription());
    const QString host = endpointUrl().host();
    const QStringList variables = GitHubToken::variablesFor(endpointUrl());
    m_tokenStatus->setText(environment.isEmpty()
                               ? tr("Looking in the system keychain…")
                               : environment + QLatin1Char(' ') + tr("Looking in the system keychain…"));
    const int generation = ++m_statusGeneration;
    auto *keychain = new TokenKeychain(this);
    connect(keychain, &TokenKeychain::finished, this,
            [this, keychain, generation, environment, host, variables](const TokenKeychain::Outcome &outcome) {
                keychain->deleteLater();
                if (generation != m_statusGeneration)
                    return;
                QString text;
                switch (outcome.status) {
                case TokenKeychain::Status::Done:
                    text = tr("The system keychain holds a token for %1.").arg(host);
                    break;
                case TokenKeychain::Status::NotFound:
                    text = tr("The system keychain holds no token for %1 yet.").arg(host);
                    break;
                case TokenKeychain::Status::Unavailable:
                    text = tr("No system keychain is available here, so Hindsight cannot store a token. For %1 it "
                              "uses the environment variable %2, %3 or %4 instead: set one before starting Hindsight. "
                              "The token is never kept in a plain file.")
                               .arg(host, variables.at(0), variables.at(1), variables.at(2));
                    break;
                case TokenKeychain::Status::Failed:
                    text = outcome.message;
                    break;
                }
                const bool available = outcome.status != TokenKeychain::Status::Unavailable;
                m_token->setEnabled(available);
                m_removeToken->setEnabled(outcome.status == TokenKeychain::Status::Done);
                m_tokenStatus->setToolTip(outcome.message);
                m_tokenStatus->setText(environment.isEmpty() ? text : environment + QLatin1Char(' ') + text);
            });
    keychain->read(endpointUrl());
}

void PublishSettingsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PublishSettingsDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
    m_removeToken->setEnabled(!busy && m_removeToken->isEnabled());
}

void PublishSettingsDialog::accept()
{
    showError({});
    const PublishTarget wanted = target();
    if (const auto why = PublishSettings::validate(wanted)) {
        showError(*why);
        return;
    }
    try {
        PublishSettings(m_store).setDefaults(wanted);
    } catch (const StoreError &error) {
        showError(error.message());
        return;
    }
    const QByteArray token = m_token->text().trimmed().toUtf8();
    if (token.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_closeWhenStored = true;
    setBusy(true);
    auto *keychain = new TokenKeychain(this);
    connect(keychain, &TokenKeychain::finished, this, [this, keychain](const TokenKeychain::Outcome &outcome) {
        keychain->deleteLater();
        keychainDone(outcome);
    });
    keychain->write(endpointUrl(), token);
}

void PublishSettingsDialog::removeToken()
{
    setBusy(true);
    auto *keychain = new TokenKeychain(this);
    connect(keychain, &TokenKeychain::finished, this, [this, keychain](const TokenKeychain::Outcome &outcome) {
        keychain->deleteLater();
        keychainDone(outcome);
    });
    keychain->remove(endpointUrl());
}

void PublishSettingsDialog::keychainDone(const TokenKeychain::Outcome &outcome)
{
    setBusy(false);
    const bool closing = std::exchange(m_closeWhenStored, false);
    if (outcome.operation == TokenKeychain::Operation::Write) {
        if (outcome.ok()) {
            m_token->clear();
            if (closing) {
                QDialog::accept();
                return;
            }
        } else {
            showError(tr("The settings are saved, but the token was not stored: %1").arg(outcome.message));
        }
    } else if (!outcome.ok() && outcome.status != TokenKeychain::Status::NotFound) {
        showError(outcome.message);
    }
    showTokenStatus();
}

bool PublishSettingsDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    growToFit(this, event);
    return handled;
}

} // namespace hindsight
