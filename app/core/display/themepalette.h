// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <array>

namespace iamm {

// One place where text meets a background in the application, for the contrast check.
struct ColourPair
{
    QString where;
    QColor text;
    QColor background;
    bool largeText = false; // 18 pt, or 14 pt bold, and larger: 3:1 is enough
};

// The colours of the application's light or dark theme. qml/Style.qml reads them from here
// (through the ThemeColors singleton), so that the contrast test checks what is drawn.
struct ThemePalette
{
    enum class Theme { Light, Dark };

    static constexpr int levelCount = 5;
    // Opacities with which QML tints a surface with the accent or the draft colour.
    static constexpr double selectedRowTint = 0.16; // NavigationItem.qml
    static constexpr double chosenLevelTint = 0.18; // LevelOption.qml
    static constexpr double draftBannerTint = 0.25; // PeersPage.qml
    // The lowest opacity with which a page dims normal-size text (notes in SectionHeading.qml and others).
    static constexpr double mutedTextOpacity = 0.7;

    QColor background;
    QColor surface;
    QColor subtleSurface;
    QColor foreground;
    QColor secondaryForeground;
    QColor divider;
    QColor accent;
    QColor onAccent;
    QColor barBackground;
    QColor barForeground;
    QColor targetColor;
    QColor errorColor; // error text on the page
    QColor errorBackground; // the error banner
    QColor onError;
    QColor notApplicableColor;
    QColor onNotApplicable;
    QColor draftColor;
    QColor notAssessedColor;
    QColor noPeersColor;
    std::array<QColor, levelCount> levelColors;
    std::array<QColor, levelCount> levelTextColors;
    // The five bands of the gap to the peer median, well below to well above.
    std::array<QColor, levelCount> gapColors;
    std::array<QColor, levelCount> gapTextColors;

    static ThemePalette of(Theme theme);
    // Every text/background pair the QML pages draw.
    QList<ColourPair> textPairs() const;
    // Colour names as Style.qml uses them; the arrays as lists.
    QVariantMap toVariantMap() const;
};

} // namespace iamm
