// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/gapreportwriter.h"

#include "report/gapreportdocument.h"
#include "common/iammerror.h"
#include "common/outputfile.h"
#include "report/reportpdf.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace iamm {

void GapReportWriter::writePdf(const GapResult &result, const Framework &framework, const AssessmentRecord &subject,
                               const PeerGroup &group, const Options &options, QIODevice &device,
                               const QString &outPath)
{
    ReportPdf::requirePainting(QStringLiteral("the report %1").arg(outPath));
    const QPageSize size = ReportPdf::pageSize(options.paper);
    const GapReportDocument document(result, framework, subject, group,
                                     {.evidenceAnnex = options.includeEvidence,
                                      .contributorNames = options.nameContributors,
                                      .facilitatorNotes = options.includeNotes,
                                      .rounds = options.rounds ? &*options.rounds : nullptr});
    const QByteArray pdf = ReportPdf::render(
        {document.title(), document.pageFrame(), [&document](ReportCanvas &canvas) { document.paint(canvas); }}, size);
    OutputFile::writeAll(device, outPath, pdf);
}

void GapReportWriter::writePdf(const GapResult &result, const Framework &framework, const AssessmentRecord &subject,
                               const PeerGroup &group, const Options &options, const QString &outPath)
{
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        throw IammError(QCoreApplication::translate("GapReportWriter", "Cannot write the report %1: %2")
                            .arg(outPath, file.errorString()));
    writePdf(result, framework, subject, group, options, file, outPath);
    if (!file.commit())
        throw IammError(QCoreApplication::translate("GapReportWriter", "Cannot write the report %1: %2")
                            .arg(outPath, file.errorString()));
}

} // namespace iamm
