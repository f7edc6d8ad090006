// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/assessmentlistmodel.h"
#include "controllers/assessmentsession.h"
#include "controllers/peercomparisoncontroller.h"
#include "controllers/peergroupmanager.h"
#include "controllers/savestatus.h"
#include "controllers/teameditor.h"
#include "store/sqlconnection.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QJSEngine;
class QQmlEngine;
namespace iamm {
class AssessmentStore;
class FrameworkRegistry;
class PeerGroupCatalog;
} // namespace iamm

namespace iamm::gui {

// The application's controller: owns the database and the framework registry, lists the
// assessments and opens one into the session. Failures show the core's message in
// saveStatus; methods return false (or an empty id) when they did not happen.
class Workshop : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString databasePath READ databasePath NOTIFY databaseReopened)
    // Why the database could not be opened (or is damaged); empty when it is open.
    Q_PROPERTY(QString startupProblem READ startupProblem NOTIFY databaseReopened)
    // Why changes are refused (a read-only file or folder); empty when the database is writable.
    Q_PROPERTY(QString readOnlyReason READ readOnlyReason NOTIFY databaseReopened)
    Q_PROPERTY(QString backupsFolder READ backupsFolder NOTIFY databaseReopened)
    // The newest backup that passes its checks; empty when there is none.
    Q_PROPERTY(QString newestGoodBackup READ newestGoodBackup NOTIFY backupsChanged)
    Q_PROPERTY(AssessmentListModel *assessments READ assessments CONSTANT)
    // id, title, version of every framework available for a new assessment.
    Q_PROPERTY(QVariantList frameworks READ frameworks CONSTANT)
    Q_PROPERTY(QString defaultFrameworkId READ defaultFrameworkId CONSTANT)
    Q_PROPERTY(AssessmentSession *session READ session CONSTANT)
    Q_PROPERTY(SaveStatus *saveStatus READ saveStatus CONSTANT)
    // The open assessment against a peer group.
    Q_PROPERTY(PeerComparisonController *comparison READ comparison CONSTANT)
    Q_PROPERTY(PeerGroupManager *peerGroups READ peerGroups CONSTANT)
    // The national team of the assessment chosen with team.load(id).
    Q_PROPERTY(TeamEditor *team READ team CONSTANT)
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)
    Q_PROPERTY(QString today READ today CONSTANT)

public:
    explicit Workshop(const QString &databasePath,
                      iamm::SqlConnection::Access access = iamm::SqlConnection::Access::Writable,
                      QObject *parent = nullptr);
    ~Workshop() override;

    // The database the QML singleton opens; set before the QML engine loads.
    static void useDatabase(const QString &path,
                            iamm::SqlConnection::Access access = iamm::SqlConnection::Access::Writable);
    static Workshop *create(QQmlEngine *, QJSEngine *);
    // Opens a database, refusing a damaged one; throws IammError naming it.
    static std::unique_ptr<iamm::AssessmentStore> openStore(const QString &location,
                                                            iamm::SqlConnection::Access access);

    QString databasePath() const { return m_databasePath; }
    QString startupProblem() const { return m_startupProblem; }
    QString readOnlyReason() const;
    QString backupsFolder() const;
    QString newestGoodBackup() const;
    AssessmentListModel *assessments() const { return m_assessments; }
    QVariantList frameworks() const;
    QString defaultFrameworkId() const;
    AssessmentSession *session() const { return m_session; }
    SaveStatus *saveStatus() const { return m_saveStatus; }
    PeerComparisonController *comparison() const { return m_comparison; }
    PeerGroupManager *peerGroups() const { return m_peerGroups; }
    TeamEditor *team() const { return m_team; }
    bool darkTheme() const { return m_darkTheme; }
    // Remembered for the next start.
    void setDarkTheme(bool dark);
    // For this run only (screenshots, --dark), leaving the remembered choice alone.
    void showDarkTheme(bool dark);
    QString today() const;

    Q_INVOKABLE void refreshAssessments();
    Q_INVOKABLE QString newestAssessmentId() const;
    // Creates a draft and returns its id; empty (and the reason in saveStatus) on failure.
    Q_INVOKABLE QString createAssessment(const QString &stateCode, const QString &frameworkId, const QString &title,
                                         const QString &date);
    Q_INVOKABLE QString startNewRound(const QString &fromAssessmentId, const QString &title, const QString &date);
    Q_INVOKABLE bool openAssessment(const QString &assessmentId);
    Q_INVOKABLE void closeAssessment();
    Q_INVOKABLE bool setFinal(const QString &assessmentId, bool isFinal);
    Q_INVOKABLE bool deleteAssessment(const QString &assessmentId);
    Q_INVOKABLE bool isDemoPresent() const;
    // Fills the fictitious demo workshop and opens its draft.
    Q_INVOKABLE bool loadDemoWorkshop();
    Q_INVOKABLE bool flushPendingEdits();

    // The assessments in the database that importing files would replace, one description each
    // ("“title” (state, status)"), to confirm first; empty when none would or a file is not valid
    // (importFiles then reports the problem).
    Q_INVOKABLE QStringList assessmentsReplacedBy(const QList<QUrl> &files) const;
    // Imports exchange files, all or nothing; returns how many assessments were imported,
    // or -1 (the core's message, naming file and field, in saveStatus) when none were.
    // An assessment already in the database is replaced only when replace is set.
    Q_INVOKABLE int importFiles(const QList<QUrl> &files, bool replace = false);
    // Adds participants' views to the open assessment from a spreadsheet of votes (.csv) or one
    // participant's own exchange file (.json, under participant and agency), all or nothing.
    Q_INVOKABLE bool importViews(const QUrl &file, const QString &participant, const QString &agency);
    // Whether the file is one participant's exchange file, so the app asks who it is.
    Q_INVOKABLE bool isParticipantFile(const QUrl &file) const;
    // Writes the assessment's exchange file; share leaves out typed text and confidential items.
    Q_INVOKABLE bool exportAssessment(const QString &assessmentId, const QUrl &file, bool share);
    // "<STATE>-<date>-assessment.json" (or -shared.json) in the documents folder.
    Q_INVOKABLE QUrl suggestedExportFile(const QString &assessmentId, bool share) const;

    // Writes a dated backup into backupsFolder and returns its path; empty (the reason in
    // saveStatus) on failure.
    Q_INVOKABLE QString backUpNow();
    // Replaces the database by the checked backup and opens it; the replaced file stays beside it.
    Q_INVOKABLE bool restoreBackup(const QUrl &backup);
    Q_INVOKABLE bool restoreNewestBackup();
    Q_INVOKABLE QUrl backupsFolderUrl() const;
    // Works on store (opened with openStore from location) from now on, after saving what is
    // waiting and letting go of the current database.
    void switchDatabase(std::unique_ptr<iamm::AssessmentStore> store, const QString &location);

signals:
    void darkThemeChanged();
    void databaseReopened();
    void backupsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openDatabase();
    void closeDatabase();
    void showDatabase();
    void openPeerGroups();
    // Runs a store operation, showing the core's message if it fails; a write that succeeds
    // also lights the "Saved" indicator.
    bool attempt(const std::function<void()> &operation, bool isWrite = true);

    QString m_databasePath;
    iamm::SqlConnection::Access m_access;
    QString m_startupProblem;
    std::unique_ptr<iamm::AssessmentStore> m_store;
    std::unique_ptr<iamm::FrameworkRegistry> m_registry;
    std::unique_ptr<iamm::PeerGroupCatalog> m_peerCatalog;
    SaveStatus *m_saveStatus;
    AssessmentListModel *m_assessments;
    AssessmentSession *m_session;
    PeerComparisonController *m_comparison;
    PeerGroupManager *m_peerGroups;
    TeamEditor *m_team;
    bool m_darkTheme = false;
};

} // namespace iamm::gui
