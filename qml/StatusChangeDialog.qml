// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Iamm

// Asks before an assessment is finalized (saying how many items are still unassessed) or
// reopened as a draft.
ConfirmDialog {
    id: dialog

    property string assessmentId
    property bool reopening

    function openFor(id, stateName, assessmentTitle, isFinal, remainingCount) {
        assessmentId = id
        reopening = isFinal
        if (isFinal) {
            message = qsTr("Reopen the assessment “%1” of %2 as a draft? It can then be changed again, and it no "
                           + "longer counts as a final assessment in peer comparisons until it is finalized again.")
                      .arg(assessmentTitle).arg(stateName)
        } else {
            const remaining = remainingCount === 0 ? qsTr("Every item is assessed.")
                                                   : qsTr("%n item(s) still unassessed.", "", remainingCount)
            message = qsTr("Finalize the assessment “%1” of %2? %3 A final assessment is read-only and counts in "
                           + "peer comparisons; you can reopen it later from this page.")
                      .arg(assessmentTitle).arg(stateName).arg(remaining)
        }
        open()
    }

    objectName: "statusChangeDialog"
    title: reopening ? qsTr("Reopen assessment") : qsTr("Finalize assessment")
    confirmText: reopening ? qsTr("Reopen") : qsTr("Finalize")
    onConfirmed: Workshop.setFinal(assessmentId, !reopening)
}
