// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "framework/framework.h"
#include "peers/gapresult.h"
#include "peers/peergroup.h"
#include "report/reportrounds.h"

#include <QString>

class QIODevice;

namespace iamm {

// Writes the gap report as a PDF a minister's office can read: cover, one-page summary, charts, the full item
// table, rationale, actions, an optional evidence annex and the methodology, with "Page N of M" on every page.
// Needs a QGuiApplication (the offscreen platform is enough).
class GapReportWriter
{
public:
    struct Options
    {
        QString paper = QStringLiteral("a4"); // or "letter"
        bool includeEvidence = false;
        // Names the participants in "Where views differed" instead of only counting them.
        bool nameContributors = false;
        // Adds the annex "Facilitator notes" (private notes and parking lot); never there otherwise.
        bool includeNotes = false;
        // The previous round and the trend (ReportRounds::load); without it the report has no "Previous" and
        // "Change" columns and no page "Since the previous assessment".
        std::optional<ReportRounds> rounds;
    };

    // Throws IammError naming outPath when it cannot be written; a failed write leaves no file behind.
    static void writePdf(const GapResult &result, const Framework &framework, const AssessmentRecord &subject,
                         const PeerGroup &group, const Options &options, const QString &outPath);

    // The same onto an open device standing for outPath (a test injects a failing one): a short write
    // cancels a QSaveFile and throws IammError "outPath: cannot write: reason; nothing was written".
    static void writePdf(const GapResult &result, const Framework &framework, const AssessmentRecord &subject,
                         const PeerGroup &group, const Options &options, QIODevice &device, const QString &outPath);
};

} // namespace iamm
