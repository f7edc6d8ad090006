// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Offered while the database is empty: try the fictitious demo, or start for real.
Frame {
    id: offer

    signal demoRequested()
    signal createRequested()

    padding: Style.pageMargin

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Style.margin

        Label {
            Layout.fillWidth: true
            text: qsTr("This database has no assessments yet")
            font.pixelSize: 22
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Style.readableWidth
            text: qsTr("To see how a workshop runs, load the demo: six fictitious states (Aurelia and its "
                       + "neighbours, codes XAA–XAF) with invented ratings, evidence and actions. Every name and "
                       + "score in it is made up. You can delete the demo assessments at any time.")
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Style.gap
            Button {
                objectName: "loadDemoButton"
                text: qsTr("Load the demo workshop")
                highlighted: true
                Accessible.name: qsTr("Load the fictitious demo workshop")
                onClicked: offer.demoRequested()
            }
            Button {
                text: qsTr("Create the first assessment…")
                Accessible.name: qsTr("Create the first assessment")
                onClicked: offer.createRequested()
            }
        }
    }
}
