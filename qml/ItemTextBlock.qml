// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The item's official text, exactly as in the source document, or its translation into the
// application's language marked as such, and where it comes from.
ColumnLayout {
    id: block

    readonly property var session: Workshop.session
    readonly property bool hasHeading: session.navigator.itemHeading !== "" && session.navigator.itemHeading !== session.navigator.itemText

    spacing: Style.gap

    ReadableText {
        Layout.fillWidth: true
        text: block.session.navigator.itemId
        font.pixelSize: 15
        font.weight: Font.Bold
        color: Style.accent
        heading: true
        Accessible.name: qsTr("Item %1").arg(text)
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Style.margin

        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 4
            Layout.preferredHeight: officialColumn.implicitHeight
            color: Style.accent
        }
        ColumnLayout {
            id: officialColumn
            Layout.fillWidth: true
            spacing: Style.gap
            ReadableText {
                objectName: "officialText"
                Layout.fillWidth: true
                text: block.session.navigator.itemText
                font.pixelSize: block.width > 700 ? 24 : 20
                Accessible.name: block.session.navigator.textLanguage.translated ? qsTr("Translated text: %1").arg(text)
                                                                                 : qsTr("Official text: %1").arg(text)
            }
            ReadableText {
                Layout.fillWidth: true
                visible: block.hasHeading
                text: qsTr("Full heading: %1").arg(block.session.navigator.itemHeading)
            }
            TranslationMark {
                objectName: "itemTranslationMark"
                Layout.fillWidth: true
            }
        }
    }

    ReadableText {
        Layout.fillWidth: true
        text: qsTr("Source: %1 — %2").arg(block.session.navigator.itemSource).arg(block.session.frameworkSource)
        font.pixelSize: 12
        color: Style.secondaryForeground
    }
}
