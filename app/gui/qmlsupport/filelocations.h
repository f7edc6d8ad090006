// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace iamm::gui {

// File dialogs' side in C++: the folder they start in (the last one used, else Documents if it
// exists, else home), what a typed save name means, and opening a saved file or its folder.
class FileLocations : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    Q_INVOKABLE QUrl startFolder() const;
    Q_INVOKABLE QString startFolderPath() const;
    // Remembers the folder of file (or file itself when it is a folder) for the next dialog.
    Q_INVOKABLE void remember(const QUrl &file);
    // {"file": url} for the file a save dialog's folder and typed name mean, or {"error": text}.
    Q_INVOKABLE QVariantMap saveTarget(const QString &folder, const QString &typed, const QString &suffix) const;
    Q_INVOKABLE QString localPath(const QUrl &file) const;
    Q_INVOKABLE QString fileNameOf(const QUrl &file) const;
    Q_INVOKABLE bool openFile(const QUrl &file) const;
    Q_INVOKABLE bool openFolderOf(const QUrl &file) const;
};

} // namespace iamm::gui
