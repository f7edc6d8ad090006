// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace iamm {

// The translations of a compiled GNU gettext catalog (.mo), read directly rather than through
// libc's gettext: dgettext chooses the language from the process's LC_MESSAGES/LANGUAGE, and
// switching those (setlocale) is global state that other threads read. Only plain messages are
// kept (no context, no plural forms: iso-codes' country catalogs have neither).
class MoCatalog
{
public:
    MoCatalog() = default;
    // An empty catalog when the file is missing or not a .mo file (a system without the
    // iso-codes translations shows the English names).
    static MoCatalog read(const QString &path);
    static MoCatalog parse(const QByteArray &data);

    bool isEmpty() const { return m_translations.isEmpty(); }
    // The translation of the English text, or the text itself when there is none.
    QString translate(const QString &text) const;

private:
    QHash<QString, QString> m_translations;
};

} // namespace iamm
