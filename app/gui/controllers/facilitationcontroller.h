// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/parkinglotmodel.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

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

public:
    explicit FacilitationController(QObject *parent = nullptr);

    AssessmentSession *session() const { return m_session; }
    void setSession(AssessmentSession *session);
    QString note() const;
    ParkingLotModel *parkingLot() const { return m_parkingLot; }
    int openQuestions() const { return m_parkingLot->openCount(); }
    int openQuestionsHere() const;

    Q_INVOKABLE void editNote(const QString &text);
    // Parks text as a question on the current item; false for blank text or when the store refused.
    Q_INVOKABLE bool parkQuestion(const QString &text);
    Q_INVOKABLE bool setQuestionDone(qint64 questionId, bool done);
    Q_INVOKABLE bool removeQuestion(qint64 questionId);

signals:
    void sessionChanged();
    void noteChanged();
    void questionsChanged();
    void openQuestionsHereChanged();

private:
    void load();
    void reloadQuestions();
    QString currentItemId() const;
    bool write(const std::function<void()> &change);

    QPointer<AssessmentSession> m_session;
    ParkingLotModel *m_parkingLot;
    QMap<QString, QString> m_notes;
};

} // namespace iamm::gui
