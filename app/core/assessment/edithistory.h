// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QList>
#include <QString>

namespace iamm {

class AssessmentStore;

// One change that can be taken back: an item's response fields or a checklist entry.
struct Edit
{
    enum class Kind { Response, Checklist };

    Kind kind = Kind::Response;
    QString itemId;
    // Kind::Response: the fields the change set, before and after.
    ResponseUpdate before;
    ResponseUpdate after;
    // The response's version once this edit, or its undo or redo, was written.
    int version = 0;
    // Kind::Checklist: the entry and its status (none when cleared), before and after.
    QString entryId;
    std::optional<ChecklistState> statusBefore;
    std::optional<ChecklistState> statusAfter;
};

// The undo and redo stacks of one assessment for the changes made in this session: ratings,
// N/A, targets, confidence and checklist statuses. Every change, undo and redo is written
// through the store, so each is a durable write with its own audit entry. A write the store
// refuses throws IammError and leaves both stacks as they were;
// undoing or redoing over a field someone else changed since throws EditConflict (a response)
// or ChecklistConflict (a checklist status).
class EditHistory
{
public:
    EditHistory(AssessmentStore &store, const QString &assessmentId);

    QString assessmentId() const { return m_assessmentId; }

    // Applies the change; records it unless it changed nothing. Returns the recorded edit.
    Edit updateResponse(const QString &itemId, const ResponseUpdate &update);
    // Only over the status from that the editor showed (ChecklistConflict otherwise).
    Edit setChecklistStatus(const QString &entryId, std::optional<ChecklistState> from,
                            std::optional<ChecklistState> status);

    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    // Writes the newest change's old values back and returns that change.
    Edit undo();
    // Writes the newest undone change again and returns it.
    Edit redo();

private:
    void apply(Edit &edit, bool forward);
    void record(const Edit &edit);

    AssessmentStore &m_store;
    QString m_assessmentId;
    QList<Edit> m_undo;
    QList<Edit> m_redo;
};

} // namespace iamm
