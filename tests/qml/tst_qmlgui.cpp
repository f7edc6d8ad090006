// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the Qt Quick Test suites tst_*.qml in this directory against the application's
// QML module. Each suite gets its own empty database.
#include "qmlsupport/qmlwarningrecorder.h"
#include "storeprobe.h"
#include "controllers/languagecontroller.h"
#include "controllers/workshop.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

using namespace iamm::gui;

Q_IMPORT_QML_PLUGIN(IammPlugin)

class GuiTestSetup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("iamm-tests"));
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        QmlWarningRecorder::install();
        // English with its plural forms, whatever language was chosen on this machine.
        LanguageController::start(LanguageController::Language::English);
        qmlRegisterSingletonType<StoreProbe>("IammTest", 1, 0, "StoreProbe", [](QQmlEngine *, QJSEngine *) {
            return new StoreProbe(currentDatabasePath());
        });
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        currentDatabasePath() = m_directory.filePath(QStringLiteral("suite-%1.sqlite").arg(++m_suiteCount));
        Workshop::useDatabase(currentDatabasePath());
    }

private:
    static QString &currentDatabasePath()
    {
        static QString path;
        return path;
    }

    QTemporaryDir m_directory;
    int m_suiteCount = 0;
};

QUICK_TEST_MAIN_WITH_SETUP(iamm_gui, GuiTestSetup)

#include "tst_qmlgui.moc"
