// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitestsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <stdexcept>

namespace iamm::test {

QString describe(const CliResult &result)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(result.exitCode).arg(result.out, result.err);
}

QStringList linesOf(const QString &output)
{
    return output.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
}

QString text(const nlohmann::json &value)
{
    return QString::fromStdString(value.get<std::string>());
}

const nlohmann::json &itemOf(const nlohmann::json &document, const QString &itemId)
{
    for (const nlohmann::json &item : document.at("items")) {
        if (text(item.at("id")) == itemId)
            return item;
    }
    throw std::runtime_error("no item " + itemId.toStdString());
}

void isolateUserDirectories(const QTemporaryDir &environment)
{
    QVERIFY(environment.isValid());
    const QString dataHome = environment.filePath(QStringLiteral("data"));
    const QString runtimeDir = environment.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(dataHome));
    QVERIFY(QDir().mkpath(runtimeDir));
    QVERIFY(QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir));
}

void copyDatabase(const TempDatabase &source, TempDatabase &target)
{
    if (target.isServer()) {
        target.cloneFrom(source);
        return;
    }
    QVERIFY(QFile::copy(source.path(), target.path()));
    if (QFile::exists(source.path() + QStringLiteral("-wal")))
        QVERIFY(QFile::copy(source.path() + QStringLiteral("-wal"), target.path() + QStringLiteral("-wal")));
}

void createDemo(const QString &databasePath, DemoRounds &rounds)
{
    RUN_OK(demo, databasePath, {QStringLiteral("demo")});
    const QRegularExpressionMatch draft =
        QRegularExpression(QStringLiteral("second round for Aurelia \\(XAA\\): ([0-9a-f-]{36})\n")).match(demo.out);
    QVERIFY2(draft.hasMatch(), qPrintable(demo.out));
    rounds.draftId = draft.captured(1);
    RUN_OK(list, databasePath,
           {QStringLiteral("assessment"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("XAA")});
    const QStringList rows = linesOf(list.out);
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows[0].startsWith(rounds.draftId + QStringLiteral("\tXAA\t2026-11-20\tdraft\t")));
    QVERIFY(rows[1].contains(QStringLiteral("\tXAA\t2026-03-10\tfinal\t")));
    QVERIFY(rows[2].contains(QStringLiteral("\tXAA\t2024-03-12\tfinal\t")));
    rounds.finalId = rows[1].section(QLatin1Char('\t'), 0, 0);
}

void verifyOneLineError(const CliResult &result, int exitCode, const QStringList &mentions)
{
    QVERIFY2(result.exitCode == exitCode, qPrintable(describe(result)));
    QVERIFY2(result.err.startsWith(QLatin1String("iamm: ")) && result.err.count(QLatin1Char('\n')) == 1,
             qPrintable(describe(result)));
    for (const QString &mention : mentions)
        QVERIFY2(result.err.contains(mention),
                 qPrintable(QStringLiteral("\"%1\" not named in: %2").arg(mention, result.err)));
}

void verifyRejected(const QString &database, const QStringList &arguments, int exitCode, const QStringList &mentions)
{
    const QByteArray before = databaseFingerprint(database);
    const CliResult result = runCli(database, arguments);
    verifyOneLineError(result, exitCode, mentions);
    QVERIFY2(result.err.endsWith(QLatin1Char('\n')), qPrintable(describe(result)));
    QVERIFY2(result.out.isEmpty(), qPrintable(describe(result)));
    QCOMPARE(databaseFingerprint(database), before);
}

} // namespace iamm::test
