// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// For the projector: the current item's full text (with its sub-topics) and the five levels in
// the largest type that fits, the same size on every level card. The agreed level, the target
// and the save state stay in view. G shows the guiding questions; the walkthrough keys still
// work; F5 or Escape leaves.
Pane {
    id: presenter

    readonly property var session: Workshop.session
    // The base size of headings and spacing; texts that must fit are sized by TextFit.
    readonly property real unit: Math.max(12, Math.min(width / 64, height / 36))
    property bool showingQuestions: false

    readonly property bool hasHeading: session.navigator.itemHeading !== "" && session.navigator.itemHeading !== session.navigator.itemText
    readonly property string mainText: showingQuestions ? qsTr("Guiding questions")
                                       : hasHeading ? session.navigator.itemHeading : session.navigator.itemText
    readonly property string detailText: showingQuestions ? session.navigator.guidingQuestions.map(q => "• " + q).join("\n")
                                         : session.navigator.subtopics.map(t => "• " + t).join("\n")

    // Level cards: geometry decided here so one type size can be fitted to all of them.
    readonly property real cardGap: unit * 0.5
    readonly property real cardPadding: unit * 0.7
    readonly property real badgeSize: unit * 2.2
    readonly property int levelCount: session.response.scaleLevels.length
    readonly property real notApplicableWidth: session.response.allowNotApplicable ? unit * 7 : 0
    readonly property real cardWidth: levelCount === 0 ? 0
        : (levelsRow.width - notApplicableWidth - cardGap * (session.response.allowNotApplicable ? levelCount : levelCount - 1))
          / levelCount
    readonly property real cardTextHeight: levelsRow.height - 2 * cardPadding - badgeSize - cardGap
    readonly property int cardTextSize: Math.min(
        TextFit.largestBlockPixelSize(session.response.scaleLevels.map(level => level.label),
                                      session.response.scaleLevels.map(level => level.descriptor), presenter.font,
                                      cardWidth - 2 * cardPadding, cardTextHeight, 6, Math.round(unit * 1.2)),
        TextFit.largestBlockPixelSize([session.response.notApplicableLabel], [""], presenter.font,
                                      notApplicableWidth - 2 * cardPadding, cardTextHeight, 6, Math.round(unit * 1.2)))
    readonly property int mainTextSize: TextFit.largestPixelSize(
        [detailText === "" ? mainText : mainText + "\n" + detailText], presenter.font, textArea.width, textArea.height,
        8, Math.round(unit * 2.4))

    signal leaveRequested()

    function levelName(value) {
        const levels = session.response.scaleLevels
        for (let i = 0; i < levels.length; ++i) {
            if (levels[i].value === value)
                return qsTr("%1 %2").arg(value).arg(levels[i].label)
        }
        return qsTr("none")
    }

    // Sized by the layout around it; its content follows its width, not the other way round.
    implicitWidth: 400
    implicitHeight: 300

    padding: unit * 1.5
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Presenter view")

    onVisibleChanged: {
        showingQuestions = false
        if (!visible)
            voting.stop()
    }

    VotingController {
        id: voting
        objectName: "presenterVoting"
        session: Workshop.session
    }

    VotingSetupDialog {
        id: votingSetup
        voting: voting
    }

    Shortcut {
        sequence: "V"
        enabled: presenter.visible && presenter.session.isOpen
        onActivated: voting.listening ? voting.stop() : votingSetup.open()
    }
    Shortcut {
        sequence: "C"
        enabled: presenter.visible && voting.listening
        onActivated: voting.open ? voting.closeVote() : voting.reopenVote()
    }
    Shortcut {
        sequence: "M"
        enabled: presenter.visible && voting.listening && !voting.open && !presenter.session.isFinal
        onActivated: voting.takeMedian()
    }
    Connections {
        target: presenter.session.navigator
        function onCurrentItemChanged() { presenter.showingQuestions = false }
    }

    Shortcut {
        sequences: ["G"]
        enabled: presenter.visible && presenter.session.isOpen
        onActivated: presenter.showingQuestions = !presenter.showingQuestions
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: presenter.unit * 0.6

        RowLayout {
            Layout.fillWidth: true
            spacing: presenter.unit
            Label {
                objectName: "presenterHeading"
                Layout.fillWidth: true
                text: qsTr("%1 · %2").arg(presenter.session.navigator.itemId).arg(presenter.session.navigator.sectionTitle)
                font.pixelSize: presenter.unit * 1.1
                font.weight: Font.Bold
                color: Style.accent
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "presenterAgreed"
                text: presenter.session.response.notApplicable ? qsTr("Agreed: %1").arg(presenter.session.response.notApplicableLabel)
                      : qsTr("Agreed: %1").arg(presenter.levelName(presenter.session.response.score))
                font.pixelSize: presenter.unit
                font.weight: Font.Bold
            }
            Label {
                objectName: "presenterTarget"
                text: qsTr("Target: %1").arg(presenter.session.response.target < 0 ? qsTr("none") : presenter.session.response.target)
                font.pixelSize: presenter.unit
            }
            PresenterClock {
                objectName: "presenterClock"
                unit: presenter.unit
                active: presenter.visible
            }
            SaveIndicator {
                objectName: "presenterSaveIndicator"
                font.pixelSize: presenter.unit * 0.8
            }
            Label {
                text: qsTr("%1 / %2").arg(presenter.session.navigator.walkthrough.currentRow + 1).arg(presenter.session.navigator.itemCount)
                font.pixelSize: presenter.unit
                opacity: 0.7
            }
        }

        Item {
            id: textArea
            objectName: "presenterTextArea"
            Layout.fillWidth: true
            Layout.fillHeight: true

            Column {
                objectName: "presenterTextColumn"
                width: parent.width
                anchors.verticalCenter: parent.verticalCenter
                Label {
                    objectName: "presenterText"
                    width: parent.width
                    text: presenter.mainText
                    font.pixelSize: presenter.mainTextSize
                    font.weight: presenter.showingQuestions ? Font.Bold : Font.Normal
                    wrapMode: Text.WordWrap
                    Accessible.name: text
                }
                Label {
                    objectName: "presenterDetails"
                    width: parent.width
                    visible: text !== ""
                    text: presenter.detailText
                    font.pixelSize: presenter.mainTextSize
                    wrapMode: Text.WordWrap
                    Accessible.name: text
                }
            }
        }

        TranslationMark {
            objectName: "presenterTranslationMark"
            Layout.fillWidth: true
            pixelSize: presenter.unit * 0.8
        }

        PresenterVotingPanel {
            objectName: "presenterVotingPanel"
            Layout.fillWidth: true
            Layout.preferredHeight: levelsRow.Layout.preferredHeight
            visible: voting.listening
            voting: voting
            unit: presenter.unit
            editable: !presenter.session.isFinal && Workshop.readOnlyReason === ""
        }

        Item {
            id: levelsRow
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(presenter.unit * 8, presenter.availableHeight * 0.4)
            visible: !voting.listening

            Row {
                spacing: presenter.cardGap
                Repeater {
                    model: presenter.session.response.scaleLevels
                    delegate: PresenterLevelCard {
                        required property var modelData
                        objectName: "presenterLevel" + modelData.value
                        width: presenter.cardWidth
                        height: levelsRow.height
                        unit: presenter.unit
                        padding: presenter.cardPadding
                        badgeSize: presenter.badgeSize
                        textSize: presenter.cardTextSize
                        badgeText: String(modelData.value)
                        badgeColor: Style.levelColor(modelData.value)
                        badgeTextColor: Style.levelTextColor(modelData.value)
                        label: modelData.label
                        descriptor: modelData.descriptor
                        chosen: presenter.session.response.score === modelData.value
                        targeted: presenter.session.response.target === modelData.value
                    }
                }
                PresenterLevelCard {
                    objectName: "presenterNotApplicable"
                    width: presenter.notApplicableWidth
                    height: levelsRow.height
                    visible: presenter.session.response.allowNotApplicable
                    unit: presenter.unit
                    padding: presenter.cardPadding
                    badgeSize: presenter.badgeSize
                    textSize: presenter.cardTextSize
                    badgeText: qsTr("N")
                    badgeColor: Style.notApplicableColor
                    badgeTextColor: "white"
                    label: presenter.session.response.notApplicableLabel
                    descriptor: ""
                    chosen: presenter.session.response.notApplicable
                }
            }
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("0–4 level · N not applicable · G guiding questions · T clock · V live vote · ← → items · Ctrl+Z undo · Ctrl+E show English · F5 or Esc leaves")
            font.pixelSize: Math.max(10, presenter.unit * 0.7)
            opacity: 0.7
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
        }
    }
}
