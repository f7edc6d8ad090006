// SPDX-License-Identifier: GPL-3.0-or-later
// The start page's filter of assessments by state (code or name), title and status.
#include "assessment/assessmentfilter.h"

#include <QTest>

using namespace iamm;

namespace {

AssessmentInfo assessment(const QString &stateCode, const QString &title, const QString &status)
{
    AssessmentInfo info;
    info.stateCode = stateCode;
    info.title = title;
    info.status = vocabulary::require<AssessmentStatus>(status);
    return info;
}

} // namespace

class AssessmentFilterTest : public QObject
{
    Q_OBJECT

private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("matches");
        const auto any = int(AssessmentFilter::Status::Any);
        const auto draft = int(AssessmentFilter::Status::Draft);
        const auto finalStatus = int(AssessmentFilter::Status::Final);
        QTest::newRow("no filter") << QString() << any << true;
        QTest::newRow("blank text") << QStringLiteral("   ") << any << true;
        QTest::newRow("state code, any case") << QStringLiteral("gha") << any << true;
        QTest::newRow("state name") << QStringLiteral("Ghana") << any << true;
        QTest::newRow("part of the name") << QStringLiteral("han") << any << true;
        QTest::newRow("title, any case") << QStringLiteral("NATIONAL work") << any << true;
        QTest::newRow("text with spaces around") << QStringLiteral("  Ghana ") << any << true;
        QTest::newRow("other state") << QStringLiteral("Mexico") << any << false;
        QTest::newRow("drafts") << QString() << draft << true;
        QTest::newRow("finals") << QString() << finalStatus << false;
        QTest::newRow("name and draft") << QStringLiteral("ghana") << draft << true;
        QTest::newRow("name but final") << QStringLiteral("ghana") << finalStatus << false;
    }

    void matches()
    {
        QFETCH(QString, text);
        QFETCH(int, status);
        QFETCH(bool, matches);
        const AssessmentFilter filter{text, AssessmentFilter::Status(status)};
        QCOMPARE(filter.matches(
                     assessment(QStringLiteral("GHA"), QStringLiteral("National workshop"), QStringLiteral("draft")),
                     QStringLiteral("Ghana")),
                 matches);
    }

    void finalAssessmentsMatchTheFinalFilterOnly()
    {
        const AssessmentInfo finalOne = assessment(QStringLiteral("MEX"), QStringLiteral("Review"),
                                                   QStringLiteral("final"));
        const AssessmentFilter finals{{}, AssessmentFilter::Status::Final};
        const AssessmentFilter drafts{{}, AssessmentFilter::Status::Draft};
        QVERIFY(finals.matches(finalOne, QStringLiteral("Mexico")));
        QVERIFY(!drafts.matches(finalOne, QStringLiteral("Mexico")));
    }

    void isActiveOnlyWithTextOrStatus()
    {
        QVERIFY(!AssessmentFilter{}.isActive());
        QVERIFY(!AssessmentFilter{QStringLiteral(" ")}.isActive());
        QVERIFY(AssessmentFilter{QStringLiteral("x")}.isActive());
        const AssessmentFilter finals{{}, AssessmentFilter::Status::Final};
        QVERIFY(finals.isActive());
    }
};

QTEST_GUILESS_MAIN(AssessmentFilterTest)

#include "tst_assessmentfilter.moc"
