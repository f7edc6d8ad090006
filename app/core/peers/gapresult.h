// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace iamm {

// Distribution of the peers' values for one item or section (R type 7 quartiles).
struct PeerSpread
{
    int n = 0;
    double min = 0;
    double q1 = 0;
    double median = 0;
    double q3 = 0;
    double max = 0;
    double mean = 0;
};

// Peer figures are empty when fewer than minPeers peers have a counted value.
struct PeerComparison
{
    std::optional<PeerSpread> peer;
    std::optional<double> percentileRank;
    std::optional<double> gapToMedian;
};

struct ItemGap
{
    QString id;
    QString sectionId;
    std::optional<int> score; // only a counted level: N/A and not assessed are empty
    bool notApplicable = false;
    int target = 3;
    std::optional<int> gapToTarget; // max(0, target - score)
    PeerComparison comparison;
};

struct SectionGap
{
    QString id; // section id, or "overall"
    std::optional<double> score; // mean of the counted item scores
    PeerComparison comparison;
};

struct PeerUsed
{
    QString stateCode;
    QString assessmentId;
    QDate date;
};

struct GapResult
{
    QString stateCode;
    QString groupId;
    QString groupName;
    // False when the state is compared with a group it does not belong to: every member is then a peer.
    bool subjectIsMember = true;
    AssessmentInfo assessment;
    QList<PeerUsed> peers; // peers whose newest final assessment was used
    QStringList missingPeers; // members without a final assessment on the framework
    int minPeers = 3;
    QList<ItemGap> items;
    QList<SectionGap> sections;
    SectionGap overall;
};

} // namespace iamm
