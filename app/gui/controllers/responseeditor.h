// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/checklistmodel.h"
#include "assessment/assessment.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace iamm {
class AssessmentStore;
class EditHistory;
struct Edit;
} // namespace iamm
namespace iamm::gui {

class ItemNavigator;
struct OpenAssessment;

// The team's response to the current item: its rating on the framework's scale, target,
// confidence, rationale and checklist, with undo and redo of the choices made since opening.
class ResponseEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ResponseEditor belongs to AssessmentSession")

    // A ScaleChoice per level.
    Q_PROPERTY(QVariantList scaleLevels READ scaleLevels NOTIFY scaleChanged)
    Q_PROPERTY(bool allowNotApplicable READ allowNotApplicable NOTIFY scaleChanged)
    Q_PROPERTY(QString notApplicableLabel READ notApplicableLabel NOTIFY scaleChanged)
    Q_PROPERTY(int scaleMax READ scaleMax NOTIFY scaleChanged)

    Q_PROPERTY(int score READ score NOTIFY responseChanged) // -1: no level
    Q_PROPERTY(bool notApplicable READ notApplicable NOTIFY responseChanged)
    Q_PROPERTY(int target READ target NOTIFY responseChanged) // -1: none set
    Q_PROPERTY(QString confidence READ confidence NOTIFY responseChanged)
    Q_PROPERTY(QString rationale READ rationale NOTIFY responseChanged)
    // What the disagreement was, when the agreed level departs from the room's views.
    Q_PROPERTY(QString dissent READ dissent NOTIFY responseChanged)
    Q_PROPERTY(ChecklistModel *checklist READ checklist CONSTANT)

    // Rating, N/A, target, confidence and checklist changes made since the assessment was opened.
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY historyChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY historyChanged)

public:
    ResponseEditor(const OpenAssessment &open, ItemNavigator *navigator, QObject *parent = nullptr);
    ~ResponseEditor() override;

    // Before the session takes the assessment: scaleChanged and historyChanged follow with it.
    void open(iamm::AssessmentStore &store, const QString &assessmentId, const QList<iamm::ChecklistStatus> &checklist);
    void close();

    QVariantList scaleLevels() const;
    bool allowNotApplicable() const;
    QString notApplicableLabel() const;
    int scaleMax() const;

    int score() const;
    bool notApplicable() const;
    int target() const;
    QString confidence() const;
    QString rationale() const;
    QString dissent() const;
    ChecklistModel *checklist() const { return m_checklist; }
    bool canUndo() const;
    bool canRedo() const;

    Q_INVOKABLE bool chooseLevel(int level);
    Q_INVOKABLE bool chooseNotApplicable();
    Q_INVOKABLE bool clearRating();
    Q_INVOKABLE bool setTarget(int level); // -1 clears
    Q_INVOKABLE bool setConfidence(const QString &confidence);
    Q_INVOKABLE void editRationale(const QString &text);
    // Written after a pause, as the rationale.
    Q_INVOKABLE void editDissent(const QString &text);
    Q_INVOKABLE bool setChecklistStatus(const QString &entryId, const QString &status);

    // Each writes the change's old (undo) or new (redo) values through the store, with its
    // audit entry, and shows the item it concerns; false when nothing was changed.
    Q_INVOKABLE bool undo();
    Q_INVOKABLE bool redo();

    // Shows the current item's checklist and response again, after a move or in another language.
    void showCurrentItem();

signals:
    void scaleChanged();
    void responseChanged();
    void historyChanged();
    // A rating or target changed, so the summary figures did.
    void ratingsChanged();

private:
    bool updateCurrent(const iamm::ResponseUpdate &update);
    bool revisit(const std::function<iamm::Edit()> &step, bool forward);
    void applyToRow(int row, const iamm::ResponseUpdate &update);

    const OpenAssessment &m_open;
    ItemNavigator *m_navigator;
    ChecklistModel *m_checklist;
    std::unique_ptr<iamm::EditHistory> m_history;
};

} // namespace iamm::gui
