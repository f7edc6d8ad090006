// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"
#include "peers/peergroup.h"

#include <QString>

class QIODevice;

namespace iamm {

class AssessmentStore;

// The states × items matrix of a peer group: one row per member with its newest final assessment on the
// framework (score, "NA" for not applicable, empty when not assessed); members without one get empty cells
// and "yes" in the missing column.
// The CSV file is for programs: English column keys and state names in every language. The XLSX
// spreadsheet is for people: its headers, sheet name, state names and yes/no are in the installed
// UiLanguage.
class TableExporter
{
public:
    // format is "csv" (RFC 4180, UTF-8) or "xlsx". Throws IammError naming outPath when it cannot be written;
    // a failed write leaves no file behind.
    static void write(const AssessmentStore &store, const PeerGroup &group, const Framework &framework,
                      const QString &format, const QString &outPath);

    // The CSV table onto an open device standing for outPath (a test injects a failing one): a short write
    // cancels a QSaveFile and throws IammError "outPath: cannot write: reason; nothing was written".
    static void writeCsv(const AssessmentStore &store, const PeerGroup &group, const Framework &framework,
                         QIODevice &device, const QString &outPath);
};

} // namespace iamm
