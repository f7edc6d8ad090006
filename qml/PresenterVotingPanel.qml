// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Live voting on the projector, in place of the level cards: the QR code and address of the voting page,
// the session code and, while the vote is open, only how many have voted; once closed, the distribution
// of the votes with their median and range, and the step to the agreed level.
Item {
    id: panel

    required property VotingController voting
    property real unit: 16
    property bool editable: true
    readonly property int largestCount: {
        let largest = 1
        for (const bar of voting.bars)
            largest = Math.max(largest, bar.count)
        return largest
    }

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Live vote")

    RowLayout {
        anchors.fill: parent
        spacing: panel.unit * 1.5

        Rectangle {
            Layout.preferredWidth: panel.height
            Layout.fillHeight: true
            color: "white"
            radius: panel.unit * 0.3
            QrCodeItem {
                objectName: "votingQrCode"
                anchors.fill: parent
                anchors.margins: panel.unit * 0.3
                text: panel.voting.joinUrl
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR code of the voting page")
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: panel.unit * 0.4

            Label {
                Layout.fillWidth: true
                text: qsTr("Scan the code, or open on a phone on this network:")
                font.pixelSize: panel.unit * 0.9
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "votingAddress"
                Layout.fillWidth: true
                text: panel.voting.joinUrl.replace(/\?code=\d+$/, "")
                font.pixelSize: panel.unit * 1.4
                font.weight: Font.Bold
                elide: Text.ElideMiddle
            }
            Label {
                objectName: "votingCode"
                text: qsTr("Session code %1").arg(panel.voting.code)
                font.pixelSize: panel.unit * 1.4
                font.weight: Font.Bold
                color: Style.accent
            }
            Label {
                objectName: "votingCount"
                visible: panel.voting.open
                text: qsTr("Votes received: %1").arg(panel.voting.voteCount)
                font.pixelSize: panel.unit * 2
                font.weight: Font.Bold
                Accessible.name: text
            }

            RowLayout {
                objectName: "votingHistogram"
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: !panel.voting.open
                spacing: panel.unit * 0.5
                Repeater {
                    model: panel.voting.open ? [] : panel.voting.bars
                    delegate: ColumnLayout {
                        id: column
                        required property var modelData
                        Layout.fillHeight: true
                        Layout.preferredWidth: panel.unit * 3.5
                        spacing: panel.unit * 0.2
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("%1: %n vote(s)", "", column.modelData.count).arg(column.modelData.badge)
                        Label {
                            Layout.alignment: Qt.AlignHCenter
                            text: String(column.modelData.count)
                            font.pixelSize: panel.unit
                            font.weight: Font.Bold
                        }
                        Item {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Rectangle {
                                anchors.bottom: parent.bottom
                                width: parent.width
                                height: Math.max(column.modelData.count > 0 ? 3 : 0,
                                                 parent.height * column.modelData.count / panel.largestCount)
                                radius: 3
                                color: column.modelData.notApplicable ? Style.notApplicableColor
                                                                      : Style.levelColor(Number(column.modelData.badge))
                            }
                        }
                        Label {
                            Layout.alignment: Qt.AlignHCenter
                            text: column.modelData.badge
                            font.pixelSize: panel.unit
                            font.weight: Font.Bold
                        }
                    }
                }
            }
            Label {
                objectName: "votingFigures"
                visible: !panel.voting.open
                text: panel.voting.medianText === ""
                      ? qsTr("Votes: %1 · no level given").arg(panel.voting.voteCount)
                      : qsTr("Votes: %1 · median %2 · range %3").arg(panel.voting.voteCount)
                        .arg(panel.voting.medianText).arg(panel.voting.rangeText)
                font.pixelSize: panel.unit
            }
        }

        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            spacing: panel.unit * 0.4

            Button {
                objectName: "closeVoteButton"
                Layout.fillWidth: true
                text: panel.voting.open ? qsTr("Close vote (C)") : qsTr("Reopen vote (C)")
                font.pixelSize: panel.unit * 0.8
                onClicked: panel.voting.open ? panel.voting.closeVote() : panel.voting.reopenVote()
            }
            Button {
                objectName: "takeVoteMedianButton"
                Layout.fillWidth: true
                text: qsTr("Take the median (M)")
                font.pixelSize: panel.unit * 0.8
                enabled: panel.editable && !panel.voting.open && panel.voting.medianLevel >= 0
                onClicked: panel.voting.takeMedian()
            }
            Button {
                objectName: "revoteButton"
                Layout.fillWidth: true
                text: qsTr("Vote again")
                font.pixelSize: panel.unit * 0.8
                onClicked: panel.voting.revote()
            }
            Button {
                objectName: "nextVoteButton"
                Layout.fillWidth: true
                text: qsTr("Next item (→)")
                font.pixelSize: panel.unit * 0.8
                onClicked: Workshop.session.navigator.next()
            }
            Button {
                objectName: "stopVotingButton"
                Layout.fillWidth: true
                text: qsTr("Stop voting (V)")
                font.pixelSize: panel.unit * 0.8
                onClicked: panel.voting.stop()
            }
            Label {
                Layout.maximumWidth: panel.unit * 14
                visible: panel.voting.problem !== ""
                text: panel.voting.problem
                color: Style.errorColor
                wrapMode: Text.Wrap
                font.pixelSize: panel.unit * 0.7
            }
        }
    }
}
