// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace iamm {

// The name under which an evidence file is stored and exported: a plain file name the exchange
// reader accepts on any system, so that every export can be imported again.
class EvidenceFileName
{
public:
    // Path separators ('/', '\\') and control characters become '_', "." and ".." become "_",
    // and a name longer than InputLimits::maxNameLength is cut, keeping a short extension.
    static QString sanitized(const QString &name);
    // Whether sanitized(name) == name.
    static bool isPlain(const QString &name);
};

} // namespace iamm
