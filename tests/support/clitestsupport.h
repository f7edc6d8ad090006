// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include <QStringList>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

namespace iamm::test {

// Exit code, stdout and stderr of a run, for failure messages.
QString describe(const CliResult &result);

// The lines of a command's output (LF or CRLF), without empty ones.
QStringList linesOf(const QString &output);

// A JSON string as QString; throws when the value is not a string.
QString text(const nlohmann::json &value);

// The entry of document["items"] with the given id; throws when there is none.
const nlohmann::json &itemOf(const nlohmann::json &document, const QString &itemId);

// Points XDG_DATA_HOME and XDG_RUNTIME_DIR into environment, so that the user's own frameworks
// folder and Qt's runtime-dir warning stay out of every run.
void isolateUserDirectories(const QTemporaryDir &environment);

// Copies a database file and its WAL, or the server database.
void copyDatabase(const TempDatabase &source, TempDatabase &target);

// Aurelia's (XAA) newest two rounds in the demo workshop (a final baseline of 2024 precedes them).
struct DemoRounds
{
    QString draftId;
    QString finalId;
};

// Runs `iamm demo` on the database and reads Aurelia's rounds from its output and from
// `assessment list`; fails the current test unless they are as the demo makes them.
void createDemo(const QString &databasePath, DemoRounds &rounds);

// The result must have the exit code and one "iamm: " line on stderr naming every mention.
void verifyOneLineError(const CliResult &result, int exitCode, const QStringList &mentions);

// The command must fail with the exit code, one "iamm: " line on stderr naming every mention,
// nothing on stdout and an unchanged database.
void verifyRejected(const QString &database, const QStringList &arguments, int exitCode, const QStringList &mentions);

} // namespace iamm::test

// Compares JSON values through their (key-sorted) dumps so a failure prints both.
#define COMPARE_JSON(actual, expected)                                                                                 \
    QCOMPARE(QString::fromStdString(nlohmann::json(actual).dump()),                                                    \
             QString::fromStdString(nlohmann::json(expected).dump()))

// Parses a command's JSON output and ends the test function unless it is a JSON object.
#define PARSE_JSON(name, output)                                                                                       \
    const nlohmann::json name = nlohmann::json::parse((output).toStdString(), nullptr, false);                         \
    QVERIFY2(name.is_object(), qPrintable(output))

// Runs iamm and ends the test function unless it exits 0.
#define RUN_OK(result, database, ...)                                                                                  \
    const iamm::test::CliResult result = iamm::test::runCli(database, __VA_ARGS__);                                    \
    QVERIFY2(result.exitCode == 0, qPrintable(iamm::test::describe(result)))
