#include "model/data/pii_hasher.h"

#include "model/core/error.h"

#include <QCryptographicHash>
#include <QHash>

namespace streamml::model::data {

PiiHasher::PiiHasher(QByteArray salt)
    : m_salt(std::move(salt))
{
}

QString PiiHasher::digest(const QString &value) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_salt);
    hash.addData(value.toUtf8());
    return QStringLiteral("pii:") + QString::fromLatin1(hash.result().toHex().left(16));
}

Column PiiHasher::hashed(const Column &column) const
{
    std::vector<std::int32_t> codes(size_t(column.size()), -1);
    QStringList dictionary;
    QHash<QString, std::int32_t> index;
    for (qsizetype r = 0; r < column.size(); ++r) {
        if (column.isMissing(r))
            continue;
        const QString value = column.text(r);
        auto it = index.constFind(value);
        if (it == index.constEnd()) {
            it = index.insert(value, std::int32_t(dictionary.size()));
            dictionary.append(digest(value));
        }
        codes[size_t(r)] = *it;
    }
    return Column::categorical(column.name(), std::move(codes), std::move(dictionary));
}

void PiiHasher::apply(Table &table, const QStringList &columns, const QString &sourceName) const
{
    for (const QString &name : columns) {
        const qsizetype index = table.indexOf(name);
        if (index < 0)
            throw core::Error::settings(QStringLiteral("[source] pii_columns names \"%1\", but %2 has no such column")
                                            .arg(name, sourceName));
        table.replaceColumn(index, hashed(table.column(index)));
    }
}

} // namespace streamml::model::data
