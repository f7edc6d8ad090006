// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandhelpers.h"

#include "arguments.h"
#include "commandcontext.h"

#include "store/assessmentstore.h"
#include "display/displaytext.h"
#include "common/iammerror.h"
#include "common/uilanguage.h"
#include "framework/frameworkregistry.h"

namespace iamm::cli {

QString shown(const QString &text)
{
    return DisplayText::escaped(text);
}

QString ratingText(const Response &response, const Scale &scale)
{
    if (response.rating.notApplicable)
        return Arguments::tr("N/A");
    if (!response.rating.score)
        return Arguments::tr("not assessed");
    const ScaleLevel *level = scale.level(*response.rating.score);
    return QStringLiteral("%1 %2").arg(*response.rating.score).arg(level ? level->label : QString());
}

Framework readerFramework(CommandContext &context, const Framework &framework)
{
    return context.frameworks().translated(framework, UiLanguage::codeOf(UiLanguage::current()));
}

QString itemFilter(CommandContext &context, const Arguments &arguments, const QString &assessmentId)
{
    const QString item = arguments.positional().value(2);
    const Framework &framework = context.store().frameworkOf(assessmentId);
    if (!item.isEmpty() && !framework.item(item))
        throw IammError(Arguments::tr("framework %1 has no item %2").arg(framework.id, DisplayText::quoted(item)));
    return item;
}

} // namespace iamm::cli
