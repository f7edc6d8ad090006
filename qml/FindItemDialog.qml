// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Ctrl+F: type part of an item's id or text, pick it with the arrow keys and Enter.
Dialog {
    id: dialog

    property var matches: []

    signal itemChosen(int index)

    function choose(row) {
        if (row < 0 || row >= matches.length)
            return
        close()
        itemChosen(matches[row].index)
    }

    parent: Overlay.overlay
    x: Math.round((parent.width - width) / 2)
    y: Style.pageMargin * 2
    width: Math.min(720, parent ? parent.width - 2 * Style.pageMargin : 720)
    height: Math.min(520, parent ? parent.height - 4 * Style.pageMargin : 520)
    modal: true
    focus: true
    padding: Style.margin
    title: qsTr("Find an item")

    onAboutToShow: {
        query.text = ""
        matches = Workshop.session.navigator.findItems("")
        results.currentIndex = 0
        query.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Style.gap

        TextField {
            id: query
            objectName: "findField"
            Layout.fillWidth: true
            placeholderText: qsTr("Words from the item's text, or its id such as EP-07")
            Accessible.name: qsTr("Find an item by its text or id")
            onTextChanged: {
                dialog.matches = Workshop.session.navigator.findItems(text)
                results.currentIndex = 0
            }
            Keys.onDownPressed: results.incrementCurrentIndex()
            Keys.onUpPressed: results.decrementCurrentIndex()
            onAccepted: dialog.choose(results.currentIndex)
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.matches.length === 0
            text: qsTr("No item contains “%1”.").arg(query.text)
            wrapMode: Text.Wrap
        }
        ListView {
            id: results
            objectName: "findResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.matches
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Matching items")
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                width: results.width
                highlighted: ListView.isCurrentItem
                text: qsTr("%1 — %2").arg(modelData.itemId).arg(modelData.text)
                Accessible.name: text
                contentItem: Label {
                    text: parent.text
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    color: parent.highlighted ? Style.onAccent : Style.foreground
                }
                onClicked: dialog.choose(index)
            }
        }
    }
}
