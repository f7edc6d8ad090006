// SPDX-License-Identifier: GPL-3.0-or-later
#include "peers/gapanalysis.h"

#include "store/assessmentstore.h"
#include "peers/gapstatistics.h"
#include "common/iammerror.h"
#include "peers/peergroupcatalog.h"

#include <QCoreApplication>
#include <QLocale>

namespace iamm {

namespace {

AssessmentInfo chooseSubject(const AssessmentStore &store, const QString &stateCode, const QString &assessmentId)
{
    if (!assessmentId.isEmpty()) {
        AssessmentInfo info = store.assessment(assessmentId);
        if (info.stateCode != stateCode)
            throw IammError(QCoreApplication::translate("GapAnalysis", "assessment %1 belongs to %2, not %3")
                                .arg(assessmentId, info.stateCode, stateCode));
        return info;
    }
    const QList<AssessmentInfo> own = store.assessments(stateCode);
    if (own.isEmpty())
        throw IammError(
            QCoreApplication::translate("GapAnalysis", "%1: no assessment for %2").arg(store.path(), stateCode));
    return own.constFirst();
}

} // namespace

GapResult GapAnalysis::run(const AssessmentStore &store, const PeerGroupCatalog &groups, const QString &stateCode,
                           const QString &groupId, const QString &assessmentId, int minPeers)
{
    if (minPeers < 1)
        throw IammError(
            QCoreApplication::translate("GapAnalysis", "the minimum number of peers must be at least 1 (got %1)")
                .arg(QLocale().toString(minPeers)));
    const QString state = stateCode.trimmed().toUpper();
    const PeerGroup group = groups.group(groupId);
    const AssessmentInfo subject = chooseSubject(store, state, assessmentId);
    const Framework &framework = store.frameworkOf(subject.id);

    QHash<QString, AssessmentInfo> newestFinal;
    for (const AssessmentInfo &info : store.peerAssessments(framework.id)) {
        if (!newestFinal.contains(info.stateCode))
            newestFinal.insert(info.stateCode, info);
    }
    QList<AssessmentInfo> chosen;
    QStringList missing;
    for (const QString &member : group.members) {
        if (member == state)
            continue;
        if (newestFinal.contains(member))
            chosen << newestFinal.value(member);
        else
            missing << member;
    }
    QStringList ids;
    for (const AssessmentInfo &info : chosen)
        ids << info.id;
    const QHash<QString, QList<Response>> responses = store.peerResponsesOf(ids);
    QList<GapStatistics::PeerInput> peers;
    for (const AssessmentInfo &info : chosen)
        peers << GapStatistics::PeerInput{info.stateCode, info, responses.value(info.id)};
    GapResult result = GapStatistics::compute(framework, subject, store.responses(subject.id), peers, missing,
                                              minPeers);
    result.stateCode = state;
    result.groupId = group.id;
    result.groupName = group.name;
    result.subjectIsMember = group.members.contains(state);
    return result;
}

} // namespace iamm
