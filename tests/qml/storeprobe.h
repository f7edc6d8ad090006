// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantMap>

// Lets the QML tests check what really reached the database: every call opens the file
// afresh through the core's AssessmentStore, independent of the application's own store.
class StoreProbe : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)

public:
    explicit StoreProbe(const QString &databasePath, QObject *parent = nullptr);

    QString databasePath() const { return m_databasePath; }

    // score (-1 without a level), notApplicable, target (-1 without one), confidence, rationale.
    Q_INVOKABLE QVariantMap response(const QString &assessmentId, const QString &itemId) const;
    Q_INVOKABLE QString checklistStatus(const QString &assessmentId, const QString &entryId) const;
    // kind, title, text per evidence of the item.
    Q_INVOKABLE QVariantList evidence(const QString &assessmentId, const QString &itemId) const;
    // text, owner, due, status per action of the item.
    Q_INVOKABLE QVariantList actions(const QString &assessmentId, const QString &itemId) const;
    Q_INVOKABLE int assessmentCount() const;
    Q_INVOKABLE bool hasAssessment(const QString &assessmentId) const;
    Q_INVOKABLE QString status(const QString &assessmentId) const;
    // Changes the status behind the application's back, e.g. to make its next write fail.
    Q_INVOKABLE void setStatus(const QString &assessmentId, const QString &status) const;
    // Writes a file into a directory that lives as long as the probe; returns its URL.
    Q_INVOKABLE QUrl writeTempFile(const QString &name, const QString &content);
    // A URL in the probe's directory where nothing has been written yet.
    Q_INVOKABLE QUrl tempFileUrl(const QString &name) const;
    // The first bytes of a file, as Latin-1 text; empty when it cannot be read.
    Q_INVOKABLE QString fileHead(const QUrl &file, int length) const;
    // A file of tests/fixtures/exchange.
    Q_INVOKABLE QUrl exchangeFixture(const QString &name) const;
    // Writes the assessment's exchange file with the core into the probe's directory.
    Q_INVOKABLE QUrl exportAssessment(const QString &assessmentId, const QString &name, bool share);
    // The assessment's overall score and section scores with peer medians as the core's
    // GapAnalysis computes them: {overall: {score, hasPeers, peerMedian, peerCount}, <section id>: {...},
    // items: {<item id>: {...}}, peers: [codes]}.
    Q_INVOKABLE QVariantMap gapAnalysis(const QString &assessmentId, const QString &groupId, int minPeers) const;
    // A digest of every table's rows: equal digests mean nothing changed.
    Q_INVOKABLE QString fingerprint() const;
    // QML warnings and errors since the last call.
    Q_INVOKABLE QStringList takeQmlWarnings() const;
    // The probe's directory, where tests may write files.
    Q_INVOKABLE QString tempDirPath() const { return m_files.path(); }
    Q_INVOKABLE bool isFolder(const QString &path) const;
    // field, oldValue, newValue of the assessment's audit entries, oldest first.
    Q_INVOKABLE QVariantList auditLog(const QString &assessmentId) const;
    // name, agency, role per member of the assessment's team.
    Q_INVOKABLE QVariantList team(const QString &assessmentId) const;
    // The type names (file names without .qml) of every QML file of the Iamm module.
    Q_INVOKABLE QStringList moduleQmlTypes() const;

private:
    QString m_databasePath;
    QTemporaryDir m_files;
};
