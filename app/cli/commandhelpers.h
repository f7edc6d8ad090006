// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace iamm {
class Framework;
struct Response;
struct Scale;
} // namespace iamm

namespace iamm::cli {

class Arguments;
class CommandContext;

// User text on one terminal line: control characters escaped.
QString shown(const QString &text);

QString ratingText(const Response &response, const Scale &scale);

// The framework with its texts in the application's language where a translation of it exists, for
// text output; JSON and CSV keep the pinned English texts.
Framework readerFramework(CommandContext &context, const Framework &framework);

// An optional ITEM filter must name an item of the assessment's framework.
QString itemFilter(CommandContext &context, const Arguments &arguments, const QString &assessmentId);

} // namespace iamm::cli
