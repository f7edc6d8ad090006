// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The bar at the top: where the user is, the pages, the save indicator, the language and the theme.
ToolBar {
    id: bar

    property string page

    // A language by its own name, checked while it is the application's.
    component LanguageItem: MenuItem {
        required property int language
        objectName: "languageItem" + language
        text: LanguageController.nameOf(language)
        checkable: true
        checked: LanguageController.language === language
        onTriggered: {
            LanguageController.language = language
            checked = Qt.binding(() => LanguageController.language === language)
        }
    }

    signal pageRequested(string name)
    signal findRequested()

    palette.window: Style.barBackground
    palette.windowText: Style.barForeground
    palette.buttonText: Style.barForeground
    palette.button: Style.barBackground
    background: Rectangle {
        implicitHeight: 48
        color: Style.barBackground
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Style.margin
        anchors.rightMargin: Style.gap
        spacing: Style.gap

        Label {
            objectName: "toolBarTitle"
            Layout.fillWidth: true
            Layout.minimumWidth: 120
            text: Workshop.session.isOpen
                  ? qsTr("%1 · %2").arg(Workshop.session.stateName).arg(Workshop.session.title)
                  : qsTr("IAMM Self-Assessment")
            font.pixelSize: 18
            font.weight: Font.Medium
            elide: Text.ElideRight
            Accessible.name: text
        }

        Repeater {
            model: [
                { name: "start", label: qsTr("Assessments") },
                { name: "walkthrough", label: qsTr("Walkthrough") },
                { name: "summary", label: qsTr("Summary") },
                { name: "peers", label: qsTr("Peers") },
                { name: "presenter", label: qsTr("Present (F5)") }
            ]
            // A page tab (a ToolButton would report a push button whatever role is asked for);
            // the shown page is its checked, selected state.
            delegate: TabButton {
                required property var modelData
                readonly property bool current: bar.page === modelData.name

                text: modelData.label
                width: implicitWidth
                enabled: modelData.name === "start" || Workshop.session.isOpen
                checked: current
                autoExclusive: false
                font.weight: current ? Font.Bold : Font.Normal
                opacity: enabled ? 1 : 0.55
                Accessible.name: modelData.label
                Accessible.selected: current
                onClicked: {
                    bar.pageRequested(modelData.name)
                    checked = Qt.binding(() => current)
                }

                contentItem: Label {
                    text: parent.text
                    font: parent.font
                    color: Style.barForeground
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    implicitHeight: 40
                    color: parent.hovered ? Style.tint(Style.barForeground, 0.12) : "transparent"
                    border.width: parent.visualFocus ? 2 : 0
                    border.color: Style.barForeground
                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: 3
                        visible: parent.parent.current
                        color: Style.barForeground
                    }
                }
            }
        }

        ToolButton {
            objectName: "undoButton"
            text: qsTr("Undo")
            visible: Workshop.session.isOpen
            enabled: Workshop.session.response.canUndo
            opacity: enabled ? 1 : 0.55
            Accessible.name: qsTr("Undo the last rating, target, confidence or checklist change (Ctrl+Z)")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Undo the last rating, target, confidence or checklist change (Ctrl+Z)")
            onClicked: Workshop.session.response.undo()
        }

        ToolButton {
            objectName: "redoButton"
            text: qsTr("Redo")
            visible: Workshop.session.isOpen
            enabled: Workshop.session.response.canRedo
            opacity: enabled ? 1 : 0.55
            Accessible.name: qsTr("Redo the last undone change (Ctrl+Shift+Z)")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Redo the last undone change (Ctrl+Shift+Z)")
            onClicked: Workshop.session.response.redo()
        }

        ToolButton {
            text: qsTr("Find…")
            enabled: Workshop.session.isOpen
            opacity: enabled ? 1 : 0.55
            Accessible.name: qsTr("Find an item by its text (Ctrl+F)")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Find an item by its text (Ctrl+F)")
            onClicked: bar.findRequested()
        }

        SaveIndicator {
            Layout.preferredWidth: implicitWidth
        }

        ToolButton {
            id: languageButton
            objectName: "languageButton"
            text: LanguageController.languageName
            Accessible.name: qsTr("Language: %1").arg(text)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Language of the application")
            onClicked: languageMenu.open()

            Menu {
                id: languageMenu
                objectName: "languageMenu"
                y: languageButton.height
                LanguageItem { language: LanguageController.English }
                LanguageItem { language: LanguageController.French }
                LanguageItem { language: LanguageController.Spanish }
            }
        }

        ToolButton {
            text: Workshop.darkTheme ? qsTr("Light theme") : qsTr("Dark theme")
            Accessible.name: text
            onClicked: Workshop.darkTheme = !Workshop.darkTheme
        }
    }
}
