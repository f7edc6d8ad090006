// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/assessmentfilter.h"

namespace iamm {

bool AssessmentFilter::matches(const AssessmentInfo &info, const QString &stateName) const
{
    if (status == Status::Draft && info.isFinal())
        return false;
    if (status == Status::Final && !info.isFinal())
        return false;
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return true;
    return info.stateCode.contains(wanted, Qt::CaseInsensitive) || stateName.contains(wanted, Qt::CaseInsensitive)
           || info.title.contains(wanted, Qt::CaseInsensitive);
}

} // namespace iamm
