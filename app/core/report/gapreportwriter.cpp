// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/gapreportwriter.h"

#include "report/gapreportdocument.h"
#include "common/iammerror.h"
#include "common/outputfile.h"
#include "report/reportcanvas.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace iamm {

namespace {

QPageSize pageSize(const QString &paper)
{
    if (paper.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (paper.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    throw IammError(QStringLiteral("Unknown paper size \"%1\": use a4 or letter").arg(paper));
}

void requireFont(const QString &outPath, const char *family, const char *package)
{
    if (!QFontDatabase::families().contains(QString::fromLatin1(family)))
        throw IammError(QStringLiteral("Cannot write the report %1: the font \"%2\" is not installed "
                                       "(Debian package %3)")
                            .arg(outPath, QString::fromLatin1(family), QString::fromLatin1(package)));
}

// Paints the whole document on device and returns the number of pages.
int paintDocument(QIODevice &device, const GapReportDocument &document, const QPageSize &size, int totalPages)
{
    QPdfWriter writer(&device);
    writer.setPageSize(size);
    writer.setPageMargins(QMarginsF(18, 14, 18, 12), QPageLayout::Millimeter);
    writer.setTitle(document.title());
    writer.setCreator(QStringLiteral("iamm " IAMM_VERSION));
    ReportPageFrame frame = document.pageFrame();
    frame.totalPages = totalPages;
    ReportCanvas canvas(writer, frame);
    document.paint(canvas);
    canvas.finish();
    return canvas.pageNumber();
}

} // namespace

void GapReportWriter::writePdf(const GapResult &result, const Framework &framework, const AssessmentRecord &subject,
                               const PeerGroup &group, const Options &options, QIODevice &device,
                               const QString &outPath)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw IammError(
            QStringLiteral("Cannot write the report %1: painting a PDF needs a QGuiApplication").arg(outPath));
    requireFont(outPath, ReportCanvas::fontFamily, "fonts-dejavu-core");
    requireFont(outPath, ReportCanvas::cjkFontFamily, "fonts-noto-cjk");
    const QPageSize size = pageSize(options.paper);
    const GapReportDocument document(
        result, framework, subject, group,
        {.evidenceAnnex = options.includeEvidence, .contributorNames = options.nameContributors});

    // The first pass only counts pages, so that every footer can say "Page N of M".
    QBuffer countingPass;
    countingPass.open(QIODevice::WriteOnly);
    const int pages = paintDocument(countingPass, document, size, 0);

    QBuffer finalPass;
    finalPass.open(QIODevice::WriteOnly);
    paintDocument(finalPass, document, size, pages);
    OutputFile::writeAll(device, outPath, finalPass.data());
}

void GapReportWriter::writePdf(const GapResult &result, const Framework &framework, const AssessmentRecord &subject,
                               const PeerGroup &group, const Options &options, const QString &outPath)
{
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        throw IammError(QStringLiteral("Cannot write the report %1: %2").arg(outPath, file.errorString()));
    writePdf(result, framework, subject, group, options, file, outPath);
    if (!file.commit())
        throw IammError(QStringLiteral("Cannot write the report %1: %2").arg(outPath, file.errorString()));
}

} // namespace iamm
