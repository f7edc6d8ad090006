// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commandhelpers.h"
#include "commands.h"

#include "display/vocabularytext.h"
#include "store/assessmentstore.h"
#include "common/iammerror.h"

#include <algorithm>

namespace iamm::cli {

int actionCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("action"), words,
                              {QStringLiteral("text"), QStringLiteral("owner"), QStringLiteral("due"),
                               QStringLiteral("status"), QStringLiteral("as")},
                              {});
    const QString sub = arguments.positional(0, QStringLiteral("subcommand (add, list, set-status, review, remove)"));
    AssessmentStore &store = context.store();
    if (sub == QLatin1String("add")) {
        arguments.requirePositionalCount(3, 3);
        Action action;
        action.itemId = arguments.positional(2, QStringLiteral("ITEM"));
        action.text = arguments.required(QStringLiteral("text"));
        action.owner = arguments.value(QStringLiteral("owner"), {});
        action.due = CommandContext::parseDate(arguments, QStringLiteral("due"), QDate());
        action.status = vocabulary::require<ActionStatus>(
            arguments.value(QStringLiteral("status"), QStringLiteral("open")));
        context.out() << store.addAction(arguments.positional(1, QStringLiteral("assessment ID")), action) << '\n';
        return 0;
    }
    if (sub == QLatin1String("list")) {
        arguments.requirePositionalCount(2, 3);
        const QString id = arguments.positional(1, QStringLiteral("assessment ID"));
        for (const Action &a : store.actions(id, itemFilter(context, arguments, id)))
            context.out() << a.id << '\t' << a.itemId << '\t' << VocabularyText::text(a.status) << '\t'
                          << a.due.toString(Qt::ISODate) << '\t' << shown(a.owner) << '\t' << shown(a.text)
                          << (a.isCarried() ? QStringLiteral("\t")
                                                  + Arguments::tr("carried: %1").arg(VocabularyText::text(*a.review))
                                            : QString())
                          << '\n';
        return 0;
    }
    if (sub == QLatin1String("review")) {
        arguments.requirePositionalCount(3, 3);
        const QString id = arguments.positional(1, QStringLiteral("assessment ID"));
        const qint64 actionId = arguments.id(2, QStringLiteral("action ID"));
        const QString decision = arguments.required(QStringLiteral("as"));
        const std::optional<ActionReview> review = vocabulary::fromText<ActionReview>(decision);
        if (!review || *review == ActionReview::ToReview)
            arguments.usage(Arguments::tr("--as must be continuing, done or dropped"));
        store.reviewAction(id, actionId, *review);
        context.out() << Arguments::tr("%1 reviewed: %2").arg(QString::number(actionId), VocabularyText::text(*review))
                      << '\n';
        return 0;
    }
    if (sub == QLatin1String("set-status") || sub == QLatin1String("remove")) {
        arguments.requirePositionalCount(3, 3);
        const QString id = arguments.positional(1, QStringLiteral("assessment ID"));
        const qint64 actionId = arguments.id(2, QStringLiteral("action ID"));
        const QList<Action> actions = store.actions(id);
        const auto it = std::find_if(actions.begin(), actions.end(), [&](const Action &a) { return a.id == actionId; });
        if (it == actions.end())
            throw IammError(Arguments::tr("assessment %1 has no action %2").arg(id).arg(actionId));
        if (sub == QLatin1String("remove")) {
            store.removeAction(actionId);
        } else {
            Action changed = *it;
            changed.status = vocabulary::require<ActionStatus>(arguments.required(QStringLiteral("status")));
            store.updateAction(changed);
        }
        context.out() << (sub == QLatin1String("remove") ? Arguments::tr("%1 removed", "action")
                                                         : Arguments::tr("%1 updated"))
                             .arg(actionId)
                      << '\n';
        return 0;
    }
    arguments.usage(Arguments::tr("unknown subcommand \"%1\"").arg(sub));
}

} // namespace iamm::cli
