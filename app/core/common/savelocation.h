// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace iamm {

// Where file dialogs start and which file a typed save name means; no dialog needed.
class SaveLocation
{
public:
    // The first of lastUsed, documents and home that is an existing folder (home otherwise).
    static QString startFolder(const QString &lastUsed, const QString &documents, const QString &home);

    // The file that typed names: an absolute path, a path starting with "~/" (in home), or a name
    // or relative path inside folder. Adds ".suffix" when the name has no suffix (suffix without
    // the dot; empty adds none). Throws IammError naming the typed text when it is empty, names a
    // folder, or its folder does not exist.
    static QString resolve(const QString &folder, const QString &typed, const QString &suffix, const QString &home);
};

} // namespace iamm
