#pragma once

#include "domain/incident.h"
#include "domain/postmortem.h"
#include "publish/discussionpublisher.h"
#include "publish/publishtarget.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;

namespace hindsight {

class CategoryPicker;
class PublishTargetForm;
class Store;
class TokenLookup;

/// Publishing an incident's postmortem to GitHub Discussions from the window.
///
/// Shows where it goes: the defaults of Settings > Publishing to GitHub, and this incident's own choices, which are
/// edited here (kept for the incident once it is published there). Says before anything is sent why it cannot be
/// published (not approved, too long for GitHub...), and what redaction masks; "Preview what will be sent" shows the
/// requests, the token masked, sending nothing. Publish runs DiscussionPublisher in a worker thread with its own
/// connection to the store, so the window never waits: progress is shown, and Cancel (or Esc) stops it. On success
/// the discussion's link is shown and published() is emitted; on failure the message says what to do, and nothing
/// local has changed.
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    PublishDialog(Store &store, const Incident &incident, QWidget *parent = nullptr);
    /// Cancels a publication under way and waits for its thread.
    ~PublishDialog() override;

    /// This incident's own choices as typed (unset fields use the defaults).
    PublishTarget incidentTarget() const;
    bool isPublishing() const { return m_step != Step::Idle; }

    void publish();
    void preview();
    /// Stops the publication under way, as soon as it can.
    void cancel();
    /// Cancels first while publishing; closes once it has stopped.
    void reject() override;

signals:
    /// Published and recorded in the store.
    void published(const hindsight::Publication &publication);

protected:
    /// Grows to fit messages as they appear (word-wrapped labels need more height than the layout asks for).
    bool event(QEvent *event) override;

private:
    // The parts of the dialog, built once by the constructor.
    void setUpMessages();
    QDialogButtonBox *createButtons();
    void createSessionTokenRow();
    enum class Step
    {
        Idle,
        /// Looking for the token (the keychain answers asynchronously).
        FindingToken,
        Publishing
    };
    enum class Then
    {
        Publish,
        Preview
    };
    struct Job;

    /// What is sent: the defaults overridden by this dialog's fields, every field set.
    PublishTarget effectiveTarget() const;
    DiscussionPublisher::Options options(const GitHubToken &token) const;
    /// The local checks of DiscussionPublisher::prepare(), shown; false when it would be refused.
    bool check();
    void findToken(Then then);
    void tokenFound(const GitHubToken &token);
    void startPublishing(const GitHubToken &token);
    void showPreview(const GitHubToken &token);
    void finishPublishing();
    void showResult(const QString &text, bool error);
    void updateControls();

    Store &m_store;
    Incident m_incident;
    PublishTarget m_defaults;
    PublishTargetForm *m_target;
    QLabel *m_check;
    QLabel *m_progress;
    QProgressBar *m_busy;
    QLabel *m_result;
    QLabel *m_link;
    /// Where no token was found: a token for this session only (TokenLookup::setSessionToken()).
    QWidget *m_sessionRow;
    QLineEdit *m_sessionToken;
    QPlainTextEdit *m_preview;
    QPushButton *m_previewButton;
    QPushButton *m_publishButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
    TokenLookup *m_tokenLookup;
    /// Checks again a moment after the fields change, not at every key.
    QTimer *m_checkSoon;
    Step m_step = Step::Idle;
    Then m_then = Then::Publish;
    bool m_closeWhenStopped = false;
    bool m_ready = false;
    QThread *m_thread = nullptr;
    std::shared_ptr<Job> m_job;
};

} // namespace hindsight
