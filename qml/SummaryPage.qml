// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Where the team stands: section scores and coverage, every item's level against its
// target, and the largest gaps.
Page {
    id: summary

    readonly property var session: Workshop.session

    signal itemRequested(int index)

    onVisibleChanged: {
        if (visible)
            trend.reload()
    }

    RoundsTrendController {
        id: trend
        session: Workshop.session
    }

    // Sized by the layout around it; its content follows its width, not the other way round.
    implicitWidth: 400
    implicitHeight: 300

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            x: Style.pageMargin
            width: scroll.availableWidth - 2 * Style.pageMargin
            spacing: Style.pageMargin

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Style.pageMargin
                text: qsTr("Summary: %1 – %2 (%3)").arg(summary.session.stateName).arg(summary.session.title)
                      .arg(summary.session.date)
                font.pixelSize: 26
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            GridLayout {
                Layout.fillWidth: true
                columns: summary.width >= 900 ? summary.session.summary.sections.length + 1 : 1
                columnSpacing: Style.margin
                rowSpacing: Style.margin

                Repeater {
                    model: summary.session.summary.sections
                    delegate: ScoreCard {
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.fillHeight: true
                        heading: qsTr("%1 (%2)").arg(modelData.title).arg(modelData.id)
                        mean: Localizer.formatScore(modelData.mean, 1)
                        scaleMax: summary.session.response.scaleMax
                        itemCount: modelData.itemCount
                        scoredCount: modelData.scoredCount
                        notApplicableCount: modelData.notApplicableCount
                    }
                }
                ScoreCard {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.fillHeight: true
                    heading: qsTr("All items")
                    mean: Localizer.formatScore(summary.session.summary.overallMean, 1)
                    scaleMax: summary.session.response.scaleMax
                    itemCount: summary.session.navigator.itemCount
                    scoredCount: summary.session.summary.scoredCount
                    notApplicableCount: summary.session.summary.notApplicableCount
                }
            }

            SectionHeading {
                Layout.fillWidth: true
                text: qsTr("Levels and targets of all %1 items").arg(summary.session.navigator.itemCount)
                note: qsTr("Each bar and the number above it show the level the team agreed (level 0 is a short outlined "
                           + "bar, \"–\" means not rated); the horizontal line across a bar marks the target. "
                           + "Choose a bar to open the item.")
            }
            LevelChart {
                Layout.fillWidth: true
                Layout.preferredHeight: 300
                onItemRequested: index => summary.itemRequested(index)
            }

            SectionHeading {
                Layout.fillWidth: true
                visible: trend.hasTrend
                text: qsTr("Across rounds")
                note: qsTr("Section and overall means of every assessment of %1 on this framework, oldest first.")
                      .arg(summary.session.stateName)
            }
            TrendChart {
                objectName: "trendChart"
                Layout.fillWidth: true
                visible: trend.hasTrend
                trend: trend
                scaleMax: summary.session.response.scaleMax
            }
            RoundMovers {
                Layout.fillWidth: true
                visible: trend.risen.length + trend.fallen.length > 0
                trend: trend
                onItemRequested: index => summary.itemRequested(index)
            }

            SectionHeading {
                Layout.fillWidth: true
                text: qsTr("Largest gaps to target")
                note: summary.session.summary.largestGaps.length === 0
                      ? qsTr("No rated item is below its target.")
                      : qsTr("Rated items below their target, largest gap first.")
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.bottomMargin: Style.pageMargin
                spacing: 0
                Repeater {
                    model: summary.session.summary.largestGaps.slice(0, 10)
                    delegate: ItemDelegate {
                        required property var modelData
                        Layout.fillWidth: true
                        Accessible.name: qsTr("%1, gap %2: %3").arg(gapText.text).arg(modelData.gap).arg(modelData.text)
                        onClicked: summary.itemRequested(modelData.index)
                        contentItem: RowLayout {
                            spacing: Style.margin
                            Label {
                                Layout.preferredWidth: 56
                                Layout.alignment: Qt.AlignTop
                                text: qsTr("−%1").arg(modelData.gap)
                                font.pixelSize: 22
                                font.weight: Font.Bold
                                color: Style.foreground
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Label {
                                    id: gapText
                                    Layout.fillWidth: true
                                    text: qsTr("%1: level %2, target %3").arg(modelData.itemId).arg(modelData.score)
                                          .arg(modelData.target)
                                    font.weight: Font.Bold
                                    wrapMode: Text.Wrap
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: modelData.text
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
