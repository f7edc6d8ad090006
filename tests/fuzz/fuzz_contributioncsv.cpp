// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to the reader of spreadsheets of votes (what `iamm contribution import
// FILE.csv` and the app's "Import views…" read). A rejected file must end in an IammError naming
// the problem; anything else (a crash, a sanitizer report, another exception escaping) is a finding.
#include "common/datapaths.h"
#include "common/iammerror.h"
#include "framework/frameworkregistry.h"
#include "workshop/contributioncsv.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const iamm::FrameworkRegistry frameworks{QStringList{iamm::DataPaths::frameworksDir()}};
    static const iamm::Framework &framework = frameworks.require(iamm::FrameworkRegistry::defaultFrameworkId());
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    try {
        iamm::ContributionCsv::parse(bytes, QStringLiteral("fuzz.csv"), framework);
    } catch (const iamm::IammError &) {}
    return 0;
}
