// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/assessmentstore.h"
#include "store/recentdatabases.h"
#include "workshop/demoworkshop.h"
#include "framework/frameworkregistry.h"
#include "common/iammerror.h"
#include "qmlsupport/qmlwarningrecorder.h"
#include "qmlsupport/windowscreenshot.h"
#include "controllers/languagecontroller.h"
#include "controllers/workshop.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

using namespace iamm::gui;

Q_IMPORT_QML_PLUGIN(IammPlugin)

namespace {

struct LaunchOptions
{
    QString databasePath;
    QString screenshotPath;
    QString page;
    QString itemId;
    QSize size;
    bool demoIfEmpty = false;
    bool dark = false;
    bool readOnly = false;
};

// The translation context of what the launcher says.
class Launcher
{
    Q_DECLARE_TR_FUNCTIONS(Launcher)
};

// --lang's language, looked for before the arguments are parsed so that --help and the argument
// errors are in it too (parseArguments refuses a wrong code).
std::optional<LanguageController::Language> requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            return LanguageController::languageOfCode(arguments[i + 1]);
        if (arguments[i].startsWith(QLatin1String("--lang=")))
            return LanguageController::languageOfCode(arguments[i].mid(7));
    }
    return std::nullopt;
}

// Returns an error message, or empty when the arguments are usable.
QString parseArguments(const QCoreApplication &app, LaunchOptions &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Launcher::tr("IAMM self-assessment workshop: rate the forty items of the "
                                                  "International Agenda for Migration Management together."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                Launcher::tr("Use the database at <path> (else IAMM_DB, else the one opened "
                                             "last, else the user data folder)."),
                                QStringLiteral("path"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        Launcher::tr("Save a PNG picture of the window to <file> and exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  Launcher::tr("Start on <page>: start, walkthrough, summary, peers or presenter (all "
                                               "but start open the newest assessment)."),
                                  QStringLiteral("page"));
    const QCommandLineOption item(QStringLiteral("item"),
                                  Launcher::tr("Show the item <id> (e.g. EP-01) of the assessment."),
                                  QStringLiteral("id"));
    const QCommandLineOption size(QStringLiteral("size"), Launcher::tr("Window size, e.g. 1920x1080."),
                                  QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1280x720"));
    const QCommandLineOption demo(QStringLiteral("demo-if-empty"),
                                  Launcher::tr("Fill an empty database with the fictitious demo workshop."));
    const QCommandLineOption dark(QStringLiteral("dark"), Launcher::tr("Use the dark theme."));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      Launcher::tr("Open the database read-only (as for a read-only file or folder)."));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      Launcher::tr("Show the application in <language>: en, fr or es (else the "
                                                   "language chosen last time, else the system's)."),
                                      QStringLiteral("language"));
    parser.addOptions({db, screenshot, page, item, size, demo, dark, readOnly, language});
    parser.process(app);

    options.databasePath = parser.isSet(db) ? parser.value(db) : iamm::RecentDatabases::startupLocation();
    options.screenshotPath = parser.value(screenshot);
    options.page = parser.isSet(page) ? parser.value(page)
                                      : (parser.isSet(screenshot) ? QStringLiteral("walkthrough") : QString());
    options.itemId = parser.value(item);
    options.demoIfEmpty = parser.isSet(demo);
    options.dark = parser.isSet(dark);
    options.readOnly = parser.isSet(readOnly);
    const QStringList pages{QStringLiteral("start"), QStringLiteral("walkthrough"), QStringLiteral("summary"),
                            QStringLiteral("peers"), QStringLiteral("presenter")};
    if (!options.page.isEmpty() && !pages.contains(options.page))
        return Launcher::tr("--page must be one of %1, not \"%2\"").arg(pages.join(QStringLiteral(", ")), options.page);
    if (parser.isSet(language) && !LanguageController::languageOfCode(parser.value(language)))
        return Launcher::tr("--lang must be one of en, fr, es, not \"%1\"").arg(parser.value(language));
    const QStringList dimensions = parser.value(size).split(QLatin1Char('x'));
    options.size = dimensions.size() == 2 ? QSize(dimensions[0].toInt(), dimensions[1].toInt()) : QSize();
    if (options.size.width() < 320 || options.size.height() < 240)
        return Launcher::tr("--size must look like 1280x720, not \"%1\"").arg(parser.value(size));
    return {};
}

void fillDemoIfEmpty(const QString &databasePath)
{
    iamm::AssessmentStore store(databasePath);
    if (store.assessments().isEmpty())
        iamm::DemoWorkshop::create(store, iamm::FrameworkRegistry());
}

Workshop *workshopOf(QQmlEngine &engine)
{
    return engine.singletonInstance<Workshop *>(qmlTypeId("Iamm", 1, 0, "Workshop"));
}

void showPage(QQmlEngine &engine, QObject *root, const LaunchOptions &options)
{
    if (options.page.isEmpty())
        return;
    Workshop *workshop = workshopOf(engine);
    const QString newest = workshop->newestAssessmentId();
    const bool opened = options.page != QLatin1String("start") && !newest.isEmpty() && workshop->openAssessment(newest);
    if (opened && !options.itemId.isEmpty())
        workshop->session()->navigator()->goToItem(options.itemId);
    root->setProperty("page", opened ? options.page : QStringLiteral("start"));
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("iamm"));
    QCoreApplication::setApplicationName(QStringLiteral("iamm-assess"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IAMM_VERSION));
    LanguageController::start(requestedLanguage(app.arguments()));
    QGuiApplication::setApplicationDisplayName(Launcher::tr("IAMM Self-Assessment"));

    LaunchOptions options;
    if (const QString problem = parseArguments(app, options); !problem.isEmpty()) {
        std::fprintf(stderr, "iamm-assess: %s\n", qPrintable(problem));
        return 2;
    }
    QmlWarningRecorder::install();
    // Fusion draws without shader effects, so it looks the same with the software renderer
    // (virtual machines, remote desktops, offscreen screenshots) as with a GPU.
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    if (options.demoIfEmpty) {
        try {
            fillDemoIfEmpty(options.databasePath);
        } catch (const iamm::IammError &error) {
            std::fprintf(stderr, "iamm-assess: %s\n", qPrintable(error.message()));
            return 1;
        }
    }
    Workshop::useDatabase(options.databasePath, options.readOnly ? iamm::SqlConnection::Access::ReadOnly
                                                                 : iamm::SqlConnection::Access::Writable);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Iamm/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (options.dark || !options.screenshotPath.isEmpty())
        workshopOf(engine)->showDarkTheme(options.dark);
    showPage(engine, window, options);
    window->resize(options.size);

    std::unique_ptr<WindowScreenshot> screenshot;
    if (!options.screenshotPath.isEmpty())
        screenshot = std::make_unique<WindowScreenshot>(window, options.screenshotPath);
    return QGuiApplication::exec();
}
