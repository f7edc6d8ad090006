// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"

namespace iamm {

// Reads and validates a framework file (format "iamm-framework", frameworks/framework.schema.json).
// Errors name the file, the JSON path and what is wrong; nothing is half-loaded.
class FrameworkLoader
{
public:
    static Framework loadFile(const QString &path);
    static Framework loadBytes(const QByteArray &bytes, const QString &origin);
};

} // namespace iamm
