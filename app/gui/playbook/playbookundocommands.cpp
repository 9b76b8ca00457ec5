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

CreatePlaybookCommand::CreatePlaybookCommand(Store &store, Playbook draft)
    : StoreCommand(store, QString())
    , m_playbook(std::move(draft))
{}

void CreatePlaybookCommand::redo()
{
    if (m_stored) {
        PlaybookStore(store()).restore(m_playbook);
        return;
    }
    m_playbook = PlaybookStore(store()).create(m_playbook);
    m_stored = true;
    setText(tr("add playbook %1").arg(m_playbook.shortId()));
}

void CreatePlaybookCommand::undo()
{
    PlaybookStore(store()).remove(m_playbook.id);
}

DeletePlaybookCommand::DeletePlaybookCommand(Store &store, const Playbook &playbook)
    : StoreCommand(store, tr("delete playbook %1").arg(playbook.shortId()))
    , m_playbook(playbook)
{}

void DeletePlaybookCommand::redo()
{
    PlaybookStore(store()).remove(m_playbook.id);
}

void DeletePlaybookCommand::undo()
{
    PlaybookStore(store()).restore(m_playbook);
}

ChangeCommand<Playbook> *savePlaybook(Store &store, const Playbook &before, const Playbook &after, int field)
{
    return new ChangeCommand<Playbook>(
        store, tr("edit playbook %1").arg(after.shortId()), before, after,
        [](Store &s, const Playbook &playbook) { return PlaybookStore(s).update(playbook); },
        after.id.toString(QUuid::WithoutBraces) + QLatin1Char('/') + QString::number(field));
}

} // namespace hindsight
