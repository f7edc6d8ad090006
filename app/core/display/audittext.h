// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace iamm {

// The words a reader sees for the audit log's entity and field codes ("response", "previous
// round"), in the application's language; the database and exports keep the codes. A code this
// class does not know is shown as it is.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    static QString entity(const QString &code);
    static QString field(const QString &code);
};

} // namespace iamm
