// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controllers/actioncontroller.h"
#include "controllers/evidencecontroller.h"
#include "controllers/itemnavigator.h"
#include "controllers/openassessment.h"
#include "controllers/responseeditor.h"
#include "controllers/roomviewscontroller.h"
#include "controllers/savestatus.h"
#include "controllers/summarycontroller.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace iamm {
class AssessmentStore;
class FrameworkRegistry;
} // namespace iamm

namespace iamm::gui {

// The assessment open in the walkthrough and the controllers for what the team does with it.
// Every change is written to the store at once (text after a pause); the models change one
// row at a time.
class AssessmentSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AssessmentSession belongs to Workshop")

    Q_PROPERTY(bool isOpen READ isOpen NOTIFY assessmentChanged)
    Q_PROPERTY(QString assessmentId READ assessmentId NOTIFY assessmentChanged)
    Q_PROPERTY(QString title READ title NOTIFY assessmentChanged)
    Q_PROPERTY(QString stateCode READ stateCode NOTIFY assessmentChanged)
    Q_PROPERTY(QString stateName READ stateName NOTIFY stateNameChanged)
    Q_PROPERTY(QString date READ date NOTIFY assessmentChanged)
    Q_PROPERTY(bool isFinal READ isFinal NOTIFY assessmentChanged)
    Q_PROPERTY(QString frameworkTitle READ frameworkTitle NOTIFY assessmentChanged)
    Q_PROPERTY(QString frameworkSource READ frameworkSource NOTIFY assessmentChanged)

    Q_PROPERTY(ItemNavigator *navigator READ navigator CONSTANT)
    Q_PROPERTY(ResponseEditor *response READ response CONSTANT)
    Q_PROPERTY(EvidenceController *evidence READ evidence CONSTANT)
    Q_PROPERTY(ActionController *actions READ actions CONSTANT)
    Q_PROPERTY(SummaryController *summary READ summary CONSTANT)
    Q_PROPERTY(RoomViewsController *room READ room CONSTANT)

public:
    AssessmentSession(SaveStatus *status, QObject *parent = nullptr);

    // Where the translations of the frameworks' texts come from.
    void setFrameworkRegistry(const iamm::FrameworkRegistry *registry);
    void open(iamm::AssessmentStore *store, const QString &assessmentId);
    void close();
    void refreshInfo();
    // Reads the participants' contributions again, after an import.
    void reloadContributions();

    bool isOpen() const { return m_open.isOpen(); }
    QString assessmentId() const { return m_open.info.id; }
    QString title() const { return m_open.info.title; }
    QString stateCode() const { return m_open.info.stateCode; }
    QString stateName() const;
    QString date() const { return m_open.info.date.toString(Qt::ISODate); }
    bool isFinal() const { return m_open.info.isFinal(); }
    QString frameworkTitle() const { return m_open.framework->title; }
    QString frameworkSource() const { return m_open.framework->sourceDocument; }

    ItemNavigator *navigator() const { return m_navigator; }
    ResponseEditor *response() const { return m_response; }
    EvidenceController *evidence() const { return m_evidence; }
    ActionController *actions() const { return m_actions; }
    SummaryController *summary() const { return m_summary; }
    RoomViewsController *room() const { return m_room; }
    // For the controllers QML creates on the session (TallyController).
    const OpenAssessment &openAssessment() const { return m_open; }

    // Writes any text still waiting for the typing pause; false if the database refused.
    Q_INVOKABLE bool flushPendingEdits();

protected:
    // On QEvent::LanguageChange, signals again the texts the controllers compute in C++.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // The state's name changes with the assessment and with the language.
    void stateNameChanged();
    void assessmentChanged();

private:
    // Puts the framework's texts in the language FrameworkLanguage chose in place of those shown.
    void showTextLanguage();

    OpenAssessment m_open;
    // The assessment's framework as stored, in English; m_open.framework is what is shown.
    std::shared_ptr<const iamm::Framework> m_english;
    ItemNavigator *m_navigator;
    ResponseEditor *m_response;
    EvidenceController *m_evidence;
    ActionController *m_actions;
    SummaryController *m_summary;
    RoomViewsController *m_room;
};

} // namespace iamm::gui
