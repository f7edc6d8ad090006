// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to the framework loader (what `iamm framework validate` and every
// start read from the user's frameworks folder). A rejected file must end in an IammError
// naming the problem; anything else (a crash, a sanitizer report, another exception
// escaping) is a finding.
#include "framework/frameworkloader.h"
#include "common/iammerror.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    try {
        iamm::FrameworkLoader::loadBytes(bytes, QStringLiteral("fuzz.json"));
    } catch (const iamm::IammError &) {}
    return 0;
}
