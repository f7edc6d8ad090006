// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"
#include "peers/gapresult.h"
#include "peers/peergroup.h"
#include "report/reportcanvas.h"

#include <QCoreApplication>

namespace iamm {

// The report's closing section: the framework and its fingerprint, the rating scale, the rules behind
// every figure, and the peers used.
class ReportMethodology
{
    Q_DECLARE_TR_FUNCTIONS(ReportMethodology)

public:
    ReportMethodology(const Framework &framework, const GapResult &result, const PeerGroup &group);

    void paint(ReportCanvas &canvas) const;

private:
    void paintTranslation(ReportCanvas &canvas) const;
    void paintScale(ReportCanvas &canvas) const;
    void paintRules(ReportCanvas &canvas) const;
    void paintPeers(ReportCanvas &canvas) const;

    const Framework &m_framework;
    const GapResult &m_result;
    const PeerGroup &m_group;
};

} // namespace iamm
