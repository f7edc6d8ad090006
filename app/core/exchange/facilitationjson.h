// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <nlohmann/json.hpp>

namespace iamm {

class Framework;
class JsonReader;

// The facilitator's members of a full assessment exchange file: "facilitatorNotes", "parkingLot" and
// "agenda" (db/schemas/assessment-exchange.schema.json). Never in a shared file.
class FacilitationJson
{
public:
    // Adds the members that have entries to root.
    static void write(const AssessmentRecord &record, nlohmann::ordered_json &root);
    // Reads the members present in root into record, checking items, texts, times and sessions against
    // framework; throws IammError "FILE: $.member[i].field: problem".
    static void read(const JsonReader &reader, const nlohmann::json &root, const Framework &framework,
                     AssessmentRecord &record);

private:
    static QList<FacilitatorNote> readNotes(const JsonReader &reader, const nlohmann::json &root,
                                            const Framework &framework);
    static QList<ParkedQuestion> readParkingLot(const JsonReader &reader, const nlohmann::json &root,
                                                const Framework &framework);
    static QList<AgendaSession> readAgenda(const JsonReader &reader, const nlohmann::json &root,
                                           const Framework &framework);
    static QString readItem(const JsonReader &reader, const nlohmann::json &value, const QString &path,
                            const Framework &framework);
    static QString readText(const JsonReader &reader, const nlohmann::json &value, const QString &path, const char *key,
                            int maxLength);
    static QDateTime readTime(const JsonReader &reader, const nlohmann::json &value, const QString &path,
                              const char *key);
    static const nlohmann::json &readList(const JsonReader &reader, const nlohmann::json &root, const char *key,
                                          int maxCount);
};

} // namespace iamm
