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

    // When someone else changed the current item's response while this user was typing: what
    // happened ("… was changed by NAME at TIME …") and the user's text, which was not saved. The
    // item shows the newer values meanwhile.
    Q_PROPERTY(QString conflictMessage READ conflictMessage NOTIFY conflictChanged)
    Q_PROPERTY(QString unsavedText READ unsavedText NOTIFY conflictChanged)

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
    QString conflictMessage() const;
    QString unsavedText() const;

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

    // Writes the current item's unsaved text over the newer version, or keeps the newer version.
    Q_INVOKABLE void useMyText();
    Q_INVOKABLE void keepTheirText();

    // Shows the current item's checklist and response again, after a move or in another language.
    void showCurrentItem();
    // Writes a change of item's response from the version this window shows, and shows what was
    // stored. Throws EditConflict (after showing the newer response) when someone else changed
    // it meanwhile, IammError when the store refuses.
    void save(const QString &itemId, iamm::ResponseUpdate update);

signals:
    void scaleChanged();
    void responseChanged();
    void historyChanged();
    void conflictChanged();
    // A rating or target changed, so the summary figures did.
    void ratingsChanged();
    // The stored response of itemId is shown after someone else changed it.
    void storedShown(const QString &itemId);

private:
    // A text of the item, the rationale or the dissent note.
    enum class TextField { Rationale, Dissent };
    struct Conflict
    {
        QString itemId;
        TextField field = TextField::Rationale;
        QString message;
        QString text;
    };

    bool updateCurrent(const iamm::ResponseUpdate &update);
    // Runs a write through the session; when someone else changed the response meanwhile,
    // shows their version before the failure is reported.
    bool writeShowingNewer(const std::function<void()> &change);
    // Runs a write; when someone else changed the response meanwhile, shows their version and rethrows.
    void runShowingNewer(const std::function<void()> &change);
    void editText(TextField field, const QString &text);
    void saveText(const QString &itemId, TextField field, const QString &text);
    // Shows the stored response of item in place of what this window had.
    void showStored(const iamm::Response &stored);
    // Another connection changed the item's response: shows it, unless this user's text for it
    // is still waiting to be written.
    void refreshItem(const QString &assessmentId, const QString &itemId);
    bool revisit(const std::function<iamm::Edit()> &step, bool forward);
    // Shows the update's values in the row; version, when given, is the response's stored version.
    void applyToRow(int row, const iamm::ResponseUpdate &update, std::optional<int> version = {});

    const OpenAssessment &m_open;
    ItemNavigator *m_navigator;
    ChecklistModel *m_checklist;
    std::unique_ptr<iamm::EditHistory> m_history;
    Conflict m_conflict;
    QMetaObject::Connection m_changesConnection;
};

} // namespace iamm::gui
