#pragma once

#include "model/incident.h"
#include "model/logentry.h"

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

} // namespace hindsight
