// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "framework/framework.h"

#include <functional>
#include <memory>

namespace iamm {
class AssessmentStore;
}
namespace iamm::gui {

class AutosaveQueue;
class SaveStatus;

// What the controllers of the session share: the store, the open assessment with its framework,
// the text edits waiting for a typing pause and where failures are shown.
struct OpenAssessment
{
    SaveStatus *status = nullptr;
    AutosaveQueue *autosave = nullptr;
    iamm::AssessmentStore *store = nullptr;
    iamm::AssessmentInfo info;
    // The assessment's framework with its texts in the language shown (FrameworkLanguage).
    std::shared_ptr<const iamm::Framework> framework = std::make_shared<const iamm::Framework>();

    bool isOpen() const { return store != nullptr; }
    // Runs a store write: "Saved" when it succeeds, the core's message when it fails.
    bool write(const std::function<void()> &change) const;
};

} // namespace iamm::gui
