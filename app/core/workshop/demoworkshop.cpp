// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop/demoworkshop.h"

#include "store/assessmentstore.h"
#include "framework/frameworkregistry.h"
#include "common/iammerror.h"
#include "peers/peergroupcatalog.h"
#include "assessment/vocabulary.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace iamm {

namespace {

const QStringList demoStates{QStringLiteral("XAA"), QStringLiteral("XAB"), QStringLiteral("XAC"),
                             QStringLiteral("XAD"), QStringLiteral("XAE"), QStringLiteral("XAF")};

// Deterministic, varied levels: each state has its own strength plus item-by-item noise.
int demoLevel(int stateIndex, int itemIndex)
{
    const quint32 mixed = (quint32(stateIndex + 1) * 2654435761u) ^ (quint32(itemIndex + 11) * 40503u);
    const int noise = int((mixed >> 7) % 3) - 1;
    const int strength = 1 + stateIndex % 3;
    return std::clamp(strength + noise + int((mixed >> 13) % 2), 0, 4);
}

QList<TeamMember> demoTeam()
{
    return {
        {QStringLiteral("A. Example (fictitious)"), QStringLiteral("Ministry of Foreign Affairs"),
         QStringLiteral("Chair")},
        {QStringLiteral("B. Sample (fictitious)"), QStringLiteral("Ministry of the Interior"),
         QStringLiteral("Rapporteur")},
        {QStringLiteral("C. Placeholder (fictitious)"), QStringLiteral("Ministry of Labour"), QStringLiteral("Member")},
        {QStringLiteral("D. Dummy (fictitious)"), QStringLiteral("National Statistics Office"),
         QStringLiteral("Member")},
        {QStringLiteral("E. Trainer (fictitious)"), QStringLiteral("Workshop facilitator"), QStringLiteral("Trainer")},
    };
}

void scoreAll(AssessmentStore &store, const QString &id, const Framework &framework, int stateIndex, int limit)
{
    const QList<const FrameworkItem *> items = framework.items();
    for (int i = 0; i < items.size() && i < limit; ++i) {
        ResponseUpdate update;
        const int level = demoLevel(stateIndex, i);
        update.rating = (stateIndex + i) % 13 == 12 ? Rating::na() : Rating::level(level);
        update.confidence = Confidence(i % 3);
        update.rationale =
            QStringLiteral("Fictitious demo rationale: the demo team agreed on this rating for %1.").arg(items[i]->id);
        if (i % 6 == 0)
            update.target = std::optional<int>(4);
        store.updateResponse(id, items[i]->id, update);
    }
}

// Six participants' individual views on the items the draft has scored: near the agreed level,
// some a level or two away, one finding an item not applicable, a few with a comment.
QList<Contribution> demoContributions(const Framework &framework, int scoredItems)
{
    const QList<std::pair<QString, QString>> people{
        {QStringLiteral("F. Example (fictitious)"), QStringLiteral("Ministry of Foreign Affairs")},
        {QStringLiteral("G. Sample (fictitious)"), QStringLiteral("Ministry of the Interior")},
        {QStringLiteral("H. Placeholder (fictitious)"), QStringLiteral("Ministry of Justice")},
        {QStringLiteral("I. Dummy (fictitious)"), QStringLiteral("Ministry of Labour")},
        {QStringLiteral("J. Instance (fictitious)"), QStringLiteral("Ministry of Health")},
        {QStringLiteral("K. Specimen (fictitious)"), QStringLiteral("National Statistics Office")},
    };
    const QList<const FrameworkItem *> items = framework.items();
    QList<Contribution> contributions;
    for (int p = 0; p < people.size(); ++p) {
        Contribution contribution{.participant = people[p].first, .agency = people[p].second};
        contribution.source = QStringLiteral("demo");
        for (int i = 0; i < items.size() && i < scoredItems; ++i) {
            const quint32 mixed = quint32(p + 3) * 2246822519u ^ quint32(i + 5) * 3266489917u;
            const int spread = (i % 5 == 0) ? int((mixed >> 9) % 5) - 2 : int((mixed >> 9) % 3) - 1;
            ContributionView view{items[i]->id, Rating::level(std::clamp(demoLevel(6, i) + spread, 0, 4)), {}};
            if (p == 4 && i % 11 == 3)
                view.rating = Rating::na();
            if (i % 7 == 0 && p % 2 == 0)
                view.comment = QStringLiteral("Fictitious demo comment from the %1.").arg(people[p].second);
            contribution.views.append(view);
        }
        contributions.append(contribution);
    }
    return contributions;
}

// The facilitator's aids for the draft's workshop: two notes, three parked questions (one done) and
// an agenda of three sessions.
void addFacilitation(AssessmentStore &store, const QString &draft)
{
    store.setFacilitatorNote(draft, QStringLiteral("CU-04"),
                             QStringLiteral("Fictitious demo note: ask the Interior ministry about the 2025 reform "
                                            "before the room scores this item."));
    store.setFacilitatorNote(draft, QStringLiteral("EP-03"),
                             QStringLiteral("Fictitious demo note: views split last round; give each agency a "
                                            "minute first."));
    store.addParkedQuestion(draft, QStringLiteral("CU-07"),
                            QStringLiteral("Which agency publishes the annual figures? (fictitious)"));
    const qint64 answered = store.addParkedQuestion(draft, QStringLiteral("EP-02"),
                                                    QStringLiteral("Is the policy page still current? (fictitious)"));
    store.addParkedQuestion(draft, QStringLiteral("EP-05"),
                            QStringLiteral("Do the labour agreements cover seasonal work? (fictitious)"));
    store.setParkedQuestionDone(draft, answered, true);
    store.setAgenda(
        draft,
        {{QStringLiteral("Common understandings, part 1"), QStringLiteral("CU-01"), QStringLiteral("CU-10"), 60},
         {QStringLiteral("Common understandings, part 2"), QStringLiteral("CU-11"), QStringLiteral("CU-20"), 60},
         {QStringLiteral("Effective practices, first ten"), QStringLiteral("EP-01"), QStringLiteral("EP-10"), 90}});
}

// Aurelia's baseline two years before its first round: mostly a level lower, with an item not applicable
// then but rated now, one rated then and not applicable now, and the last item not assessed.
void scoreBaseline(AssessmentStore &store, const QString &id, const Framework &framework)
{
    const QList<const FrameworkItem *> items = framework.items();
    for (int i = 0; i + 1 < items.size(); ++i) {
        ResponseUpdate update;
        const int level = std::clamp(demoLevel(0, i) - (i % 3 == 0 ? 0 : 1), 0, 4);
        update.rating = (i == 12 || i == 20) ? Rating::na() : Rating::level(level);
        update.confidence = Confidence::Low;
        update.rationale = QStringLiteral("Fictitious demo rationale of the baseline round for %1.").arg(items[i]->id);
        store.updateResponse(id, items[i]->id, update);
    }
}

// The explanation of change the demo team gave for each item rated differently from the previous round
// (only the first `limit` items).
void explainChanges(AssessmentStore &store, const QString &previous, const QString &current, int limit)
{
    static const QList<std::pair<ChangeReason, QString>> reasons{
        {ChangeReason::Performance, QStringLiteral("Fictitious: the new procedure is now applied nationwide.")},
        {ChangeReason::Evidence, QStringLiteral("Fictitious: the statistics office supplied figures we lacked.")},
        {ChangeReason::Method, QStringLiteral("Fictitious: the team now reads level 3 as the guidance describes.")},
        {ChangeReason::Other, QStringLiteral("Fictitious: the responsible agency was reorganised.")},
    };
    const QHash<QString, QList<Response>> responses = store.responsesOf({previous, current});
    QHash<QString, Rating> before;
    for (const Response &response : responses.value(previous))
        before.insert(response.itemId, response.rating);
    int explained = 0;
    const QList<Response> now = responses.value(current);
    for (int i = 0; i < now.size() && i < limit; ++i) {
        if (now[i].rating == before.value(now[i].itemId))
            continue;
        const auto &[reason, note] = reasons.at(explained++ % reasons.size());
        store.updateResponse(current, now[i].itemId, {.changeReason = reason, .changeNote = note});
    }
}

// Actions of Aurelia's first round; the open and in-progress ones are carried into the draft second round,
// where the team has reviewed two of them.
void addRoundActions(AssessmentStore &store, const QString &first, const QString &draft)
{
    const QList<Action> actions{
        {0, QStringLiteral("CU-03"), QStringLiteral("Publish the migration policy in one document (fictitious)"),
         QStringLiteral("Ministry of Foreign Affairs"), QDate(2026, 9, 30), ActionStatus::Open},
        {0, QStringLiteral("CU-12"), QStringLiteral("Train border staff on the new procedure (fictitious)"),
         QStringLiteral("Ministry of the Interior"), QDate(2026, 6, 30), ActionStatus::InProgress},
        {0, QStringLiteral("EP-08"), QStringLiteral("Set up an inter-ministerial working group (fictitious)"),
         QStringLiteral("Ministry of Labour"), QDate(2026, 12, 31), ActionStatus::Open},
        {0, QStringLiteral("EP-11"), QStringLiteral("Translate the returns guidance (fictitious)"),
         QStringLiteral("Ministry of Justice"), QDate(2026, 5, 31), ActionStatus::Done},
    };
    const QList<ActionReview> reviews{ActionReview::Continuing, ActionReview::Done, ActionReview::ToReview};
    int carried = 0;
    for (const Action &action : actions) {
        const qint64 original = store.addAction(first, action);
        if (action.status == ActionStatus::Done)
            continue;
        Action copy = action;
        copy.carriedFromActionId = original;
        copy.review = reviews.at(carried++);
        if (copy.review == ActionReview::Done)
            copy.status = ActionStatus::Done;
        store.addAction(draft, copy);
    }
}

} // namespace

QString DemoWorkshop::create(AssessmentStore &store, const FrameworkRegistry &frameworks)
{
    // Under the write lock first, so that a database refusing writes (damaged, read-only) says so
    // whatever it holds.
    AssessmentStore::Batch batch(store);
    if (isPresent(store))
        throw IammError(QCoreApplication::translate("DemoWorkshop", "%1: the demo workshop is already in this database")
                            .arg(store.path()));
    const Framework &framework = frameworks.require(FrameworkRegistry::defaultFrameworkId());
    const QString baseline = store.createAssessment({QLatin1String(mainState),
                                                     QStringLiteral("DEMO (fictitious) – baseline round"),
                                                     QDate(2024, 3, 12), demoTeam()},
                                                    framework);
    scoreBaseline(store, baseline, framework);
    store.setStatus(baseline, AssessmentStatus::Final);
    QString firstRound;
    for (int s = 0; s < demoStates.size(); ++s) {
        NewAssessment request{demoStates[s], QStringLiteral("DEMO (fictitious) – first round"), QDate(2026, 3, 10 + s),
                              demoTeam()};
        const QString id = store.createAssessment(request, framework);
        scoreAll(store, id, framework, s, framework.itemCount());
        if (s == 0) {
            explainChanges(store, baseline, id, framework.itemCount());
            firstRound = id;
        }
        store.setStatus(id, AssessmentStatus::Final);
    }
    NewAssessment second{QLatin1String(mainState), QStringLiteral("DEMO (fictitious) – second round workshop"),
                         QDate(2026, 11, 20), demoTeam()};
    const QString draft = store.createAssessment(second, framework);
    scoreAll(store, draft, framework, 6, 26);
    store.replaceContributions(draft, demoContributions(framework, 26));
    store.addNote(draft, QStringLiteral("CU-19"), QStringLiteral("Statistics office briefing (fictitious)"),
                  QStringLiteral("Fictitious demo note: the census includes a place-of-birth question."), false);
    store.addLink(draft, QStringLiteral("EP-02"), QStringLiteral("Example policy page (fictitious)"),
                  QStringLiteral("https://example.org/demo-migration-policy"), false);
    store.addNote(draft, QStringLiteral("EP-06"), QStringLiteral("Case figures (fictitious, confidential)"),
                  QStringLiteral("Fictitious demo note marked confidential."), true);
    store.setChecklistStatus(draft, QStringLiteral("EP-01.1"), ChecklistState::InPlace);
    store.setChecklistStatus(draft, QStringLiteral("EP-01.2"), ChecklistState::Partial);
    store.setChecklistStatus(draft, QStringLiteral("EP-13.S4"), ChecklistState::NotInPlace);
    store.addAction(draft,
                    Action{0, QStringLiteral("EP-19"),
                           QStringLiteral("Draft a data-sharing protocol between "
                                          "ministries (fictitious demo action)"),
                           QStringLiteral("National Statistics Office"), QDate(2027, 3, 31), ActionStatus::Open});
    store.addAction(draft, Action{0, QStringLiteral("EP-05"),
                                  QStringLiteral("Map bilateral labour agreements "
                                                 "(fictitious demo action)"),
                                  QStringLiteral("Ministry of Labour"), QDate(2027, 6, 30), ActionStatus::InProgress});
    addFacilitation(store, draft);
    store.setPreviousRound(draft, firstRound);
    explainChanges(store, firstRound, draft, 26);
    addRoundActions(store, firstRound, draft);
    PeerGroupCatalog groups(store);
    groups.createGroup(QLatin1String(groupId), QStringLiteral("Demo peer group (fictitious states)"), demoStates);
    batch.commit();
    return draft;
}

bool DemoWorkshop::isPresent(const AssessmentStore &store)
{
    for (const AssessmentInfo &info : store.assessments()) {
        if (demoStates.contains(info.stateCode))
            return true;
    }
    return false;
}

} // namespace iamm
