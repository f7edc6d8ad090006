// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlsupport/qmlwarningrecorder.h"

#include <QMutex>
#include <QMutexLocker>
#include <QtGlobal>

namespace iamm::gui {

namespace {

QtMessageHandler previousHandler = nullptr;
QMutex mutex;
QStringList recorded;

bool comesFromQml(const QMessageLogContext &context, const QString &message)
{
    const QLatin1String category(context.category ? context.category : "");
    if (category == QLatin1String("qml") || category == QLatin1String("js")
        || category.startsWith(QLatin1String("qt.qml")))
        return true;
    const QLatin1String file(context.file ? context.file : "");
    return file.endsWith(QLatin1String(".qml")) || message.contains(QLatin1String(".qml:"));
}

void recordingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && comesFromQml(context, message)) {
        QMutexLocker lock(&mutex);
        recorded.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

void QmlWarningRecorder::install()
{
    QtMessageHandler previous = qInstallMessageHandler(recordingHandler);
    if (previous != recordingHandler)
        previousHandler = previous;
}

QStringList QmlWarningRecorder::warnings()
{
    QMutexLocker lock(&mutex);
    return recorded;
}

QStringList QmlWarningRecorder::takeWarnings()
{
    QMutexLocker lock(&mutex);
    return std::exchange(recorded, {});
}

} // namespace iamm::gui
