// SPDX-License-Identifier: GPL-3.0-or-later
// "Views in the room" on a new assessment beside the demo: participants' views imported from a spreadsheet of
// votes and from one participant's own exchange file, the figures of the current item, taking
// the median, the dissent note, the divergence marks and a refused file that changes nothing.
#include "controllers/workshop.h"
#include "store/assessmentstore.h"
#include "values/roomcomment.h"
#include "values/viewcount.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace iamm::gui;

namespace {

const QByteArray votes = "participant,agency,item,score,comment\r\n"
                         "Amina,Interior,CU-01,1,\"Border law, not yet applied\"\r\n"
                         "Jean,Labour,CU-01,3,\r\n"
                         "Rosa,Health,CU-01,2,Health checks only\r\n"
                         "Amina,Interior,CU-02,2,\r\n"
                         "Jean,Labour,CU-02,2,\r\n"
                         "Rosa,Health,CU-02,NA,\r\n"
                         "Li,Statistics,CU-02,3,\r\n"
                         "Amina,Interior,CU-03,2,\r\n"
                         "Jean,Labour,CU-03,3,\r\n";

QList<int> barCounts(const QVariantList &bars)
{
    QList<int> counts;
    for (const QVariant &bar : bars)
        counts << bar.value<ViewCount>().count;
    return counts;
}

QStringList attributions(const QVariantList &comments)
{
    QStringList list;
    for (const QVariant &comment : comments)
        list << comment.value<RoomComment>().attribution;
    return list;
}

} // namespace

class RoomViewsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workshop> m_workshop;

    QString databasePath() const { return m_dir.filePath(QStringLiteral("room.sqlite")); }
    QUrl writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return QUrl::fromLocalFile(file.fileName());
    }
    RoomViewsController *room() const { return m_workshop->session()->room(); }
    ItemNavigator *navigator() const { return m_workshop->session()->navigator(); }
    ResponseEditor *response() const { return m_workshop->session()->response(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("iamm-tests"));
        QVERIFY(m_dir.isValid());
        m_workshop = std::make_unique<Workshop>(databasePath());
        QVERIFY2(m_workshop->loadDemoWorkshop(), qPrintable(m_workshop->saveStatus()->errorMessage()));
        QCOMPARE(room()->participants(), 6);
        QVERIFY2(room()->divergentCount() > 0, "the demo draft shows where views differ");
        const QString id = m_workshop->createAssessment(QStringLiteral("GHA"), m_workshop->defaultFrameworkId(),
                                                        QStringLiteral("Room views"), QStringLiteral("2026-11-30"));
        QVERIFY2(!id.isEmpty(), qPrintable(m_workshop->saveStatus()->errorMessage()));
        QVERIFY(m_workshop->openAssessment(id));
        QCOMPARE(room()->participants(), 0);
    }

    void aSpreadsheetOfVotesShowsTheRoom()
    {
        QVERIFY2(m_workshop->importViews(writeFile(QStringLiteral("votes.csv"), votes), {}, {}),
                 qPrintable(m_workshop->saveStatus()->errorMessage()));
        QCOMPARE(room()->participants(), 4);
        QCOMPARE(room()->agencies(), 4);
        QCOMPARE(room()->divergentCount(), 2);

        QVERIFY(navigator()->goToItem(QStringLiteral("CU-01")));
        QCOMPARE(room()->viewCount(), 3);
        QCOMPARE(barCounts(room()->counts()), (QList<int>{0, 1, 1, 1, 0, 0}));
        QCOMPARE(room()->medianText(), QStringLiteral("2"));
        QCOMPARE(room()->rangeText(), QStringLiteral("1 to 3"));
        QVERIFY(room()->divergent());
        QCOMPARE(room()->medianLevel(), 2);

        QVERIFY(navigator()->goToItem(QStringLiteral("CU-02")));
        QCOMPARE(barCounts(room()->counts()), (QList<int>{0, 0, 2, 1, 0, 1}));
        QVERIFY2(room()->divergent(), "levels and N/A given on the same item");

        QVERIFY(navigator()->goToItem(QStringLiteral("CU-03")));
        QCOMPARE(room()->medianText(), QStringLiteral("2.5"));
        QCOMPARE(room()->rangeText(), QStringLiteral("2 to 3"));
        QVERIFY(!room()->divergent());

        QVERIFY(navigator()->goToItem(QStringLiteral("CU-04")));
        QVERIFY(!room()->hasViews());
        QCOMPARE(room()->medianLevel(), -1);
    }

    void theNavigationPaneMarksDivergentItems()
    {
        const ItemListModel *items = navigator()->items();
        const auto divergent = [items](const QString &itemId) {
            return items->data(items->index(items->rowOf(itemId)), ItemListModel::DivergentRole).toBool();
        };
        QVERIFY(divergent(QStringLiteral("CU-01")));
        QVERIFY(divergent(QStringLiteral("CU-02")));
        QVERIFY(!divergent(QStringLiteral("CU-03")));
        QVERIFY(navigator()->goToItem(QStringLiteral("CU-03")));
        QVERIFY(room()->nextDivergent());
        QCOMPARE(navigator()->itemId(), QStringLiteral("CU-01"));
        QVERIFY(room()->nextDivergent());
        QCOMPARE(navigator()->itemId(), QStringLiteral("CU-02"));
    }

    void takingTheMedianAndTheDissentNote()
    {
        QVERIFY(navigator()->goToItem(QStringLiteral("CU-01")));
        QVERIFY(room()->takeMedian());
        QCOMPARE(response()->score(), 2);
        QVERIFY2(room()->dissentExpected(), "the room was divergent");
        response()->editDissent(QStringLiteral("Labour reads level 3 as a law in force"));
        QVERIFY(m_workshop->flushPendingEdits());

        QVERIFY(navigator()->goToItem(QStringLiteral("CU-03")));
        QVERIFY(response()->chooseLevel(4));
        QVERIFY2(room()->dissentExpected(), "4 is 1.5 away from the median 2.5");
        QVERIFY(response()->chooseLevel(3));
        QVERIFY2(!room()->dissentExpected(), "3 is half a level from the median 2.5");

        const iamm::AssessmentStore store(databasePath());
        const QString id = m_workshop->session()->assessmentId();
        QString stored;
        for (const iamm::Response &r : store.responses(id)) {
            if (r.itemId == QLatin1String("CU-01"))
                stored = r.dissent;
        }
        QCOMPARE(stored, QStringLiteral("Labour reads level 3 as a law in force"));
    }

    void commentsShowAgenciesAndNamesOnlyWhenAsked()
    {
        QVERIFY(navigator()->goToItem(QStringLiteral("CU-01")));
        QCOMPARE(attributions(room()->comments()), (QStringList{QStringLiteral("Interior"), QStringLiteral("Health")}));
        room()->setShowNames(true);
        QCOMPARE(attributions(room()->comments()),
                 (QStringList{QStringLiteral("Amina, Interior"), QStringLiteral("Rosa, Health")}));
        room()->setShowNames(false);
        QCOMPARE(room()->comments().first().value<RoomComment>().text, QStringLiteral("Border law, not yet applied"));
        QCOMPARE(room()->comments().first().value<RoomComment>().view, QStringLiteral("level 1"));
    }

    void aBadFileIsRefusedAndChangesNothing()
    {
        const QUrl bad = writeFile(QStringLiteral("bad.csv"), "participant,agency,item,score,comment\n"
                                                              "Kofi,Foreign Affairs,CU-01,2,\n"
                                                              "Kofi,Foreign Affairs,CU-02,5,\n");
        QVERIFY(!m_workshop->importViews(bad, {}, {}));
        const QString message = m_workshop->saveStatus()->errorMessage();
        QVERIFY2(message.contains(bad.toLocalFile()), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("line 3")), qPrintable(message));
        QCOMPARE(m_workshop->saveStatus()->errorHeading(), QStringLiteral("Views not imported"));
        QCOMPARE(room()->participants(), 4);
    }

    void aParticipantsOwnAssessmentBecomesTheirViews()
    {
        const QString id = m_workshop->session()->assessmentId();
        const QUrl exported = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("ministry.json")));
        QVERIFY(m_workshop->exportAssessment(id, exported, false));
        QVERIFY(m_workshop->isParticipantFile(exported));
        QVERIFY(!m_workshop->isParticipantFile(QUrl::fromLocalFile(QStringLiteral("/tmp/votes.csv"))));
        QVERIFY2(m_workshop->importViews(exported, QStringLiteral("Kofi"), QStringLiteral("Foreign Affairs")),
                 qPrintable(m_workshop->saveStatus()->errorMessage()));
        QCOMPARE(room()->participants(), 5);
        QCOMPARE(room()->agencies(), 5);
        QVERIFY(navigator()->goToItem(QStringLiteral("CU-03")));
        QCOMPARE(room()->viewCount(), 3);
    }

    void worksheetsArePrintedForTheOpenAssessment()
    {
        const QString path = m_dir.filePath(QStringLiteral("worksheet.pdf"));
        QVERIFY2(room()->writeWorksheet(QUrl::fromLocalFile(path), QStringLiteral("Kofi"), QStringLiteral("a4")),
                 qPrintable(m_workshop->saveStatus()->errorMessage()));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");

        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/worksheet.pdf"));
        QVERIFY(!room()->writeWorksheet(QUrl::fromLocalFile(missing), {}, QStringLiteral("a4")));
        QCOMPARE(m_workshop->saveStatus()->errorHeading(), QStringLiteral("Worksheet not written"));
        QVERIFY2(m_workshop->saveStatus()->errorMessage().contains(missing),
                 qPrintable(m_workshop->saveStatus()->errorMessage()));
        QVERIFY(!QFile::exists(missing));
    }

    void divergentFirstVisitsTheItemsWhereViewsDifferFirst()
    {
        const QByteArray late = "participant,agency,item,score,comment\r\n"
                                "Kofi,Justice,EP-03,0,\r\n"
                                "Ama,Foreign affairs,EP-03,4,\r\n";
        QVERIFY2(m_workshop->importViews(writeFile(QStringLiteral("late.csv"), late), {}, {}),
                 qPrintable(m_workshop->saveStatus()->errorMessage()));
        WalkthroughOrderModel *walkthrough = navigator()->walkthrough();
        const auto idAt = [walkthrough](int row) {
            return walkthrough->data(walkthrough->index(row, 0), ItemListModel::ItemIdRole).toString();
        };
        const auto groupAt = [walkthrough](int row) {
            return walkthrough->data(walkthrough->index(row, 0), WalkthroughOrderModel::WalkthroughGroupRole)
                .toString();
        };
        QCOMPARE(idAt(2), QStringLiteral("CU-03"));
        QCOMPARE(groupAt(2), QStringLiteral("CU"));

        walkthrough->setDivergentFirst(true);
        QCOMPARE(walkthrough->rowCount(), navigator()->itemCount());
        QCOMPARE((QStringList{idAt(0), idAt(1), idAt(2), idAt(3)}),
                 (QStringList{QStringLiteral("CU-01"), QStringLiteral("CU-02"), QStringLiteral("EP-03"),
                              QStringLiteral("CU-03")}));
        QCOMPARE(groupAt(2), WalkthroughOrderModel::divergentGroup());
        QCOMPARE(groupAt(3), QStringLiteral("CU"));

        QVERIFY(navigator()->goToItem(QStringLiteral("CU-02")));
        QCOMPARE(walkthrough->currentRow(), 1);
        navigator()->next();
        QCOMPARE(navigator()->itemId(), QStringLiteral("EP-03"));
        QCOMPARE(walkthrough->currentRow(), 2);
        navigator()->next();
        QCOMPARE(navigator()->itemId(), QStringLiteral("CU-03"));
        navigator()->previous();
        QCOMPARE(navigator()->itemId(), QStringLiteral("EP-03"));

        walkthrough->setDivergentFirst(false);
        QCOMPARE(walkthrough->currentRow(), navigator()->currentIndex());
        navigator()->next();
        QCOMPARE(navigator()->itemId(), QStringLiteral("EP-04"));
    }
};

QTEST_MAIN(RoomViewsTest)
#include "tst_roomviews.moc"
