#include "playbookundocommands.h"

#include "store/playbookstore.h"

#include <QCoreApplication>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlaybookUndo", text);
}

} // namespace

CreatePlaybookCommand::CreatePlaybookCommand(Store &store, const Playbook &created)
    : m_store(store)
    , m_playbook(created)
{
    setText(tr("add playbook %1").arg(created.shortId()));
}

void CreatePlaybookCommand::undo()
{
    PlaybookStore(m_store).remove(m_playbook.id);
    m_done = false;
}

void CreatePlaybookCommand::redo()
{
    if (m_done)
        return;
    PlaybookStore(m_store).restore(m_playbook);
    m_done = true;
}

DeletePlaybookCommand::DeletePlaybookCommand(Store &store, const Playbook &deleted)
    : m_store(store)
    , m_playbook(deleted)
{
    setText(tr("delete playbook %1").arg(deleted.shortId()));
}

void DeletePlaybookCommand::undo()
{
    PlaybookStore(m_store).restore(m_playbook);
    m_done = false;
}

void DeletePlaybookCommand::redo()
{
    if (m_done)
        return;
    PlaybookStore(m_store).remove(m_playbook.id);
    m_done = true;
}

SavePlaybookCommand::SavePlaybookCommand(Store &store, const Playbook &before, const Playbook &after, int field)
    : m_store(store)
    , m_before(before)
    , m_after(after)
    , m_field(field)
{
    setText(tr("edit playbook %1").arg(after.shortId()));
}

void SavePlaybookCommand::undo()
{
    PlaybookStore(m_store).update(m_before);
    m_done = false;
}

void SavePlaybookCommand::redo()
{
    if (m_done)
        return;
    PlaybookStore(m_store).update(m_after);
    m_done = true;
}

bool SavePlaybookCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SavePlaybookCommand *>(other);
    if (next->m_after.id != m_after.id || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace hindsight
