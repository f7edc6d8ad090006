import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The team's agreed level on the five-level scale, or not applicable.
ColumnLayout {
    id: section

    property bool editable: true
    readonly property var session: Workshop.session

    spacing: Style.gap

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
        model: section.session.scaleLevels
        delegate: LevelOption {
            required property var modelData
            Layout.fillWidth: true
            objectName: "levelOption" + modelData.value
            value: modelData.value
            label: modelData.label
            descriptor: modelData.descriptor
            chosen: section.session.score === modelData.value
            enabled: section.editable
            onClicked: section.session.chooseLevel(modelData.value)
        }
    }

    LevelOption {
        Layout.fillWidth: true
        objectName: "notApplicableOption"
        visible: section.session.allowNotApplicable
        value: -1
        badgeText: qsTr("N/A")
        label: section.session.notApplicableLabel
        descriptor: qsTr("The item does not apply to this State; it is left out of every score.")
        chosen: section.session.notApplicable
        enabled: section.editable
        onClicked: section.session.chooseNotApplicable()
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            text: section.session.notApplicable ? qsTr("Rated: not applicable")
                  : section.session.score >= 0 ? qsTr("Rated: level %1").arg(section.session.score)
                  : qsTr("Not assessed yet")
            wrapMode: Text.Wrap
            Accessible.name: text
        }
        Button {
            objectName: "clearRatingButton"
            text: qsTr("Clear rating")
            flat: true
            enabled: section.editable && (section.session.score >= 0 || section.session.notApplicable)
            Accessible.name: qsTr("Clear the rating (Delete)")
            onClicked: section.session.clearRating()
        }
    }
}
