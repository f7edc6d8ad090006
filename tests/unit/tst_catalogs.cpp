// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/assessmentstore.h"
#include "common/iammerror.h"
#include "peers/peergroupcatalog.h"
#include "catalogs/statecatalog.h"
#include "testsupport.h"

#include <QTest>

using namespace iamm;

class CatalogsTest : public QObject
{
    Q_OBJECT

private slots:
    void statesComeFromIsoCodes()
    {
        const StateCatalog &states = StateCatalog::instance();
        QVERIFY(states.all().size() > 249);
        QCOMPARE(states.nameOf(QStringLiteral("MEX")), QStringLiteral("Mexico"));
        QCOMPARE(states.find(QStringLiteral("mex"))->alpha2, QStringLiteral("MX"));
        QVERIFY(states.find(QStringLiteral("SCG"))->withdrawn);
        QCOMPARE(states.nameOf(QStringLiteral("SCG")), QStringLiteral("Serbia and Montenegro"));
        QVERIFY(states.find(QStringLiteral("XAA"))->fictitious);
        QVERIFY(states.nameOf(QStringLiteral("XAA")).contains(QStringLiteral("fictitious")));
        QVERIFY(!states.find(QStringLiteral("XYZ")));
        QCOMPARE(states.nameOf(QStringLiteral("XYZ")), QStringLiteral("XYZ"));
    }

    void searchIgnoresCaseAndAccents()
    {
        const QList<StateInfo> found = StateCatalog::instance().search(QStringLiteral("cote d"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].code, QStringLiteral("CIV"));
        QCOMPARE(StateCatalog::instance().search(QStringLiteral("deu")).constFirst().code, QStringLiteral("DEU"));
        QVERIFY(StateCatalog::instance().search(QStringLiteral("zzzz")).isEmpty());
    }

    void missingIsoCodesIsAClearError()
    {
        try {
            StateCatalog catalog(QStringLiteral("/nonexistent"));
            QFAIL("no error");
        } catch (const IammError &error) {
            QVERIFY(error.message().contains(QStringLiteral("/nonexistent/iso_3166-1.json")));
            QVERIFY(error.message().contains(QStringLiteral("iso-codes")));
        }
    }

    void shippedGroupsFollowAnnexA()
    {
        test::TempDatabase db;
        AssessmentStore store(db.path());
        const PeerGroupCatalog groups(store);
        const QStringList ids{"IGC",     "Budapest", "Soderkoping", "CIS",    "Puebla", "Lima",
                              "5+5",     "MIDSA",    "MIDWA",       "Manila", "APC",    "Bali",
                              "Colombo", "Cluster",  "MARRI",       "OCAM",   "PIDC",   "JCM"};
        const QList<int> sizes{16, 50, 10, 12, 11, 12, 10, 15, 13, 17, 33, 40, 10, 9, 5, 7, 23, 8};
        QCOMPARE(groups.groups().size(), ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            const PeerGroup group = groups.group(ids[i]);
            QCOMPARE(group.id, ids[i]);
            QVERIFY(group.shipped);
            QCOMPARE(group.members.size(), sizes[i]);
            QCOMPARE(group.note, QStringLiteral("membership as of 19 May 2005"));
            for (const QString &code : group.members)
                QVERIFY2(StateCatalog::instance().find(code), qPrintable(ids[i] + QLatin1Char(' ') + code));
        }
        const PeerGroup cis = groups.group(QStringLiteral("CIS"));
        QCOMPARE(cis.interested.size(), 36);
        QVERIFY(!cis.members.contains(QStringLiteral("AUS")));
        QVERIFY(cis.interested.contains(QStringLiteral("VAT")));
        QVERIFY(groups.group(QStringLiteral("Budapest")).members.contains(QStringLiteral("SCG")));
        QVERIFY(groups.group(QStringLiteral("Budapest")).members.contains(QStringLiteral("MKD")));
        QVERIFY(groups.group(QStringLiteral("MARRI")).members.contains(QStringLiteral("MKD")));
        QVERIFY(groups.group(QStringLiteral("APC")).members.contains(QStringLiteral("HKG")));
        QVERIFY(groups.group(QStringLiteral("APC")).members.contains(QStringLiteral("NCL")));
        QVERIFY(groups.group(QStringLiteral("Bali")).members.contains(QStringLiteral("NCL")));
        QVERIFY(!groups.group(QStringLiteral("Bali")).members.contains(QStringLiteral("FRA")));
        QVERIFY(groups.group(QStringLiteral("MIDSA")).members.contains(QStringLiteral("SWZ")));
        QVERIFY(!groups.group(QStringLiteral("Puebla")).members.contains(QStringLiteral("ARG")));
        QCOMPARE(groups.group(QStringLiteral("puebla")).id, QStringLiteral("Puebla"));
    }

    void userGroupsAreEditableShippedOnesAreNot()
    {
        test::TempDatabase db;
        AssessmentStore store(db.path());
        PeerGroupCatalog groups(store);
        groups.copyGroup(QStringLiteral("Puebla"), QStringLiteral("RCM-plus"), QStringLiteral("RCM and observers"));
        groups.addMembers(QStringLiteral("RCM-plus"), {QStringLiteral("arg"), QStringLiteral("COL")});
        groups.removeMembers(QStringLiteral("RCM-plus"), {QStringLiteral("USA")});
        groups.renameGroup(QStringLiteral("RCM-plus"), QStringLiteral("Renamed"));
        const PeerGroup copy = groups.group(QStringLiteral("RCM-plus"));
        QCOMPARE(copy.name, QStringLiteral("Renamed"));
        QCOMPARE(copy.members.size(), 12);
        QVERIFY(copy.members.contains(QStringLiteral("ARG")));
        QVERIFY(!copy.members.contains(QStringLiteral("USA")));
        QVERIFY(!copy.shipped);
        QCOMPARE(groups.group(QStringLiteral("Puebla")).members.size(), 11);
        QCOMPARE(groups.groupsOf(QStringLiteral("ARG")),
                 QStringList({QStringLiteral("Lima"), QStringLiteral("RCM-plus")}));
        const auto errorOf = [](auto &&f) {
            try {
                f();
            } catch (const IammError &error) {
                return error.message();
            }
            return QString();
        };
        QVERIFY(errorOf([&] {
                    groups.addMembers(QStringLiteral("Puebla"), {QStringLiteral("ARG")});
                }).contains(QStringLiteral("shipped group")));
        QVERIFY(errorOf([&] {
                    groups.addMembers(QStringLiteral("RCM-plus"), {QStringLiteral("XYZ")});
                }).contains(QStringLiteral("\"XYZ\"")));
        QVERIFY(errorOf([&] {
                    groups.createGroup(QStringLiteral("puebla"), {}, {});
                }).contains(QStringLiteral("already exists")));
        QVERIFY(errorOf([&] {
                    groups.group(QStringLiteral("Nope"));
                }).contains(QStringLiteral("unknown peer group \"Nope\"")));
        QCOMPARE(groups.group(QStringLiteral("RCM-plus")).members.size(), 12);
        groups.deleteGroup(QStringLiteral("RCM-plus"));
        QCOMPARE(groups.groups().size(), 18);
    }
};

QTEST_GUILESS_MAIN(CatalogsTest)
#include "tst_catalogs.moc"
