// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/worksheetwriter.h"

#include "common/inputlimits.h"
#include "report/reportpdf.h"
#include "report/worksheetdocument.h"
#include "store/assessmentstore.h"

namespace iamm {

QByteArray WorksheetWriter::render(const AssessmentStore &store, const QString &assessmentId, const Options &options)
{
    const QString participant = options.participant.simplified();
    InputLimits::checkLength(InputLimits::Text::ParticipantName, participant);
    const QPageSize size = ReportPdf::pageSize(options.paper);
    const AssessmentInfo assessment = store.assessment(assessmentId);
    ReportPdf::requirePainting(QStringLiteral("the worksheet"));
    const WorksheetDocument document(options.framework ? *options.framework : store.frameworkOf(assessmentId),
                                     assessment, participant);
    return ReportPdf::render(
        {document.title(), document.pageFrame(), [&document](ReportCanvas &canvas) { document.paint(canvas); }}, size);
}

void WorksheetWriter::writePdf(const AssessmentStore &store, const QString &assessmentId, const Options &options,
                               const QString &outPath)
{
    OutputFile::write(outPath, render(store, assessmentId, options), options.existing);
}

} // namespace iamm
