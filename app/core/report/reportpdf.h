// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportcanvas.h"

#include <QByteArray>
#include <QPageSize>
#include <QString>

#include <functional>

namespace iamm {

// A PDF painted on a ReportCanvas: the gap report, the participant worksheet.
// Needs a QGuiApplication (the offscreen platform is enough) and the report fonts.
class ReportPdf
{
public:
    struct Document
    {
        QString title;
        ReportPageFrame frame;
        std::function<void(ReportCanvas &)> paint;
    };

    // Throws IammError "Cannot write WHAT: reason" when there is no QGuiApplication or a font is missing.
    static void requirePainting(const QString &what);
    // "a4" or "letter"; anything else throws IammError.
    static QPageSize pageSize(const QString &paper);
    // Paints the document twice, the first time only to count its pages, so that every footer can say
    // "Page N of M"; returns the second pass's PDF.
    static QByteArray render(const Document &document, const QPageSize &size);
};

} // namespace iamm
