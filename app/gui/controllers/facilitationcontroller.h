// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/parkinglotmodel.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace iamm {
class FacilitatorNoteConflict;
}
namespace iamm::gui {

class AssessmentSession;

// The facilitator's private aids on the open assessment: a note on the current item (written after a
// typing pause, like the rationale) and the parking lot of questions to come back to. Neither is ever
// in a shared export; the report has them only when asked.
class FacilitationController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("controllers/assessmentsession.h")
    Q_PROPERTY(AssessmentSession *session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(QString note READ note NOTIFY noteChanged)
    Q_PROPERTY(ParkingLotModel *parkingLot READ parkingLot CONSTANT)
    Q_PROPERTY(int openQuestions READ openQuestions NOTIFY questionsChanged)
    // Open questions parked on the current item.
    Q_PROPERTY(int openQuestionsHere READ openQuestionsHere NOTIFY openQuestionsHereChanged)
    // Someone else changed a note this user was typing (for EditConflictNotice): why it was not
    // saved, and the text that was not.
    Q_PROPERTY(QString conflictMessage READ conflictMessage NOTIFY conflictChanged)
    Q_PROPERTY(QString unsavedText READ unsavedText NOTIFY conflictChanged)

public:
    explicit FacilitationController(QObject *parent = nullptr);

    AssessmentSession *session() const { return m_session; }
    void setSession(AssessmentSession *session);
    QString note() const;
    ParkingLotModel *parkingLot() const { return m_parkingLot; }
    int openQuestions() const { return m_parkingLot->openCount(); }
    int openQuestionsHere() const;
    QString conflictMessage() const { return m_conflict ? m_conflict->message : QString(); }
    QString unsavedText() const { return m_conflict ? m_conflict->text : QString(); }

    Q_INVOKABLE void editNote(const QString &text);
    // Parks text as a question on the current item; false for blank text or when the store refused.
    Q_INVOKABLE bool parkQuestion(const QString &text);
    Q_INVOKABLE bool setQuestionDone(qint64 questionId, bool done);
    Q_INVOKABLE bool removeQuestion(qint64 questionId);
    // Writes the note this user typed over the newer one, or lets it go.
    Q_INVOKABLE void useMyText();
    Q_INVOKABLE void keepTheirText();

signals:
    void sessionChanged();
    void noteChanged();
    void questionsChanged();
    void openQuestionsHereChanged();
    void conflictChanged();

private:
    struct Conflict
    {
        QString message;
        QString itemId;
        QString text;
    };

    void load();
    // Writes text as the item's note, only over the note last read or written.
    void scheduleNote(const QString &itemId, const QString &text);
    void noteWritten(const QString &itemId, const QString &text);
    void showConflict(const QString &itemId, const QString &text, const iamm::FacilitatorNoteConflict &conflict);
    // Another connection changed an item's note: shown unless this user has a change of it waiting.
    void refreshNote(const QString &assessmentId, const QString &itemId);
    void reloadQuestions();
    QString currentItemId() const;
    bool write(const std::function<void()> &change);

    QPointer<AssessmentSession> m_session;
    ParkingLotModel *m_parkingLot;
    // Each item's note as shown (with what this user typed) and as last read or written.
    QMap<QString, QString> m_notes;
    QMap<QString, QString> m_storedNotes;
    QMetaObject::Connection m_changes;
    std::optional<Conflict> m_conflict;
};

} // namespace iamm::gui
