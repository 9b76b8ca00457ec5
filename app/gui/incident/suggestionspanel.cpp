#include "suggestionspanel.h"

#include "store/store.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hindsight {

namespace {

enum Role
{
    KindRole = Qt::UserRole + 1,
    IdRole,
    NumberRole
};

/// Lives in the ranking thread: opens its own connection there on first use (a connection belongs to the thread that
/// opened it) and closes it there when deleted.
class SuggestionsWorker : public QObject
{
public:
    explicit SuggestionsWorker(QString storePath)
        : m_storePath(std::move(storePath))
    {}

    QList<Suggestion> rank(const QUuid &incidentId, int limit, std::function<bool()> cancelled)
    {
        if (!m_store)
            m_store = Store::open(m_storePath);
        Suggestions suggestions(*m_store);
        suggestions.setCancelCheck(std::move(cancelled));
        return suggestions.forIncident(incidentId, limit);
    }

private:
    QString m_storePath;
    std::unique_ptr<Store> m_store;
};

} // namespace

SuggestionsPanel::SuggestionsPanel(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_create(new QToolButton(this))
    , m_worker(new SuggestionsWorker(store.path()))
    , m_latest(std::make_shared<std::atomic_int>(0))
{
    setObjectName(QStringLiteral("suggestionsPanel"));
    auto *heading = new QLabel(tr("<b>Seen before?</b> Similar playbooks and incidents"), this);
    heading->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("suggestionsState"));
    m_state->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("suggestionList"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setToolTip(tr("Click to open"));
    connect(m_list, &QListWidget::itemClicked, this, &SuggestionsPanel::choose);
    connect(m_list, &QListWidget::itemActivated, this, &SuggestionsPanel::choose);
    m_create->setObjectName(QStringLiteral("createPlaybookButton"));
    m_create->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_create->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_create, 0, Qt::AlignLeft);

    m_pause.setSingleShot(true);
    m_pause.setInterval(400);
    connect(&m_pause, &QTimer::timeout, this, &SuggestionsPanel::rank);

    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("suggestions"));
    m_thread.start(QThread::LowPriority);
}

SuggestionsPanel::~SuggestionsPanel()
{
    m_latest->store(-1);
    m_thread.quit();
    m_thread.wait();
}

void SuggestionsPanel::setCreateAction(QAction *action)
{
    m_create->setDefaultAction(action);
    m_create->show();
}

void SuggestionsPanel::setIncident(const QUuid &incidentId)
{
    if (incidentId != m_incidentId) {
        m_incidentId = incidentId;
        m_list->clear();
        m_suggestions.clear();
    }
    m_pause.stop();
    rank();
}

void SuggestionsPanel::refresh()
{
    if (!m_incidentId.isNull())
        m_pause.start();
}

void SuggestionsPanel::rank()
{
    if (m_incidentId.isNull())
        return;
    if (m_suggestions.isEmpty())
        m_state->setText(tr("Looking for similar playbooks and incidents…"));
    const int generation = m_latest->load() + 1;
    m_latest->store(generation);
    QPointer<SuggestionsPanel> self(this);
    auto *worker = static_cast<SuggestionsWorker *>(m_worker);
    const QUuid incidentId = m_incidentId;
    const std::shared_ptr<std::atomic_int> latest = m_latest;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, incidentId, generation, latest, self] {
            if (latest->load() != generation)
                return; // overtaken before it started
            QList<Suggestion> suggestions;
            QString error;
            try {
                // Overtaken by another incident, or the panel is closing (its destructor waits for this).
                suggestions = worker->rank(incidentId, MaxSuggestions,
                                           [latest, generation] { return latest->load() != generation; });
            } catch (const StoreError &e) {
                error = e.message();
            } catch (const Suggestions::Cancelled &) {
                return;
            }
            // `self` is only read back on the UI thread, where the panel lives.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, generation, latest, suggestions, error] {
                    if (self && latest->load() == generation)
                        self->showSuggestions(suggestions, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SuggestionsPanel::showSuggestions(const QList<Suggestion> &suggestions, const QString &error)
{
    if (!error.isEmpty()) {
        m_state->setText(error);
        return;
    }
    if (suggestions == m_suggestions && m_list->count() == suggestions.size()) {
        m_state->setText(suggestions.isEmpty() ? tr("Nothing similar yet: the log will tell more as it grows.")
                                               : QString());
        return; // keep the user's place in the list
    }
    m_suggestions = suggestions;
    const QUuid current = m_list->currentItem() ? m_list->currentItem()->data(IdRole).toUuid() : QUuid();
    m_list->clear();
    for (const Suggestion &s : suggestions) {
        QString what =
            s.kind == SuggestionKind::Playbook ? tr("Playbook P%1").arg(s.number) : tr("Incident #%1").arg(s.number);
        if (s.exercise)
            what += tr(" (exercise)");
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2\n%3").arg(what, s.title, tr("Shares: %1").arg(s.matchingTerms.join(u", "))),
            m_list);
        item->setData(KindRole, int(s.kind));
        item->setData(IdRole, s.id);
        item->setData(NumberRole, s.number);
        item->setToolTip(
            tr("%1% of what is distinctive about this incident. Click to open.").arg(qRound(s.score * 100)));
        if (s.id == current)
            m_list->setCurrentItem(item);
    }
    m_state->setText(suggestions.isEmpty() ? tr("Nothing similar yet: the log will tell more as it grows.")
                                           : QString());
}

void SuggestionsPanel::choose(QListWidgetItem *item)
{
    if (!item)
        return;
    if (static_cast<SuggestionKind>(item->data(KindRole).toInt()) == SuggestionKind::Playbook)
        emit playbookChosen(item->data(IdRole).toUuid());
    else
        emit incidentChosen(item->data(NumberRole).toInt());
}

} // namespace hindsight
