// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Questions to guide the discussion. They are this product's guidance, not official text,
// and are marked as such.
Frame {
    id: box

    readonly property var session: Workshop.session

    padding: Style.margin
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Guiding questions")

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Style.gap

        SectionHeading {
            Layout.fillWidth: true
            text: qsTr("Guiding questions")
            note: qsTr("Guidance from this product to help the discussion — not part of the official IAMM text.")
        }
        Repeater {
            model: box.session.navigator.guidingQuestions
            delegate: ReadableText {
                required property string modelData
                Layout.fillWidth: true
                text: "• " + modelData
                Accessible.name: modelData
            }
        }
    }
}
