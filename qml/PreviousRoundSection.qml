// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The previous round's rating and rationale for the item, the change since, and — when the rating
// differs — the explanation of change: did practice really change, or only the evidence or the reading?
ColumnLayout {
    id: section

    property bool editable: true
    readonly property alias rounds: rounds

    spacing: Style.gap
    visible: rounds.hasPrevious
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Previous round")

    PreviousRoundController {
        id: rounds
        session: Workshop.session
    }

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Previous round")
        note: qsTr("%1, %2").arg(rounds.previousTitle).arg(rounds.previousDate)
    }
    Label {
        objectName: "previousRating"
        Layout.fillWidth: true
        text: rounds.changeText === "" ? qsTr("Then: %1").arg(rounds.previousRating)
                                       : qsTr("Then: %1 · change: %2").arg(rounds.previousRating).arg(rounds.changeText)
        font.weight: Font.Medium
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "previousRationale"
        Layout.fillWidth: true
        visible: rounds.previousRationale !== ""
        text: qsTr("“%1”").arg(rounds.previousRationale)
        wrapMode: Text.Wrap
        maximumLineCount: 4
        elide: Text.ElideRight
        opacity: 0.8
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: rounds.changed
        spacing: Style.gap / 2

        Label {
            Layout.fillWidth: true
            text: rounds.reason === "" ? qsTr("The rating differs from the previous round: why?")
                                       : qsTr("Explanation of change")
            color: rounds.reason === "" ? Style.errorColor : Style.foreground
            font.weight: Font.Medium
            wrapMode: Text.Wrap
        }
        ChoiceRow {
            Layout.fillWidth: true
            objectNamePrefix: "changeReason_"
            accessibleName: qsTr("Explanation of change")
            enabled: section.editable
            options: rounds.reasons.map(reason => ({ value: reason.value, label: reason.title }))
            value: rounds.reason
            clearValue: ""
            onChosen: value => rounds.setReason(value)
        }
        Label {
            Layout.fillWidth: true
            visible: rounds.reason !== ""
            text: rounds.reasons.filter(reason => reason.value === rounds.reason).map(reason => reason.meaning).join("")
            font.pixelSize: 12
            opacity: 0.75
            wrapMode: Text.Wrap
        }
        AutosaveTextArea {
            objectName: "changeNoteField"
            Layout.fillWidth: true
            savedText: rounds.note
            readOnly: !section.editable
            placeholderText: qsTr("What changed, in a sentence: a new law, better data, a stricter reading of level 3…")
            Accessible.name: qsTr("Explanation of change in words")
            onEdited: text => rounds.editNote(text)
        }
    }
}
