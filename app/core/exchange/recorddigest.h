// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QHash>
#include <QJsonObject>

namespace iamm {

// The canonical form of whole assessment records, to prove that two databases hold the same: every
// field, timestamps and the audit log included, but no surrogate ids (evidence, actions, contributions,
// parked questions and audit entries are compared in their order of creation), evidence content by its
// SHA-256, and an action's carried-from link as the linked action's assessment and place among its actions.
class RecordDigest
{
public:
    // The records whose actions carried-from links may point to; a link to any other action counts as none.
    explicit RecordDigest(const QList<AssessmentRecord> &records);

    QJsonObject canonical(const AssessmentRecord &record) const;
    // SHA-256 (hex) of the compact canonical JSON.
    QString sha256(const AssessmentRecord &record) const;

private:
    QJsonObject actionJson(const Action &action) const;

    // "ASSESSMENT_ID#N" by action id, N counting from 1 in order of creation.
    QHash<qint64, QString> m_actionPlaces;
};

} // namespace iamm
