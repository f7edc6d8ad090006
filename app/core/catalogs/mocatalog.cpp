// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogs/mocatalog.h"

#include <QFile>
#include <QtEndian>

#include <optional>

namespace iamm {

namespace {

// The layout of a .mo file: a magic number in the file's byte order, then the number of strings
// and the offsets of the original and translated string tables; each table entry is a length and
// an offset into the file.
constexpr quint32 moMagic = 0x950412de;
constexpr quint32 magicOffset = 0;
constexpr quint32 countOffset = 8;
constexpr quint32 originalsOffset = 12;
constexpr quint32 translationsOffset = 16;
constexpr quint32 headerSize = 28;

class MoReader
{
public:
    explicit MoReader(const QByteArray &data)
        : m_data(data)
    {}

    std::optional<bool> bigEndian() const
    {
        if (quint32(m_data.size()) < headerSize)
            return std::nullopt;
        const auto *magic = reinterpret_cast<const uchar *>(m_data.constData() + magicOffset);
        if (qFromLittleEndian<quint32>(magic) == moMagic)
            return false;
        if (qFromBigEndian<quint32>(magic) == moMagic)
            return true;
        return std::nullopt;
    }

    std::optional<quint32> word(quint32 offset, bool big) const
    {
        if (quint64(offset) + 4 > quint64(m_data.size()))
            return std::nullopt;
        const auto *at = reinterpret_cast<const uchar *>(m_data.constData() + offset);
        return big ? qFromBigEndian<quint32>(at) : qFromLittleEndian<quint32>(at);
    }

    // The string of entry index in the table at tableOffset; nothing when it lies outside the file.
    std::optional<QByteArray> string(quint32 tableOffset, quint32 index, bool big) const
    {
        const quint64 entry = quint64(tableOffset) + quint64(index) * 8;
        if (entry + 8 > quint64(m_data.size()))
            return std::nullopt;
        const auto length = word(quint32(entry), big);
        const auto offset = word(quint32(entry + 4), big);
        if (!length || !offset || quint64(*offset) + *length > quint64(m_data.size()))
            return std::nullopt;
        return m_data.mid(*offset, *length);
    }

private:
    const QByteArray &m_data;
};

} // namespace

MoCatalog MoCatalog::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(file.readAll());
}

MoCatalog MoCatalog::parse(const QByteArray &data)
{
    const MoReader reader(data);
    const auto big = reader.bigEndian();
    if (!big)
        return {};
    const auto count = reader.word(countOffset, *big);
    const auto originals = reader.word(originalsOffset, *big);
    const auto translations = reader.word(translationsOffset, *big);
    if (!count || !originals || !translations)
        return {};
    MoCatalog catalog;
    for (quint32 i = 0; i < *count; ++i) {
        const auto original = reader.string(*originals, i, *big);
        const auto translation = reader.string(*translations, i, *big);
        if (!original || !translation)
            return {};
        // The header (empty original), contexts (\4) and plural forms (\0) are not plain messages.
        if (original->isEmpty() || original->contains('\4') || original->contains('\0') || translation->isEmpty())
            continue;
        catalog.m_translations.insert(QString::fromUtf8(*original), QString::fromUtf8(*translation));
    }
    return catalog;
}

QString MoCatalog::translate(const QString &text) const
{
    return m_translations.value(text, text);
}

} // namespace iamm
