// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/workshop.h"

#include "exchange/assessmentexchange.h"
#include "models/assessmentlistmodel.h"
#include "controllers/assessmentsession.h"
#include "store/assessmentstore.h"
#include "common/calendardate.h"
#include "store/databasebackup.h"
#include "common/datapaths.h"
#include "workshop/demoworkshop.h"
#include "display/displaytext.h"
#include "framework/frameworkregistry.h"
#include "common/iammerror.h"
#include "peers/peergroupcatalog.h"
#include "controllers/savestatus.h"
#include "catalogs/statecatalog.h"
#include "workshop/contributionimport.h"
#include "rounds/roundsoverview.h"

#include <QCoreApplication>
#include <QDate>
#include <QEvent>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace iamm::gui {

namespace {

QString &configuredDatabasePath()
{
    static QString path;
    return path;
}

iamm::SqlConnection::Access &configuredAccess()
{
    static iamm::SqlConnection::Access access = iamm::SqlConnection::Access::Writable;
    return access;
}

const QString darkThemeKey = QStringLiteral("appearance/darkTheme");

} // namespace

Workshop::Workshop(const QString &databasePath, iamm::SqlConnection::Access access, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_access(access)
    , m_saveStatus(new SaveStatus(this))
    , m_assessments(new AssessmentListModel(this))
    , m_session(new AssessmentSession(m_saveStatus, this))
    , m_comparison(new PeerComparisonController(m_saveStatus, this))
    , m_peerGroups(new PeerGroupManager(m_saveStatus, this))
    , m_team(new TeamEditor(m_saveStatus, this))
    , m_darkTheme(QSettings().value(darkThemeKey, false).toBool())
{
    try {
        m_registry = std::make_unique<iamm::FrameworkRegistry>();
        m_session->setFrameworkRegistry(m_registry.get());
    } catch (const iamm::IammError &error) {
        m_startupProblem = error.message();
        m_saveStatus->reportFailure(error.message());
    }
    if (m_registry)
        openDatabase();
    connect(m_session, &AssessmentSession::assessmentChanged, this,
            [this] { m_comparison->setSubject(m_session->stateCode(), m_session->assessmentId()); });
    connect(m_peerGroups, &PeerGroupManager::groupsChanged, m_comparison, &PeerComparisonController::groupsChanged);
    QCoreApplication::instance()->installEventFilter(this);
}

bool Workshop::eventFilter(QObject *watched, QEvent *event)
{
    // The start page's state names follow the language.
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        m_assessments->retranslate();
    return QObject::eventFilter(watched, event);
}

std::unique_ptr<iamm::AssessmentStore> Workshop::openStore(const QString &location, iamm::SqlConnection::Access access)
{
    auto store = std::make_unique<iamm::AssessmentStore>(location, access);
    const QStringList damage = store->damage();
    if (!damage.isEmpty())
        throw iamm::IammError(tr("%1: the database is damaged (%2)").arg(location, damage.constFirst()));
    return store;
}

// A damaged database opens on the error page rather than showing what is left of it.
void Workshop::openDatabase()
{
    m_startupProblem.clear();
    try {
        m_store = openStore(m_databasePath, m_access);
    } catch (const iamm::IammError &error) {
        m_startupProblem = error.message();
    }
    showDatabase();
}

void Workshop::switchDatabase(std::unique_ptr<iamm::AssessmentStore> store, const QString &location)
{
    m_session->flushPendingEdits();
    closeDatabase();
    m_store = std::move(store);
    m_databasePath = location;
    m_access = iamm::SqlConnection::Access::Writable;
    m_startupProblem.clear();
    showDatabase();
}

void Workshop::showDatabase()
{
    m_store ? refreshAssessments() : m_assessments->update({});
    m_team->setStore(m_store.get());
    openPeerGroups();
    emit databaseReopened();
    emit backupsChanged();
}

// Backs up a database file this run changed (a server is backed up by its administrator), then lets go of it.
void Workshop::closeDatabase()
{
    m_session->close();
    m_comparison->setSources(nullptr, nullptr, nullptr);
    m_peerGroups->setCatalog(nullptr);
    m_peerCatalog.reset();
    m_team->setStore(nullptr);
    if (m_store && !m_store->isReadOnly() && !backupsFolder().isEmpty()) {
        try {
            if (m_store->hasChanges())
                m_store->writeDatedBackup(iamm::DatabaseBackup::Reason::Closing);
        } catch (const iamm::IammError &error) {
            qWarning("%s", qPrintable(error.message()));
        }
    }
    m_store.reset();
}

void Workshop::openPeerGroups()
{
    if (!m_store)
        return;
    try {
        m_peerCatalog = std::make_unique<iamm::PeerGroupCatalog>(*m_store);
    } catch (const iamm::IammError &error) {
        m_saveStatus->reportFailure(error.message(), tr("Peer groups not read"));
        return;
    }
    m_peerGroups->setCatalog(m_peerCatalog.get());
    m_comparison->setSources(m_store.get(), m_peerCatalog.get(), m_registry.get());
}

Workshop::~Workshop()
{
    // The session writes through the store, so it goes first.
    m_session->flushPendingEdits();
    closeDatabase();
    delete m_session;
}

void Workshop::useDatabase(const QString &path, iamm::SqlConnection::Access access)
{
    configuredDatabasePath() = path;
    configuredAccess() = access;
}

Workshop *Workshop::create(QQmlEngine *, QJSEngine *)
{
    const QString path = configuredDatabasePath();
    return new Workshop(path.isEmpty() ? iamm::DataPaths::defaultDatabasePath() : path, configuredAccess());
}

QVariantList Workshop::frameworks() const
{
    QVariantList list;
    if (!m_registry)
        return list;
    for (const iamm::Framework &framework : m_registry->frameworks()) {
        list.append(QVariantMap{{QStringLiteral("id"), framework.id},
                                {QStringLiteral("title"), framework.title},
                                {QStringLiteral("version"), framework.version}});
    }
    return list;
}

QString Workshop::defaultFrameworkId() const
{
    return iamm::FrameworkRegistry::defaultFrameworkId();
}

void Workshop::setDarkTheme(bool dark)
{
    QSettings().setValue(darkThemeKey, dark);
    showDarkTheme(dark);
}

void Workshop::showDarkTheme(bool dark)
{
    if (dark == m_darkTheme)
        return;
    m_darkTheme = dark;
    emit darkThemeChanged();
}

QString Workshop::today() const
{
    return QDate::currentDate().toString(Qt::ISODate);
}

QString Workshop::readOnlyReason() const
{
    return m_store ? m_store->readOnlyReason() : QString();
}

QString Workshop::backupsFolder() const
{
    return iamm::DatabaseBackup::folderFor(m_databasePath);
}

QUrl Workshop::backupsFolderUrl() const
{
    return QUrl::fromLocalFile(backupsFolder());
}

QString Workshop::newestGoodBackup() const
{
    return iamm::DatabaseBackup::newestGoodBackup(m_databasePath);
}

QString Workshop::backUpNow()
{
    QString path;
    m_session->flushPendingEdits();
    if (!attempt([&] { path = m_store->writeDatedBackup(iamm::DatabaseBackup::Reason::Manual); }, false))
        return {};
    emit backupsChanged();
    return path;
}

bool Workshop::restoreBackup(const QUrl &backup)
{
    const QString path = backup.isLocalFile() ? backup.toLocalFile() : backup.toString();
    if (m_store)
        m_session->flushPendingEdits();
    const QStringList problems = iamm::DatabaseBackup::problemsOf(path);
    if (!problems.isEmpty()) {
        m_saveStatus->reportFailure(tr("%1: not restored, the backup is unusable: %2").arg(path, problems.constFirst()),
                                    tr("Not restored"));
        return false;
    }
    closeDatabase();
    bool restored = true;
    try {
        iamm::DatabaseBackup::restore(path, m_databasePath);
    } catch (const iamm::IammError &error) {
        m_saveStatus->reportFailure(error.message(), tr("Not restored"));
        restored = false;
    }
    openDatabase();
    if (restored)
        m_saveStatus->dismissError();
    return restored && m_store;
}

bool Workshop::restoreNewestBackup()
{
    const QString newest = newestGoodBackup();
    if (newest.isEmpty()) {
        m_saveStatus->reportFailure(tr("no good backup in %1").arg(backupsFolder()), tr("Not restored"));
        return false;
    }
    return restoreBackup(QUrl::fromLocalFile(newest));
}

bool Workshop::attempt(const std::function<void()> &operation, bool isWrite)
{
    if (!m_store) {
        m_saveStatus->reportFailure(m_startupProblem);
        return false;
    }
    try {
        operation();
        if (isWrite)
            m_saveStatus->reportSaved();
        return true;
    } catch (const iamm::IammError &error) {
        m_saveStatus->reportFailure(error.message());
        return false;
    }
}

void Workshop::refreshAssessments()
{
    if (!m_store)
        return;
    try {
        m_assessments->update(iamm::RoundsOverview::load(*m_store));
    } catch (const iamm::IammError &error) {
        m_saveStatus->reportFailure(error.message());
    }
}

QString Workshop::newestAssessmentId() const
{
    return m_store ? iamm::RoundsOverview::newestAssessmentId(*m_store) : QString();
}

QString Workshop::createAssessment(const QString &stateCode, const QString &frameworkId, const QString &title,
                                   const QString &date)
{
    QString id;
    attempt([&] {
        const iamm::Framework &framework = m_registry->require(frameworkId);
        id = m_store->createAssessment(
            {stateCode, title, CalendarDate::parse(date, CalendarDate::Field::AssessmentDate), {}}, framework);
    });
    refreshAssessments();
    return id;
}

QString Workshop::startNewRound(const QString &fromAssessmentId, const QString &title, const QString &date)
{
    QString id;
    attempt([&] {
        m_session->flushPendingEdits();
        id = m_store->startNewRound(fromAssessmentId, title,
                                    CalendarDate::parse(date, CalendarDate::Field::NewRoundDate));
    });
    refreshAssessments();
    return id;
}

bool Workshop::openAssessment(const QString &assessmentId)
{
    return attempt([&] { m_session->open(m_store.get(), assessmentId); }, false);
}

void Workshop::closeAssessment()
{
    m_session->close();
    refreshAssessments();
}

bool Workshop::setFinal(const QString &assessmentId, bool isFinal)
{
    const bool done = attempt([&] {
        if (m_session->assessmentId() == assessmentId)
            m_session->flushPendingEdits();
        m_store->setStatus(assessmentId, isFinal ? iamm::AssessmentStatus::Final : iamm::AssessmentStatus::Draft);
        if (m_session->assessmentId() == assessmentId)
            m_session->refreshInfo();
    });
    refreshAssessments();
    return done;
}

bool Workshop::deleteAssessment(const QString &assessmentId)
{
    const bool done = attempt([&] {
        if (m_session->assessmentId() == assessmentId)
            m_session->close();
        m_store->deleteAssessment(assessmentId);
    });
    refreshAssessments();
    return done;
}

bool Workshop::isDemoPresent() const
{
    return m_store && iamm::DemoWorkshop::isPresent(*m_store);
}

bool Workshop::loadDemoWorkshop()
{
    QString draftId;
    const bool done = attempt([&] { draftId = iamm::DemoWorkshop::create(*m_store, *m_registry); });
    refreshAssessments();
    m_peerGroups->refresh();
    return done && openAssessment(draftId);
}

bool Workshop::flushPendingEdits()
{
    return m_session->flushPendingEdits();
}

namespace {

QStringList localPaths(const QList<QUrl> &files)
{
    QStringList paths;
    for (const QUrl &file : files)
        paths << (file.isLocalFile() ? file.toLocalFile() : file.toString());
    return paths;
}

} // namespace

QStringList Workshop::assessmentsReplacedBy(const QList<QUrl> &files) const
{
    QStringList descriptions;
    if (!m_store)
        return descriptions;
    try {
        const QList<iamm::AssessmentInfo> replaced = iamm::AssessmentExchange::assessmentsReplacedBy(
            *m_store, localPaths(files), *m_registry, iamm::StateCatalog::instance());
        for (const iamm::AssessmentInfo &info : replaced)
            descriptions << tr("“%1” (%2, %3)")
                                .arg(iamm::DisplayText::excerpt(info.title),
                                     iamm::StateCatalog::instance().nameOf(info.stateCode),
                                     iamm::vocabulary::toText(info.status));
    } catch (const iamm::IammError &) {
        return {};
    }
    return descriptions;
}

int Workshop::importFiles(const QList<QUrl> &files, bool replace)
{
    const QStringList paths = localPaths(files);
    const QString openId = m_session->assessmentId();
    m_session->flushPendingEdits();
    QStringList imported;
    try {
        if (!m_store)
            throw iamm::IammError(m_startupProblem);
        if (paths.isEmpty())
            throw iamm::IammError(tr("no files chosen"));
        iamm::AssessmentExchange::ImportOptions options;
        options.replace = replace;
        imported = iamm::AssessmentExchange::importFiles(*m_store, paths, *m_registry, iamm::StateCatalog::instance(),
                                                         options);
    } catch (const iamm::IammError &error) {
        m_saveStatus->reportFailure(error.message(), tr("Not imported"));
        return -1;
    }
    m_saveStatus->reportSaved();
    refreshAssessments();
    if (imported.contains(openId))
        openAssessment(openId);
    m_comparison->recompute();
    return int(imported.size());
}

bool Workshop::importViews(const QUrl &file, const QString &participant, const QString &agency)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    try {
        if (!m_session->isOpen())
            throw iamm::IammError(tr("no assessment is open"));
        m_session->flushPendingEdits();
        iamm::ContributionImport::importFile(*m_store, m_session->assessmentId(), path, *m_registry,
                                             iamm::StateCatalog::instance(), {participant.trimmed(), agency.trimmed()});
    } catch (const iamm::IammError &error) {
        m_saveStatus->reportFailure(error.message(), tr("Views not imported"));
        return false;
    }
    m_saveStatus->reportSaved();
    m_session->reloadContributions();
    return true;
}

bool Workshop::isParticipantFile(const QUrl &file) const
{
    return file.fileName().endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

bool Workshop::exportAssessment(const QString &assessmentId, const QUrl &file, bool share)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (m_session->assessmentId() == assessmentId)
        m_session->flushPendingEdits();
    try {
        if (!m_store)
            throw iamm::IammError(m_startupProblem);
        iamm::AssessmentExchange::ExportOptions options;
        options.share = share;
        iamm::AssessmentExchange::exportToFile(*m_store, assessmentId, path, options);
    } catch (const iamm::IammError &error) {
        m_saveStatus->reportFailure(error.message(), tr("Not exported"));
        return false;
    }
    return true;
}

QUrl Workshop::suggestedExportFile(const QString &assessmentId, bool share) const
{
    const iamm::AssessmentInfo *info = m_assessments->find(assessmentId);
    const QString name = info ? iamm::AssessmentExchange::suggestedFileName(*info, share)
                              : assessmentId + QStringLiteral(".json");
    return QUrl::fromLocalFile(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name));
}

} // namespace iamm::gui
