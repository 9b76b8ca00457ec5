#include "undocommands.h"

#include "review/postmortemreview.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UndoCommands", text);
}

} // namespace

void undo::push(QUndoStack *stack, QUndoCommand *command)
{
    // QUndoStack::push() calls redo() before it takes the command: a write that throws leaves it with the caller.
    try {
        stack->push(command);
    } catch (const StoreError &) {
        delete command;
        throw;
    }
}

AppendEntryCommand::AppendEntryCommand(Store &store, LogEntry draft, QList<Attachment> attachments)
    : StoreCommand(store, tr("Add log entry"))
    , m_entry(std::move(draft))
    , m_attachments(std::move(attachments))
{}

void AppendEntryCommand::redo()
{
    if (std::exchange(m_stored, true)) {
        InvestigationLog(store()).restore(m_entry.id);
        return;
    }
    try {
        m_entry = InvestigationLog(store()).append(m_entry, m_attachments);
    } catch (const StoreError &) {
        m_stored = false;
        throw;
    }
    m_attachments.clear(); // stored with the entry; restore() brings them back with it
}

void AppendEntryCommand::undo()
{
    InvestigationLog(store()).remove(m_entry.id);
}

DeleteEntryCommand::DeleteEntryCommand(Store &store, const LogEntry &entry)
    : StoreCommand(store, tr("Delete log entry"))
    , m_id(entry.id)
{}

void DeleteEntryCommand::redo()
{
    InvestigationLog(store()).remove(m_id);
}

void DeleteEntryCommand::undo()
{
    InvestigationLog(store()).restore(m_id);
}

CreateIncidentCommand::CreateIncidentCommand(Store &store, Incident draft)
    : StoreCommand(store, tr("New incident"))
    , m_incident(std::move(draft))
{}

void CreateIncidentCommand::redo()
{
    if (m_stored) {
        IncidentStore(store()).putBack(m_removed, m_incident.id);
        m_removed = {};
        return;
    }
    m_incident = IncidentStore(store()).create(m_incident);
    m_stored = true;
    setText(tr("New incident #%1").arg(m_incident.number));
}

void CreateIncidentCommand::undo()
{
    m_removed = IncidentStore(store()).takeBack(m_incident.id);
}

AddActionItemCommand::AddActionItemCommand(Store &store, ActionItem draft)
    : StoreCommand(store, tr("Add action item"))
    , m_item(std::move(draft))
{}

void AddActionItemCommand::redo()
{
    if (m_stored) {
        ActionItemStore(store()).restore(m_item, m_position);
        return;
    }
    ActionItemStore items(store());
    m_item = items.add(m_item);
    m_position = int(items.forIncident(m_item.incidentId).size()) - 1;
    m_stored = true;
    setText(tr("Add action item %1").arg(m_item.shortId()));
}

void AddActionItemCommand::undo()
{
    ActionItemStore(store()).remove(m_item.id);
}

DeleteActionItemCommand::DeleteActionItemCommand(Store &store, const ActionItem &item, int position)
    : StoreCommand(store, tr("Delete action item %1").arg(item.shortId()))
    , m_item(item)
    , m_position(position)
{}

void DeleteActionItemCommand::redo()
{
    ActionItemStore(store()).remove(m_item.id);
}

void DeleteActionItemCommand::undo()
{
    ActionItemStore(store()).restore(m_item, m_position);
}

namespace changes {

ChangeCommand<LogEntry> *editEntry(Store &store, const LogEntry &before, const LogEntry &after)
{
    return new ChangeCommand<LogEntry>(store, tr("Edit log entry"), before, after, [](Store &s, const LogEntry &entry) {
        return InvestigationLog(s).edit(entry.id, entry.kind, entry.body, entry.at);
    });
}

ChangeCommand<LogEntry> *setKeyEvent(Store &store, const LogEntry &entry, bool keyEvent)
{
    LogEntry after = entry;
    after.keyEvent = keyEvent;
    return new ChangeCommand<LogEntry>(store, keyEvent ? tr("Mark key event") : tr("Unmark key event"), entry, after,
                                       [](Store &s, const LogEntry &value) {
                                           InvestigationLog log(s);
                                           log.setKeyEvent(value.id, value.keyEvent);
                                           return log.entry(value.id).value_or(value);
                                       });
}

ChangeCommand<Incident> *updateIncident(Store &store, const Incident &before, const Incident &after,
                                        const QString &author)
{
    return new ChangeCommand<Incident>(
        store, tr("Change incident"), before, after,
        [author](Store &s, const Incident &incident) { return IncidentStore(s).update(incident, author); });
}

ChangeCommand<Postmortem> *savePostmortem(Store &store, const Postmortem &before, const Postmortem &after, int section)
{
    return new ChangeCommand<Postmortem>(
        store, tr("Edit postmortem"), before, after,
        [](Store &s, const Postmortem &postmortem) {
            // One commit, so that the views read text and meeting together.
            Store::WriteTransaction transaction(s);
            PostmortemReview review(s);
            Postmortem stored = review.saveText(postmortem);
            if (stored.review != postmortem.review)
                stored = review.recordMeeting(postmortem.incidentId, postmortem.review);
            transaction.commit();
            return stored;
        },
        after.incidentId.toString(QUuid::WithoutBraces) + QLatin1Char('/') + QString::number(section));
}

ChangeCommand<ActionItem> *editActionItem(Store &store, const ActionItem &before, const ActionItem &after)
{
    return new ChangeCommand<ActionItem>(
        store, tr("Edit action item"), before, after,
        [](Store &s, const ActionItem &item) { return ActionItemStore(s).update(item); });
}

ChangeCommand<int> *moveActionItem(Store &store, const ActionItem &item, int from, int to)
{
    return new ChangeCommand<int>(store, tr("Move action item"), from, to, [id = item.id](Store &s, int position) {
        ActionItemStore(s).move(id, position);
        return position;
    });
}

} // namespace changes

} // namespace hindsight
