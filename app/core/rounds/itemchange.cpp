// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/itemchange.h"

namespace iamm {

ItemChange ItemChange::between(const Rating &previous, const Rating &current)
{
    const bool wasLevel = previous.score.has_value() && !previous.notApplicable;
    const bool isLevel = current.score.has_value() && !current.notApplicable;
    if (wasLevel && isLevel)
        return {Kind::Numeric, *current.score - *previous.score};
    if (isLevel)
        return {previous.notApplicable ? Kind::NewlyApplicable : Kind::NewlyAssessed, 0};
    if (current.notApplicable)
        return {previous.notApplicable ? Kind::StillNotApplicable : Kind::NowNotApplicable, 0};
    if (wasLevel || previous.notApplicable)
        return {Kind::NoLongerAssessed, 0};
    return {Kind::NotAssessed, 0};
}

bool ItemChange::isChange() const
{
    switch (m_kind) {
    case Kind::Numeric:
        return m_delta != 0;
    case Kind::StillNotApplicable:
    case Kind::NotAssessed:
        return false;
    case Kind::NewlyApplicable:
    case Kind::NowNotApplicable:
    case Kind::NewlyAssessed:
    case Kind::NoLongerAssessed:
        break;
    }
    return true;
}

QString ItemChange::text() const
{
    switch (m_kind) {
    case Kind::Numeric:
        return m_delta > 0 ? QStringLiteral("+%1").arg(m_delta) : QString::number(m_delta);
    case Kind::NewlyApplicable:
        return QStringLiteral("newly applicable");
    case Kind::NowNotApplicable:
        return QStringLiteral("now not applicable");
    case Kind::NewlyAssessed:
        return QStringLiteral("newly assessed");
    case Kind::NoLongerAssessed:
        return QStringLiteral("no longer assessed");
    case Kind::StillNotApplicable:
    case Kind::NotAssessed:
        break;
    }
    return {};
}

QString ItemChange::displayText() const
{
    switch (m_kind) {
    case Kind::Numeric:
        return text();
    case Kind::NewlyApplicable:
        return tr("newly applicable");
    case Kind::NowNotApplicable:
        return tr("now not applicable");
    case Kind::NewlyAssessed:
        return tr("newly assessed");
    case Kind::NoLongerAssessed:
        return tr("no longer assessed");
    case Kind::StillNotApplicable:
    case Kind::NotAssessed:
        break;
    }
    return {};
}

} // namespace iamm
