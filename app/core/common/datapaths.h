// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace iamm {

// Where the program finds its shipped data and keeps the user's.
class DataPaths
{
public:
    // Directory holding frameworks/ and db/: IAMM_DATA_DIR, else the installed share/iamm
    // beside the executable, else the configured install prefix, else the source tree.
    static QString dataDir();
    static QString frameworksDir();
    static QString migrationsDir();
    static QString referenceDir();
    static QString schemasDir();

    // ~/.local/share/iamm (QStandardPaths::GenericDataLocation + "/iamm").
    static QString userDataDir();
    static QString userFrameworksDir();
    // IAMM_DB if set and not empty, else userDataDir()/assessments.sqlite.
    static QString defaultDatabasePath();
};

} // namespace iamm
