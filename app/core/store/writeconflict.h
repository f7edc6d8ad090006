// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "common/iammerror.h"

#include <optional>

namespace iamm {

// A write refused because someone else changed what it would replace after the writer read it.
// Trying it again would fail again: the caller shows the newer value and keeps what its user entered.
class WriteConflict : public IammError
{
public:
    using IammError::IammError;

protected:
    // named (%1 the subject, %2 who made lastChange, %3 its local time) when the audit log says
    // who made the last change; otherwise anonymous (%1 the subject).
    static QString naming(const std::optional<AuditEntry> &lastChange, const QString &subject, const QString &anonymous,
                          const QString &named);
};

} // namespace iamm
