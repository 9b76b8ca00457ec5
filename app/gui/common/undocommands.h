#pragma once

#include "domain/actionitem.h"
#include "domain/attachment.h"
#include "domain/incident.h"
#include "domain/logentry.h"
#include "domain/postmortem.h"
#include "store/cascadesnapshot.h"

#include <QUndoCommand>

#include <functional>
#include <utility>

class QUndoStack;

namespace hindsight {

class Store;

/// An undoable change to the store, written once: by redo(), which QUndoStack::push() calls, so that what the user
/// did and what Undo takes back are the same write. undo() takes it back and redo() writes it again; nothing a
/// command takes back is lost, so an undone step can always be redone. Push commands with undo::push().
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(Store &store, const QString &text)
        : QUndoCommand(text)
        , m_store(store)
    {}

protected:
    Store &store() const { return m_store; }

private:
    Store &m_store;
};

/// A change from one value to another, made by `write` (which returns the value as stored): undo writes the value
/// before. Commands with the same non-empty `mergeKey` merge when pushed one after the other, so that undo takes back
/// a burst of typing in one field rather than one autosave.
template<typename Value>
class ChangeCommand : public StoreCommand
{
public:
    using Write = std::function<Value(Store &, const Value &)>;
    ChangeCommand(Store &store, const QString &text, Value before, Value after, Write write, QString mergeKey = {})
        : StoreCommand(store, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_write(std::move(write))
        , m_mergeKey(std::move(mergeKey))
    {}
    void redo() override
    {
        m_after = m_write(store(), m_after);
        if (m_report)
            *std::exchange(m_report, nullptr) = m_after;
    }
    void undo() override { m_write(store(), m_before); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : MergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ChangeCommand *>(other);
        if (!next || next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }
    /// Where the next redo() puts the value it stored (undo::change()).
    void reportTo(Value *stored) { m_report = stored; }

private:
    static constexpr int MergeId = 0x4853;
    Value m_before;
    Value m_after;
    Write m_write;
    QString m_mergeKey;
    Value *m_report = nullptr;
};

namespace undo {

/// Pushes `command` onto `stack`, which writes it. When the store refuses the write, throws its StoreError with
/// nothing pushed and `command` deleted: the caller reports it where it happened, and the stack holds only steps that
/// were taken.
void push(QUndoStack *stack, QUndoCommand *command);

/// Pushes a ChangeCommand and returns the value as stored. Throws like push().
template<typename Value>
Value change(QUndoStack *stack, ChangeCommand<Value> *command)
{
    // A command that merges is deleted by push(): what it stored is reported while it still exists.
    Value stored{};
    command->reportTo(&stored);
    push(stack, command);
    return stored;
}

} // namespace undo

class AppendEntryCommand : public StoreCommand
{
public:
    AppendEntryCommand(Store &store, LogEntry draft, QList<Attachment> attachments);
    void redo() override;
    void undo() override;
    /// The entry as stored (after the first redo()).
    const LogEntry &entry() const { return m_entry; }

private:
    LogEntry m_entry;
    QList<Attachment> m_attachments;
    bool m_stored = false;
};

class DeleteEntryCommand : public StoreCommand
{
public:
    DeleteEntryCommand(Store &store, const LogEntry &entry);
    void redo() override;
    void undo() override;

private:
    QUuid m_id;
};

/// "New incident": undo takes the incident back with everything written to it since, redo puts it back as it was.
class CreateIncidentCommand : public StoreCommand
{
public:
    CreateIncidentCommand(Store &store, Incident draft);
    void redo() override;
    void undo() override;
    /// The incident as stored (after the first redo()).
    const Incident &incident() const { return m_incident; }

private:
    Incident m_incident;
    CascadeSnapshot m_removed;
    bool m_stored = false;
};

class AddActionItemCommand : public StoreCommand
{
public:
    AddActionItemCommand(Store &store, ActionItem draft);
    void redo() override;
    void undo() override;
    /// The item as stored (after the first redo()).
    const ActionItem &item() const { return m_item; }

private:
    ActionItem m_item;
    int m_position = 0;
    bool m_stored = false;
};

class DeleteActionItemCommand : public StoreCommand
{
public:
    /// `item` is at `position` in its incident's list.
    DeleteActionItemCommand(Store &store, const ActionItem &item, int position);
    void redo() override;
    void undo() override;

private:
    ActionItem m_item;
    int m_position;
};

/// The changes of one value: each returns a command for undo::change().
namespace changes {
ChangeCommand<LogEntry> *editEntry(Store &store, const LogEntry &before, const LogEntry &after);
ChangeCommand<LogEntry> *setKeyEvent(Store &store, const LogEntry &entry, bool keyEvent);
ChangeCommand<Incident> *updateIncident(Store &store, const Incident &before, const Incident &after,
                                        const QString &author);
/// Through the review, which writes text and meeting but never the review state: undoing an edit made before a
/// submit must not take the submit back. Consecutive edits of one `section` merge.
ChangeCommand<Postmortem> *savePostmortem(Store &store, const Postmortem &before, const Postmortem &after, int section);
ChangeCommand<ActionItem> *editActionItem(Store &store, const ActionItem &before, const ActionItem &after);
ChangeCommand<int> *moveActionItem(Store &store, const ActionItem &item, int from, int to);
} // namespace changes

} // namespace hindsight
