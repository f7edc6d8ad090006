// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"

#include <QList>
#include <QStringList>

namespace iamm {

// The frameworks shipped with the program plus those a user placed in the user frameworks folder.
// A broken file is reported in problems(), never half-loaded.
class FrameworkRegistry
{
public:
    explicit FrameworkRegistry(const QStringList &directories = defaultDirectories());

    static QStringList defaultDirectories();
    static QString defaultFrameworkId() { return QStringLiteral("iamm-2004"); }

    const QList<Framework> &frameworks() const { return m_frameworks; }
    QStringList problems() const { return m_problems; }
    const Framework *find(const QString &id) const;
    // Throws IammError naming the unknown id and the ones available.
    const Framework &require(const QString &id) const;

private:
    void loadDirectory(const QString &directory);

    QList<Framework> m_frameworks;
    QStringList m_problems;
};

} // namespace iamm
