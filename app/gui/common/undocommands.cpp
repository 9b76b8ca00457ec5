#include "undocommands.h"

#include "review/postmortemreview.h"
#include "store/actionitemstore.h"
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

SavePostmortemCommand::SavePostmortemCommand(Store &store, const Postmortem &before, const Postmortem &after,
                                             int section)
    : QUndoCommand(tr("Edit postmortem"))
    , m_store(store)
    , m_before(before)
    , m_after(after)
    , m_section(section)
{}

// Through the review, which writes text and meeting but never the review state: undoing an edit made before a
// submit must not take the submit back.
void SavePostmortemCommand::undo()
{
    PostmortemReview review(m_store);
    review.saveText(m_before);
    review.recordMeeting(m_before.incidentId, m_before.review);
}

void SavePostmortemCommand::redo()
{
    if (firstRedo(m_done))
        return;
    PostmortemReview review(m_store);
    review.saveText(m_after);
    review.recordMeeting(m_after.incidentId, m_after.review);
}

bool SavePostmortemCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SavePostmortemCommand *>(other);
    if (next->m_section != m_section || next->m_after.incidentId != m_after.incidentId)
        return false;
    m_after = next->m_after;
    return true;
}

EditActionItemCommand::EditActionItemCommand(Store &store, const ActionItem &before, const ActionItem &after)
    : QUndoCommand(tr("Edit action item"))
    , m_store(store)
    , m_before(before)
    , m_after(after)
{}

void EditActionItemCommand::undo()
{
    ActionItemStore(m_store).update(m_before);
}

void EditActionItemCommand::redo()
{
    if (!firstRedo(m_done))
        ActionItemStore(m_store).update(m_after);
}

DeleteActionItemCommand::DeleteActionItemCommand(Store &store, const ActionItem &item, int position)
    : QUndoCommand(tr("Delete action item %1").arg(item.shortId()))
    , m_store(store)
    , m_item(item)
    , m_position(position)
{}

void DeleteActionItemCommand::undo()
{
    ActionItemStore(m_store).restore(m_item, m_position);
}

void DeleteActionItemCommand::redo()
{
    if (!firstRedo(m_done))
        ActionItemStore(m_store).remove(m_item.id);
}

MoveActionItemCommand::MoveActionItemCommand(Store &store, const QUuid &id, int from, int to)
    : QUndoCommand(tr("Move action item"))
    , m_store(store)
    , m_id(id)
    , m_from(from)
    , m_to(to)
{}

void MoveActionItemCommand::undo()
{
    ActionItemStore(m_store).move(m_id, m_from);
}

void MoveActionItemCommand::redo()
{
    if (!firstRedo(m_done))
        ActionItemStore(m_store).move(m_id, m_to);
}

} // namespace hindsight
