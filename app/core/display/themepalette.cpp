// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/themepalette.h"

#include "display/contrastratio.h"

#include <QVariantList>

namespace iamm {

namespace {

ThemePalette lightPalette()
{
    ThemePalette p;
    p.background = QColor(0xf5f6f8);
    p.surface = QColor(0xffffff);
    p.subtleSurface = QColor(0xe9edf1);
    p.foreground = QColor(0x1f2328);
    p.secondaryForeground = QColor(0x57606a);
    p.divider = QColor(0xcfd5dc);
    p.accent = QColor(0x00796b);
    p.onAccent = QColor(0xffffff);
    p.barBackground = QColor(0x283593);
    p.barForeground = QColor(0xffffff);
    p.targetColor = QColor(0x1a237e);
    p.errorColor = QColor(0xb71c1c);
    p.noPeersColor = QColor(0xeef0f2);
    p.notAssessedColor = QColor(0xc4c9cf);
    p.gapColors = {QColor(0xc62828), QColor(0xef9a9a), QColor(0xd7dbe0), QColor(0xa5d6a7), QColor(0x2e7d32)};
    p.gapTextColors = {QColor(0xffffff), QColor(0x212121), QColor(0x212121), QColor(0x212121), QColor(0xffffff)};
    return p;
}

ThemePalette darkPalette()
{
    ThemePalette p;
    p.background = QColor(0x1e2126);
    p.surface = QColor(0x272b31);
    p.subtleSurface = QColor(0x2f343b);
    p.foreground = QColor(0xe8eaed);
    p.secondaryForeground = QColor(0xaab1ba);
    p.divider = QColor(0x444b54);
    p.accent = QColor(0x4db6ac);
    p.onAccent = QColor(0x10201e);
    p.barBackground = QColor(0x1a237e);
    p.barForeground = QColor(0xffffff);
    p.targetColor = QColor(0xc5cae9);
    p.errorColor = QColor(0xff8a80);
    p.noPeersColor = QColor(0x33383f);
    p.notAssessedColor = QColor(0x5f6670);
    p.gapColors = {QColor(0xc62828), QColor(0xef9a9a), QColor(0x5f6670), QColor(0xa5d6a7), QColor(0x2e7d32)};
    p.gapTextColors = {QColor(0xffffff), QColor(0x212121), QColor(0xffffff), QColor(0x212121), QColor(0xffffff)};
    return p;
}

// Colours both themes share: the level scale, the error banner, N/A and draft markers.
void addSharedColours(ThemePalette &p)
{
    p.errorBackground = QColor(0xb71c1c);
    p.onError = QColor(0xffffff);
    p.notApplicableColor = QColor(0x546e7a);
    p.onNotApplicable = QColor(0xffffff);
    p.draftColor = QColor(0xf9a825);
    p.levelColors = {QColor(0xc62828), QColor(0xef6c00), QColor(0xf9a825), QColor(0x7cb342), QColor(0x2e7d32)};
    // Dark text on orange, amber and light green; white only where it reaches 4.5:1.
    p.levelTextColors = {QColor(0xffffff), QColor(0x212121), QColor(0x212121), QColor(0x212121), QColor(0xffffff)};
}

QVariantList listOf(const std::array<QColor, ThemePalette::levelCount> &colours)
{
    QVariantList list;
    for (const QColor &colour : colours)
        list << colour;
    return list;
}

} // namespace

ThemePalette ThemePalette::of(Theme theme)
{
    ThemePalette palette = theme == Theme::Dark ? darkPalette() : lightPalette();
    addSharedColours(palette);
    return palette;
}

QList<ColourPair> ThemePalette::textPairs() const
{
    const QColor selectedRow = ContrastRatio::composite(accent, selectedRowTint, surface);
    const QColor chosenLevel = ContrastRatio::composite(accent, chosenLevelTint, surface);
    const QColor draftBanner = ContrastRatio::composite(draftColor, draftBannerTint, background);
    auto muted = [&](const QColor &below) { return ContrastRatio::composite(foreground, mutedTextOpacity, below); };
    QList<ColourPair> pairs{
        {QStringLiteral("text on the page"), foreground, background},
        {QStringLiteral("text on a card or field"), foreground, surface},
        {QStringLiteral("text on a subtle surface"), foreground, subtleSurface},
        {QStringLiteral("notes on the page"), secondaryForeground, background},
        {QStringLiteral("notes and placeholders on a card or field"), secondaryForeground, surface},
        {QStringLiteral("notes on a subtle surface"), secondaryForeground, subtleSurface},
        {QStringLiteral("dimmed text on the page"), muted(background), background},
        {QStringLiteral("dimmed text on a card"), muted(surface), surface},
        {QStringLiteral("dimmed text on a subtle surface"), muted(subtleSurface), subtleSurface},
        {QStringLiteral("accent text (headings, figures) on the page"), accent, background},
        {QStringLiteral("accent text on a card"), accent, surface},
        {QStringLiteral("selected row in lists, the find dialog and the peer-group list"), onAccent, accent},
        {QStringLiteral("selected row in the navigation pane"), foreground, selectedRow},
        {QStringLiteral("notes in the selected navigation row"), secondaryForeground, selectedRow},
        {QStringLiteral("chosen level"), foreground, chosenLevel},
        {QStringLiteral("notes in the chosen level"), secondaryForeground, chosenLevel},
        {QStringLiteral("tool bar"), barForeground, barBackground},
        {QStringLiteral("error text on the page"), errorColor, background},
        {QStringLiteral("error text in a dialog"), errorColor, surface},
        {QStringLiteral("error banner"), onError, errorBackground},
        {QStringLiteral("N/A badge"), onNotApplicable, notApplicableColor},
        {QStringLiteral("draft banner"), foreground, draftBanner},
        {QStringLiteral("heat map cell with too few peers"), secondaryForeground, noPeersColor},
        {QStringLiteral("unassessed level"), foreground, notAssessedColor},
    };
    for (int i = 0; i < levelCount; ++i) {
        pairs << ColourPair{QStringLiteral("level %1 badge").arg(i), levelTextColors[i], levelColors[i]};
        pairs << ColourPair{QStringLiteral("heat map band %1").arg(i), gapTextColors[i], gapColors[i]};
    }
    return pairs;
}

QVariantMap ThemePalette::toVariantMap() const
{
    return {{QStringLiteral("background"), background},
            {QStringLiteral("surface"), surface},
            {QStringLiteral("subtleSurface"), subtleSurface},
            {QStringLiteral("foreground"), foreground},
            {QStringLiteral("secondaryForeground"), secondaryForeground},
            {QStringLiteral("divider"), divider},
            {QStringLiteral("accent"), accent},
            {QStringLiteral("onAccent"), onAccent},
            {QStringLiteral("barBackground"), barBackground},
            {QStringLiteral("barForeground"), barForeground},
            {QStringLiteral("targetColor"), targetColor},
            {QStringLiteral("errorColor"), errorColor},
            {QStringLiteral("errorBackground"), errorBackground},
            {QStringLiteral("onError"), onError},
            {QStringLiteral("notApplicableColor"), notApplicableColor},
            {QStringLiteral("onNotApplicable"), onNotApplicable},
            {QStringLiteral("draftColor"), draftColor},
            {QStringLiteral("notAssessedColor"), notAssessedColor},
            {QStringLiteral("noPeersColor"), noPeersColor},
            {QStringLiteral("levelColors"), listOf(levelColors)},
            {QStringLiteral("levelTextColors"), listOf(levelTextColors)},
            {QStringLiteral("gapColors"), listOf(gapColors)},
            {QStringLiteral("gapTextColors"), listOf(gapTextColors)},
            {QStringLiteral("selectedRowTint"), selectedRowTint},
            {QStringLiteral("chosenLevelTint"), chosenLevelTint},
            {QStringLiteral("draftBannerTint"), draftBannerTint}};
}

} // namespace iamm
