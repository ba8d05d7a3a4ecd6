#include "model/registry/input_profile.h"

#include "model/core/error.h"

namespace streamml::model::registry {

void InputProfile::add(const data::Table &rows, const QStringList &columns)
{
    for (const QString &name : columns) {
        const data::Column &column = rows.column(name);
        if (column.isCategorical()) {
            QSet<QString> &known = m_categories[name];
            for (std::int32_t code : column.codes())
                if (code >= 0)
                    known.insert(column.dictionary().at(code));
            continue;
        }
        Range &range = m_ranges[name];
        for (double v : column.numbers())
            if (!std::isnan(v)) {
                range.low = std::min(range.low, v);
                range.high = std::max(range.high, v);
            }
    }
}

double InputProfile::unseenShare(const data::Table &rows, qsizetype row) const
{
    int inputs = 0, unseen = 0;
    for (auto it = m_categories.cbegin(); it != m_categories.cend(); ++it) {
        const qsizetype index = rows.indexOf(it.key());
        if (index < 0 || !rows.column(index).isCategorical() || rows.column(index).isMissing(row))
            continue;
        ++inputs;
        unseen += it.value().contains(rows.column(index).category(row)) ? 0 : 1;
    }
    return inputs > 0 ? double(unseen) / inputs : std::nan("");
}

QString InputProfile::outOfRange(const data::Table &rows, qsizetype row, double margin) const
{
    for (auto it = m_ranges.cbegin(); it != m_ranges.cend(); ++it) {
        const qsizetype index = rows.indexOf(it.key());
        if (index < 0 || rows.column(index).isCategorical() || rows.column(index).isMissing(row))
            continue;
        const double v = rows.column(index).numbers()[size_t(row)];
        const double width = std::max(it->high - it->low, 1e-12);
        if (v < it->low - margin * width || v > it->high + margin * width)
            return it.key();
    }
    return {};
}

void InputProfile::save(QDataStream &out) const
{
    out << qint32(m_ranges.size());
    for (auto it = m_ranges.cbegin(); it != m_ranges.cend(); ++it)
        out << it.key() << it->low << it->high;
    out << m_categories;
}

void InputProfile::load(QDataStream &in)
{
    InputProfile loaded;
    qint32 count = 0;
    in >> count;
    if (count < 0 || count > 1000000)
        throw core::Error::model(QStringLiteral("the input profile is damaged"));
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString name;
        Range range;
        in >> name >> range.low >> range.high;
        loaded.m_ranges.insert(name, range);
    }
    in >> loaded.m_categories;
    if (in.status() != QDataStream::Ok)
        throw core::Error::model(QStringLiteral("the input profile is truncated"));
    *this = std::move(loaded);
}

} // namespace streamml::model::registry
