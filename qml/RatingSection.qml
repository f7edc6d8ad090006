// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The team's agreed level on the five-level scale, or not applicable.
ColumnLayout {
    id: section

    property bool editable: true
    readonly property var session: Workshop.session
    readonly property bool rated: session.response.score >= 0 || session.response.notApplicable

    // The options in keyboard order: the levels, then N/A when offered.
    function options() {
        const list = []
        for (let i = 0; i < levels.count; ++i)
            list.push(levels.itemAt(i))
        if (notApplicableOption.visible)
            list.push(notApplicableOption)
        return list
    }

    function moveFocus(from, step) {
        const list = options()
        const target = list[list.indexOf(from) + step]
        if (target)
            target.forceActiveFocus(Qt.TabFocusReason)
    }

    spacing: Style.gap
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Level agreed by the team")

    SectionHeading {
        objectName: "ratingHeading"
        Layout.fillWidth: true
        text: qsTr("Level agreed by the team")
        note: section.session.isFinal
              ? qsTr("This assessment is final and read-only. To change it, reopen it on the Assessments page.")
              : qsTr("Keys 0–4 choose a level, N marks the item not applicable, Delete clears the rating. "
                     + "Ctrl+Z undoes a change, Ctrl+Shift+Z redoes it.")
    }

    Repeater {
        id: levels
        model: section.session.response.scaleLevels
        delegate: LevelOption {
            id: levelOption
            required property var modelData
            required property int index
            Layout.fillWidth: true
            objectName: "levelOption" + modelData.value
            value: modelData.value
            label: modelData.label
            descriptor: modelData.descriptor
            chosen: section.session.response.score === modelData.value
            tabStop: chosen || (!section.rated && index === 0)
            enabled: section.editable
            onChooseRequested: section.session.response.chooseLevel(modelData.value)
            onFocusStepRequested: step => section.moveFocus(levelOption, step)
        }
    }

    LevelOption {
        id: notApplicableOption
        Layout.fillWidth: true
        objectName: "notApplicableOption"
        visible: section.session.response.allowNotApplicable
        value: -1
        badgeText: qsTr("N/A")
        label: section.session.response.notApplicableLabel
        descriptor: qsTr("The item does not apply to this State; it is left out of every score.")
        chosen: section.session.response.notApplicable
        enabled: section.editable
        onChooseRequested: section.session.response.chooseNotApplicable()
        onFocusStepRequested: step => section.moveFocus(notApplicableOption, step)
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            text: section.session.response.notApplicable ? qsTr("Rated: not applicable")
                  : section.session.response.score >= 0 ? qsTr("Rated: level %1").arg(section.session.response.score)
                  : qsTr("Not assessed yet")
            wrapMode: Text.Wrap
            Accessible.name: text
        }
        Button {
            objectName: "clearRatingButton"
            text: qsTr("Clear rating")
            flat: true
            enabled: section.editable && (section.session.response.score >= 0 || section.session.response.notApplicable)
            Accessible.name: qsTr("Clear the rating (Delete)")
            onClicked: section.session.response.clearRating()
        }
    }
}
