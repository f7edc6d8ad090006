// SPDX-License-Identifier: GPL-3.0-or-later
// The application's language switched while it runs, through the tool bar's language menu:
// the window title, a tool bar button, a rating text the C++ model computes and the numbers'
// decimal separator follow at once from English to French to Spanish and back, and the last
// choice is the one the next start takes. The framework's item text follows too, in the product's
// working translation with its mark and the English original a click or Ctrl+E away.
#include "controllers/assessmentsession.h"
#include "controllers/languagecontroller.h"
#include "controllers/workshop.h"
#include "models/assessmentlistmodel.h"
#include "qmlsupport/qmlwarningrecorder.h"

#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <memory>

Q_IMPORT_QML_PLUGIN(IammPlugin)

using namespace iamm::gui;
using Language = LanguageController::Language;

namespace {

const QString cu01English = QStringLiteral(
    "The continuing movement of people across borders is an integral feature of a rapidly globalizing world.");
const QString cu01French = QStringLiteral("Le mouvement continu de personnes à travers les frontières est une "
                                          "caractéristique intrinsèque d’un monde qui se mondialise rapidement.");

} // namespace

class LanguageTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

    template<typename T> T *singleton(const char *name) const
    {
        return m_engine->singletonInstance<T *>(qmlTypeId("Iamm", 1, 0, name));
    }

    QObject *child(const char *objectName) const
    {
        auto *object = m_window->findChild<QObject *>(QString::fromLatin1(objectName));
        if (!object)
            qFatal("no %s in the window", objectName);
        return object;
    }

    // The rating text of the navigation pane's row for an item rated on a level.
    QString shownRatingText() const
    {
        QObject *list = child("navigationList");
        QQuickItem *row = nullptr;
        QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, row), Q_ARG(int, ratedRow()));
        return row ? row->property("ratingText").toString() : QString();
    }

    int ratedRow() const
    {
        const ItemListModel *items = singleton<Workshop>("Workshop")->session()->navigator()->items();
        for (int row = 0; row < items->rowCount(); ++row) {
            if (items->data(items->index(row), ItemListModel::ScoreRole).toInt() >= 0)
                return row;
        }
        return -1;
    }

    void choose(Language language)
    {
        const QString name = QStringLiteral("languageItem%1").arg(int(language));
        QObject *item = m_window->findChild<QObject *>(name);
        QVERIFY2(item, qPrintable(name));
        QVERIFY(QMetaObject::invokeMethod(item, "triggered"));
        QCOMPARE(singleton<LanguageController>("LanguageController")->language(), language);
    }

    void compareTexts(const QString &title, const QString &undo, const QString &level, QChar decimalPoint)
    {
        QVERIFY2(m_window->title().endsWith(title), qPrintable(m_window->title()));
        QCOMPARE(child("undoButton")->property("text").toString(), undo);
        QVERIFY2(shownRatingText().startsWith(level), qPrintable(shownRatingText()));
        QCOMPARE(QLocale().decimalPoint(), decimalPoint);
        QCOMPARE(child("languageButton")->property("text").toString(),
                 LanguageController::nameOf(singleton<LanguageController>("LanguageController")->language()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("iamm-tests"));
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        QmlWarningRecorder::install();
        LanguageController::start(Language::English);
        Workshop::useDatabase(m_dir.filePath(QStringLiteral("language.sqlite")));

        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Iamm/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        Workshop *workshop = singleton<Workshop>("Workshop");
        QVERIFY2(workshop->loadDemoWorkshop(), qPrintable(workshop->saveStatus()->errorMessage()));
        m_window->setProperty("page", QStringLiteral("walkthrough"));
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(ratedRow() >= 0);
        QTRY_VERIFY(!shownRatingText().isEmpty());
    }

    void theTextsFollowTheChosenLanguage()
    {
        compareTexts(QStringLiteral("IAMM Self-Assessment"), QStringLiteral("Undo"), QStringLiteral("Level "), '.');
        choose(Language::French);
        compareTexts(QStringLiteral("Auto-évaluation IAMM"), QStringLiteral("Annuler"), QStringLiteral("Niveau "), ',');
        choose(Language::Spanish);
        compareTexts(QStringLiteral("Autoevaluación IAMM"), QStringLiteral("Deshacer"), QStringLiteral("Nivel "), ',');
        choose(Language::English);
        compareTexts(QStringLiteral("IAMM Self-Assessment"), QStringLiteral("Undo"), QStringLiteral("Level "), '.');
        QCOMPARE(QmlWarningRecorder::takeWarnings(), QStringList());
    }

    // CU-01 in the walkthrough: French and Spanish show the working translation with its mark,
    // Show English and Ctrl+E switch to the authoritative English and back, English has no mark.
    void theItemTextFollowsTheLanguageWithItsMark()
    {
        ItemNavigator *navigator = singleton<Workshop>("Workshop")->session()->navigator();
        QVERIFY(navigator->goToItem(QStringLiteral("CU-01")));
        QObject *text = child("officialText");
        QObject *mark = child("itemTranslationMark");
        QObject *button = mark->findChild<QObject *>(QStringLiteral("showEnglishButton"));
        QVERIFY(button);
        QCOMPARE(text->property("text").toString(), cu01English);
        QVERIFY(!mark->property("visible").toBool());

        choose(Language::French);
        QTRY_COMPARE(text->property("text").toString(), cu01French);
        QVERIFY(mark->property("visible").toBool());
        QCOMPARE(mark->findChild<QObject *>(QStringLiteral("translationMarkText"))->property("text").toString(),
                 QCoreApplication::translate("iamm::gui::FrameworkLanguage",
                                             "Working translation — the English text is authoritative"));
        QCOMPARE(navigator->items()->data(navigator->items()->index(0), ItemListModel::TextRole).toString(),
                 cu01French);
        QCOMPARE(navigator->sectionTitle(), QStringLiteral("Conceptions communes"));

        QVERIFY(QMetaObject::invokeMethod(button, "clicked"));
        QTRY_COMPARE(text->property("text").toString(), cu01English);
        QVERIFY(mark->property("visible").toBool());
        QCOMPARE(button->property("text").toString(),
                 QCoreApplication::translate("TranslationMark", "Show translation"));
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTest::keyClick(m_window, Qt::Key_E, Qt::ControlModifier);
        QTRY_COMPARE(text->property("text").toString(), cu01French);

        choose(Language::Spanish);
        QTRY_COMPARE(text->property("text").toString(),
                     QStringLiteral("El movimiento continuo de personas a través de las fronteras es un rasgo "
                                    "intrínseco de un mundo en rápida globalización."));
        choose(Language::English);
        QTRY_COMPARE(text->property("text").toString(), cu01English);
        QVERIFY(!mark->property("visible").toBool());
        QCOMPARE(QmlWarningRecorder::takeWarnings(), QStringList());
    }

    void theNextStartTakesTheLastChoice()
    {
        choose(Language::Spanish);
        LanguageController::start(Language::French);
        QCOMPARE(QCoreApplication::translate("iamm::gui::ItemListModel", "Not assessed"), QStringLiteral("Non évalué"));
        LanguageController::start();
        QCOMPARE(QCoreApplication::translate("iamm::gui::ItemListModel", "Not assessed"),
                 QStringLiteral("Sin evaluar"));
    }

    void aCodeNamesALanguage()
    {
        QCOMPARE(LanguageController::languageOfCode(QStringLiteral("fr")), Language::French);
        QCOMPARE(LanguageController::languageOfCode(QStringLiteral("es")), Language::Spanish);
        QCOMPARE(LanguageController::languageOfCode(QStringLiteral("en")), Language::English);
        QVERIFY(!LanguageController::languageOfCode(QStringLiteral("de")));
    }

    void stateNamesFollowTheLanguage()
    {
        choose(Language::English);
        Workshop *workshop = singleton<Workshop>("Workshop");
        const QString peru = workshop->createAssessment(QStringLiteral("PER"), QStringLiteral("iamm-2004"),
                                                        QStringLiteral("Taller"), QStringLiteral("2026-05-04"));
        QVERIFY2(!peru.isEmpty(), qPrintable(workshop->saveStatus()->errorMessage()));
        QVERIFY(workshop->openAssessment(peru));
        const auto listedName = [workshop, &peru] {
            const AssessmentListModel *list = workshop->assessments();
            for (int row = 0; row < list->rowCount(); ++row) {
                const QModelIndex index = list->index(row);
                if (index.data(AssessmentListModel::AssessmentIdRole).toString() == peru)
                    return index.data(AssessmentListModel::StateNameRole).toString();
            }
            return QString();
        };
        QCOMPARE(listedName(), QStringLiteral("Peru"));
        QCOMPARE(workshop->session()->stateName(), QStringLiteral("Peru"));
        QSignalSpy renamed(workshop->session(), &AssessmentSession::stateNameChanged);
        choose(Language::French);
        QCOMPARE(listedName(), QStringLiteral("Pérou"));
        QCOMPARE(workshop->session()->stateName(), QStringLiteral("Pérou"));
        QVERIFY(renamed.count() > 0);
        choose(Language::Spanish);
        QCOMPARE(listedName(), QStringLiteral("Perú"));
        QVERIFY2(m_window->title().startsWith(QStringLiteral("Perú")), qPrintable(m_window->title()));
        choose(Language::English);
    }

    void cleanupTestCase() { m_engine.reset(); }
};

QTEST_MAIN(LanguageTest)

#include "tst_language.moc"
