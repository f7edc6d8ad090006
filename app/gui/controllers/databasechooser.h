// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

class Workshop;

// The "Open database…" dialog's side in C++: opens a database file or a PostgreSQL server in the
// workshop in place of the current one, with a password typed for this run only, and remembers
// the addresses opened last. When a database cannot be opened, the current one stays open and
// problem says why.
class DatabaseChooser : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("controllers/workshop.h")
    Q_PROPERTY(Workshop *workshop READ workshop WRITE setWorkshop NOTIFY workshopChanged)
    // Newest first, without passwords.
    Q_PROPERTY(QStringList recentLocations READ recentLocations NOTIFY recentLocationsChanged)
    // The database file the app opens when started without --db.
    Q_PROPERTY(QString defaultLocation READ defaultLocation CONSTANT)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    explicit DatabaseChooser(QObject *parent = nullptr);

    Workshop *workshop() const { return m_workshop; }
    void setWorkshop(Workshop *workshop);
    QStringList recentLocations() const { return m_recent; }
    QString defaultLocation() const;
    QString problem() const { return m_problem; }

    // Whether address names a PostgreSQL server (which may ask for a password).
    Q_INVOKABLE bool isServerAddress(const QString &address) const;
    // An existing file or a server address; password is used for a server when not empty.
    Q_INVOKABLE bool open(const QString &address, const QString &password);
    Q_INVOKABLE void clearProblem();

signals:
    void workshopChanged();
    void recentLocationsChanged();
    void problemChanged();

private:
    void openOrThrow(const QString &address, const QString &password);
    void setProblem(const QString &problem);

    QPointer<Workshop> m_workshop;
    QStringList m_recent;
    QString m_problem;
};

} // namespace iamm::gui
