// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peers/gapresult.h"

namespace iamm {

class AssessmentStore;
class PeerGroupCatalog;

// Chooses the subject and the peers' assessments, then computes the statistics.
// Subject: the given assessment, else the state's newest assessment of any status.
// Peers: every other group member's newest final assessment on the same framework id, from the
// shared figures on a server whose login may not read every state (AssessmentStore::peerAssessments).
class GapAnalysis
{
public:
    static constexpr int defaultMinPeers = 3;

    static GapResult run(const AssessmentStore &store, const PeerGroupCatalog &groups, const QString &stateCode,
                         const QString &groupId, const QString &assessmentId = {}, int minPeers = defaultMinPeers);
};

} // namespace iamm
