// SPDX-License-Identifier: GPL-3.0-or-later
// Live voting from the presenter: serving the page on an address, the count while open, the figures
// once closed, taking the median, following the presenter to the next item, the votes stored as
// contributions when voting stops, the refusals (no such address, a final assessment) and the QR code.
#include "controllers/votingcontroller.h"
#include "controllers/workshop.h"
#include "httpexchange.h"
#include "qmlsupport/qrcodeitem.h"
#include "store/assessmentstore.h"
#include "values/viewcount.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace iamm::gui;

class VotingUiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workshop> m_workshop;
    std::unique_ptr<VotingController> m_voting;
    QString m_assessmentId;

    AssessmentSession *session() const { return m_workshop->session(); }
    iamm::AssessmentStore *store() const { return session()->openAssessment().store; }
    quint16 port() const { return quint16(QUrl(m_voting->joinUrl()).port()); }

    int storedScore(const QString &itemId) const
    {
        for (const iamm::Response &response : store()->responses(m_assessmentId)) {
            if (response.itemId == itemId)
                return response.rating.score.value_or(-1);
        }
        return -1;
    }

    int vote(const QString &client, const QString &item, const QJsonValue &score, const QString &name = {})
    {
        QJsonObject body{{QStringLiteral("code"), m_voting->code()},
                         {QStringLiteral("client"), client},
                         {QStringLiteral("item"), item},
                         {QStringLiteral("score"), score},
                         {QStringLiteral("na"), false}};
        if (!name.isEmpty())
            body.insert(QStringLiteral("name"), name);
        return iamm::test::post(port(), "/api/vote", QJsonDocument(body).toJson(QJsonDocument::Compact)).status;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("iamm-tests"));
        QVERIFY(m_dir.isValid());
        m_workshop = std::make_unique<Workshop>(m_dir.filePath(QStringLiteral("voting.sqlite")));
        m_assessmentId = m_workshop->createAssessment(QStringLiteral("SEN"), m_workshop->defaultFrameworkId(),
                                                      QStringLiteral("Live vote"), QStringLiteral("2026-12-01"));
        QVERIFY2(!m_assessmentId.isEmpty(), qPrintable(m_workshop->saveStatus()->errorMessage()));
        QVERIFY(m_workshop->openAssessment(m_assessmentId));
        m_voting = std::make_unique<VotingController>();
        m_voting->setSession(session());
    }

    void theAddressesEndWithLoopback()
    {
        QVERIFY(!m_voting->addresses().isEmpty());
        QVERIFY(m_voting->addresses().contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(m_voting->defaultPort(), VotingController::suggestedPort);
    }

    void anAddressThatIsNotThisComputersIsRefused()
    {
        QVERIFY(!m_voting->start(QStringLiteral("not an address"), 0));
        QVERIFY(m_voting->problem().contains(QStringLiteral("not an address")));
        QVERIFY(!m_voting->start(QStringLiteral("192.0.2.77"), 0));
        QVERIFY2(m_voting->problem().contains(QStringLiteral("192.0.2.77")), qPrintable(m_voting->problem()));
        QVERIFY(!m_voting->listening());
    }

    void theVoteIsOpenOnTheCurrentItemAndCountsOnly()
    {
        QVERIFY(session()->navigator()->goToItem(QStringLiteral("CU-03")));
        QVERIFY2(m_voting->start(QStringLiteral("127.0.0.1"), 0), qPrintable(m_voting->problem()));
        QCOMPARE(m_voting->problem(), QString());
        QVERIFY(m_voting->listening());
        QVERIFY(m_voting->joinUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(m_voting->joinUrl().endsWith(QStringLiteral("?code=") + m_voting->code()));
        QCOMPARE(m_voting->itemId(), QStringLiteral("CU-03"));
        QVERIFY(m_voting->open());

        QCOMPARE(vote(QStringLiteral("phone-a-0000000"), QStringLiteral("CU-03"), 1, QStringLiteral("Awa")), 200);
        QCOMPARE(vote(QStringLiteral("phone-b-0000000"), QStringLiteral("CU-03"), 3), 200);
        QCOMPARE(vote(QStringLiteral("phone-c-0000000"), QStringLiteral("CU-03"), 3), 200);
        QCOMPARE(m_voting->voteCount(), 3);
        QCOMPARE(m_voting->medianLevel(), -1);
        QCOMPARE(m_voting->medianText(), QString());
    }

    void closingShowsTheFiguresAndTheMedianIsAgreed()
    {
        m_voting->closeVote();
        QVERIFY(!m_voting->open());
        QCOMPARE(vote(QStringLiteral("phone-d-0000000"), QStringLiteral("CU-03"), 0), 409);
        QList<int> counts;
        for (const QVariant &bar : m_voting->bars())
            counts << bar.value<ViewCount>().count;
        QCOMPARE(counts, (QList<int>{0, 1, 0, 2, 0, 0}));
        QCOMPARE(m_voting->medianText(), QStringLiteral("3"));
        QCOMPARE(m_voting->rangeText(), QStringLiteral("1 to 3"));
        QVERIFY(m_voting->takeMedian());
        QCOMPARE(storedScore(QStringLiteral("CU-03")), 3);
    }

    void aRevoteReplacesTheVotesAndTheNextItemOpensItsVote()
    {
        m_voting->revote();
        QVERIFY(m_voting->open());
        QCOMPARE(m_voting->voteCount(), 0);
        QCOMPARE(vote(QStringLiteral("phone-a-0000000"), QStringLiteral("CU-03"), 2, QStringLiteral("Awa")), 200);
        QCOMPARE(vote(QStringLiteral("phone-b-0000000"), QStringLiteral("CU-03"), 2), 200);

        session()->navigator()->next();
        QCOMPARE(m_voting->itemId(), QStringLiteral("CU-04"));
        QVERIFY(m_voting->open());
        QCOMPARE(m_voting->voteCount(), 0);
        QCOMPARE(vote(QStringLiteral("phone-a-0000000"), QStringLiteral("CU-04"), 4, QStringLiteral("Awa")), 200);
        QCOMPARE(vote(QStringLiteral("phone-b-0000000"), QStringLiteral("CU-03"), 1), 409);
    }

    void stoppingStoresTheVotesAsContributions()
    {
        const QString code = m_voting->code();
        const quint16 servedOn = port();
        QVERIFY(m_voting->stop());
        QVERIFY(!m_voting->listening());
        QCOMPARE(m_voting->code(), code);
        QCOMPARE(iamm::test::get(servedOn, "/").status, 0);

        const QList<iamm::Contribution> contributions = store()->contributions(m_assessmentId);
        QCOMPARE(contributions.size(), 2);
        QCOMPARE(session()->room()->participants(), 2);
        QVERIFY(session()->navigator()->goToItem(QStringLiteral("CU-03")));
        QCOMPARE(session()->room()->viewCount(), 2);
        QCOMPARE(session()->room()->medianText(), QStringLiteral("2"));
        QVERIFY(session()->navigator()->goToItem(QStringLiteral("CU-04")));
        QCOMPARE(session()->room()->viewCount(), 1);

        QVERIFY2(m_voting->stop(), "stopping again stores nothing twice");
        QCOMPARE(store()->contributions(m_assessmentId).size(), 2);
    }

    void aFinalAssessmentTakesNoVotes()
    {
        QVERIFY(m_workshop->setFinal(m_assessmentId, true));
        QVERIFY(!m_voting->start(QStringLiteral("127.0.0.1"), 0));
        QVERIFY(m_voting->problem().contains(QStringLiteral("final")));
        QVERIFY(!m_voting->listening());
        QVERIFY(m_workshop->setFinal(m_assessmentId, false));
    }

    void theQrCodeIsDrawnForTheAddress()
    {
        QrCodeItem qr;
        QCOMPARE(qr.modules(), 0);
        qr.setText(QStringLiteral("http://192.168.1.20:8765/?code=123456"));
        QVERIFY2(qr.modules() >= 21 + 8, "version 1 or more with its quiet zone");
        qr.setText(QString());
        QCOMPARE(qr.modules(), 0);
    }
};

QTEST_MAIN(VotingUiTest)
#include "tst_votingui.moc"
