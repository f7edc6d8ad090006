#pragma once

#include <QStringList>

namespace iamm::vocabulary {

inline const QStringList assessmentStatuses{QStringLiteral("draft"), QStringLiteral("final")};
inline const QStringList confidences{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
inline const QStringList checklistStatuses{QStringLiteral("in_place"), QStringLiteral("partial"),
                                           QStringLiteral("not_in_place"), QStringLiteral("not_applicable")};
inline const QStringList actionStatuses{QStringLiteral("open"), QStringLiteral("in_progress"),
                                        QStringLiteral("done"), QStringLiteral("dropped")};
inline const QStringList evidenceKinds{QStringLiteral("note"), QStringLiteral("link"), QStringLiteral("file")};

constexpr qint64 maxEvidenceFileBytes = 20 * 1024 * 1024;

} // namespace iamm::vocabulary
