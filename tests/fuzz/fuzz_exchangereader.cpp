// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to the assessment exchange reader (what `iamm import` and the app's
// import read). A rejected file must end in an IammError naming the problem; anything else
// (a crash, a sanitizer report, another exception escaping) is a finding.
#include "exchange/assessmentexchange.h"
#include "common/datapaths.h"
#include "framework/frameworkregistry.h"
#include "common/iammerror.h"
#include "catalogs/statecatalog.h"

#include <cstdint>

namespace {

// Only the shipped frameworks, so a run does not depend on the user's frameworks folder.
struct ReaderContext
{
    iamm::FrameworkRegistry frameworks{QStringList{iamm::DataPaths::frameworksDir()}};
    iamm::StateCatalog states;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const ReaderContext context;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    try {
        iamm::AssessmentExchange::parse(bytes, QStringLiteral("fuzz.json"), context.frameworks, context.states);
    } catch (const iamm::IammError &) {}
    return 0;
}
