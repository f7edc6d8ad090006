// SPDX-License-Identifier: GPL-3.0-or-later
// Write failures injected with FailDevice: the error names the file and the system's reason,
// and says that nothing was written.
#include "common/iammerror.h"
#include "common/outputfile.h"
#include "faildevice.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace iamm;
using iamm::test::FailDevice;
using iamm::test::TempDatabase;

class WriteFailuresTest : public QObject
{
    Q_OBJECT

private slots:
    void aFailDeviceKeepsOnlyWhatFitsBeforeItFails()
    {
        FailDevice device(4);
        QVERIFY(device.open(QIODevice::WriteOnly));
        QCOMPARE(device.write("abc"), qint64(3));
        QCOMPARE(device.write("def"), qint64(-1));
        QCOMPARE(device.data(), QByteArray("abcd"));
        QCOMPARE(device.errorString(), QStringLiteral("No space left on device"));
    }

    void aFailedWriteNamesThePathAndTheReason()
    {
        TempDatabase folder;
        const QString path = folder.file(QStringLiteral("table.csv"));
        FailDevice device(10);
        QVERIFY(device.open(QIODevice::WriteOnly));
        try {
            OutputFile::writeAll(device, path, QByteArray(100, 'x'));
            QFAIL("the write did not fail");
        } catch (const IammError &error) {
            QCOMPARE(error.message(),
                     QStringLiteral("%1: cannot write: No space left on device; nothing was written").arg(path));
        }
        QVERIFY(!QFile::exists(path));
    }

    void aWriteThatFitsSucceeds()
    {
        FailDevice device(100);
        QVERIFY(device.open(QIODevice::WriteOnly));
        OutputFile::writeAll(device, QStringLiteral("unused"), QByteArray(100, 'x'));
        QCOMPARE(device.data(), QByteArray(100, 'x'));
    }
};

QTEST_GUILESS_MAIN(WriteFailuresTest)
#include "tst_writefailures.moc"
