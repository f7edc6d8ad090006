// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "store/writeconflict.h"

namespace iamm {

// An update refused because someone else changed the response after the editor read it
// (ResponseUpdate::expectedVersion). Says who and when, and carries the stored response so
// that the editor can show the newer values beside what its user typed.
class EditConflict : public WriteConflict
{
public:
    EditConflict(const QString &itemId, const Response &current);

    const Response &current() const { return m_current; }

private:
    Response m_current;
};

} // namespace iamm
