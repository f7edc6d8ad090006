// SPDX-License-Identifier: GPL-3.0-or-later
// Undo and redo of the changes made in a session: each step is written through the store,
// durable and audited, and a refused write leaves the history as it was.
#include "store/assessmentstore.h"
#include "common/datapaths.h"
#include "assessment/edithistory.h"
#include "framework/frameworkregistry.h"
#include "common/iammerror.h"
#include "store/checklistconflict.h"
#include "testsupport.h"

#include <QLocale>
#include <QTest>
#include <functional>
#include <memory>

using namespace iamm;

namespace {

const Framework &iamm2004()
{
    static const FrameworkRegistry registry({DataPaths::frameworksDir()});
    return registry.require(QStringLiteral("iamm-2004"));
}

QStringList auditLines(const AssessmentStore &store, const QString &assessmentId)
{
    QStringList lines;
    for (const AuditEntry &entry : store.auditLog(assessmentId)) {
        if (entry.entity != QLatin1String("assessment"))
            lines << QStringLiteral("%1 %2 %3: %4 -> %5")
                         .arg(entry.entity, entry.entityKey, entry.field, entry.oldValue, entry.newValue);
    }
    return lines;
}

} // namespace

class EditHistoryTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<AssessmentStore> m_store;
    QString m_id;

private slots:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        m_store = std::make_unique<AssessmentStore>(m_db->path());
        m_id = m_store->createAssessment(
            NewAssessment{QStringLiteral("MEX"), QStringLiteral("Workshop"), QDate(2025, 5, 1), {}}, iamm2004());
    }

    void undoAndRedoARatingAreDurableAndAudited()
    {
        EditHistory history(*m_store, m_id);
        QVERIFY(!history.canUndo());
        history.updateResponse(QStringLiteral("CU-04"), {.rating = Rating::level(2)});
        history.updateResponse(QStringLiteral("CU-04"), {.rating = Rating::level(3)});
        QVERIFY(history.canUndo());
        QVERIFY(!history.canRedo());

        const Edit undone = history.undo();
        QCOMPARE(undone.itemId, QStringLiteral("CU-04"));
        // A second store on the same file sees the write: it was committed.
        AssessmentStore reader(m_db->path());
        QCOMPARE(reader.response(m_id, QStringLiteral("CU-04")).rating, Rating::level(2));
        QVERIFY(history.canRedo());

        history.undo();
        QCOMPARE(reader.response(m_id, QStringLiteral("CU-04")).rating, Rating::notAssessed());
        QVERIFY(!history.canUndo());

        history.redo();
        QCOMPARE(reader.response(m_id, QStringLiteral("CU-04")).rating, Rating::level(2));
        QCOMPARE(auditLines(reader, m_id).size(), 5);
        QVERIFY2(auditLines(reader, m_id).last().startsWith(QStringLiteral("response CU-04 rating:")),
                 qPrintable(auditLines(reader, m_id).join(QLatin1Char('\n'))));
    }

    void undoRestoresOnlyTheFieldsTheChangeSet()
    {
        m_store->updateResponse(m_id, QStringLiteral("CU-01"),
                                {.rating = Rating::level(1),
                                 .target = 3,
                                 .confidence = Confidence::Low,
                                 .rationale = QStringLiteral("kept")});
        EditHistory history(*m_store, m_id);
        history.updateResponse(QStringLiteral("CU-01"), {.rating = Rating::na()});
        history.updateResponse(QStringLiteral("CU-01"), {.target = std::optional<int>()});
        history.updateResponse(QStringLiteral("CU-01"), {.confidence = Confidence::High});
        Response now = m_store->response(m_id, QStringLiteral("CU-01"));
        QCOMPARE(now.rating, Rating::na());
        QVERIFY(!now.target.has_value());
        QCOMPARE(vocabulary::toText(now.confidence), QStringLiteral("high"));

        history.undo();
        QCOMPARE(vocabulary::toText(m_store->response(m_id, QStringLiteral("CU-01")).confidence),
                 QStringLiteral("low"));
        history.undo();
        QVERIFY(m_store->response(m_id, QStringLiteral("CU-01")).target == std::optional<int>(3));
        history.undo();
        now = m_store->response(m_id, QStringLiteral("CU-01"));
        QCOMPARE(now.rating, Rating::level(1));
        QVERIFY(now.target == std::optional<int>(3));
        QCOMPARE(vocabulary::toText(now.confidence), QStringLiteral("low"));
        QCOMPARE(now.rationale, QStringLiteral("kept"));
    }

    void checklistChangesAreUndone()
    {
        EditHistory history(*m_store, m_id);
        history.setChecklistStatus(QStringLiteral("EP-04.2"), std::nullopt, ChecklistState::Partial);
        history.setChecklistStatus(QStringLiteral("EP-04.2"), ChecklistState::Partial, ChecklistState::InPlace);
        const Edit edit = history.undo();
        QCOMPARE(edit.itemId, QStringLiteral("EP-04"));
        QCOMPARE(edit.entryId, QStringLiteral("EP-04.2"));
        QCOMPARE(m_store->checklist(m_id).constFirst().status, ChecklistState::Partial);
        history.undo();
        QVERIFY(m_store->checklist(m_id).isEmpty());
        QCOMPARE(auditLines(*m_store, m_id),
                 (QStringList{QStringLiteral("checklist EP-04.2 status:  -> partial"),
                              QStringLiteral("checklist EP-04.2 status: partial -> in_place"),
                              QStringLiteral("checklist EP-04.2 status: in_place -> partial"),
                              QStringLiteral("checklist EP-04.2 status: partial -> ")}));
    }

    // A status clicked over one someone else changed meanwhile is refused with who and when, and
    // so is an undo over their later change; nothing is written and the history stays as it was.
    void aChecklistStatusChangedMeanwhileIsRefused()
    {
        EditHistory history(*m_store, m_id);
        history.setChecklistStatus(QStringLiteral("EP-04.1"), std::nullopt, ChecklistState::Partial);
        AssessmentStore colleague(m_store->path());
        colleague.setChecklistStatus(m_id, QStringLiteral("EP-04.1"), ChecklistState::InPlace);
        const AuditEntry theirs = m_store->auditLog(m_id).constLast();

        std::optional<ChecklistState> shown;
        const auto refusal = [&](const std::function<void()> &change) {
            try {
                change();
            } catch (const ChecklistConflict &conflict) {
                shown = conflict.current();
                return conflict.message();
            }
            return QString();
        };
        const QString message = refusal([&] {
            history.setChecklistStatus(QStringLiteral("EP-04.1"), ChecklistState::Partial, ChecklistState::NotInPlace);
        });
        QCOMPARE(message,
                 QStringLiteral("the checklist status of EP-04.1 was changed by %1 at %2 after you opened "
                                "it; your change was not saved")
                     .arg(theirs.changedBy, QLocale().toString(theirs.changedAt.toLocalTime(), QLocale::ShortFormat)));
        QCOMPARE(shown, std::optional<ChecklistState>(ChecklistState::InPlace));
        QVERIFY(refusal([&] { history.undo(); }).startsWith(QStringLiteral("the checklist status of EP-04.1")));
        QVERIFY(history.canUndo());
        QCOMPARE(m_store->checklist(m_id).constFirst().status, ChecklistState::InPlace);
        QCOMPARE(m_store->auditLog(m_id).size(), 3); // created, and the two statuses

        // Started from what is stored, the change is written; a status first set by someone
        // else is newer than "none" too.
        history.setChecklistStatus(QStringLiteral("EP-04.1"), ChecklistState::InPlace, ChecklistState::NotInPlace);
        QCOMPARE(m_store->checklist(m_id).constFirst().status, ChecklistState::NotInPlace);
        colleague.setChecklistStatus(m_id, QStringLiteral("EP-04.3"), ChecklistState::Partial);
        QVERIFY(refusal([&] {
                    history.setChecklistStatus(QStringLiteral("EP-04.3"), std::nullopt, ChecklistState::InPlace);
                }).startsWith(QStringLiteral("the checklist status of EP-04.3 was changed by")));
    }

    void aChangeThatChangesNothingIsNotRecorded()
    {
        EditHistory history(*m_store, m_id);
        history.updateResponse(QStringLiteral("CU-02"), {.rating = Rating::level(4)});
        history.updateResponse(QStringLiteral("CU-02"), {.rating = Rating::level(4)});
        history.undo();
        QVERIFY(!history.canUndo());
    }

    void aNewChangeDropsTheRedoSteps()
    {
        EditHistory history(*m_store, m_id);
        history.updateResponse(QStringLiteral("CU-02"), {.rating = Rating::level(1)});
        history.undo();
        QVERIFY(history.canRedo());
        history.updateResponse(QStringLiteral("CU-03"), {.rating = Rating::level(2)});
        QVERIFY(!history.canRedo());
    }

    void aRefusedUndoKeepsTheHistory()
    {
        EditHistory history(*m_store, m_id);
        history.updateResponse(QStringLiteral("CU-05"), {.rating = Rating::level(3)});
        m_store->setStatus(m_id, AssessmentStatus::Final);
        try {
            history.undo();
            QFAIL("undo on a final assessment must be refused");
        } catch (const IammError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("final")), qPrintable(error.message()));
        }
        QCOMPARE(m_store->response(m_id, QStringLiteral("CU-05")).rating, Rating::level(3));
        QVERIFY(history.canUndo());
        QVERIFY(!history.canRedo());
        m_store->setStatus(m_id, AssessmentStatus::Draft);
        history.undo();
        QCOMPARE(m_store->response(m_id, QStringLiteral("CU-05")).rating, Rating::notAssessed());
    }

    void nothingToUndoSaysSo()
    {
        EditHistory history(*m_store, m_id);
        try {
            history.undo();
            QFAIL("undo without a change must throw");
        } catch (const IammError &error) {
            QVERIFY2(error.message().contains(m_id), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(EditHistoryTest)

#include "tst_edithistory.moc"
