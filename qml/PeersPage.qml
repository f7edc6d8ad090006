// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The open assessment against a peer group: the figures of `iamm gap` for all items and
// each section, who the peers are, every item against the peers' spread and a heat map of
// the gaps to the peer median. No peer's own score is ever shown.
Page {
    id: peersPage

    readonly property var comparison: Workshop.comparison
    readonly property var groups: Workshop.peerGroups.model
    // What the last export wrote, shown under the buttons.
    property string exportMessage
    property url exportedFile

    signal groupsRequested()

    // Sized by the layout around it; its content follows its width, not the other way round.
    implicitWidth: 400
    implicitHeight: 300

    function exportReport(file, paper, includeEvidence, nameContributors, includeNotes) {
        exportMessage = ""
        exportedFile = ""
        if (comparison.exportPdf(file, paper, includeEvidence, nameContributors, includeNotes)) {
            exportedFile = file
            exportMessage = qsTr("Gap report saved to %1").arg(FileLocations.localPath(file))
        }
    }

    function exportTable(file) {
        exportMessage = ""
        exportedFile = ""
        if (comparison.exportTable(file)) {
            exportedFile = file
            exportMessage = qsTr("Table of the group saved to %1").arg(FileLocations.localPath(file))
        }
    }

    onVisibleChanged: {
        if (visible) {
            exportMessage = ""
            comparison.recompute()
        }
    }

    ScrollView {
        id: scroll
        objectName: "peersScroll"
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            x: Style.pageMargin
            width: scroll.availableWidth - 2 * Style.pageMargin
            spacing: Style.margin

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Style.pageMargin
                text: peersPage.comparison.groupName === ""
                      ? qsTr("Peers: %1").arg(peersPage.comparison.stateName)
                      : qsTr("Peers: %1 compared with %2").arg(peersPage.comparison.stateName)
                        .arg(peersPage.comparison.groupName)
                font.pixelSize: 26
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Flow {
                Layout.fillWidth: true
                spacing: Style.gap

                RowLayout {
                    spacing: Style.gap
                    Label {
                        text: qsTr("Peer group")
                    }
                    ComboBox {
                        id: groupChoice
                        objectName: "groupChoice"
                        Layout.preferredWidth: 320
                        model: peersPage.groups
                        textRole: "label"
                        valueRole: "groupId"
                        currentIndex: peersPage.groups.count >= 0 ? peersPage.groups.rowOf(peersPage.comparison.groupId) : -1
                        Accessible.name: qsTr("Peer group to compare with")
                        // The style's read-only text field inside the box is a second, unnamed text
                        // object for a screen reader; it shows the box's current text.
                        contentItem.Accessible.name: displayText
                        onActivated: index => peersPage.comparison.groupId = peersPage.groups.groupIdAt(index)
                    }
                }
                RowLayout {
                    spacing: Style.gap
                    Label {
                        text: qsTr("Minimum peers")
                    }
                    SpinBox {
                        objectName: "minPeersSpin"
                        from: 1
                        to: 99
                        value: peersPage.comparison.minPeers
                        editable: true
                        Accessible.name: qsTr("Minimum number of peers with a level before peer figures are shown")
                        onValueModified: peersPage.comparison.minPeers = value
                    }
                }
                Button {
                    objectName: "manageGroupsButton"
                    text: qsTr("Groups…")
                    Accessible.name: qsTr("Show and edit the peer groups")
                    onClicked: peersPage.groupsRequested()
                }
                Button {
                    objectName: "exportReportButton"
                    text: qsTr("Export PDF report…")
                    highlighted: true
                    enabled: peersPage.comparison.hasResult
                    Accessible.name: qsTr("Export the gap report as a PDF file")
                    onClicked: {
                        reportDialog.suggestedFile = peersPage.comparison.suggestedFile("pdf")
                        reportDialog.open()
                    }
                }
                Button {
                    objectName: "exportTableButton"
                    text: qsTr("Export table (CSV/XLSX)…")
                    enabled: peersPage.comparison.hasResult
                    Accessible.name: qsTr("Export the table of the group's members and their levels")
                    onClicked: tableFileDialog.openWith(FileLocations.fileNameOf(peersPage.comparison.suggestedFile("csv")))
                }
            }

            SavedFileNotice {
                objectName: "exportMessage"
                Layout.fillWidth: true
                message: peersPage.exportMessage
                file: peersPage.exportedFile
            }

            Label {
                objectName: "comparisonProblem"
                Layout.fillWidth: true
                visible: !peersPage.comparison.hasResult
                text: peersPage.comparison.problem
                wrapMode: Text.Wrap
                Accessible.name: text
            }

            Label {
                objectName: "notMemberNote"
                Layout.fillWidth: true
                visible: peersPage.comparison.hasResult && !peersPage.comparison.subjectIsMember
                text: qsTr("%1 is not a member of %2: it is compared with the group's members, not with its own peers.")
                      .arg(peersPage.comparison.stateName).arg(peersPage.comparison.groupName)
                font.weight: Font.Bold
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            Pane {
                objectName: "draftNote"
                Layout.fillWidth: true
                visible: peersPage.comparison.isDraft
                padding: Style.gap
                leftPadding: Style.margin
                background: Rectangle {
                    color: Style.tint(Style.draftColor, 0.25)
                    border.color: Style.draftColor
                    radius: 4
                }
                Accessible.role: Accessible.AlertMessage
                Accessible.name: draftText.text

                Label {
                    id: draftText
                    anchors.left: parent.left
                    anchors.right: parent.right
                    text: qsTr("DRAFT: this assessment of %1 (%2) is not final; its figures may still change.")
                          .arg(peersPage.comparison.stateName).arg(peersPage.comparison.assessmentDate)
                    font.weight: Font.Bold
                    wrapMode: Text.Wrap
                }
            }

            GridLayout {
                Layout.fillWidth: true
                visible: peersPage.comparison.hasResult
                columns: peersPage.width >= 900 ? Math.max(1, peersPage.comparison.summaries.length) : 1
                columnSpacing: Style.margin
                rowSpacing: Style.margin

                Repeater {
                    model: peersPage.comparison.summaries
                    delegate: PeerScoreCard {
                        required property var modelData
                        objectName: "scoreCard_" + modelData.id
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.fillHeight: true
                        summary: modelData
                        minPeers: peersPage.comparison.minPeers
                        scaleMax: peersPage.comparison.scaleMax
                    }
                }
            }

            PeerListPane {
                Layout.fillWidth: true
                visible: peersPage.comparison.hasResult
                peersUsed: peersPage.comparison.peersUsed
                missingPeers: peersPage.comparison.missingPeers
                minPeers: peersPage.comparison.minPeers
            }

            SectionHeading {
                Layout.fillWidth: true
                visible: peersPage.comparison.hasResult
                text: qsTr("Each item against the peers' spread")
                note: qsTr("Line: lowest to highest peer level; box: middle half of the peers; tick: peer median; "
                           + "dot: %1's level; diamond: its target.").arg(peersPage.comparison.stateName)
            }
            PeerSpreadChart {
                Layout.fillWidth: true
                visible: peersPage.comparison.hasResult
                model: peersPage.comparison.itemModel
                scaleMin: peersPage.comparison.scaleMin
                scaleMax: peersPage.comparison.scaleMax
                minPeers: peersPage.comparison.minPeers
            }

            SectionHeading {
                Layout.fillWidth: true
                visible: peersPage.comparison.hasResult
                text: qsTr("Heat map: gap to the peer median")
                note: qsTr("Each cell is an item with the gap between %1's level and the peers' median: ▼ below, "
                           + "≈ near, ▲ above (▼▼ and ▲▲ by 1.5 or more), also shown by colour. Hatched cells have "
                           + "no value: fewer than %n peer(s) have a level for the item.", "", peersPage.comparison.minPeers)
                      .arg(peersPage.comparison.stateName)
            }
            GapHeatMap {
                Layout.fillWidth: true
                Layout.bottomMargin: Style.pageMargin
                visible: peersPage.comparison.hasResult
                model: peersPage.comparison.itemModel
                sections: peersPage.comparison.summaries.slice(1)
                minPeers: peersPage.comparison.minPeers
            }
        }
    }

    ReportExportDialog {
        id: reportDialog
        onExportRequested: (file, paper, includeEvidence, nameContributors, includeNotes) => peersPage.exportReport(
                               file, paper, includeEvidence, nameContributors, includeNotes)
    }

    SaveFileDialog {
        id: tableFileDialog
        objectName: "tableFileDialog"
        title: qsTr("Export the table of the group")
        suffix: "csv"
        hint: qsTr("A name ending in .xlsx saves an Excel workbook; any other name a CSV table.")
        onFileChosen: file => peersPage.exportTable(file)
    }
}
