// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The forty items: the navigation pane on the left, the current item on the right.
Page {
    id: walkthrough

    implicitWidth: 400
    implicitHeight: 300

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationPane {
            Layout.fillHeight: true
            Layout.preferredWidth: Math.round(Math.max(260, Math.min(380, walkthrough.width * 0.24)))
        }

        ToolSeparator {
            Layout.fillHeight: true
            orientation: Qt.Vertical
            padding: 0
        }

        ItemPage {
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
