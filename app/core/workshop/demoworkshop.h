// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace iamm {

class AssessmentStore;
class FrameworkRegistry;

// A demo workshop for training: six fictitious states (codes XAA–XAF) with final assessments,
// one draft second round for Aurelia with team, evidence, actions, six participants' views and the
// facilitator's notes, parking lot and agenda, and the peer group "DEMO". Aurelia has three rounds: a
// final baseline (2024), the final first round and the draft, each explaining its changes from the one
// before, with the first round's open actions carried into the draft for review.
// Every name and score is fictitious and says so.
class DemoWorkshop
{
public:
    static constexpr const char *groupId = "DEMO";
    static constexpr const char *mainState = "XAA";

    // Returns the id of Aurelia's draft assessment; throws IammError if the demo is already there.
    static QString create(AssessmentStore &store, const FrameworkRegistry &frameworks);
    static bool isPresent(const AssessmentStore &store);
};

} // namespace iamm
