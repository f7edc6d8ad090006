#pragma once

#include "actionlistmodel.h"
#include "assessment/assessment.h"
#include "checklistmodel.h"
#include "evidencelistmodel.h"
#include "framework/framework.h"
#include "itemlistmodel.h"
#include "savestatus.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace iamm {
class AssessmentStore;
class EditHistory;
struct Edit;
}
class AutosaveQueue;

// The assessment open in the walkthrough: its items, the current item and everything the
// team records about it. Every change is written to the store at once (text after a pause);
// the models change one row at a time.
class AssessmentSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AssessmentSession belongs to Workshop")

    Q_PROPERTY(bool isOpen READ isOpen NOTIFY assessmentChanged)
    Q_PROPERTY(QString assessmentId READ assessmentId NOTIFY assessmentChanged)
    Q_PROPERTY(QString title READ title NOTIFY assessmentChanged)
    Q_PROPERTY(QString stateCode READ stateCode NOTIFY assessmentChanged)
    Q_PROPERTY(QString stateName READ stateName NOTIFY assessmentChanged)
    Q_PROPERTY(QString date READ date NOTIFY assessmentChanged)
    Q_PROPERTY(bool isFinal READ isFinal NOTIFY assessmentChanged)
    Q_PROPERTY(QString frameworkTitle READ frameworkTitle NOTIFY assessmentChanged)
    Q_PROPERTY(QString frameworkSource READ frameworkSource NOTIFY assessmentChanged)
    Q_PROPERTY(QVariantList scaleLevels READ scaleLevels NOTIFY assessmentChanged)
    Q_PROPERTY(bool allowNotApplicable READ allowNotApplicable NOTIFY assessmentChanged)
    Q_PROPERTY(QString notApplicableLabel READ notApplicableLabel NOTIFY assessmentChanged)
    Q_PROPERTY(int scaleMax READ scaleMax NOTIFY assessmentChanged)

    Q_PROPERTY(ItemListModel *items READ items CONSTANT)
    Q_PROPERTY(ChecklistModel *checklist READ checklist CONSTANT)
    Q_PROPERTY(EvidenceListModel *evidence READ evidence CONSTANT)
    Q_PROPERTY(ActionListModel *actions READ actions CONSTANT)

    Q_PROPERTY(int itemCount READ itemCount NOTIFY assessmentChanged)
    Q_PROPERTY(int scoredCount READ scoredCount NOTIFY progressChanged)
    Q_PROPERTY(int notApplicableCount READ notApplicableCount NOTIFY progressChanged)
    // Per section: id, title, officialTitle, source, itemCount, scoredCount, notApplicableCount, mean (-1 if none).
    Q_PROPERTY(QVariantList sections READ sections NOTIFY progressChanged)
    Q_PROPERTY(double overallMean READ overallMean NOTIFY progressChanged)
    // Items below target, largest gap first: itemId, text, score, target, gap.
    Q_PROPERTY(QVariantList largestGaps READ largestGaps NOTIFY progressChanged)

    Q_PROPERTY(int currentIndex READ currentIndex WRITE goTo NOTIFY currentItemChanged)
    Q_PROPERTY(QString itemId READ itemId NOTIFY currentItemChanged)
    Q_PROPERTY(QString sectionId READ sectionId NOTIFY currentItemChanged)
    Q_PROPERTY(QString sectionTitle READ sectionTitle NOTIFY currentItemChanged)
    Q_PROPERTY(int itemNumber READ itemNumber NOTIFY currentItemChanged)
    Q_PROPERTY(QString itemText READ itemText NOTIFY currentItemChanged)
    Q_PROPERTY(QString itemHeading READ itemHeading NOTIFY currentItemChanged)
    Q_PROPERTY(QString itemSource READ itemSource NOTIFY currentItemChanged)
    Q_PROPERTY(QStringList guidingQuestions READ guidingQuestions NOTIFY currentItemChanged)
    // The item's sub-topics, each "Group: text" when the framework groups them.
    Q_PROPERTY(QStringList subtopics READ subtopics NOTIFY currentItemChanged)

    Q_PROPERTY(int score READ score NOTIFY responseChanged) // -1: no level
    Q_PROPERTY(bool notApplicable READ notApplicable NOTIFY responseChanged)
    Q_PROPERTY(int target READ target NOTIFY responseChanged) // -1: none set
    Q_PROPERTY(QString confidence READ confidence NOTIFY responseChanged)
    Q_PROPERTY(QString rationale READ rationale NOTIFY responseChanged)

    // Rating, N/A, target, confidence and checklist changes made since the assessment was opened.
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY historyChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY historyChanged)

public:
    AssessmentSession(SaveStatus *status, QObject *parent = nullptr);
    ~AssessmentSession() override;

    void open(iamm::AssessmentStore *store, const QString &assessmentId);
    void close();
    void refreshInfo();

    bool isOpen() const { return m_store != nullptr; }
    QString assessmentId() const { return m_info.id; }
    QString title() const { return m_info.title; }
    QString stateCode() const { return m_info.stateCode; }
    QString stateName() const;
    QString date() const { return m_info.date.toString(Qt::ISODate); }
    bool isFinal() const { return m_info.isFinal(); }
    QString frameworkTitle() const { return m_framework->title; }
    QString frameworkSource() const { return m_framework->sourceDocument; }
    QVariantList scaleLevels() const;
    bool allowNotApplicable() const { return m_framework->scale.allowNotApplicable; }
    QString notApplicableLabel() const { return m_framework->scale.notApplicableLabel; }
    int scaleMax() const { return m_framework->scale.max; }

    ItemListModel *items() const { return m_items; }
    ChecklistModel *checklist() const { return m_checklist; }
    EvidenceListModel *evidence() const { return m_evidence; }
    ActionListModel *actions() const { return m_actions; }

    int itemCount() const;
    int scoredCount() const;
    int notApplicableCount() const;
    QVariantList sections() const { return m_sections; }
    double overallMean() const { return m_overallMean; }
    QVariantList largestGaps() const { return m_largestGaps; }

    int currentIndex() const { return m_currentIndex; }
    QString itemId() const;
    QString sectionId() const;
    QString sectionTitle() const;
    int itemNumber() const;
    QString itemText() const;
    QString itemHeading() const;
    QString itemSource() const;
    QStringList guidingQuestions() const;
    QStringList subtopics() const;

    int score() const;
    bool notApplicable() const;
    int target() const;
    QString confidence() const;
    QString rationale() const;
    bool canUndo() const;
    bool canRedo() const;

    Q_INVOKABLE void goTo(int index);
    Q_INVOKABLE bool goToItem(const QString &itemId);
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    // Moves to the first item after the current one (wrapping) without a rating; false if none.
    Q_INVOKABLE bool nextUnassessed();
    // Items whose id or text contains the text: index, itemId, text.
    Q_INVOKABLE QVariantList findItems(const QString &text) const;

    Q_INVOKABLE bool chooseLevel(int level);
    Q_INVOKABLE bool chooseNotApplicable();
    Q_INVOKABLE bool clearRating();
    Q_INVOKABLE bool setTarget(int level); // -1 clears
    Q_INVOKABLE bool setConfidence(const QString &confidence);
    Q_INVOKABLE void editRationale(const QString &text);
    Q_INVOKABLE bool setChecklistStatus(const QString &entryId, const QString &status);

    Q_INVOKABLE bool addNote(const QString &title, const QString &text, bool confidential);
    Q_INVOKABLE bool addLink(const QString &title, const QString &url, bool confidential);
    Q_INVOKABLE bool addFile(const QString &title, const QUrl &file, bool confidential);
    Q_INVOKABLE bool removeEvidence(qint64 evidenceId);
    Q_INVOKABLE bool openEvidence(qint64 evidenceId);

    Q_INVOKABLE bool addAction(const QString &text, const QString &owner, const QString &due);
    Q_INVOKABLE void editActionText(qint64 actionId, const QString &text);
    Q_INVOKABLE void editActionOwner(qint64 actionId, const QString &owner);
    Q_INVOKABLE bool setActionDue(qint64 actionId, const QString &due);
    Q_INVOKABLE bool setActionStatus(qint64 actionId, const QString &status);
    Q_INVOKABLE bool removeAction(qint64 actionId);

    // Writes any text still waiting for the typing pause; false if the database refused.
    Q_INVOKABLE bool flushPendingEdits();

    // Each writes the change's old (undo) or new (redo) values through the store, with its
    // audit entry, and shows the item it concerns; false when nothing was changed.
    Q_INVOKABLE bool undo();
    Q_INVOKABLE bool redo();

signals:
    void assessmentChanged();
    void currentItemChanged();
    void responseChanged();
    void progressChanged();
    void historyChanged();

private:
    const ItemListModel::Row *currentRow() const;
    bool write(const std::function<void()> &change);
    bool updateCurrent(const iamm::ResponseUpdate &update);
    bool revisit(const std::function<iamm::Edit()> &step, bool forward);
    void applyToRow(int row, const iamm::ResponseUpdate &update);
    void scheduleActionWrite(const iamm::Action &action);
    void recomputeSummary();
    bool openUrl(const QUrl &url);

    SaveStatus *m_status;
    AutosaveQueue *m_autosave;
    iamm::AssessmentStore *m_store = nullptr;
    iamm::AssessmentInfo m_info;
    ItemListModel *m_items;
    ChecklistModel *m_checklist;
    EvidenceListModel *m_evidence;
    ActionListModel *m_actions;
    std::shared_ptr<const iamm::Framework> m_framework;
    int m_currentIndex = -1;
    QVariantList m_sections;
    double m_overallMean = -1;
    QVariantList m_largestGaps;
    std::unique_ptr<QTemporaryDir> m_openedFiles;
    std::unique_ptr<iamm::EditHistory> m_history;
};
