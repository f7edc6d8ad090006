// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshop/contribution.h"

#include <nlohmann/json.hpp>

namespace iamm {

class Framework;
class JsonReader;

// The "contributions" member of a full assessment exchange file: each participant's views, in
// order of creation (db/schemas/assessment-exchange.schema.json).
class ContributionJson
{
public:
    static nlohmann::ordered_json write(const QList<Contribution> &contributions);
    // Reads root["contributions"] (none when absent), checking items and levels against framework;
    // throws IammError "FILE: $.contributions[i]...: problem".
    static QList<Contribution> read(const JsonReader &reader, const nlohmann::json &root, const Framework &framework);

private:
    static Contribution readContribution(const JsonReader &reader, const nlohmann::json &value, const QString &path,
                                         const Framework &framework);
    static ContributionView readView(const JsonReader &reader, const nlohmann::json &value, const QString &path,
                                     const Framework &framework);
    static QString readString(const JsonReader &reader, const nlohmann::json &value, const QString &path,
                              const char *key, int maxLength);
};

} // namespace iamm
