// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"
#include "framework/frameworktranslation.h"

#include <QList>
#include <QStringList>

namespace iamm {

// The frameworks shipped with the program plus those a user placed in the user frameworks folder.
// A broken file is reported in problems(), never half-loaded. Translations lie beside their
// framework as FRAMEWORK-ID.LANGUAGE.json and are checked against it.
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

    const QList<FrameworkTranslation> &translations() const { return m_translations; }
    const FrameworkTranslation *translation(const QString &frameworkId, const QString &language) const;
    // The framework with its texts in the language where a translation of exactly this framework
    // (same hash as the one shipped) exists; else the framework as it is, in English.
    Framework translated(const Framework &framework, const QString &language) const;
    bool hasTranslation(const Framework &framework, const QString &language) const;

private:
    void loadDirectory(const QString &directory);
    void loadTranslations(const QString &directory);
    void addTranslation(const QString &path);

    QList<Framework> m_frameworks;
    QList<FrameworkTranslation> m_translations;
    QStringList m_problems;
};

} // namespace iamm
