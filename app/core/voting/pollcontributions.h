// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voting/pollvote.h"

#include <QList>
#include <QString>

namespace iamm {

class AssessmentStore;
struct Contribution;

// Turns a voting session's votes into contributions, the same records as imported views, so that
// `iamm consensus show` and the app's figures count them by the same rules.
class PollContributions
{
public:
    // One contribution per voter (client id): the name and agency of the voter's last vote (no
    // name: "Participant N"), one view per item voted on. A named voter who already has a
    // contribution keeps its views on the other items. Two voters giving the same name become
    // "Name", "Name (2)"… Source: "live vote".
    static QList<Contribution> contributions(const QList<PollVote> &votes, const QList<Contribution> &existing);

    // Writes them in one transaction (AssessmentStore::replaceContributions); returns how many.
    // Throws IammError and writes nothing when the store refuses (a final assessment, an unknown item).
    static int store(AssessmentStore &store, const QString &assessmentId, const QList<PollVote> &votes);
};

} // namespace iamm
