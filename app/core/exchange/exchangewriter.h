// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QByteArray>
#include <nlohmann/json.hpp>

namespace iamm {

class Framework;
struct FrameworkItem;

// Writes one assessment as an exchange file (db/schemas/assessment-exchange.schema.json).
// A shared file keeps only what is not typed by the team: state, date, status, scores,
// "not applicable", targets, confidence and checklist statuses. It leaves out the title
// (replaced by one made of state and date), the team, every rationale and dissent note, all evidence,
// all actions, all contributions (the participants' individual views) and the facilitator's notes,
// parking lot and agenda.
// Its assessment id is derived from the original one, so importing it back never overwrites the
// full assessment while a newer shared copy still replaces an older one.
class ExchangeWriter
{
public:
    ExchangeWriter(const AssessmentRecord &record, const Framework &framework, bool share);

    static QString sharedCopyId(const QString &assessmentId);

    QByteArray write() const;

private:
    using json = nlohmann::ordered_json;

    json assessmentJson() const;
    json responsesJson() const;
    json responseJson(const FrameworkItem &item) const;
    json evidenceJson(const Evidence &evidence) const;
    json actionJson(const Action &action) const;

    const AssessmentRecord &m_record;
    const Framework &m_framework;
    bool m_share = false;
};

} // namespace iamm
