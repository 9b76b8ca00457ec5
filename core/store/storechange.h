#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QUuid>

#include <utility>

namespace hindsight {

/// One thing a write changed, as the store reports it through StoreEvents.
struct StoreChange
{
    enum class Subject
    {
        Incident,
        LogEntry,
        Postmortem,
        ActionItem,
        Playbook,
        Setting,
        /// Anything may have changed: another process wrote to the store, or a backup was restored into it.
        Everything,
    };
    enum class Kind
    {
        Added,
        Changed,
        Removed,
    };

    Subject subject = Subject::Everything;
    Kind kind = Kind::Changed;
    /// What changed: the incident, log entry, action item or playbook; for a postmortem, its incident. Null for
    /// settings and Everything.
    QUuid id;
    /// The incident it belongs to (an incident's own id). Null for playbooks, settings and Everything.
    QUuid incidentId;

    bool operator==(const StoreChange &) const = default;
};

/// The changes one commit made, in the order they were made.
class StoreChanges
{
public:
    StoreChanges() = default;
    explicit StoreChanges(QList<StoreChange> changes)
        : m_changes(std::move(changes))
    {}
    /// "Anything may have changed": what another process's commit looks like from here.
    static StoreChanges everything() { return StoreChanges({StoreChange{}}); }

    /// Whether something of `subject` changed, in any incident, or might have.
    bool touches(StoreChange::Subject subject) const;
    /// Whether something of `subject` changed in incident `incidentId`, or might have.
    bool touches(StoreChange::Subject subject, const QUuid &incidentId) const;
    /// Whether the changes may be anything (StoreChange::Subject::Everything is among them).
    bool isEverything() const;
    const QList<StoreChange> &list() const { return m_changes; }

private:
    QList<StoreChange> m_changes;
};

/// What the store's writes changed, for the views that show it: each commit made through this Store is reported once
/// it is durable (never for a write that was rolled back), and a StoreWatcher reports other processes' commits as
/// StoreChanges::everything(). Views re-read what they show from here instead of being told by whoever wrote.
class StoreEvents : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    /// Delivered directly, while the writer waits: a listener re-reads what it shows and must not throw (a failing
    /// read is caught here and logged, so that a write that succeeded is never reported as failed).
    void changed(const hindsight::StoreChanges &changes);

private:
    friend class Store;
    void announce(const StoreChanges &changes);
};

/// A connection to StoreEvents::changed that ends with the object holding it. A widget keeps one as a member, so that
/// it stops listening before its children are deleted, whose destruction may still write (an editor saving what was
/// typed) and would otherwise call it half-destroyed.
class StoreSubscription
{
public:
    StoreSubscription() = default;
    template<typename Context, typename Slot>
    StoreSubscription(StoreEvents &events, const Context *context, Slot slot)
        : m_connection(QObject::connect(&events, &StoreEvents::changed, context, std::move(slot)))
    {}
    ~StoreSubscription() { QObject::disconnect(m_connection); }
    StoreSubscription(const StoreSubscription &) = delete;
    StoreSubscription &operator=(const StoreSubscription &) = delete;
    StoreSubscription &operator=(StoreSubscription &&other) noexcept
    {
        QObject::disconnect(m_connection);
        m_connection = std::exchange(other.m_connection, {});
        return *this;
    }

private:
    QMetaObject::Connection m_connection;
};

} // namespace hindsight

Q_DECLARE_METATYPE(hindsight::StoreChanges)
