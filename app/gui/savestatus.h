#pragma once

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

// What the user sees about writing to the database: the quiet "Saved" indicator and,
// when a write fails, the core's message in a banner until the next successful write.
class SaveStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SaveStatus belongs to Workshop")
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    Q_PROPERTY(QDateTime savedAt READ savedAt NOTIFY changed)

public:
    enum State { Idle, Pending, Saved, Failed };
    Q_ENUM(State)

    using QObject::QObject;

    State state() const { return m_state; }
    QString errorMessage() const { return m_errorMessage; }
    QDateTime savedAt() const { return m_savedAt; }

    void reportPending();
    void reportSaved();
    void reportFailure(const QString &message);
    Q_INVOKABLE void dismissError();

signals:
    void changed();

private:
    State m_state = Idle;
    QString m_errorMessage;
    QDateTime m_savedAt;
};
