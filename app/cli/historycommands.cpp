// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commandhelpers.h"
#include "commands.h"

#include "display/audittext.h"
#include "display/vocabularytext.h"
#include "rounds/changereasons.h"
#include "store/assessmentstore.h"

namespace iamm::cli {

namespace {

template<typename Enum> QString wordFor(const QString &value)
{
    const std::optional<Enum> parsed = vocabulary::fromText<Enum>(value);
    return parsed ? VocabularyText::text(*parsed) : shown(value);
}

// A status, reason or yes/no the audit log keeps as its code, in the reader's language; other values as
// recorded.
QString valueText(const AuditEntry &entry, const QString &value)
{
    if (entry.entity == QLatin1String("assessment") && entry.field == QLatin1String("status"))
        return wordFor<AssessmentStatus>(value);
    if (entry.entity == QLatin1String("response") && entry.field == QLatin1String("confidence"))
        return wordFor<Confidence>(value);
    if (entry.entity == QLatin1String("checklist") && entry.field == QLatin1String("status"))
        return wordFor<ChecklistState>(value);
    if (entry.entity == QLatin1String("action") && entry.field == QLatin1String("status"))
        return wordFor<ActionStatus>(value);
    if (entry.entity == QLatin1String("action") && entry.field == QLatin1String("review"))
        return wordFor<ActionReview>(value);
    if (entry.entity == QLatin1String("response") && entry.field == QLatin1String("change reason")) {
        const std::optional<ChangeReason> reason = vocabulary::fromText<ChangeReason>(value);
        return reason ? ChangeReasons::title(*reason) : shown(value);
    }
    if (entry.entity == QLatin1String("parked question") && entry.field == QLatin1String("done")
        && (value == QLatin1String("yes") || value == QLatin1String("no")))
        return value == QLatin1String("yes") ? Arguments::tr("yes") : Arguments::tr("no");
    return shown(value);
}

} // namespace

int historyCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("history"), words, {}, {});
    arguments.requirePositionalCount(1, 1);
    const QString id = arguments.positional(0, QStringLiteral("assessment ID"));
    context.store().assessment(id);
    for (const AuditEntry &e : context.store().auditLog(id))
        context.out() << e.changedAt.toString(Qt::ISODate) << '\t' << AuditText::entity(e.entity) << '\t' << e.entityKey
                      << '\t' << AuditText::field(e.field) << '\t'
                      << Arguments::tr("%1 -> %2").arg(valueText(e, e.oldValue), valueText(e, e.newValue)) << '\t'
                      << e.changedBy << '\n';
    return 0;
}

} // namespace iamm::cli
