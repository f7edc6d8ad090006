// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/accessgrant.h"

#include "catalogs/statecatalog.h"
#include "common/iammerror.h"
#include "peers/peergroup.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace iamm {

void AccessRequest::requireUserName(const QString &user)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!plain.match(user).hasMatch())
        throw IammError(QCoreApplication::translate("AccessRequest",
                                                    "\"%1\" is not a user name iamm creates: use lower-case letters, "
                                                    "digits and _, starting with a letter or _ (at most 63)")
                            .arg(user));
    if (user.startsWith(QLatin1String("pg_")) || user.startsWith(QLatin1String("iamm_")))
        throw IammError(QCoreApplication::translate("AccessRequest",
                                                    "\"%1\" is reserved: names starting with pg_ or iamm_ belong to "
                                                    "the server and to iamm's group roles")
                            .arg(user));
}

AccessRequest AccessRequest::forState(const QString &user, AccessKind kind, const QString &stateCode,
                                      const StateCatalog &states)
{
    requireUserName(user);
    const QString code = stateCode.trimmed().toUpper();
    if (!states.find(code))
        throw IammError(
            QCoreApplication::translate("AccessRequest",
                                        "\"%1\" is not an ISO 3166 alpha-3 state code (try `iamm state list --search`)")
                .arg(stateCode));
    return AccessRequest{user, kind, {code}};
}

AccessRequest AccessRequest::forGroup(const QString &user, const PeerGroup &group)
{
    requireUserName(user);
    if (group.members.isEmpty())
        throw IammError(
            QCoreApplication::translate("AccessRequest", "group %1 has no members: nothing to grant").arg(group.id));
    return AccessRequest{user, AccessKind::Secretariat, group.members};
}

namespace accesskind {

QString toText(AccessKind kind)
{
    switch (kind) {
    case AccessKind::Team:
        return QStringLiteral("team");
    case AccessKind::Observer:
        return QStringLiteral("observer");
    case AccessKind::Secretariat:
        return QStringLiteral("secretariat");
    }
    return {};
}

std::optional<AccessKind> fromText(const QString &text)
{
    for (AccessKind kind : {AccessKind::Team, AccessKind::Observer, AccessKind::Secretariat}) {
        if (toText(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString groupRole(AccessKind kind)
{
    return QStringLiteral("iamm_") + toText(kind);
}

} // namespace accesskind

} // namespace iamm
