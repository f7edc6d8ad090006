// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Iamm

// "Views in the room": how the participants' individual views on the current item spread
// (counts only, names hidden unless the facilitator shows them), the median and range, whether
// they diverge, their comments, and the step from the views to the agreed level.
ColumnLayout {
    id: section

    property bool editable: true
    readonly property var room: Workshop.session.room
    readonly property int largestCount: {
        let largest = 1
        for (const bar of room.counts)
            largest = Math.max(largest, bar.count)
        return largest
    }

    function chooseFile(file) {
        importDialog.openFor(file)
    }

    spacing: Style.gap
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Views in the room")

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Views in the room")
        note: section.room.participants === 0
              ? qsTr("No participant's view yet. Import a spreadsheet of votes or a participant's own "
                     + "assessment, or drop the file on this page.")
              : qsTr("Participants: %1 · agencies: %2 · views on this item: %3")
                .arg(section.room.participants).arg(section.room.agencies).arg(section.room.viewCount)
    }

    Repeater {
        model: section.room.participants > 0 ? section.room.counts : []
        delegate: RowLayout {
            required property var modelData
            Layout.fillWidth: true
            spacing: Style.gap
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1: %2 of the participants").arg(modelData.badge).arg(modelData.count)

            Label {
                Layout.preferredWidth: 36
                text: modelData.badge
                font.weight: Font.Bold
                horizontalAlignment: Text.AlignHCenter
            }
            Item {
                Layout.fillWidth: true
                Layout.preferredHeight: 18
                Rectangle {
                    objectName: "viewBar"
                    height: parent.height
                    width: Math.max(modelData.count > 0 ? 3 : 0, parent.width * modelData.count / section.largestCount)
                    radius: 3
                    color: modelData.notApplicable ? Style.notApplicableColor : Style.levelColor(Number(modelData.badge))
                }
            }
            Label {
                Layout.preferredWidth: 28
                text: String(modelData.count)
                horizontalAlignment: Text.AlignRight
            }
        }
    }

    Label {
        objectName: "roomFigures"
        Layout.fillWidth: true
        visible: section.room.hasViews
        text: section.room.medianText === "" ? qsTr("No level given: all views are N/A.")
              : qsTr("Median %1 · range %2").arg(section.room.medianText).arg(section.room.rangeText)
        wrapMode: Text.Wrap
        Accessible.name: text
    }
    Label {
        objectName: "divergenceNotice"
        Layout.fillWidth: true
        visible: section.room.divergent
        text: qsTr("Views differ here: discuss the differences before agreeing a level.")
        color: Style.errorColor
        font.weight: Font.Medium
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    Flow {
        Layout.fillWidth: true
        spacing: Style.gap
        Button {
            objectName: "takeMedianButton"
            visible: section.room.medianLevel >= 0
            enabled: section.editable
            text: qsTr("Take the median (level %1)").arg(section.room.medianLevel)
            Accessible.name: text
            onClicked: section.room.takeMedian()
        }
        Button {
            objectName: "nextDivergentButton"
            visible: section.room.divergentCount > 0
            text: qsTr("Next item where views differ (%1)").arg(section.room.divergentCount)
            Accessible.name: text
            onClicked: section.room.nextDivergent()
        }
        Button {
            objectName: "importViewsFileButton"
            text: qsTr("Import views…")
            enabled: section.editable
            Accessible.name: qsTr("Import participants' views from a file")
            onClicked: {
                fileDialog.currentFolder = FileLocations.startFolder()
                fileDialog.open()
            }
        }
        Button {
            objectName: "worksheetButton"
            text: qsTr("Print worksheets…")
            Accessible.name: qsTr("Print participant worksheets for rooms without devices")
            onClicked: worksheetDialog.open()
        }
        Button {
            objectName: "tallyButton"
            text: qsTr("Enter paper worksheets…")
            enabled: section.editable
            Accessible.name: qsTr("Type in the participants' paper worksheets")
            onClicked: tallyPage.open()
        }
        Switch {
            objectName: "showNamesSwitch"
            visible: section.room.participants > 0
            text: qsTr("Show names")
            checked: section.room.showNames
            Accessible.name: qsTr("Show the participants' names with their comments")
            onToggled: section.room.showNames = checked
        }
    }

    DissentNote {
        Layout.fillWidth: true
        visible: section.room.dissentExpected || Workshop.session.response.dissent !== ""
        editable: section.editable
    }

    Repeater {
        model: section.room.comments
        delegate: Label {
            required property var modelData
            Layout.fillWidth: true
            objectName: "roomComment"
            text: qsTr("“%1” (%2; %3)").arg(modelData.text).arg(modelData.attribution).arg(modelData.view)
            wrapMode: Text.Wrap
            Accessible.name: text
        }
    }

    ImportViewsDialog {
        id: importDialog
    }

    WorksheetDialog {
        id: worksheetDialog
    }

    TallyPage {
        id: tallyPage
    }

    FileDialog {
        id: fileDialog
        objectName: "viewsFileDialog"
        title: qsTr("Choose a spreadsheet of votes or a participant's assessment")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Participants' views (*.csv *.json)")]
        onAccepted: {
            FileLocations.remember(selectedFile)
            importDialog.openFor(selectedFile)
        }
    }
}
