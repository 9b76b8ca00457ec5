#include "undocommands.h"

#include "store/incidentstore.h"
#include "store/investigationlog.h"

#include <QCoreApplication>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UndoCommands", text);
}

/// Skips the first redo(), which QUndoStack::push() calls for a change that is already written.
bool firstRedo(bool &done)
{
    if (!done)
        return false;
    done = false;
    return true;
}

} // namespace

AppendEntryCommand::AppendEntryCommand(Store &store, const LogEntry &appended)
    : QUndoCommand(tr("Add log entry"))
    , m_store(store)
    , m_id(appended.id)
{}

void AppendEntryCommand::undo()
{
    InvestigationLog(m_store).remove(m_id);
}

void AppendEntryCommand::redo()
{
    if (!firstRedo(m_done))
        InvestigationLog(m_store).restore(m_id);
}

EditEntryCommand::EditEntryCommand(Store &store, const LogEntry &before, const LogEntry &after)
    : QUndoCommand(tr("Edit log entry"))
    , m_store(store)
    , m_before(before)
    , m_after(after)
{}

void EditEntryCommand::undo()
{
    InvestigationLog(m_store).edit(m_before.id, m_before.kind, m_before.body, m_before.at);
}

void EditEntryCommand::redo()
{
    if (!firstRedo(m_done))
        InvestigationLog(m_store).edit(m_after.id, m_after.kind, m_after.body, m_after.at);
}

DeleteEntryCommand::DeleteEntryCommand(Store &store, const LogEntry &deleted)
    : QUndoCommand(tr("Delete log entry"))
    , m_store(store)
    , m_id(deleted.id)
{}

void DeleteEntryCommand::undo()
{
    InvestigationLog(m_store).restore(m_id);
}

void DeleteEntryCommand::redo()
{
    if (!firstRedo(m_done))
        InvestigationLog(m_store).remove(m_id);
}

KeyEventCommand::KeyEventCommand(Store &store, const LogEntry &entry, bool keyEvent)
    : QUndoCommand(keyEvent ? tr("Mark key event") : tr("Unmark key event"))
    , m_store(store)
    , m_id(entry.id)
    , m_keyEvent(keyEvent)
{}

void KeyEventCommand::undo()
{
    InvestigationLog(m_store).setKeyEvent(m_id, !m_keyEvent);
}

void KeyEventCommand::redo()
{
    if (!firstRedo(m_done))
        InvestigationLog(m_store).setKeyEvent(m_id, m_keyEvent);
}

UpdateIncidentCommand::UpdateIncidentCommand(Store &store, const Incident &before, const Incident &after,
                                             QString author)
    : QUndoCommand(tr("Change incident"))
    , m_store(store)
    , m_before(before)
    , m_after(after)
    , m_author(std::move(author))
{}

void UpdateIncidentCommand::undo()
{
    IncidentStore(m_store).update(m_before, m_author);
}

void UpdateIncidentCommand::redo()
{
    if (!firstRedo(m_done))
        IncidentStore(m_store).update(m_after, m_author);
}

} // namespace hindsight
