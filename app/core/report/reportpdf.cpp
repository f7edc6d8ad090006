// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportpdf.h"

#include "common/iammerror.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPdfWriter>

namespace iamm {

namespace {

void requireFont(const QString &what, const char *family, const char *package)
{
    if (!QFontDatabase::families().contains(QString::fromLatin1(family)))
        throw IammError(QCoreApplication::translate(
                            "ReportPdf", "Cannot write %1: the font \"%2\" is not installed (Debian package %3)")
                            .arg(what, QString::fromLatin1(family), QString::fromLatin1(package)));
}

// Paints the whole document into buffer and returns the number of pages.
int paintPass(QBuffer &buffer, const ReportPdf::Document &document, const QPageSize &size, int totalPages)
{
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(size);
    writer.setPageMargins(QMarginsF(18, 14, 18, 12), QPageLayout::Millimeter);
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("iamm " IAMM_VERSION));
    ReportPageFrame frame = document.frame;
    frame.totalPages = totalPages;
    ReportCanvas canvas(writer, frame);
    document.paint(canvas);
    canvas.finish();
    return canvas.pageNumber();
}

} // namespace

void ReportPdf::requirePainting(const QString &what)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw IammError(
            QCoreApplication::translate("ReportPdf", "Cannot write %1: painting a PDF needs a QGuiApplication")
                .arg(what));
    requireFont(what, ReportCanvas::fontFamily, "fonts-dejavu-core");
    requireFont(what, ReportCanvas::cjkFontFamily, "fonts-noto-cjk");
}

QPageSize ReportPdf::pageSize(const QString &paper)
{
    if (paper.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (paper.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    throw IammError(QCoreApplication::translate("ReportPdf", "Unknown paper size \"%1\": use a4 or letter").arg(paper));
}

QByteArray ReportPdf::render(const Document &document, const QPageSize &size)
{
    QBuffer countingPass;
    const int pages = paintPass(countingPass, document, size, 0);
    QBuffer finalPass;
    paintPass(finalPass, document, size, pages);
    return finalPass.data();
}

} // namespace iamm
