// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/edithistory.h"

#include "store/assessmentstore.h"
#include "common/iammerror.h"
#include "store/editconflict.h"

#include <QCoreApplication>

namespace iamm {

namespace {

// The current values of exactly the fields the update sets.
ResponseUpdate currentValuesOf(const Response &response, const ResponseUpdate &update)
{
    ResponseUpdate values;
    if (update.rating)
        values.rating = response.rating;
    if (update.target)
        values.target = response.target;
    if (update.confidence)
        values.confidence = response.confidence;
    if (update.rationale)
        values.rationale = response.rationale;
    return values;
}

bool sameValues(const ResponseUpdate &a, const ResponseUpdate &b)
{
    return a.rating == b.rating && a.target == b.target && a.confidence == b.confidence && a.rationale == b.rationale;
}

} // namespace

EditHistory::EditHistory(AssessmentStore &store, const QString &assessmentId)
    : m_store(store)
    , m_assessmentId(assessmentId)
{}

Edit EditHistory::updateResponse(const QString &itemId, const ResponseUpdate &update)
{
    Edit edit;
    edit.kind = Edit::Kind::Response;
    edit.itemId = itemId;
    edit.before = currentValuesOf(m_store.response(m_assessmentId, itemId), update);
    edit.after = update;
    edit.version = m_store.updateResponse(m_assessmentId, itemId, update).version;
    if (!sameValues(edit.before, edit.after))
        record(edit);
    return edit;
}

Edit EditHistory::setChecklistStatus(const QString &entryId, std::optional<ChecklistState> from,
                                     std::optional<ChecklistState> status)
{
    Edit edit;
    edit.kind = Edit::Kind::Checklist;
    edit.entryId = entryId;
    edit.statusBefore = from;
    edit.statusAfter = status;
    m_store.changeChecklistStatus(m_assessmentId, entryId, from, status);
    edit.itemId = m_store.frameworkOf(m_assessmentId).itemOfEntry(entryId)->id;
    if (edit.statusBefore != edit.statusAfter)
        record(edit);
    return edit;
}

Edit EditHistory::undo()
{
    if (m_undo.isEmpty())
        throw IammError(QCoreApplication::translate("EditHistory", "assessment %1: there is no change to undo")
                            .arg(m_assessmentId));
    Edit edit = m_undo.constLast();
    apply(edit, false);
    m_undo.removeLast();
    m_redo.append(edit);
    return edit;
}

Edit EditHistory::redo()
{
    if (m_redo.isEmpty())
        throw IammError(QCoreApplication::translate("EditHistory", "assessment %1: there is no undone change to redo")
                            .arg(m_assessmentId));
    Edit edit = m_redo.constLast();
    apply(edit, true);
    m_redo.removeLast();
    m_undo.append(edit);
    return edit;
}

void EditHistory::apply(Edit &edit, bool forward)
{
    if (edit.kind == Edit::Kind::Response) {
        // Only over what this history left there: a colleague's later change is not undone.
        const Response stored = m_store.response(m_assessmentId, edit.itemId);
        const ResponseUpdate left = forward ? edit.before : edit.after;
        if (!sameValues(currentValuesOf(stored, left), left))
            throw EditConflict(edit.itemId, stored);
        ResponseUpdate values = forward ? edit.after : edit.before;
        values.expectedVersion = stored.version;
        edit.version = m_store.updateResponse(m_assessmentId, edit.itemId, values).version;
    } else if (forward)
        m_store.changeChecklistStatus(m_assessmentId, edit.entryId, edit.statusBefore, edit.statusAfter);
    else
        m_store.changeChecklistStatus(m_assessmentId, edit.entryId, edit.statusAfter, edit.statusBefore);
}

void EditHistory::record(const Edit &edit)
{
    m_undo.append(edit);
    m_redo.clear();
}

} // namespace iamm
