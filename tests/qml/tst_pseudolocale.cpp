// SPDX-License-Identifier: GPL-3.0-or-later
// Every page and the presenter view at 1280×720 with every translatable text 40 % longer (a pseudo-locale,
// as French is about 20 % longer than English): no such text may be cut off — elided, cut at its line
// limit, wider than its box without wrapping, or running out of the window. The pictures are saved
// beside the test (pseudolocale-<page>.png) to be looked at.
#include "controllers/languagecontroller.h"
#include "controllers/workshop.h"
#include "pseudotranslator.h"
#include "qmlsupport/qmlwarningrecorder.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <memory>

Q_IMPORT_QML_PLUGIN(IammPlugin)

using namespace iamm::gui;
using iamm::test::PseudoTranslator;

class PseudoLocaleTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PseudoTranslator m_translator;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

    static QString describe(const QQuickItem *item, const QString &problem)
    {
        QStringList path;
        for (const QQuickItem *at = item; at; at = at->parentItem()) {
            if (!at->objectName().isEmpty())
                path.prepend(at->objectName());
        }
        return QStringLiteral("%1 \"%2\" (%3)").arg(problem, item->property("text").toString(), path.join(u'/'));
    }

    // Texts meant to be elided when space runs short: they show the user's own text, which no translation
    // lengthens (the state's name and the assessment's title in the tool bar, elided in English too).
    static bool mayBeElided(const QQuickItem *text) { return text->objectName() == QLatin1String("toolBarTitle"); }

    static bool isShown(const QQuickItem *item)
    {
        for (const QQuickItem *at = item; at; at = at->parentItem()) {
            if (!at->isVisible() || at->opacity() <= 0)
                return false;
        }
        return true;
    }

    // The problem of a text item that shows a pseudo-translated text, or nothing.
    QString cutOff(const QQuickItem *text) const
    {
        const double width = text->width();
        const double contentWidth = text->property("contentWidth").toDouble();
        const QRectF inScene = text->mapRectToScene(QRectF(0, 0, std::min(width, contentWidth), text->height()));
        if (text->property("truncated").toBool() && !mayBeElided(text))
            return describe(text, QStringLiteral("elided or cut at its line limit"));
        if (text->property("wrapMode").toInt() == 0 && contentWidth > width + 1)
            return describe(text, QStringLiteral("%1 px wide in a %2 px box").arg(contentWidth).arg(width));
        if (inScene.right() > m_window->width() + 1)
            return describe(text, QStringLiteral("runs out of the window at x = %1").arg(inScene.right()));
        return {};
    }

    void collect(const QQuickItem *item, QStringList &problems) const
    {
        if (!isShown(item))
            return;
        if (item->inherits("QQuickText") && PseudoTranslator::isPseudo(item->property("text").toString())
            && item->width() > 0) {
            const QString problem = cutOff(item);
            if (!problem.isEmpty())
                problems << problem;
        }
        for (const QQuickItem *child : item->childItems())
            collect(child, problems);
    }

    void showPage(const QString &page)
    {
        m_window->setProperty("page", page);
        QTRY_COMPARE(m_window->property("page").toString(), page);
        QTest::qWait(300); // transitions and lazily loaded sections settle
        const QImage picture = m_window->grabWindow();
        QVERIFY(picture.save(QStringLiteral("pseudolocale-%1.png").arg(page)));
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
        LanguageController::start(LanguageController::Language::English);
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
        QCOMPARE(QCoreApplication::translate("iamm::gui::ItemListModel", "Not assessed"),
                 PseudoTranslator::pseudo(QStringLiteral("Not assessed")));
        Workshop::useDatabase(m_dir.filePath(QStringLiteral("pseudo.sqlite")));

        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Iamm/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        auto *workshop = m_engine->singletonInstance<Workshop *>(qmlTypeId("Iamm", 1, 0, "Workshop"));
        QVERIFY2(workshop->loadDemoWorkshop(), qPrintable(workshop->saveStatus()->errorMessage()));
        m_window->resize(1280, 720);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_COMPARE(m_window->width(), 1280);
    }

    void noTextIsCutOff_data()
    {
        QTest::addColumn<QString>("page");
        for (const char *page : {"start", "walkthrough", "summary", "peers", "presenter"})
            QTest::newRow(page) << QString::fromLatin1(page);
    }

    void noTextIsCutOff()
    {
        QFETCH(QString, page);
        showPage(page);
        QStringList problems;
        collect(m_window->contentItem(), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        QCOMPARE(QmlWarningRecorder::takeWarnings(), QStringList());
    }
};

QTEST_MAIN(PseudoLocaleTest)

#include "tst_pseudolocale.moc"
