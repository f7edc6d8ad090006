// SPDX-License-Identifier: GPL-3.0-or-later
// Every text/background pair of both themes meets WCAG 2.1 AA: 4.5:1, or 3:1 for large text.
#include "display/contrastratio.h"
#include "display/themepalette.h"

#include <QTest>

using namespace iamm;

class ThemeContrastTest : public QObject
{
    Q_OBJECT

private slots:
    void ratioFollowsWcag()
    {
        QCOMPARE(ContrastRatio::of(Qt::black, Qt::white), 21.0);
        QCOMPARE(ContrastRatio::of(Qt::white, Qt::white), 1.0);
        // WebAIM's contrast checker: #777777 on white is 4.48:1, just below AA.
        QCOMPARE(qRound(ContrastRatio::of(QColor(0x777777), Qt::white) * 100), 448);
        QCOMPARE(ContrastRatio::composite(Qt::black, 0.5, Qt::white).name(), QStringLiteral("#808080"));
    }

    void everyPairMeetsAA_data()
    {
        QTest::addColumn<QColor>("text");
        QTest::addColumn<QColor>("background");
        QTest::addColumn<bool>("large");
        for (const auto theme : {ThemePalette::Theme::Light, ThemePalette::Theme::Dark}) {
            const QString themeName = theme == ThemePalette::Theme::Light ? QStringLiteral("light")
                                                                          : QStringLiteral("dark");
            const QList<ColourPair> pairs = ThemePalette::of(theme).textPairs();
            QVERIFY(pairs.size() > 30);
            for (const ColourPair &pair : pairs)
                QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(themeName, pair.where)))
                    << pair.text << pair.background << pair.largeText;
        }
    }

    void everyPairMeetsAA()
    {
        QFETCH(QColor, text);
        QFETCH(QColor, background);
        QFETCH(bool, large);
        const double ratio = ContrastRatio::of(text, background);
        const double needed = large ? ContrastRatio::largeText : ContrastRatio::normalText;
        QVERIFY2(ratio >= needed, qPrintable(QStringLiteral("%1 on %2: %3:1, needs %4:1")
                                                 .arg(text.name(), background.name())
                                                 .arg(ratio, 0, 'f', 2)
                                                 .arg(needed)));
    }

    void bothThemesNameTheSameColours()
    {
        const QVariantMap light = ThemePalette::of(ThemePalette::Theme::Light).toVariantMap();
        const QVariantMap dark = ThemePalette::of(ThemePalette::Theme::Dark).toVariantMap();
        QCOMPARE(light.keys(), dark.keys());
        QCOMPARE(light.value(QStringLiteral("levelColors")).toList().size(), ThemePalette::levelCount);
        QVERIFY(light.value(QStringLiteral("background")).value<QColor>()
                != dark.value(QStringLiteral("background")).value<QColor>());
    }
};

QTEST_GUILESS_MAIN(ThemeContrastTest)
#include "tst_themecontrast.moc"
