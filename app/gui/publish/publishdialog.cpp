#include "publishdialog.h"

#include "categorypicker.h"
#include "gui/common/growtofit.h"
#include "publish/publisherror.h"
#include "publish/publishsettings.h"
#include "publishtargetform.h"
#include "store/store.h"
#include "tokenlookup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace hindsight {

namespace {

const QString ErrorStyle = QStringLiteral("color: #c62828;");

} // namespace

/// Shared by the window and the worker thread. `publisher` lives in the worker thread; the mutex lets the window
/// cancel it while it exists. The outcome is written by the worker and read once its thread has finished.
struct PublishDialog::Job
{
    QMutex mutex;
    DiscussionPublisher *publisher = nullptr;
    bool cancelled = false;
    std::optional<DiscussionPublisher::Result> result;
    std::optional<PublishError> error;

    void cancel()
    {
        QMutexLocker lock(&mutex);
        cancelled = true;
        if (publisher)
            publisher->cancel();
    }
};

PublishDialog::PublishDialog(Store &store, const Incident &incident, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_incident(incident)
    , m_defaults(PublishSettings(store).defaults())
    , m_target(new PublishTargetForm(
          tr("Where it is published"),
          tr("Empty fields use the defaults of Settings > Publishing to GitHub. What is set here is kept for this "
             "incident once it is published."),
          m_defaults,
          [this](const PublishTarget &) {
              const PublishTarget target = effectiveTarget();
              return CategoryPicker::Source{target.endpoint, target.repository, {}};
          },
          this))
    , m_check(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_link(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_tokenLookup(new TokenLookup(this))
    , m_checkSoon(new QTimer(this))
{
    setWindowTitle(tr("Publish the postmortem of incident #%1").arg(incident.number));
    setObjectName(QStringLiteral("publishDialog"));

    m_target->setTarget(PublishSettings(store).forIncident(incident.id));
    m_checkSoon->setSingleShot(true);
    m_checkSoon->setInterval(250);
    connect(m_checkSoon, &QTimer::timeout, this, &PublishDialog::check);
    connect(m_target, &PublishTargetForm::changed, m_checkSoon, qOverload<>(&QTimer::start));

    setUpMessages();

    QDialogButtonBox *buttons = createButtons();

    createSessionTokenRow();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(QStringLiteral("<b>%1</b>")
                       .arg(tr("Incident #%1: %2").arg(incident.number).arg(incident.title).toHtmlEscaped()),
                   this));
    layout->addWidget(m_target);
    layout->addWidget(m_check);
    layout->addWidget(m_progress);
    layout->addWidget(m_busy);
    layout->addWidget(m_result);
    layout->addWidget(m_sessionRow);
    layout->addWidget(m_link);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(680, 0);

    showResult({}, false);
    check();
}

void PublishDialog::setUpMessages()
{
    m_check->setObjectName(QStringLiteral("publishCheck"));
    m_check->setWordWrap(true);
    m_check->setTextFormat(Qt::PlainText);
    m_check->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("publishProgress"));
    m_progress->setWordWrap(true);
    m_progress->setTextFormat(Qt::PlainText);
    m_busy->setObjectName(QStringLiteral("publishBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_result->setObjectName(QStringLiteral("publishResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_link->setObjectName(QStringLiteral("discussionLink"));
    m_link->setTextFormat(Qt::RichText);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_preview->setObjectName(QStringLiteral("requestPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->hide();
}

QDialogButtonBox *PublishDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("Preview what will be sent"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewPublish"));
    m_publishButton = buttons->addButton(tr("Publish"), QDialogButtonBox::AcceptRole);
    m_publishButton->setObjectName(QStringLiteral("publish"));
    m_cancelButton = buttons->addButton(tr("Cancel publishing"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelPublish"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closePublish"));
    // Enter must not publish by accident.
    m_publishButton->setAutoDefault(false);
    connect(m_previewButton, &QPushButton::clicked, this, &PublishDialog::preview);
    connect(m_publishButton, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(m_cancelButton, &QPushButton::clicked, this, &PublishDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &PublishDialog::reject);
    connect(m_tokenLookup, &TokenLookup::found, this, &PublishDialog::tokenFound);
    connect(m_tokenLookup, &TokenLookup::missing, this, [this](const QString &message) {
        if (m_step != Step::FindingToken)
            return;
        m_step = Step::Idle;
        m_progress->clear();
        showResult(message, true);
        // What would be sent needs no token (as `publish --dry-run`); publishing does: one can be given for now.
        if (m_then == Then::Preview)
            showPreview(GitHubToken());
        m_sessionRow->show();
        m_sessionToken->setFocus();
        updateControls();
    });
    return buttons;
}

// A token for this session only, where the keychain has none (or there is no keychain at all).
void PublishDialog::createSessionTokenRow()
{
    // A token for this session only, where the keychain has none (or there is no keychain at all).
    m_sessionRow = new QWidget(this);
    m_sessionRow->setObjectName(QStringLiteral("sessionTokenRow"));
    m_sessionToken = new QLineEdit(m_sessionRow);
    m_sessionToken->setObjectName(QStringLiteral("sessionToken"));
    m_sessionToken->setEchoMode(QLineEdit::Password);
    m_sessionToken->setPlaceholderText(tr("ghp_… or github_pat_…"));
    auto *useToken = new QPushButton(tr("Use for this session"), m_sessionRow);
    useToken->setObjectName(QStringLiteral("useSessionToken"));
    auto *sessionNote = new QLabel(m_sessionRow);
    sessionNote->setObjectName(QStringLiteral("sessionTokenNote"));
    sessionNote->setWordWrap(true);
    auto *sessionLayout = new QGridLayout(m_sessionRow);
    sessionLayout->setContentsMargins(0, 0, 0, 0);
    sessionLayout->addWidget(sessionNote, 0, 0, 1, 2);
    sessionLayout->addWidget(m_sessionToken, 1, 0);
    sessionLayout->addWidget(useToken, 1, 1);
    m_sessionRow->hide();
    const auto describeSession = [this, sessionNote] {
        const auto endpoint = PublishTarget::graphqlUrl(effectiveTarget().endpoint);
        sessionNote->setText(tr("Or give a token for this session only: it is kept in memory, never written anywhere, "
                                "sent only to %1, and forgotten when Hindsight quits.")
                                 .arg(endpoint ? endpoint->host() : QStringLiteral("github.com")));
    };
    describeSession();
    connect(m_target->endpointEdit(), &QLineEdit::textChanged, this, describeSession);
    const auto useSessionToken = [this] {
        const auto endpoint = PublishTarget::graphqlUrl(effectiveTarget().endpoint);
        const QByteArray value = m_sessionToken->text().trimmed().toUtf8();
        if (!endpoint || value.isEmpty())
            return;
        TokenLookup::setSessionToken(*endpoint, value);
        m_sessionToken->clear();
        m_sessionRow->hide();
        findToken(m_then);
    };
    connect(useToken, &QPushButton::clicked, this, useSessionToken);
    connect(m_sessionToken, &QLineEdit::returnPressed, this, useSessionToken);
}

PublishDialog::~PublishDialog()
{
    if (m_thread) {
        m_job->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

PublishTarget PublishDialog::incidentTarget() const
{
    return m_target->target();
}

PublishTarget PublishDialog::effectiveTarget() const
{
    PublishTarget target = m_defaults.overriddenBy(incidentTarget());
    if (target.endpoint.isEmpty())
        target.endpoint = QStringLiteral("github.com");
    if (!target.language)
        target.language = PublishTarget::defaultLanguage();
    return target;
}

DiscussionPublisher::Options PublishDialog::options(const GitHubToken &token) const
{
    DiscussionPublisher::Options options = DiscussionPublisher::defaultOptions();
    // Every field set: what is on screen wins over what the store holds for the incident.
    options.overrides = effectiveTarget();
    options.token = token;
    return options;
}

bool PublishDialog::check()
{
    m_checkSoon->stop();
    if (m_step != Step::Idle)
        return false;
    const PublishTarget target = effectiveTarget();
    QString problem;
    QStringList lines;
    if (const auto why = PublishSettings::validate(incidentTarget())) {
        problem = *why;
    } else if (target.repository.isEmpty()) {
        problem = tr("No repository to publish to: give one here (owner/name), or set the default in Settings > "
                     "Publishing to GitHub.");
    } else if (target.category.isEmpty()) {
        problem = tr("No discussion category to publish in: pick one here (Fetch categories lists the "
                     "repository's), or set the default in Settings > Publishing to GitHub.");
    } else {
        try {
            const DiscussionPublisher::Document document =
                DiscussionPublisher(m_store, options({})).prepare(m_incident.number);
            const QLocale locale;
            lines << tr("Ready: “%1”, %2 characters of Markdown, to %3/%4 on %5, category %6, in %7.")
                         .arg(document.title, locale.toString(document.body.size()), document.owner, document.name,
                              document.endpoint.host(), document.target.category,
                              nativeName(*document.target.language));
            if (document.maskedSecrets.isEmpty()) {
                lines << tr("Redaction masks nothing.");
            } else {
                QStringList counts;
                int total = 0;
                for (auto it = document.maskedSecrets.cbegin(); it != document.maskedSecrets.cend(); ++it) {
                    counts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
                    total += it.value();
                }
                lines << tr("Redaction masks %n value(s) before it is sent: %1.", nullptr, total)
                             .arg(counts.join(QStringLiteral(", ")));
            }
            lines << document.warnings;
            const Publication &before = document.postmortem.publication;
            if (before.isPublished()) {
                lines << tr("Published before as discussion #%1 (%2): publishing again updates it; no second "
                            "discussion is made.")
                             .arg(before.number)
                             .arg(before.url);
            }
        } catch (const PublishError &error) {
            problem = error.message();
        } catch (const StoreError &error) {
            problem = error.message();
        }
    }
    m_ready = problem.isEmpty();
    m_check->show();
    m_check->setText(m_ready ? lines.join(QLatin1Char('\n')) : problem);
    m_check->setStyleSheet(m_ready ? QString() : ErrorStyle);
    updateControls();
    return m_ready;
}

void PublishDialog::updateControls()
{
    const bool idle = m_step == Step::Idle;
    m_target->setInputsEnabled(idle);
    m_previewButton->setEnabled(idle && m_ready);
    m_publishButton->setEnabled(idle && m_ready);
    m_cancelButton->setEnabled(!idle);
    m_busy->setVisible(!idle);
    m_progress->setVisible(!idle && !m_progress->text().isEmpty());
}

void PublishDialog::showResult(const QString &text, bool error)
{
    // "Ready: ..." above an error would say two things at once: the error stands alone until the next check.
    if (error)
        m_check->hide();
    m_result->setText(text);
    m_result->setStyleSheet(error ? ErrorStyle : QString());
    m_result->setVisible(!text.isEmpty());
    m_link->clear();
    m_link->hide();
}

void PublishDialog::preview()
{
    findToken(Then::Preview);
}

void PublishDialog::publish()
{
    findToken(Then::Publish);
}

void PublishDialog::findToken(Then then)
{
    if (m_step != Step::Idle || !check())
        return;
    m_then = then;
    m_step = Step::FindingToken;
    showResult({}, false);
    m_sessionRow->hide();
    m_progress->setText(tr("Looking for the GitHub token…"));
    updateControls();
    m_tokenLookup->start(*PublishTarget::graphqlUrl(effectiveTarget().endpoint));
}

void PublishDialog::tokenFound(const GitHubToken &token)
{
    if (m_step != Step::FindingToken)
        return; // cancelled meanwhile
    if (m_then == Then::Preview) {
        m_step = Step::Idle;
        m_progress->clear();
        showPreview(token);
        updateControls();
        return;
    }
    startPublishing(token);
}

void PublishDialog::showPreview(const GitHubToken &token)
{
    try {
        const DiscussionPublisher::Plan plan = DiscussionPublisher(m_store, options(token)).plan(m_incident.number);
        m_preview->setPlainText(tr("Nothing has been sent. Publishing sends these requests, in this order:") +
                                QStringLiteral("\n\n") + plan.requests.join(QLatin1Char('\n')));
        m_preview->show();
    } catch (const PublishError &error) {
        showResult(error.message(), true);
    } catch (const StoreError &error) {
        showResult(error.message(), true);
    }
}

void PublishDialog::startPublishing(const GitHubToken &token)
{
    m_step = Step::Publishing;
    m_progress->setText(tr("Publishing with %1…").arg(token.sourceDescription()));
    updateControls();
    m_job = std::make_shared<Job>();
    // The worker has a connection to the store of its own: a Store belongs to the thread that opened it.
    m_thread = QThread::create(
        [this, job = m_job, path = m_store.path(), publishOptions = options(token), number = m_incident.number] {
            try {
                const std::unique_ptr<Store> store = Store::open(path);
                DiscussionPublisher publisher(*store, publishOptions);
                // Progress goes to the window through its event queue; the window outlives this thread (it waits for
                // it).
                publisher.setProgressHandler([this](const QString &message) {
                    QMetaObject::invokeMethod(
                        this,
                        [this, message] {
                            m_progress->setText(message);
                            updateControls();
                        },
                        Qt::QueuedConnection);
                });
                {
                    QMutexLocker lock(&job->mutex);
                    if (job->cancelled)
                        publisher.cancel();
                    job->publisher = &publisher;
                }
                struct Forget
                {
                    Job &job;
                    ~Forget()
                    {
                        QMutexLocker lock(&job.mutex);
                        job.publisher = nullptr;
                    }
                } forget{*job};
                job->result = publisher.publish(number);
            } catch (const PublishError &error) {
                job->error = error;
            } catch (const StoreError &error) {
                job->error = PublishError(PublishError::Kind::Failed, error.message());
            } catch (const std::exception &error) {
                job->error = PublishError(PublishError::Kind::Failed, QString::fromLocal8Bit(error.what()));
            }
        });
    connect(m_thread, &QThread::finished, this, &PublishDialog::finishPublishing);
    m_thread->start();
}

void PublishDialog::cancel()
{
    switch (m_step) {
    case Step::Idle:
        return;
    case Step::FindingToken:
        m_step = Step::Idle;
        m_progress->clear();
        showResult(tr("Cancelled. Nothing was sent."), true);
        updateControls();
        return;
    case Step::Publishing:
        m_progress->setText(tr("Cancelling…"));
        m_cancelButton->setEnabled(false);
        m_job->cancel();
        return;
    }
}

void PublishDialog::reject()
{
    if (m_step == Step::Publishing) {
        m_closeWhenStopped = true;
        cancel();
        return;
    }
    cancel();
    QDialog::reject();
}

void PublishDialog::finishPublishing()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const std::shared_ptr<Job> job = std::move(m_job);
    m_step = Step::Idle;
    m_progress->clear();

    if (!job->result) {
        showResult(job->error ? job->error->message() : tr("Publishing failed."), true);
        updateControls();
        if (m_closeWhenStopped)
            QDialog::reject();
        return;
    }

    const DiscussionPublisher::Result &result = *job->result;
    QString what;
    switch (result.action) {
    case DiscussionPublisher::Result::Action::Created:
        what = tr("Published: discussion #%1 was created in %2, category %3.");
        break;
    case DiscussionPublisher::Result::Action::Updated:
        what = tr("Published again: discussion #%1 in %2, category %3, was updated; no second one was made.");
        break;
    case DiscussionPublisher::Result::Action::FoundAndUpdated:
        what = tr("Published: discussion #%1 in %2, category %3, was found by the marker in its body (Hindsight had "
                  "lost its record of it) and updated.");
        break;
    }
    QString text = what.arg(result.publication.number).arg(result.repository, result.category);
    // Kept for the incident now that it is published there.
    const PublishTarget own = incidentTarget();
    try {
        PublishSettings settings(m_store);
        if (settings.forIncident(m_incident.id) != own)
            settings.setForIncident(m_incident.id, own);
    } catch (const StoreError &error) {
        text += QLatin1Char('\n') + tr("This incident's publishing choices could not be kept: %1").arg(error.message());
    }
    showResult(text, false);
    const QString url = result.publication.url.toHtmlEscaped();
    m_link->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(url));
    m_link->show();
    m_publishButton->setText(tr("Publish again"));
    // Marked published through the publishing thread's own connection: the views of this one hear of it now rather
    // than at the watcher's next look.
    m_store.report({StoreChange::Subject::Postmortem, StoreChange::Kind::Changed, m_incident.id, m_incident.id});
    emit published(result.publication);
    check();
    if (m_closeWhenStopped)
        QDialog::reject();
}

bool PublishDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    growToFit(this, event);
    return handled;
}

} // namespace hindsight
