// SPDX-License-Identifier: GPL-3.0-or-later
// Timed run of the workshop application, headless, at world scale (193 states, three final rounds each,
// plus the demo workshop): launch to a usable walkthrough, then moving between items, choosing a level
// a participant's views arriving while 60 participants' views are shown, and switching the peer group
// between the demo group and all 193 states, each measured from the call to the next rendered frame.
// Figures go in the README.
#include "controllers/assessmentsession.h"
#include "store/assessmentstore.h"
#include "workshop/demoworkshop.h"
#include "framework/frameworkregistry.h"
#include "controllers/peercomparisoncontroller.h"
#include "controllers/itemnavigator.h"
#include "controllers/responseeditor.h"
#include "peers/peergroupcatalog.h"
#include "catalogs/statecatalog.h"
#include "store/sqlconnection.h"
#include "controllers/workshop.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace iamm::gui;

namespace {

void fillDatabase(const QString &path)
{
    const iamm::FrameworkRegistry registry;
    const iamm::Framework &framework = registry.require(iamm::FrameworkRegistry::defaultFrameworkId());
    iamm::AssessmentStore store(path);
    iamm::AssessmentStore::Batch transaction(store);
    QStringList states;
    for (const iamm::StateInfo &state : iamm::StateCatalog::instance().all()) {
        if (!state.withdrawn && !state.fictitious && states.size() < 193)
            states << state.code;
    }
    for (int s = 0; s < states.size(); ++s) {
        for (int round = 0; round < 3; ++round) {
            const QString id = store.createAssessment(iamm::NewAssessment{states[s],
                                                                          QStringLiteral("Round %1").arg(round + 1),
                                                                          QDate(2020 + round, 6, 1),
                                                                          {}},
                                                      framework);
            int n = 0;
            for (const iamm::FrameworkItem *item : framework.items())
                store.updateResponse(id, item->id,
                                     iamm::ResponseUpdate{iamm::Rating::level((s + n++ + round) % 5), {}, {}, {}});
            store.setStatus(id, iamm::AssessmentStatus::Final);
        }
    }
    iamm::PeerGroupCatalog(store).createGroup(QStringLiteral("WORLD"), QStringLiteral("All states"), states);
    iamm::DemoWorkshop::create(store, registry);
    transaction.commit();
}

// Milliseconds from running action to the window's next swapped frame.
double untilNextFrame(QQuickWindow *window, const std::function<void()> &action)
{
    QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
    QElapsedTimer timer;
    timer.start();
    action();
    window->requestUpdate();
    swapped.wait(5000);
    return timer.nsecsElapsed() / 1e6;
}

// One participant's views on every item, for the "Views in the room" measurement.
iamm::Contribution participantViews(const iamm::Framework &framework, int participant)
{
    iamm::Contribution contribution{.participant = QStringLiteral("Participant %1").arg(participant),
                                    .agency = QStringLiteral("Agency %1").arg(participant % 9)};
    int i = 0;
    for (const iamm::FrameworkItem *item : framework.items())
        contribution.views.append({item->id, iamm::Rating::level((participant + i++) % 5), {}});
    return contribution;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    fillDatabase(path);
    const double fillMs = sinceLaunch.nsecsElapsed() / 1e6;

    QElapsedTimer launch;
    launch.start();
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    Workshop::useDatabase(path);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Iamm/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    Workshop *workshop = engine.singletonInstance<Workshop *>(qmlTypeId("Iamm", 1, 0, "Workshop"));
    const QString newest = workshop->newestAssessmentId();
    workshop->openAssessment(newest);
    window->setProperty("page", QStringLiteral("walkthrough"));
    QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
    swapped.wait(10000);
    const double launchMs = launch.nsecsElapsed() / 1e6;

    AssessmentSession *session = workshop->session();
    QList<double> moves, levels, groups;
    for (int i = 0; i < 39; ++i)
        moves << untilNextFrame(window, [&] { session->navigator()->next(); });
    for (int i = 0; i < 20; ++i)
        levels << untilNextFrame(window, [&] { session->response()->chooseLevel(i % 5); });
    iamm::AssessmentStore contributions(path);
    const iamm::Framework framework = contributions.frameworkOf(newest);
    QList<iamm::Contribution> room;
    for (int p = 0; p < 59; ++p)
        room.append(participantViews(framework, p));
    contributions.replaceContributions(newest, room);
    session->reloadContributions();
    QList<double> arrivals;
    for (int i = 0; i < 10; ++i)
        arrivals << untilNextFrame(window, [&] {
            contributions.replaceContributions(newest, {participantViews(framework, 100 + i % 2)});
            session->reloadContributions();
        });
    window->setProperty("page", QStringLiteral("peers"));
    swapped.wait(5000);
    PeerComparisonController *comparison = workshop->comparison();
    for (int i = 0; i < 10; ++i)
        groups << untilNextFrame(window, [&] {
            comparison->setProperty("groupId", i % 2 ? QStringLiteral("WORLD") : QStringLiteral("DEMO"));
        });

    std::printf("database with %lld assessments built in %.0f ms\n",
                static_cast<long long>(workshop->assessments()->rowCount()), fillMs);
    std::printf("launch to usable walkthrough (engine, QML, database, first frame): %.0f ms\n", launchMs);
    std::printf("next item, call to next frame: median %.1f ms, max %.1f ms\n", median(moves),
                *std::max_element(moves.begin(), moves.end()));
    std::printf("choose a level (durable save), call to next frame: median %.1f ms, max %.1f ms\n", median(levels),
                *std::max_element(levels.begin(), levels.end()));
    std::printf("a participant's views arrive (60 shown; stored, read, figures and panel), call to next frame: "
                "median %.1f ms, max %.1f ms\n",
                median(arrivals), *std::max_element(arrivals.begin(), arrivals.end()));
    std::printf("peer group change on the Peers page, call to next frame: median %.1f ms, max %.1f ms\n",
                median(groups), *std::max_element(groups.begin(), groups.end()));
    return 0;
}
