// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace iamm {
struct Response;
struct Scale;
} // namespace iamm

namespace iamm::cli {

class Arguments;
class CommandContext;

// User text on one terminal line: control characters escaped.
QString shown(const QString &text);

QString ratingText(const Response &response, const Scale &scale);

// An optional ITEM filter must name an item of the assessment's framework.
QString itemFilter(CommandContext &context, const Arguments &arguments, const QString &assessmentId);

} // namespace iamm::cli
