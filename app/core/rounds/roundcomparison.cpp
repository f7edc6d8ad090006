// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/roundcomparison.h"

#include "common/iammerror.h"
#include "rounds/previousround.h"
#include "store/assessmentstore.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace iamm {

namespace {

QHash<QString, Response> byItem(const QList<Response> &responses)
{
    QHash<QString, Response> map;
    for (const Response &response : responses)
        map.insert(response.itemId, response);
    return map;
}

} // namespace

RoundComparison RoundComparison::compute(const Framework &framework, const AssessmentInfo &previous,
                                         const QList<Response> &previousResponses, const AssessmentInfo &current,
                                         const QList<Response> &currentResponses)
{
    RoundComparison comparison{previous, current, {}};
    const QHash<QString, Response> before = byItem(previousResponses);
    const QHash<QString, Response> now = byItem(currentResponses);
    for (const FrameworkSection &section : framework.sections) {
        for (const FrameworkItem &item : section.items) {
            const Response was = before.value(item.id);
            const Response is = now.value(item.id);
            comparison.items.append({item.id, section.id, was.rating, is.rating, was.rationale, is.rationale,
                                     ItemChange::between(was.rating, is.rating), is.changeReason, is.changeNote});
        }
    }
    return comparison;
}

RoundComparison RoundComparison::between(const AssessmentStore &store, const QString &previousId,
                                         const QString &currentId)
{
    const AssessmentInfo previous = store.assessment(previousId);
    const AssessmentInfo current = store.assessment(currentId);
    if (previous.frameworkId != current.frameworkId)
        throw IammError(
            QCoreApplication::translate("RoundComparison",
                                        "assessment %1 uses framework %2 but %3 uses %4: only assessments of the same "
                                        "framework can be compared")
                .arg(previousId, previous.frameworkId, currentId, current.frameworkId));
    const QHash<QString, QList<Response>> responses = store.responsesOf({previousId, currentId});
    return compute(store.frameworkOf(currentId), previous, responses.value(previousId), current,
                   responses.value(currentId));
}

std::optional<RoundComparison> RoundComparison::againstPrevious(const AssessmentStore &store,
                                                                const QString &assessmentId)
{
    const std::optional<AssessmentInfo> previous = PreviousRound::of(store, assessmentId);
    if (!previous)
        return std::nullopt;
    return between(store, previous->id, assessmentId);
}

const ItemComparison *RoundComparison::item(const QString &itemId) const
{
    for (const ItemComparison &entry : items) {
        if (entry.itemId == itemId)
            return &entry;
    }
    return nullptr;
}

QList<ItemComparison> RoundComparison::changed() const
{
    QList<ItemComparison> list;
    for (const ItemComparison &entry : items) {
        if (entry.change.isChange())
            list.append(entry);
    }
    return list;
}

QList<ItemComparison> RoundComparison::largestMoves(bool risen, int count) const
{
    QList<ItemComparison> moves;
    for (const ItemComparison &entry : items) {
        if (entry.change.isNumeric() && (risen ? entry.change.delta() > 0 : entry.change.delta() < 0))
            moves.append(entry);
    }
    std::stable_sort(moves.begin(), moves.end(), [](const ItemComparison &a, const ItemComparison &b) {
        return std::abs(a.change.delta()) > std::abs(b.change.delta());
    });
    return moves.mid(0, count);
}

} // namespace iamm
