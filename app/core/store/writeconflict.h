// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/iammerror.h"

namespace iamm {

// A write refused because someone else changed what it would replace after the writer read it.
// Trying it again would fail again: the caller shows the newer value and keeps what its user entered.
class WriteConflict : public IammError
{
public:
    using IammError::IammError;
};

} // namespace iamm
