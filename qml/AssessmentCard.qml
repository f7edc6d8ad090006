// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// One assessment on the start page: who, what, when, how far, and what to do with it.
Frame {
    id: card

    required property string assessmentId
    required property string stateCode
    required property string stateName
    required property string title
    required property string date
    required property bool isFinal
    required property int itemCount
    required property int scoredCount
    required property int notApplicableCount
    required property int remainingCount
    required property int stateRoundCount
    // Empty without a previous round; the means are undefined when not known.
    required property string previousDate
    required property var overall
    required property var previousOverall
    required property var overallChange

    signal openRequested()
    signal newRoundRequested()
    signal deleteRequested()
    // Finalize a draft or reopen a final assessment, after a confirmation.
    signal statusChangeRequested()
    signal detailsRequested()
    // share: leave out typed text and confidential items.
    signal exportRequested(bool share)

    padding: Style.margin

    // The list item role sits on the layout: a Frame reports itself as a frame, whatever role
    // is asked for.
    GridLayout {
        Accessible.role: Accessible.ListItem
        Accessible.name: qsTr("%1, %2, %3, %4").arg(card.stateName).arg(card.title).arg(card.date)
                         .arg(card.isFinal ? qsTr("final") : qsTr("draft"))
        anchors.left: parent.left
        anchors.right: parent.right
        columns: card.width > 1000 ? 3 : 1
        columnSpacing: Style.pageMargin
        rowSpacing: Style.gap

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            spacing: 2

            RowLayout {
                Layout.fillWidth: true
                spacing: Style.gap
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 (%2)").arg(card.stateName).arg(card.stateCode)
                    font.pixelSize: 20
                    font.weight: Font.Medium
                    wrapMode: Text.Wrap
                }
                StatusChip {
                    isFinal: card.isFinal
                }
            }
            Label {
                Layout.fillWidth: true
                text: card.title
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Assessed on %1").arg(card.date)
                opacity: 0.7
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "roundChangeLabel"
                Layout.fillWidth: true
                visible: card.previousDate !== ""
                text: card.overallChange === undefined
                      ? qsTr("Follows the round of %1").arg(card.previousDate)
                      : qsTr("Overall mean %1 → %2 (%3) since the round of %4")
                        .arg(Localizer.formatScore(card.previousOverall, 2))
                        .arg(Localizer.formatScore(card.overall, 2))
                        .arg((card.overallChange > 0 ? "+" : "") + Localizer.formatNumber(card.overallChange, 2))
                        .arg(card.previousDate)
                wrapMode: Text.Wrap
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            spacing: 4
            SlimProgressBar {
                Layout.fillWidth: true
                total: card.itemCount
                amount: card.scoredCount + card.notApplicableCount
                Accessible.name: qsTr("Progress")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 scored · %2 N/A · %3 remaining").arg(card.scoredCount)
                      .arg(card.notApplicableCount).arg(card.remainingCount)
                wrapMode: Text.Wrap
            }
        }

        Flow {
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            spacing: 4
            // Right to left on wide cards, with Open first, so that when the row wraps the main
            // actions stay on top at the right and the rarer ones move below.
            layoutDirection: card.width > 1000 ? Qt.RightToLeft : Qt.LeftToRight

            Button {
                objectName: "openAssessmentButton"
                text: qsTr("Open")
                highlighted: true
                Accessible.name: qsTr("Open the assessment of %1").arg(card.stateName)
                onClicked: card.openRequested()
            }
            Button {
                objectName: "newRoundButton"
                visible: Workshop.readOnlyReason === ""
                text: qsTr("New round…")
                flat: true
                Accessible.name: qsTr("Start a new round from the assessment of %1").arg(card.stateName)
                onClicked: card.newRoundRequested()
            }
            Button {
                objectName: "detailsButton"
                text: qsTr("Team…")
                flat: true
                Accessible.name: qsTr("Show and edit the national team of the assessment of %1").arg(card.stateName)
                onClicked: card.detailsRequested()
            }
            Button {
                objectName: "finalizeButton"
                visible: Workshop.readOnlyReason === ""
                text: card.isFinal ? qsTr("Reopen…") : qsTr("Finalize…")
                flat: true
                Accessible.name: card.isFinal ? qsTr("Reopen the assessment of %1 as a draft").arg(card.stateName)
                                              : qsTr("Mark the assessment of %1 as final").arg(card.stateName)
                onClicked: card.statusChangeRequested()
            }
            Button {
                objectName: "exportButton"
                text: qsTr("Export…")
                flat: true
                Accessible.name: qsTr("Export the assessment of %1 to an exchange file").arg(card.stateName)
                onClicked: card.exportRequested(false)
            }
            Button {
                objectName: "exportShareButton"
                text: qsTr("Export for sharing…")
                flat: true
                Accessible.name: qsTr("Export the assessment of %1 without typed text or confidential items")
                                 .arg(card.stateName)
                onClicked: card.exportRequested(true)
            }
            Button {
                objectName: "deleteButton"
                visible: Workshop.readOnlyReason === ""
                text: qsTr("Delete…")
                flat: true
                Accessible.name: qsTr("Delete the assessment of %1").arg(card.stateName)
                onClicked: card.deleteRequested()
            }
        }
    }
}
