import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The assessments in the database and what can be done with them.
Page {
    id: startPage

    signal openRequested(string assessmentId)

    // Sized by the layout around it; its content follows its width, not the other way round.
    implicitWidth: 400
    implicitHeight: 300

    ListView {
        id: list
        objectName: "assessmentList"
        anchors.fill: parent
        clip: true
        model: Workshop.assessments
        spacing: Style.gap
        bottomMargin: Style.pageMargin
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Assessments")

        header: ColumnLayout {
            width: list.width
            spacing: Style.margin

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: Style.pageMargin
                Layout.bottomMargin: 0
                spacing: Style.margin

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Assessments")
                        font.pixelSize: 28
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Database: %1").arg(Workshop.databasePath)
                        opacity: 0.7
                        wrapMode: Text.WrapAnywhere
                    }
                }
                Button {
                    objectName: "newAssessmentButton"
                    text: qsTr("New assessment…")
                    highlighted: true
                    enabled: Workshop.startupProblem === ""
                    Accessible.name: qsTr("Create a new assessment")
                    onClicked: newAssessmentDialog.open()
                }
            }

            DemoOfferPane {
                Layout.fillWidth: true
                Layout.leftMargin: Style.pageMargin
                Layout.rightMargin: Style.pageMargin
                visible: list.count === 0 && Workshop.startupProblem === ""
                onDemoRequested: {
                    if (Workshop.loadDemoWorkshop())
                        startPage.openRequested(Workshop.session.assessmentId)
                }
                onCreateRequested: newAssessmentDialog.open()
            }
        }

        delegate: AssessmentCard {
            width: list.width - 2 * Style.pageMargin
            x: Style.pageMargin
            onOpenRequested: startPage.openRequested(assessmentId)
            onNewRoundRequested: newRoundDialog.openFor(assessmentId, stateName, title)
            onDeleteRequested: deleteDialog.openFor(assessmentId, stateName, title)
        }
    }

    NewAssessmentDialog {
        id: newAssessmentDialog
        onCreated: assessmentId => startPage.openRequested(assessmentId)
    }

    NewRoundDialog {
        id: newRoundDialog
        onCreated: assessmentId => startPage.openRequested(assessmentId)
    }

    ConfirmDialog {
        id: deleteDialog

        property string assessmentId

        function openFor(id, stateName, title) {
            assessmentId = id
            message = qsTr("Delete the assessment “%1” of %2 with all its ratings, evidence and actions? "
                           + "This cannot be undone.").arg(title).arg(stateName)
            open()
        }

        title: qsTr("Delete assessment")
        confirmText: qsTr("Delete")
        onConfirmed: Workshop.deleteAssessment(assessmentId)
    }
}
