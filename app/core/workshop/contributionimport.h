// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshop/contribution.h"

namespace iamm {

class AssessmentStore;
class Framework;
class FrameworkRegistry;
class StateCatalog;

// Contributions read from a file, chosen by its extension: a spreadsheet of votes (.csv, see
// ContributionCsv) or one participant's own assessment exchange file (.json), whose ratings and
// rationales become that participant's views and comments. Every file is validated first; a problem
// is an IammError naming the file and the line or JSON path, and then nothing is written.
class ContributionImport
{
public:
    enum class Format { Csv, Exchange };

    // For an exchange file: who the participant is (the name may be empty: "Participant N").
    struct Participant
    {
        QString name;
        QString agency;
    };

    struct Summary
    {
        int participants = 0;
        int views = 0;
    };

    // Throws IammError when the extension is neither .csv nor .json.
    static Format formatOf(const QString &path);
    // The contributions in the file, checked against framework (the assessment's).
    static QList<Contribution> read(const QString &path, const Framework &framework,
                                    const FrameworkRegistry &frameworks, const StateCatalog &states,
                                    const Participant &participant);
    // Reads the file and writes its contributions to the assessment in one transaction.
    static Summary importFile(AssessmentStore &store, const QString &assessmentId, const QString &path,
                              const FrameworkRegistry &frameworks, const StateCatalog &states,
                              const Participant &participant);

private:
    static Contribution fromExchange(const QString &path, const Framework &framework,
                                     const FrameworkRegistry &frameworks, const StateCatalog &states,
                                     const Participant &participant);
};

} // namespace iamm
