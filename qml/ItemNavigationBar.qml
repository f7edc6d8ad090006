// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Where the current item sits, and the ways to the previous, next and next unassessed item.
Pane {
    id: bar

    readonly property var session: Workshop.session

    padding: 0
    leftPadding: Style.pageMargin
    rightPadding: Style.gap
    background: Rectangle {
        color: Style.subtleSurface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Style.divider
        }
    }

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Style.gap

        Label {
            Layout.fillWidth: true
            text: qsTr("%1 · item %2 of %3").arg(bar.session.navigator.sectionTitle).arg(bar.session.navigator.walkthrough.currentRow + 1)
                  .arg(bar.session.navigator.itemCount)
            elide: Text.ElideRight
            Accessible.name: text
        }
        ToolButton {
            objectName: "previousButton"
            text: qsTr("‹ Previous")
            enabled: bar.session.navigator.walkthrough.currentRow > 0
            Accessible.name: qsTr("Previous item (Left arrow or Page Up)")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Left arrow or Page Up")
            onClicked: bar.session.navigator.previous()
        }
        ToolButton {
            objectName: "nextButton"
            text: qsTr("Next ›")
            enabled: bar.session.navigator.walkthrough.currentRow < bar.session.navigator.itemCount - 1
            Accessible.name: qsTr("Next item (Right arrow or Page Down)")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Right arrow or Page Down")
            onClicked: bar.session.navigator.next()
        }
        ToolButton {
            objectName: "nextUnassessedButton"
            text: qsTr("Next unassessed »")
            enabled: bar.session.summary.scoredCount + bar.session.summary.notApplicableCount < bar.session.navigator.itemCount
            Accessible.name: qsTr("Next item without a rating (U)")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("U")
            onClicked: bar.session.navigator.nextUnassessed()
        }
    }
}
