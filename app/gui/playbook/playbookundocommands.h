#pragma once

#include "domain/playbook.h"
#include "gui/common/undocommands.h"

namespace hindsight {

/// A playbook added to the library (from the editor or from an incident): undo removes it, redo puts it back with
/// the same number.
class CreatePlaybookCommand : public StoreCommand
{
public:
    CreatePlaybookCommand(Store &store, Playbook draft);
    void redo() override;
    void undo() override;
    /// The playbook as stored (after the first redo()).
    const Playbook &playbook() const { return m_playbook; }

private:
    Playbook m_playbook;
    bool m_stored = false;
};

/// A playbook removed from the library: undo puts it back as it was.
class DeletePlaybookCommand : public StoreCommand
{
public:
    DeletePlaybookCommand(Store &store, const Playbook &playbook);
    void redo() override;
    void undo() override;

private:
    Playbook m_playbook;
};

/// A change to a playbook's title, trigger, tags or text, for undo::change(). Consecutive edits of the same `field`
/// merge into one step.
ChangeCommand<Playbook> *savePlaybook(Store &store, const Playbook &before, const Playbook &after, int field);

} // namespace hindsight
