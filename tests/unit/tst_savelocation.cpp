// SPDX-License-Identifier: GPL-3.0-or-later
// Where file dialogs start and what a typed save name means.
#include "common/iammerror.h"
#include "common/savelocation.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace iamm;

class SaveLocationTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &relative) const { return QDir::cleanPath(m_dir.filePath(relative)); }

    QString errorOf(const QString &folder, const QString &typed) const
    {
        try {
            SaveLocation::resolve(folder, typed, QStringLiteral("json"), path(QStringLiteral("home")));
        } catch (const IammError &error) {
            return error.message();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("home/Documents")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("last/sub")));
    }

    void startsInTheLastUsedFolder()
    {
        QCOMPARE(SaveLocation::startFolder(path(QStringLiteral("last")), path(QStringLiteral("home/Documents")),
                                           path(QStringLiteral("home"))),
                 path(QStringLiteral("last")));
    }

    void startsInDocumentsWhenTheLastFolderIsGone()
    {
        QCOMPARE(SaveLocation::startFolder(path(QStringLiteral("gone")), path(QStringLiteral("home/Documents")),
                                           path(QStringLiteral("home"))),
                 path(QStringLiteral("home/Documents")));
        QCOMPARE(
            SaveLocation::startFolder(QString(), path(QStringLiteral("home/Documents")), path(QStringLiteral("home"))),
            path(QStringLiteral("home/Documents")));
    }

    void startsAtHomeWithoutDocuments()
    {
        QCOMPARE(SaveLocation::startFolder(QString(), path(QStringLiteral("home/NoDocuments")),
                                           path(QStringLiteral("home"))),
                 path(QStringLiteral("home")));
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name") << QStringLiteral("report") << QStringLiteral("last/report.json");
        QTest::newRow("name with suffix") << QStringLiteral("report.json") << QStringLiteral("last/report.json");
        QTest::newRow("other suffix kept") << QStringLiteral("report.txt") << QStringLiteral("last/report.txt");
        QTest::newRow("spaces trimmed") << QStringLiteral("  my report  ") << QStringLiteral("last/my report.json");
        QTest::newRow("relative path") << QStringLiteral("sub/report.json") << QStringLiteral("last/sub/report.json");
        QTest::newRow("parent folder") << QStringLiteral("../home/x") << QStringLiteral("home/x.json");
        QTest::newRow("absolute path") << QStringLiteral("{DIR}/home/Documents/a.json")
                                       << QStringLiteral("home/Documents/a.json");
        QTest::newRow("home path") << QStringLiteral("~/Documents/b") << QStringLiteral("home/Documents/b.json");
    }

    void resolve()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        typed.replace(QLatin1String("{DIR}"), m_dir.path());
        QCOMPARE(SaveLocation::resolve(path(QStringLiteral("last")), typed, QStringLiteral("json"),
                                       path(QStringLiteral("home"))),
                 path(expected));
    }

    void badNamesAreRefusedWithTheReason()
    {
        QVERIFY(errorOf(path(QStringLiteral("last")), QStringLiteral("  ")).contains(QStringLiteral("file name")));
        QVERIFY(errorOf(path(QStringLiteral("last")), QStringLiteral("sub"))
                    .contains(QStringLiteral("\"sub\" is a folder")));
        QVERIFY(errorOf(path(QStringLiteral("last")), QStringLiteral("sub/")).contains(QStringLiteral("folder")));
        const QString missing = errorOf(path(QStringLiteral("last")), QStringLiteral("nowhere/x.json"));
        QVERIFY2(missing.contains(path(QStringLiteral("last/nowhere")))
                     && missing.contains(QStringLiteral("does not exist")),
                 qPrintable(missing));
        QVERIFY(errorOf(QString(), QStringLiteral("x")).contains(QStringLiteral("folder")));
    }
};

QTEST_GUILESS_MAIN(SaveLocationTest)

#include "tst_savelocation.moc"
