import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// For the projector: the current item's text and the five levels in large type. The
// walkthrough keys still work; F5 or Escape leaves.
Pane {
    id: presenter

    readonly property var session: Workshop.session
    // The base type size grows with the screen so a room can read it.
    readonly property real unit: Math.max(14, Math.min(width / 64, height / 36))

    signal leaveRequested()

    // Sized by the layout around it; its content follows its width, not the other way round.
    implicitWidth: 400
    implicitHeight: 300

    padding: unit * 2
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Presenter view")

    ColumnLayout {
        anchors.fill: parent
        spacing: presenter.unit

        RowLayout {
            Layout.fillWidth: true
            spacing: presenter.unit
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 · %2").arg(presenter.session.itemId).arg(presenter.session.sectionTitle)
                font.pixelSize: presenter.unit * 1.2
                font.weight: Font.Bold
                color: Style.accent
                wrapMode: Text.Wrap
            }
            Label {
                text: qsTr("%1 / %2").arg(presenter.session.currentIndex + 1).arg(presenter.session.itemCount)
                font.pixelSize: presenter.unit * 1.2
                opacity: 0.7
            }
        }

        Label {
            objectName: "presenterText"
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: presenter.session.itemText
            font.pixelSize: presenter.unit * 2.4
            minimumPixelSize: presenter.unit * 1.2
            fontSizeMode: Text.Fit
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
            lineHeight: 1.1
            Accessible.name: text
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: presenter.unit * 11
            spacing: presenter.unit * 0.6

            Repeater {
                model: presenter.session.scaleLevels
                delegate: PresenterLevelCard {
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    unit: presenter.unit
                    badgeText: String(modelData.value)
                    badgeColor: Style.levelColor(modelData.value)
                    badgeTextColor: Style.levelTextColor(modelData.value)
                    label: modelData.label
                    descriptor: modelData.descriptor
                    chosen: presenter.session.score === modelData.value
                }
            }
            PresenterLevelCard {
                Layout.fillHeight: true
                Layout.preferredWidth: presenter.unit * 7
                visible: presenter.session.allowNotApplicable
                unit: presenter.unit
                badgeText: qsTr("N")
                badgeColor: Style.notApplicableColor
                badgeTextColor: "white"
                label: presenter.session.notApplicableLabel
                descriptor: ""
                chosen: presenter.session.notApplicable
            }
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("0–4 choose a level · N not applicable · ← → move between items · F5 or Esc leaves")
            font.pixelSize: presenter.unit * 0.8
            opacity: 0.6
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }
}
