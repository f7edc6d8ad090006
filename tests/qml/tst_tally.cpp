// SPDX-License-Identifier: GPL-3.0-or-later
// The tally of paper worksheets over the demo draft: what a cell accepts, adding and removing
// participants, saving all rows into the store and the room, and a final assessment that
// refuses the save and keeps everything as it was.
#include "controllers/tallycontroller.h"
#include "controllers/workshop.h"
#include "store/assessmentstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace iamm::gui;
using iamm::Rating;

class TallyTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workshop> m_workshop;
    std::unique_ptr<TallyController> m_tally;

    TallyModel *model() const { return m_tally->model(); }
    iamm::AssessmentStore *store() const { return m_workshop->session()->openAssessment().store; }
    QString assessmentId() const { return m_workshop->session()->assessmentId(); }
    QString cell(int row, int column) const { return model()->data(model()->index(row, column)).toString(); }
    QList<iamm::Contribution> stored() const { return store()->contributions(assessmentId()); }
    int columnOf(const QString &itemId) const
    {
        for (int column = 0; column < model()->columnCount(); ++column) {
            if (model()->headerData(column, Qt::Horizontal).toString() == itemId)
                return column;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("iamm-tests"));
        QVERIFY(m_dir.isValid());
        m_workshop = std::make_unique<Workshop>(m_dir.filePath(QStringLiteral("tally.sqlite")));
        QVERIFY2(m_workshop->loadDemoWorkshop(), qPrintable(m_workshop->saveStatus()->errorMessage()));
        const QString id = m_workshop->createAssessment(QStringLiteral("GHA"), m_workshop->defaultFrameworkId(),
                                                        QStringLiteral("Tally"), QStringLiteral("2026-11-30"));
        QVERIFY2(!id.isEmpty(), qPrintable(m_workshop->saveStatus()->errorMessage()));
        QVERIFY(m_workshop->openAssessment(id));
        m_tally = std::make_unique<TallyController>();
        m_tally->setSession(m_workshop->session());
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(model()->columnCount() >= 40);
        QCOMPARE(columnOf(QStringLiteral("CU-01")), 0);
    }

    void addingParticipants()
    {
        QCOMPARE(model()->addParticipant(QStringLiteral("Amina"), QStringLiteral("Interior")), 0);
        QCOMPARE(model()->addParticipant(QStringLiteral(" Jean "), QStringLiteral("Labour")), 1);
        QVERIFY(m_tally->dirty());
        QCOMPARE(model()->addParticipant(QStringLiteral("amina"), {}), -1);
        QCOMPARE(model()->addParticipant(QStringLiteral("  "), {}), -1);
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(model()->headerData(0, Qt::Vertical).toString(), QStringLiteral("Amina (Interior)"));
        QCOMPARE(model()->headerData(1, Qt::Vertical).toString(), QStringLiteral("Jean (Labour)"));
    }

    void aCellAcceptsLevelsNotApplicableAndNothing()
    {
        const QStringList typed{"0", "4", "N", "na", "N/A", "", "-", "2"};
        const QStringList shown{"0", "4", "N/A", "N/A", "N/A", "", "", "2"};
        for (qsizetype i = 0; i < typed.size(); ++i) {
            QVERIFY2(model()->setCell(0, 0, typed.at(i)), qPrintable(typed.at(i)));
            QCOMPARE(cell(0, 0), shown.at(i));
        }
        QSignalSpy changes(model(), &TallyModel::dataChanged);
        for (const QString &refused : {"5", "x", "22", "-1", "n/"})
            QVERIFY2(!model()->setCell(0, 0, refused), qPrintable(refused));
        QVERIFY(!model()->setCell(2, 0, QStringLiteral("1")));
        QVERIFY(!model()->setCell(0, model()->columnCount(), QStringLiteral("1")));
        QCOMPARE(changes.count(), 0);
        QCOMPARE(cell(0, 0), QStringLiteral("2"));
        QCOMPARE(model()->data(model()->index(0, 0), TallyModel::LevelRole).toInt(), 2);
        QCOMPARE(model()->data(model()->index(0, 0), TallyModel::AccessibleTextRole).toString(),
                 QStringLiteral("Amina (Interior), item CU-01: level 2"));
    }

    void savingWritesEveryRowIntoTheStoreAndTheRoom()
    {
        QVERIFY(model()->setCell(0, 1, QStringLiteral("n")));
        QVERIFY(model()->setCell(1, 0, QStringLiteral("3")));
        QVERIFY2(m_tally->save(), qPrintable(m_workshop->saveStatus()->errorMessage()));
        QVERIFY(!m_tally->dirty());
        const QList<iamm::Contribution> contributions = stored();
        QCOMPARE(contributions.size(), 2);
        QCOMPARE(contributions.at(0).participant, QStringLiteral("Amina"));
        QCOMPARE(contributions.at(0).agency, QStringLiteral("Interior"));
        QCOMPARE(contributions.at(0).source, QStringLiteral("paper worksheet"));
        QCOMPARE(contributions.at(0).views,
                 (QList<iamm::ContributionView>{{QStringLiteral("CU-01"), Rating::level(2), {}},
                                                {QStringLiteral("CU-02"), Rating::na(), {}}}));
        QCOMPARE(contributions.at(1).participant, QStringLiteral("Jean"));
        QCOMPARE(contributions.at(1).views,
                 (QList<iamm::ContributionView>{{QStringLiteral("CU-01"), Rating::level(3), {}}}));
        QCOMPARE(m_workshop->session()->room()->participants(), 2);
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(cell(0, 1), QStringLiteral("N/A"));
    }

    void changingACellAgainReplacesTheViews()
    {
        QVERIFY(model()->setCell(0, 1, QString()));
        QVERIFY(model()->setCell(0, 2, QStringLiteral("1")));
        QVERIFY(m_tally->save());
        const QList<iamm::Contribution> contributions = stored();
        QCOMPARE(contributions.size(), 2);
        QCOMPARE(contributions.at(0).views,
                 (QList<iamm::ContributionView>{{QStringLiteral("CU-01"), Rating::level(2), {}},
                                                {QStringLiteral("CU-03"), Rating::level(1), {}}}));
    }

    void removingARowAndSavingRemovesTheContribution()
    {
        QVERIFY(model()->removeParticipant(0));
        QVERIFY(!model()->removeParticipant(5));
        QVERIFY(m_tally->dirty());
        QVERIFY(m_tally->save());
        const QList<iamm::Contribution> contributions = stored();
        QCOMPARE(contributions.size(), 1);
        QCOMPARE(contributions.at(0).participant, QStringLiteral("Jean"));
        QCOMPARE(m_workshop->session()->room()->participants(), 1);
    }

    void anUnnamedContributionIsNotDuplicated()
    {
        iamm::Contribution unnamed;
        unnamed.views = {{QStringLiteral("CU-01"), Rating::level(1), QStringLiteral("Kept comment")}};
        store()->replaceContributions(assessmentId(), {unnamed});
        m_tally->load();
        QCOMPARE(model()->headerData(1, Qt::Vertical).toString(), QStringLiteral("Participant 2"));
        QVERIFY(model()->setCell(1, 0, QString()));
        QVERIFY(model()->setCell(1, 1, QStringLiteral("4")));
        QVERIFY(m_tally->save());
        const QList<iamm::Contribution> contributions = stored();
        QCOMPARE(contributions.size(), 2);
        QCOMPARE(contributions.at(1).participant, QString());
        QCOMPARE(contributions.at(1).views,
                 (QList<iamm::ContributionView>{
                     {QStringLiteral("CU-01"), Rating::notAssessed(), QStringLiteral("Kept comment")},
                     {QStringLiteral("CU-02"), Rating::level(4), {}}}));
    }

    void aRemovalThatFailsKeepsEveryRowAsItWas()
    {
        m_tally->load();
        const QList<iamm::Contribution> before = stored();
        QCOMPARE(before.size(), 2);
        QVERIFY(model()->setCell(0, 7, QStringLiteral("3")));
        QVERIFY(model()->removeParticipant(1));
        store()->removeContribution(assessmentId(), QStringLiteral("Participant 2"));
        QVERIFY(!m_tally->save());
        QVERIFY(m_tally->dirty());
        const QList<iamm::Contribution> after = stored();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.at(0).participant, before.at(0).participant);
        QCOMPARE(after.at(0).views, before.at(0).views);
        store()->replaceContributions(assessmentId(), {before.at(1)});
    }

    void aFinalAssessmentRefusesTheSaveAndChangesNothing()
    {
        const QList<iamm::Contribution> before = stored();
        QVERIFY(m_workshop->setFinal(assessmentId(), true));
        m_tally->load();
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(model()->setCell(0, 5, QStringLiteral("1")));
        QVERIFY(model()->removeParticipant(1));
        QVERIFY(model()->addParticipant(QStringLiteral("Rosa"), QStringLiteral("Health")) >= 0);
        QSignalSpy failures(m_workshop->saveStatus(), &SaveStatus::failed);
        QVERIFY(!m_tally->save());
        QCOMPARE(failures.count(), 1);
        QCOMPARE(failures.at(0).at(0).toString(), QStringLiteral("Views not saved"));
        QVERIFY2(failures.at(0).at(1).toString().contains(QStringLiteral("final")),
                 qPrintable(failures.at(0).at(1).toString()));
        QVERIFY(m_tally->dirty());
        const QList<iamm::Contribution> after = stored();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).participant, before.at(i).participant);
            QCOMPARE(after.at(i).views, before.at(i).views);
        }
        QCOMPARE(m_workshop->session()->room()->participants(), 2);
    }
};

QTEST_MAIN(TallyTest)
#include "tst_tally.moc"
