#pragma once

#include "model/playbook.h"

#include <QUndoCommand>

namespace hindsight {

class Store;

// Like the commands in undocommands.h, each is pushed after its change has been written, so its first redo() does
// nothing; undo and redo write to the store again.

/// A playbook added to the library (from the editor or from an incident): undo removes it, redo puts it back with
/// the same number.
class CreatePlaybookCommand : public QUndoCommand
{
public:
    CreatePlaybookCommand(Store &store, const Playbook &created);
    void undo() override;
    void redo() override;

private:
    Store &m_store;
    Playbook m_playbook;
    bool m_done = true;
};

/// A playbook removed from the library: undo puts it back as it was.
class DeletePlaybookCommand : public QUndoCommand
{
public:
    DeletePlaybookCommand(Store &store, const Playbook &deleted);
    void undo() override;
    void redo() override;

private:
    Store &m_store;
    Playbook m_playbook;
    bool m_done = true;
};

/// A change to a playbook's title, trigger, tags or text. Consecutive edits of the same field merge into one step,
/// so that undo takes back a burst of typing rather than one autosave.
class SavePlaybookCommand : public QUndoCommand
{
public:
    enum
    {
        Id = 0x5042
    };
    SavePlaybookCommand(Store &store, const Playbook &before, const Playbook &after, int field);
    void undo() override;
    void redo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Store &m_store;
    Playbook m_before;
    Playbook m_after;
    int m_field;
    bool m_done = true;
};

} // namespace hindsight
