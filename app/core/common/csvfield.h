// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace iamm {

// One CSV field as RFC 4180 writes it: quoted, with doubled quotes, when it holds a comma, a quote
// or a line break; as it is otherwise.
QString csvField(const QString &text);

} // namespace iamm
