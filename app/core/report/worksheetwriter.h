// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/outputfile.h"

#include <QByteArray>
#include <QString>

namespace iamm {

class AssessmentStore;
class Framework;

// Writes the printable participant worksheet of an assessment (WorksheetDocument) as a PDF.
// Needs a QGuiApplication (the offscreen platform is enough).
class WorksheetWriter
{
public:
    struct Options
    {
        QString participant; // empty: a blank line to write the name on
        QString paper = QStringLiteral("a4"); // or "letter"
        OutputFile::Existing existing = OutputFile::Existing::Refuse;
        // The framework's texts to print (a translation of the assessment's framework); the stored English
        // when null.
        const Framework *framework = nullptr;
    };

    // The worksheet as PDF bytes; throws IammError for an unknown assessment or participant name too long.
    static QByteArray render(const AssessmentStore &store, const QString &assessmentId, const Options &options);
    // Writes the worksheet atomically to outPath: an existing file is replaced only with Existing::Overwrite.
    // Throws IammError naming what went wrong; a failure leaves no file behind and an existing one unchanged.
    static void writePdf(const AssessmentStore &store, const QString &assessmentId, const Options &options,
                         const QString &outPath);
};

} // namespace iamm
