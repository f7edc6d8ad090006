// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// What the user sees about writing to the database: the quiet "Saved" indicator and,
// when a write fails, the core's message in a banner until the next successful write.
// Other refused operations (an import, an export, a group change) use the same banner
// under their own heading. Every refusal is also announced once by failed(), which the
// dialog that asked for the change shows beside its fields (DialogFailure.qml).
class SaveStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SaveStatus belongs to Workshop")
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    // What did not happen, e.g. "Not saved" or "Not imported".
    Q_PROPERTY(QString errorHeading READ errorHeading NOTIFY changed)
    Q_PROPERTY(QDateTime savedAt READ savedAt NOTIFY changed)

public:
    enum State { Idle, Pending, Saved, Failed };
    Q_ENUM(State)

    using QObject::QObject;

    State state() const { return m_state; }
    QString errorMessage() const { return m_errorMessage; }
    QString errorHeading() const { return m_errorHeading; }
    QDateTime savedAt() const { return m_savedAt; }

    void reportPending();
    void reportSaved();
    // heading defaults to "Not saved".
    void reportFailure(const QString &message, const QString &heading = {});
    Q_INVOKABLE void dismissError();

signals:
    void changed();
    void failed(const QString &heading, const QString &message);

private:
    State m_state = Idle;
    QString m_errorMessage;
    QString m_errorHeading;
    QDateTime m_savedAt;
};

} // namespace iamm::gui
