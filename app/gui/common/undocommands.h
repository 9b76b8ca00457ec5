#pragma once

#include "model/actionitem.h"
#include "model/incident.h"
#include "model/logentry.h"
#include "model/postmortem.h"

#include <QUndoCommand>

namespace hindsight {

class Store;

// Each command is pushed after its change has been written (so a failure is reported before anything reaches the
// undo stack); its first redo() therefore does nothing. Undo and redo write to the store again: nothing is ever
// physically deleted, so every step stays reversible.

class AppendEntryCommand : public QUndoCommand
{
public:
    AppendEntryCommand(Store &store, const LogEntry &appended);
    void undo() override;
    void redo() override;

private:
    Store &m_store;
    QUuid m_id;
    bool m_done = true;
};

class EditEntryCommand : public QUndoCommand
{
public:
    EditEntryCommand(Store &store, const LogEntry &before, const LogEntry &after);
    void undo() override;
    void redo() override;

private:
    Store &m_store;
    LogEntry m_before;
    LogEntry m_after;
    bool m_done = true;
};

class DeleteEntryCommand : public QUndoCommand
{
public:
    DeleteEntryCommand(Store &store, const LogEntry &deleted);
    void undo() override;
    void redo() override;

private:
    Store &m_store;
    QUuid m_id;
    bool m_done = true;
};

class KeyEventCommand : public QUndoCommand
{
public:
    KeyEventCommand(Store &store, const LogEntry &entry, bool keyEvent);
    void undo() override;
    void redo() override;

private:
    Store &m_store;
    QUuid m_id;
    bool m_keyEvent;
    bool m_done = true;
};

class UpdateIncidentCommand : public QUndoCommand
{
public:
    UpdateIncidentCommand(Store &store, const Incident &before, const Incident &after, QString author);
    void undo() override;
    void redo() override;

private:
    Store &m_store;
    Incident m_before;
    Incident m_after;
    QString m_author;
    bool m_done = true;
};

/// A change to the written part of a postmortem. Consecutive edits of the same section merge into one step, so
/// that undo takes back a burst of typing rather than one autosave.
class SavePostmortemCommand : public QUndoCommand
{
public:
    enum
    {
        Id = 0x504d
    };
    SavePostmortemCommand(Store &store, const Postmortem &before, const Postmortem &after, int section);
    void undo() override;
    void redo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Store &m_store;
    Postmortem m_before;
    Postmortem m_after;
    int m_section;
    bool m_done = true;
};

class EditActionItemCommand : public QUndoCommand
{
public:
    EditActionItemCommand(Store &store, const ActionItem &before, const ActionItem &after);
    void undo() override;
    void redo() override;

private:
    Store &m_store;
    ActionItem m_before;
    ActionItem m_after;
    bool m_done = true;
};

class DeleteActionItemCommand : public QUndoCommand
{
public:
    /// `item` was at `position` in its incident's list.
    DeleteActionItemCommand(Store &store, const ActionItem &item, int position);
    void undo() override;
    void redo() override;

private:
    Store &m_store;
    ActionItem m_item;
    int m_position;
    bool m_done = true;
};

class MoveActionItemCommand : public QUndoCommand
{
public:
    MoveActionItemCommand(Store &store, const QUuid &id, int from, int to);
    void undo() override;
    void redo() override;

private:
    Store &m_store;
    QUuid m_id;
    int m_from;
    int m_to;
    bool m_done = true;
};

} // namespace hindsight
