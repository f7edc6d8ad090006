// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Creates a draft: the state (searched by name or code), the framework, a title and the date.
Dialog {
    id: dialog

    property string stateCode

    signal created(string assessmentId)

    function create() {
        const id = Workshop.createAssessment(stateCode, frameworkBox.currentValue, titleField.text, dateField.text)
        if (id === "")
            return
        close()
        created(id)
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(640, parent ? parent.width - 2 * Style.pageMargin : 640)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Style.margin : implicitHeight)
    modal: true
    focus: true
    padding: Style.margin
    title: qsTr("New assessment")

    onAboutToShow: {
        failureLabel.clear()
        stateCode = ""
        search.text = ""
        titleField.text = ""
        dateField.text = Workshop.today
        frameworkBox.currentIndex = Math.max(0, frameworkBox.indexOfValue(Workshop.defaultFrameworkId))
        search.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Style.gap

        Label {
            Layout.fillWidth: true
            text: dialog.stateCode === ""
                  ? qsTr("State: choose one below")
                  : qsTr("State: %1 (%2)").arg(states.nameOf(dialog.stateCode)).arg(dialog.stateCode)
            font.weight: Font.Medium
            wrapMode: Text.Wrap
        }
        TextField {
            id: search
            objectName: "stateSearchField"
            Layout.fillWidth: true
            placeholderText: qsTr("Search states by name or code")
            Accessible.name: qsTr("Search states by name or code")
            onTextEdited: stateList.currentIndex = -1
            Keys.onDownPressed: stateList.forceActiveFocus()
            onAccepted: {
                if (states.count > 0)
                    dialog.stateCode = states.codeAt(0)
            }
        }
        ListView {
            id: stateList
            objectName: "stateList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 120
            Layout.preferredHeight: 200
            clip: true
            model: StateListModel {
                id: states
                filterText: search.text
            }
            keyNavigationEnabled: true
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("States")
            delegate: ItemDelegate {
                required property string code
                required property string name
                required property int index
                width: stateList.width
                text: qsTr("%1 (%2)").arg(name).arg(code)
                highlighted: dialog.stateCode === code
                Accessible.name: text
                onClicked: {
                    stateList.currentIndex = index
                    dialog.stateCode = code
                }
            }
            Keys.onReturnPressed: dialog.stateCode = states.codeAt(currentIndex)
            Keys.onSpacePressed: dialog.stateCode = states.codeAt(currentIndex)
        }
        Label {
            objectName: "noStateFound"
            Layout.fillWidth: true
            visible: states.count === 0 && states.problem === ""
            text: qsTr("No state matches \"%1\". Try a name, a former name or an ISO code (GBR or GB).")
                  .arg(search.text.trim())
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: states.problem !== ""
            text: states.problem
            color: Style.errorColor
            wrapMode: Text.Wrap
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Style.margin
            rowSpacing: Style.gap

            Label {
                text: qsTr("Framework")
            }
            ComboBox {
                id: frameworkBox
                Layout.fillWidth: true
                model: Workshop.frameworks
                textRole: "title"
                valueRole: "id"
                Accessible.name: qsTr("Framework")
            }
            Label {
                text: qsTr("Title")
            }
            TextField {
                id: titleField
                objectName: "titleField"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. National workshop, first round")
                Accessible.name: qsTr("Title")
                onAccepted: dialog.create()
            }
            Label {
                text: qsTr("Date")
            }
            TextField {
                id: dateField
                objectName: "dateField"
                Layout.fillWidth: true
                placeholderText: qsTr("YYYY-MM-DD")
                inputMethodHints: Qt.ImhDate
                Accessible.name: qsTr("Date of the assessment (YYYY-MM-DD)")
                onAccepted: dialog.create()
            }
        }

        DialogFailure {
            id: failureLabel
            objectName: "newAssessmentFailure"
            Layout.fillWidth: true
            listening: dialog.visible
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "createButton"
            text: qsTr("Create")
            highlighted: true
            Accessible.name: qsTr("Create the assessment")
            onClicked: dialog.create()
        }
        Button {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: qsTr("Cancel")
        }
    }
}
