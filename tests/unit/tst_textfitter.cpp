// SPDX-License-Identifier: GPL-3.0-or-later
// One type size for several texts: the largest at which each fits its box.
#include "display/textfitter.h"

#include <QFont>
#include <QGuiApplication>
#include <QTest>

using namespace iamm;

class TextFitterTest : public QObject
{
    Q_OBJECT

    const QStringList m_texts{
        QStringLiteral("Not in place\nNothing is in place: no policy, structure or practice addresses this area."),
        QStringLiteral("Implemented and reviewed\nFully implemented and coordinated across government, with regular "
                       "monitoring and review that feeds back into policy."),
    };

private slots:
    void theLargestFittingSizeFitsAndTheNextDoesNot()
    {
        const QFont font = QGuiApplication::font();
        const int size = TextFitter::largestFittingSize(font, m_texts, 160, 170, 6, 60);
        QVERIFY2(size > 6 && size < 60, qPrintable(QString::number(size)));
        for (const QString &text : m_texts)
            QVERIFY(TextFitter::wrappedHeight(font, size, text, 160) <= 170);
        const bool nextFitsAll = TextFitter::wrappedHeight(font, size + 1, m_texts[0], 160) <= 170
                                 && TextFitter::wrappedHeight(font, size + 1, m_texts[1], 160) <= 170;
        QVERIFY(!nextFitsAll);
    }

    void theLongestTextDecides()
    {
        const QFont font = QGuiApplication::font();
        const int both = TextFitter::largestFittingSize(font, m_texts, 160, 170, 6, 60);
        const int shortOnly = TextFitter::largestFittingSize(font, {m_texts[0]}, 160, 170, 6, 60);
        QVERIFY(shortOnly > both);
    }

    void moreRoomGivesLargerType()
    {
        const QFont font = QGuiApplication::font();
        QVERIFY(TextFitter::largestFittingSize(font, m_texts, 320, 340, 6, 120)
                > TextFitter::largestFittingSize(font, m_texts, 160, 170, 6, 120));
    }

    void aWordWiderThanTheBoxDoesNotFit()
    {
        const QFont font = QGuiApplication::font();
        QCOMPARE(TextFitter::largestFittingSize(font, {QStringLiteral("Incomprehensibilities")}, 20, 1000, 6, 60), 6);
        QVERIFY(qIsInf(TextFitter::wrappedHeight(font, 30, QStringLiteral("Incomprehensibilities"), 20)));
    }

    void aBoldHeadingAboveABodyFits()
    {
        const QFont font = QGuiApplication::font();
        const QStringList headings{QStringLiteral("Implemented and reviewed")};
        const QStringList bodies{QStringLiteral("Fully implemented and coordinated across government, with regular "
                                                "monitoring and review that feeds back into policy.")};
        const int size = TextFitter::largestFittingSize(font, headings, bodies, 160, 170, 6, 60);
        QFont bold = font;
        bold.setBold(true);
        QVERIFY(TextFitter::wrappedHeight(bold, size, headings[0], 160)
                    + TextFitter::wrappedHeight(font, size, bodies[0], 160)
                <= 170);
        QVERIFY(TextFitter::wrappedHeight(bold, size + 1, headings[0], 160)
                    + TextFitter::wrappedHeight(font, size + 1, bodies[0], 160)
                > 170);
    }

    void theMaximumCapsTheSize()
    {
        QCOMPARE(TextFitter::largestFittingSize(QGuiApplication::font(), {QStringLiteral("Hi")}, 2000, 2000, 6, 40),
                 40);
    }
};

QTEST_MAIN(TextFitterTest)

#include "tst_textfitter.moc"
