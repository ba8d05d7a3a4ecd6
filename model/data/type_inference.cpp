#include "model/data/type_inference.h"

#include "model/core/error.h"
#include "model/data/number_parser.h"

#include <algorithm>
#include <unordered_map>

namespace streamml::model::data {

using core::Error;

namespace {
std::string_view trimmed(const std::string &cell)
{
    std::string_view v(cell);
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    return v;
}
} // namespace

TypeInference::TypeInference(Options options)
    : m_options(std::move(options))
    , m_timeParser(m_options.timeFormat)
{
    for (const QString &token : m_options.missingTokens)
        m_missing.push_back(token.trimmed().toStdString());
}

bool TypeInference::isMissing(const std::string &cell) const
{
    const std::string_view v = trimmed(cell);
    return v.empty() || std::find(m_missing.begin(), m_missing.end(), v) != m_missing.end();
}

Column::Kind TypeInference::inferKind(const std::vector<std::string> &cells) const
{
    bool numeric = true;
    bool time = true;
    qsizetype present = 0;
    for (const std::string &cell : cells) {
        if (isMissing(cell))
            continue;
        ++present;
        numeric = numeric && NumberParser::parse(cell).has_value();
        time = time && TimeParser::parseIso(cell).has_value();
        if (!numeric && !time)
            return Column::Kind::Categorical;
    }
    if (present == 0 || numeric)
        return Column::Kind::Numeric;
    return Column::Kind::Time;
}

Column TypeInference::timeColumn(const TextTable &text, qsizetype index) const
{
    const std::vector<std::string> &cells = text.cells[size_t(index)];
    std::vector<double> values(cells.size());
    for (size_t r = 0; r < cells.size(); ++r) {
        if (isMissing(cells[r]))
            throw Error::input(QStringLiteral("%1: the time is missing; every row of the stream needs one")
                                   .arg(text.where(qsizetype(r), index)));
        const auto ms = m_timeParser.parse(cells[r]);
        if (!ms)
            throw Error::input(QStringLiteral("%1: \"%2\" is not a time; expected %3")
                                   .arg(text.where(qsizetype(r), index), QString::fromUtf8(cells[r]),
                                        m_timeParser.expectation()));
        values[r] = *ms;
    }
    return Column::time(text.header.at(index), std::move(values));
}

Column TypeInference::lenientTimeColumn(const QString &name, const std::vector<std::string> &cells, std::vector<bool> &violations) const
{
    violations.assign(cells.size(), false);
    std::vector<double> values(cells.size(), std::nan(""));
    for (size_t r = 0; r < cells.size(); ++r) {
        if (isMissing(cells[r]))
            continue;
        const auto ms = m_timeParser.parse(cells[r]);
        if (ms)
            values[r] = *ms;
        else
            violations[r] = true;
    }
    return Column::time(name, std::move(values));
}

Column TypeInference::convert(const QString &name, const std::vector<std::string> &cells, Column::Kind kind,
                              std::vector<bool> &violations) const
{
    violations.assign(cells.size(), false);
    if (kind == Column::Kind::Categorical) {
        std::unordered_map<std::string_view, std::int32_t> index;
        std::vector<std::int32_t> codes(cells.size(), -1);
        QStringList dictionary;
        for (size_t r = 0; r < cells.size(); ++r) {
            if (isMissing(cells[r]))
                continue;
            const std::string_view value = trimmed(cells[r]);
            auto [it, inserted] = index.try_emplace(value, std::int32_t(dictionary.size()));
            if (inserted)
                dictionary.append(QString::fromUtf8(value.data(), qsizetype(value.size())));
            codes[r] = it->second;
        }
        return Column::categorical(name, std::move(codes), std::move(dictionary));
    }
    std::vector<double> values(cells.size(), std::nan(""));
    for (size_t r = 0; r < cells.size(); ++r) {
        if (isMissing(cells[r]))
            continue;
        const auto value = kind == Column::Kind::Numeric ? NumberParser::parse(cells[r]) : TimeParser::parseIso(cells[r]);
        if (value)
            values[r] = *value;
        else
            violations[r] = true;
    }
    return kind == Column::Kind::Numeric ? Column::numeric(name, std::move(values)) : Column::time(name, std::move(values));
}

TypeInference::Result TypeInference::type(const TextTable &text) const
{
    const qsizetype timeIndex = text.header.indexOf(m_options.timeColumn);
    if (timeIndex < 0 && m_options.strictTime)
        throw Error::input(QStringLiteral("%1: there is no time column \"%2\" ([source] time_column); the columns are: %3")
                               .arg(text.sourceName, m_options.timeColumn, text.header.join(QStringLiteral(", "))));
    Result result;
    for (qsizetype c = 0; c < text.header.size(); ++c) {
        const QString &name = text.header.at(c);
        if (c == timeIndex && m_options.strictTime) {
            result.table.addColumn(timeColumn(text, c));
            continue;
        }
        if (c == timeIndex) {
            std::vector<bool> violations;
            result.table.addColumn(lenientTimeColumn(name, text.cells[size_t(c)], violations));
            if (std::find(violations.begin(), violations.end(), true) != violations.end())
                result.violations.insert(name, std::move(violations));
            continue;
        }
        const std::vector<std::string> &cells = text.cells[size_t(c)];
        const auto known = m_options.schema.constFind(name);
        const Column::Kind kind = known != m_options.schema.constEnd() ? *known : inferKind(cells);
        std::vector<bool> violations;
        result.table.addColumn(convert(name, cells, kind, violations));
        if (std::find(violations.begin(), violations.end(), true) != violations.end())
            result.violations.insert(name, std::move(violations));
    }
    return result;
}

} // namespace streamml::model::data
