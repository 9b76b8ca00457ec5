#include "categorypicker.h"

#include "gui/common/colors.h"
#include "publish/githubclient.h"
#include "publish/publisherror.h"
#include "publish/publishtarget.h"
#include "tokenlookup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <atomic>
#include <optional>

namespace hindsight {

/// Shared by the window and the worker thread: written by the worker, read once its thread has finished.
struct CategoryPicker::Job
{
    std::atomic<bool> cancelled{false};
    std::optional<GitHubRepository> repository;
    QString error;
};

CategoryPicker::CategoryPicker(std::function<Source()> source, QWidget *parent)
    : QWidget(parent)
    , m_source(std::move(source))
    , m_category(new QComboBox(this))
    , m_fetch(new QPushButton(tr("Fetch categories"), this))
    , m_status(new QLabel(this))
    , m_tokenLookup(new TokenLookup(this))
{
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_fetch->setObjectName(QStringLiteral("fetchCategories"));
    m_fetch->setToolTip(tr("Ask GitHub for the repository's discussion categories"));
    m_status->setObjectName(QStringLiteral("categoryStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    connect(m_fetch, &QPushButton::clicked, this, &CategoryPicker::fetch);
    connect(m_category, &QComboBox::currentTextChanged, this, &CategoryPicker::categoryChanged);
    connect(m_tokenLookup, &TokenLookup::found, this, &CategoryPicker::fetchWith);
    connect(m_tokenLookup, &TokenLookup::missing, this, [this](const QString &message) {
        m_fetch->setEnabled(true);
        showStatus(message, true);
    });

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_category, 1);
    row->addWidget(m_fetch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
}

CategoryPicker::~CategoryPicker()
{
    if (m_thread) {
        m_job->cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

QString CategoryPicker::category() const
{
    return m_category->currentText().trimmed();
}

void CategoryPicker::setCategory(const QString &category)
{
    const int index = m_category->findText(category, Qt::MatchFixedString);
    if (index >= 0)
        m_category->setCurrentIndex(index);
    else
        m_category->setEditText(category);
}

void CategoryPicker::setPlaceholderText(const QString &text)
{
    m_category->lineEdit()->setPlaceholderText(text);
}

void CategoryPicker::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: %1;").arg(severityColor(Severity::Critical).name())
                                  : QString());
    m_status->setVisible(!text.isEmpty());
}

void CategoryPicker::fetch()
{
    if (m_thread)
        return;
    const Source source = m_source();
    QString why;
    const auto endpoint = PublishTarget::graphqlUrl(source.endpoint, &why);
    if (!endpoint) {
        showStatus(why, true);
        return;
    }
    if (!PublishTarget::splitRepository(source.repository, &why)) {
        showStatus(why, true);
        return;
    }
    m_fetch->setEnabled(false);
    if (!source.token.isEmpty()) {
        fetchWith(source.token);
        return;
    }
    showStatus(tr("Looking for the GitHub token…"), false);
    m_tokenLookup->start(*endpoint);
}

void CategoryPicker::fetchWith(const GitHubToken &token)
{
    const Source source = m_source();
    const auto endpoint = PublishTarget::graphqlUrl(source.endpoint);
    const auto repository = PublishTarget::splitRepository(source.repository);
    if (!endpoint || !repository || m_thread) {
        m_fetch->setEnabled(!m_thread);
        return;
    }
    showStatus(tr("Asking %1 for the categories of %2…").arg(endpoint->host(), source.repository.trimmed()), false);
    m_job = std::make_shared<Job>();
    m_thread =
        QThread::create([job = m_job, url = *endpoint, token, owner = repository->first, name = repository->second] {
            try {
                GitHubClient client(url, token);
                client.setCancelFlag(&job->cancelled);
                job->repository = client.repository(owner, name);
            } catch (const PublishError &error) {
                job->error = error.message();
            }
        });
    connect(m_thread, &QThread::finished, this, &CategoryPicker::finishFetch);
    m_thread->start();
}

void CategoryPicker::finishFetch()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_fetch->setEnabled(true);
    const std::shared_ptr<Job> job = std::move(m_job);
    if (!job->repository) {
        showStatus(job->error, true);
        return;
    }
    const GitHubRepository &repository = *job->repository;
    if (!repository.hasDiscussionsEnabled) {
        showStatus(tr("Discussions are not enabled in %1. A repository administrator can turn them on in the "
                      "repository's Settings (General > Features > Discussions).")
                       .arg(repository.nameWithOwner),
                   true);
        return;
    }
    const QString typed = category();
    m_category->clear();
    for (const DiscussionCategory &each : repository.categories) {
        m_category->addItem(each.name, each.slug);
        m_category->setItemData(m_category->count() - 1, each.description, Qt::ToolTipRole);
    }
    // Keep what was chosen when the repository has it (by name or slug), else offer the first.
    const auto chosen = repository.category(typed);
    if (chosen)
        m_category->setCurrentIndex(m_category->findData(chosen->slug));
    else if (typed.isEmpty() && m_category->count() > 0)
        m_category->setCurrentIndex(0);
    else
        m_category->setEditText(typed);
    if (repository.categories.isEmpty()) {
        showStatus(tr("%1 has no discussion categories.").arg(repository.nameWithOwner), true);
    } else if (!typed.isEmpty() && !chosen) {
        showStatus(
            tr("%1 has no category '%2': pick one of its %n categories.", nullptr, int(repository.categories.size()))
                .arg(repository.nameWithOwner, typed),
            true);
    } else {
        showStatus(tr("%n categories in %1.", nullptr, int(repository.categories.size())).arg(repository.nameWithOwner),
                   false);
    }
}

} // namespace hindsight
