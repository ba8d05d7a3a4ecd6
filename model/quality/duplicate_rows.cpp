#include "model/quality/duplicate_rows.h"

#include <cstring>
#include <unordered_map>

namespace streamml::model::quality {

namespace {
quint64 mix(quint64 hash, quint64 value)
{
    // FNV-1a over 64-bit words: cheap and good enough to bucket rows before an exact compare.
    hash ^= value;
    return hash * 1099511628211ULL;
}

quint64 rowHash(const data::Table &table, qsizetype row)
{
    quint64 hash = 14695981039346656037ULL;
    for (const data::Column &c : table.columns()) {
        quint64 word = 0;
        if (c.isCategorical()) {
            word = quint64(qint64(c.codes()[size_t(row)]));
        } else {
            const double v = c.numbers()[size_t(row)];
            if (!std::isnan(v))
                std::memcpy(&word, &v, sizeof word);
            else
                word = 0x7ff8dead;
        }
        hash = mix(hash, word);
    }
    return hash;
}
} // namespace

bool DuplicateRows::sameRow(const data::Table &table, qsizetype a, qsizetype b)
{
    for (const data::Column &c : table.columns()) {
        if (c.isCategorical()) {
            if (c.codes()[size_t(a)] != c.codes()[size_t(b)])
                return false;
            continue;
        }
        const double x = c.numbers()[size_t(a)];
        const double y = c.numbers()[size_t(b)];
        if (!(x == y || (std::isnan(x) && std::isnan(y))))
            return false;
    }
    return true;
}

std::vector<bool> DuplicateRows::flags(const data::Table &table)
{
    std::vector<bool> result(size_t(table.rowCount()), false);
    std::unordered_multimap<quint64, qsizetype> seen;
    seen.reserve(size_t(table.rowCount()));
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        const quint64 hash = rowHash(table, r);
        const auto [first, last] = seen.equal_range(hash);
        for (auto it = first; it != last; ++it) {
            if (sameRow(table, it->second, r)) {
                result[size_t(r)] = true;
                break;
            }
        }
        if (!result[size_t(r)])
            seen.emplace(hash, r);
    }
    return result;
}

} // namespace streamml::model::quality
