// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/facilitatornoteconflict.h"
#include "workshop/agendasession.h"
#include "workshop/facilitatornote.h"
#include "workshop/parkedquestion.h"

#include <QList>
#include <optional>

namespace iamm {

class StoreContext;

// The facilitator's aids of an assessment: a private note per item, the parking lot of questions and
// the agenda. Like contributions, they are refused on a final assessment (reopen it first).
class FacilitationRecords
{
public:
    explicit FacilitationRecords(StoreContext &context);

    // In framework item order.
    QList<FacilitatorNote> notes(const QString &assessmentId) const;
    // Blank text removes the note. With from (the note as the editor read it, empty for none), only
    // over that text: throws FacilitatorNoteConflict when someone else changed the note since.
    void setNote(const QString &assessmentId, const QString &itemId, const QString &text,
                 const std::optional<QString> &from = std::nullopt);

    // In order of creation.
    QList<ParkedQuestion> questions(const QString &assessmentId) const;
    qint64 addQuestion(const QString &assessmentId, const QString &itemId, const QString &text);
    void setQuestionDone(const QString &assessmentId, qint64 questionId, bool done);
    void removeQuestion(const QString &assessmentId, qint64 questionId);

    QList<AgendaSession> agenda(const QString &assessmentId) const;
    // Validates every session, then replaces the whole agenda; an empty list clears it.
    void setAgenda(const QString &assessmentId, const QList<AgendaSession> &sessions);

    // Write rows as read from an exchange file, keeping times and done marks; no audit entry.
    void insertNote(const QString &assessmentId, const FacilitatorNote &note);
    // Returns the new question's id.
    qint64 insertQuestion(const QString &assessmentId, const ParkedQuestion &question);
    void insertAgenda(const QString &assessmentId, const QList<AgendaSession> &sessions);

private:
    QString storedNote(const QString &assessmentId, const QString &itemId) const;
    // Writes text only over the stored note before; false when that is no longer the stored note.
    bool writeNoteOver(const QString &assessmentId, const QString &itemId, const QString &before, const QString &text);
    FacilitatorNoteConflict conflict(const QString &assessmentId, const QString &itemId) const;
    ParkedQuestion requireQuestion(const QString &assessmentId, qint64 questionId) const;

    StoreContext &m_context;
};

} // namespace iamm
