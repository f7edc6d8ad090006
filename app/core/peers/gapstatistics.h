// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "framework/framework.h"
#include "peers/gapresult.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace iamm {

// Compares one state's ratings with its target levels and with the distribution of its peers.
class GapStatistics
{
public:
    struct PeerInput
    {
        QString stateCode;
        AssessmentInfo info;
        QList<Response> responses;
    };

    // Fills everything except groupId and groupName, which the caller knows.
    static GapResult compute(const Framework &framework, const AssessmentInfo &subject,
                             const QList<Response> &subjectResponses, const QList<PeerInput> &peers,
                             const QStringList &missingPeers, int minPeers);

    // Quartiles by linear interpolation between order statistics (R type 7); values must not be empty.
    static PeerSpread spread(QList<double> values);

    // 100 × (values below + ½ × values equal) / n; values must not be empty.
    static double percentileRank(double score, const QList<double> &values);

    // Empty figures when fewer than minPeers values, so no single peer's value can be recovered.
    static PeerComparison compare(std::optional<double> score, const QList<double> &peerValues, int minPeers);
};

} // namespace iamm
