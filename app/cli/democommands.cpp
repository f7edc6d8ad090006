// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commands.h"

#include "workshop/demoworkshop.h"

namespace iamm::cli {

int demoCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("demo"), words, {}, {});
    arguments.requirePositionalCount(0, 0);
    const QString id = DemoWorkshop::create(context.store(), context.frameworks());
    context.out() << Arguments::tr("Created the demo workshop (all states, names and scores are FICTITIOUS):\n"
                                   "  six fictitious states XAA–XAF with final first-round assessments,\n"
                                   "  a draft second round for Aurelia (XAA): %1\n"
                                   "  and the peer group %2.\n"
                                   "Try: iamm assessment show %1\n"
                                   "     iamm gap --state XAA --group DEMO --format text\n"
                                   "     iamm trend --state XAA   (Aurelia's three rounds: a 2024 baseline, the "
                                   "first round, the draft)\n")
                         .arg(id, QString::fromLatin1(DemoWorkshop::groupId));
    return 0;
}

} // namespace iamm::cli
