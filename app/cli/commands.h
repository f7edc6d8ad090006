// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace iamm::cli {

class CommandContext;

// Each takes the words after its command name and returns the exit code;
// they throw UsageError (exit 2) or IammError (exit 1).
int frameworkCommand(CommandContext &context, const QStringList &words);
int stateCommand(CommandContext &context, const QStringList &words);
int assessmentCommand(CommandContext &context, const QStringList &words);
int scoreCommand(CommandContext &context, const QStringList &words);
int checklistCommand(CommandContext &context, const QStringList &words);
int evidenceCommand(CommandContext &context, const QStringList &words);
int actionCommand(CommandContext &context, const QStringList &words);
int teamCommand(CommandContext &context, const QStringList &words);
int historyCommand(CommandContext &context, const QStringList &words);
int demoCommand(CommandContext &context, const QStringList &words);
int checkCommand(CommandContext &context, const QStringList &words);
int groupCommand(CommandContext &context, const QStringList &words);
int gapCommand(CommandContext &context, const QStringList &words);
int reportCommand(CommandContext &context, const QStringList &words);
int exportTableCommand(CommandContext &context, const QStringList &words);
int exportCommand(CommandContext &context, const QStringList &words);
int importCommand(CommandContext &context, const QStringList &words);
int copyCommand(CommandContext &context, const QStringList &words);
int backupCommand(CommandContext &context, const QStringList &words);
int restoreCommand(CommandContext &context, const QStringList &words);
int contributionCommand(CommandContext &context, const QStringList &words);
int consensusCommand(CommandContext &context, const QStringList &words);
int worksheetCommand(CommandContext &context, const QStringList &words);
int noteCommand(CommandContext &context, const QStringList &words);
int parkingCommand(CommandContext &context, const QStringList &words);
int agendaCommand(CommandContext &context, const QStringList &words);
int pollCommand(CommandContext &context, const QStringList &words);
int trendCommand(CommandContext &context, const QStringList &words);
int compareCommand(CommandContext &context, const QStringList &words);
int adminCommand(CommandContext &context, const QStringList &words);

} // namespace iamm::cli
