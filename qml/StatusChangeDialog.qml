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
        const which = qsTr("the assessment “%1” of %2").arg(assessmentTitle).arg(stateName)
        if (isFinal) {
            message = qsTr("Reopen %1 as a draft? It can then be changed again, and it no longer counts "
                           + "as a final assessment in peer comparisons until it is finalized again.").arg(which)
        } else {
            const remaining = remainingCount === 0 ? qsTr("Every item is assessed.")
                            : remainingCount === 1 ? qsTr("1 item is still unassessed.")
                            : qsTr("%1 items are still unassessed.").arg(remainingCount)
            message = qsTr("Finalize %1? %2 A final assessment is read-only and counts in peer comparisons; "
                           + "you can reopen it later from this page.").arg(which).arg(remaining)
        }
        open()
    }

    objectName: "statusChangeDialog"
    title: reopening ? qsTr("Reopen assessment") : qsTr("Finalize assessment")
    confirmText: reopening ? qsTr("Reopen") : qsTr("Finalize")
    onConfirmed: Workshop.setFinal(assessmentId, !reopening)
}
