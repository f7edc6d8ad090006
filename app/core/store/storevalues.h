// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/vocabulary.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <optional>

// Conversions between the store's rows and the domain's values, shared by the record classes.
namespace iamm::storevalues {

// The current time as the store writes it (UTC, ISO 8601 with milliseconds).
QString now();

// Qt SQL binds a null QString as NULL; NOT NULL text columns get an empty string instead.
QString notNull(const QString &text);

QVariant nullable(const QString &text);
QVariant nullable(const std::optional<int> &value);
QVariant nullable(const QDate &date);

template<typename Enum> QVariant nullable(const std::optional<Enum> &value)
{
    return value ? QVariant(vocabulary::toText(*value)) : QVariant(QMetaType::fromType<QString>());
}

// A column holding a vocabulary value; the schema's CHECK constraints keep it one of the spellings.
template<typename Enum> Enum storedValue(const QVariant &value)
{
    return vocabulary::require<Enum>(value.toString());
}

template<typename Enum> std::optional<Enum> storedOptional(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return storedValue<Enum>(value);
}

std::optional<int> optionalInt(const QVariant &value);
// "?, ?, ?": one placeholder per value, for "IN (…)"; the values are appended to bound.
QString placeholdersFor(const QStringList &values, QVariantList &bound);

QString sha256Hex(const QByteArray &bytes);

} // namespace iamm::storevalues
