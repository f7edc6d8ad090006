// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Iamm

// The heading above the rounds of a state with more than one assessment on the start page; nothing
// for a state with one.
Item {
    id: heading

    required property string section
    required property AssessmentListModel assessments
    readonly property int roundCount: assessments.roundCountOf(section)

    // ListView shows every section item, so one that must not show takes no height and draws nothing.
    implicitHeight: roundCount > 1 ? label.implicitHeight + 2 * Style.margin : 0

    Label {
        id: label
        objectName: "stateRoundsHeading"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Style.gap / 2
        visible: heading.roundCount > 1
        text: qsTr("%1 (%2) · %n round(s), newest first", "", heading.roundCount)
              .arg(heading.assessments.stateNameOf(heading.section)).arg(heading.section)
        font.pixelSize: 16
        font.weight: Font.Medium
        elide: Text.ElideRight
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
}
