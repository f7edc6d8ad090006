// SPDX-License-Identifier: GPL-3.0-or-later
#include "voting/polltallyjson.h"

#include <nlohmann/json.hpp>

namespace iamm {

namespace {

using Json = nlohmann::ordered_json;

template<typename T> Json orNull(const std::optional<T> &value)
{
    if (!value)
        return nullptr;
    if constexpr (std::is_floating_point_v<T>) {
        if (*value == double(qint64(*value)))
            return qint64(*value);
    }
    return *value;
}

} // namespace

QByteArray PollTallyJson::toJson(const ItemConsensus &tally)
{
    Json counts = Json::object();
    for (auto it = tally.counts.constBegin(); it != tally.counts.constEnd(); ++it)
        counts[QString::number(it.key()).toStdString()] = it.value();
    counts["na"] = tally.na;
    const Json root{{"item", tally.itemId.toStdString()}, {"votes", tally.n + tally.na}, {"counts", std::move(counts)},
                    {"median", orNull(tally.median)},     {"min", orNull(tally.min)},    {"max", orNull(tally.max)}};
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

} // namespace iamm
