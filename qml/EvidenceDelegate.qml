// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// One piece of evidence: what it is, its content or where it points, and its actions.
Frame {
    id: evidence

    required property var evidenceId
    required property string kind
    required property string title
    required property string text
    required property bool confidential
    required property string fileName
    required property string sizeText
    required property string createdAt
    property bool editable: true

    signal removeRequested()

    readonly property string kindLabel: kind === "note" ? qsTr("Note") : kind === "link" ? qsTr("Link") : qsTr("File")

    padding: Style.gap
    leftPadding: Style.margin
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1: %2").arg(kindLabel).arg(title)

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Style.gap

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: evidence.title !== "" ? qsTr("%1: %2").arg(evidence.kindLabel).arg(evidence.title) : evidence.kindLabel
                font.weight: Font.Medium
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: evidence.kind === "file" ? qsTr("%1 (%2)").arg(evidence.fileName).arg(evidence.sizeText) : evidence.text
                wrapMode: evidence.kind === "link" ? Text.WrapAnywhere : Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: evidence.confidential ? qsTr("Confidential · added %1").arg(evidence.createdAt)
                                            : qsTr("Added %1").arg(evidence.createdAt)
                font.pixelSize: 12
                opacity: 0.7
                wrapMode: Text.Wrap
            }
        }
        Button {
            visible: evidence.kind !== "note"
            text: qsTr("Open")
            flat: true
            Accessible.name: qsTr("Open %1").arg(evidence.title)
            onClicked: Workshop.session.evidence.openEvidence(evidence.evidenceId)
        }
        Button {
            objectName: "removeEvidenceButton"
            text: qsTr("Remove…")
            flat: true
            enabled: evidence.editable
            Accessible.name: qsTr("Remove %1").arg(evidence.title)
            onClicked: evidence.removeRequested()
        }
    }
}
