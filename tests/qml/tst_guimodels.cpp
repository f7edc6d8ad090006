// SPDX-License-Identifier: GPL-3.0-or-later
// Every list model of the application under QAbstractItemModelTester while the demo workshop
// is opened, walked through, edited and compared with its peers.
#include "models/assessmentfiltermodel.h"
#include "models/statelistmodel.h"
#include "controllers/workshop.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <vector>

using namespace iamm::gui;

class GuiModelsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workshop> m_workshop;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    void watch(QAbstractItemModel *model)
    {
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("iamm-tests"));
        QVERIFY(m_dir.isValid());
        m_workshop = std::make_unique<Workshop>(m_dir.filePath(QStringLiteral("models.sqlite")));
        AssessmentSession *session = m_workshop->session();
        watch(m_workshop->assessments());
        watch(session->navigator()->items());
        watch(session->response()->checklist());
        watch(session->evidence()->model());
        watch(session->actions()->model());
        watch(m_workshop->comparison()->itemModel());
        watch(m_workshop->peerGroups()->model());
    }

    void demoWorkshopOpensIntoEveryModel()
    {
        QVERIFY2(m_workshop->loadDemoWorkshop(), qPrintable(m_workshop->saveStatus()->errorMessage()));
        QVERIFY(m_workshop->assessments()->rowCount() > 0);
        QVERIFY(m_workshop->session()->navigator()->items()->rowCount() > 0);
        m_workshop->comparison()->recompute();
    }

    void walkingAndEditingChangesRowsInPlace()
    {
        AssessmentSession *session = m_workshop->session();
        ItemNavigator *navigator = session->navigator();
        for (int index = 0; index < navigator->itemCount(); ++index)
            navigator->goTo(index);
        QVERIFY(navigator->goToItem(QStringLiteral("CU-01")));
        QVERIFY(session->response()->chooseLevel(2));
        QVERIFY(session->response()->undo());
        QVERIFY(session->evidence()->addNote(QStringLiteral("Note"), QStringLiteral("Text"), false));
        QVERIFY(session->actions()->addAction(QStringLiteral("Follow up"), QStringLiteral("Team"), {}));
        const qint64 actionId = session->actions()
                                    ->model()
                                    ->data(session->actions()->model()->index(0, 0), ActionListModel::ActionIdRole)
                                    .toLongLong();
        session->actions()->editActionText(actionId, QStringLiteral("Follow up soon"));
        QVERIFY(session->actions()->removeAction(actionId));
        QVERIFY(session->flushPendingEdits());
    }

    void peerGroupsAndAssessmentsChange()
    {
        QVERIFY(m_workshop->peerGroups()->createGroup(QStringLiteral("MODELS"), QStringLiteral("Models")));
        QVERIFY(m_workshop->peerGroups()->deleteGroup(QStringLiteral("MODELS")));
        m_workshop->refreshAssessments();
        m_workshop->closeAssessment();
    }

    void filterAndStateModelsFollowTheirFilters()
    {
        AssessmentFilterModel filter;
        watch(&filter);
        filter.setAssessments(m_workshop->assessments());
        filter.setText(QStringLiteral("a"));
        filter.setStatus(AssessmentFilterModel::Status::Final);
        filter.setText({});
        StateListModel states;
        watch(&states);
        states.setFilterText(QStringLiteral("ger"));
        states.setFilterText({});
        m_testers.clear();
    }
};

QTEST_MAIN(GuiModelsTest)

#include "tst_guimodels.moc"
