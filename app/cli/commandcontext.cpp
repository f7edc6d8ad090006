// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandcontext.h"

#include "arguments.h"
#include "store/assessmentstore.h"
#include "framework/frameworkregistry.h"
#include "peers/peergroupcatalog.h"

#include <QRegularExpression>

namespace iamm::cli {

CommandContext::CommandContext(const QString &databasePath, bool readOnly, QTextStream &out, QTextStream &err)
    : m_databasePath(databasePath)
    , m_readOnly(readOnly)
    , m_out(out)
    , m_err(err)
{}

CommandContext::~CommandContext() = default;

AssessmentStore &CommandContext::store()
{
    if (m_store)
        return *m_store;
    m_store = std::make_unique<AssessmentStore>(m_databasePath, m_readOnly ? SqlConnection::Access::ReadOnly
                                                                           : SqlConnection::Access::Writable);
    if (m_store->createdDatabase())
        m_err << "iamm: " << Arguments::tr("created new database %1").arg(m_databasePath) << '\n';
    if (m_store->isReadOnly())
        m_err << "iamm: "
              << Arguments::tr("%1: opened read-only (%2); changes will be refused")
                     .arg(m_databasePath, m_store->readOnlyReason())
              << '\n';
    m_err.flush();
    return *m_store;
}

PeerGroupCatalog &CommandContext::groups()
{
    if (!m_groups)
        m_groups = std::make_unique<PeerGroupCatalog>(store());
    return *m_groups;
}

const FrameworkRegistry &CommandContext::frameworks()
{
    if (!m_frameworks)
        m_frameworks = std::make_unique<FrameworkRegistry>();
    return *m_frameworks;
}

QDate CommandContext::parseDate(const Arguments &arguments, const QString &option, const QDate &fallback)
{
    const auto text = arguments.value(option);
    if (!text)
        return fallback;
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    if (!pattern.match(*text).hasMatch() || !date.isValid())
        arguments.usage(Arguments::tr("--%1 expects a real date as YYYY-MM-DD, got \"%2\"").arg(option, *text));
    return date;
}

} // namespace iamm::cli
