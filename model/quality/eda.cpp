#include "model/quality/eda.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace streamml::model::quality {

std::vector<double> Eda::sharedEdges(const data::Column &a, const data::Column &b, int bins)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const data::Column *c : {&a, &b})
        for (double v : c->numbers())
            if (!std::isnan(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
    if (low > high)
        return {0.0, 1.0};
    if (low == high)
        high = low + 1.0;
    std::vector<double> edges(size_t(bins) + 1);
    for (int i = 0; i <= bins; ++i)
        edges[size_t(i)] = low + (high - low) * double(i) / double(bins);
    return edges;
}

Eda::Histogram Eda::histogram(const data::Column &column, const std::vector<double> &edges)
{
    Histogram h;
    h.edges = edges;
    h.counts.assign(edges.size() - 1, 0);
    const double low = edges.front();
    const double width = (edges.back() - low) / double(h.counts.size());
    for (double v : column.numbers()) {
        if (std::isnan(v)) {
            ++h.missing;
            continue;
        }
        const auto bin = qint64(std::floor((v - low) / width));
        ++h.counts[size_t(std::clamp<qint64>(bin, 0, qint64(h.counts.size()) - 1))];
    }
    return h;
}

QList<QPair<QString, qint64>> Eda::frequencies(const data::Column &column)
{
    std::vector<qint64> counts(size_t(column.dictionary().size()), 0);
    for (std::int32_t code : column.codes())
        if (code >= 0)
            ++counts[size_t(code)];
    QList<QPair<QString, qint64>> result;
    for (size_t i = 0; i < counts.size(); ++i)
        if (counts[i] > 0)
            result.append({column.dictionary().at(qsizetype(i)), counts[i]});
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return result;
}

std::vector<double> Eda::ranks(const std::vector<double> &values)
{
    std::vector<size_t> order;
    for (size_t i = 0; i < values.size(); ++i)
        if (!std::isnan(values[i]))
            order.push_back(i);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> result(values.size(), std::nan(""));
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        const double rank = (double(i) + double(j)) / 2.0 + 1.0;
        for (size_t k = i; k <= j; ++k)
            result[order[k]] = rank;
        i = j + 1;
    }
    return result;
}

double Eda::pearson(const std::vector<double> &x, const std::vector<double> &y)
{
    double n = 0, mx = 0, my = 0;
    for (size_t i = 0; i < x.size(); ++i)
        if (!std::isnan(x[i]) && !std::isnan(y[i])) {
            ++n;
            mx += x[i];
            my += y[i];
        }
    if (n < 2)
        return std::nan("");
    mx /= n;
    my /= n;
    double sxy = 0, sxx = 0, syy = 0;
    for (size_t i = 0; i < x.size(); ++i)
        if (!std::isnan(x[i]) && !std::isnan(y[i])) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
    return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : std::nan("");
}

Eda::Correlations Eda::correlations(const data::Table &table, const QStringList &numericColumns)
{
    Correlations c;
    std::vector<const std::vector<double> *> values;
    for (const QString &name : numericColumns) {
        const data::Column &column = table.column(name);
        if (!column.isNumeric())
            continue;
        c.columns.append(name);
        values.push_back(&column.numbers());
    }
    const auto k = Eigen::Index(values.size());
    c.pearson.setConstant(k, k, std::nan(""));
    c.spearman.setConstant(k, k, std::nan(""));
    for (Eigen::Index i = 0; i < k; ++i)
        for (Eigen::Index j = i; j < k; ++j) {
            // Pairwise complete observations, ranked within the pair, as pandas computes them.
            std::vector<double> x, y;
            for (size_t r = 0; r < values[size_t(i)]->size(); ++r) {
                const double a = (*values[size_t(i)])[r];
                const double b = (*values[size_t(j)])[r];
                if (!std::isnan(a) && !std::isnan(b)) {
                    x.push_back(a);
                    y.push_back(b);
                }
            }
            c.pearson(i, j) = c.pearson(j, i) = pearson(x, y);
            c.spearman(i, j) = c.spearman(j, i) = pearson(ranks(x), ranks(y));
        }
    return c;
}

Eda::TargetByCategory Eda::targetByCategory(const data::Column &feature, const data::Column &target)
{
    TargetByCategory result;
    const QList<QPair<QString, qint64>> categories = frequencies(feature);
    QHash<QString, int> row;
    for (const auto &[name, count] : categories) {
        row.insert(name, int(result.categories.size()));
        result.categories.append(name);
    }
    const auto rows = Eigen::Index(result.categories.size());
    result.counts.assign(size_t(rows), 0);
    if (target.isCategorical()) {
        result.targetLabels = target.dictionary();
        result.labelShares.setZero(rows, Eigen::Index(result.targetLabels.size()));
    } else {
        result.means.assign(size_t(rows), 0.0);
    }
    for (qsizetype r = 0; r < feature.size(); ++r) {
        if (feature.isMissing(r) || target.isMissing(r))
            continue;
        const int i = row.value(feature.category(r));
        ++result.counts[size_t(i)];
        if (target.isCategorical())
            result.labelShares(i, target.codes()[size_t(r)]) += 1.0;
        else
            result.means[size_t(i)] += target.numbers()[size_t(r)];
    }
    for (Eigen::Index i = 0; i < rows; ++i) {
        const double n = double(result.counts[size_t(i)]);
        if (target.isCategorical() && n > 0)
            result.labelShares.row(i) /= n;
        else if (!target.isCategorical())
            result.means[size_t(i)] = n > 0 ? result.means[size_t(i)] / n : std::nan("");
    }
    return result;
}

QList<Eda::MissingPattern> Eda::missingPatterns(const data::Table &table)
{
    QHash<QString, MissingPattern> patterns;
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        QStringList missing;
        for (const data::Column &c : table.columns())
            if (c.isMissing(r))
                missing.append(c.name());
        const QString key = missing.join(QLatin1Char('\x1f'));
        MissingPattern &p = patterns[key];
        p.missingColumns = missing;
        ++p.rows;
    }
    QList<MissingPattern> result = patterns.values();
    std::sort(result.begin(), result.end(), [](const MissingPattern &a, const MissingPattern &b) {
        return a.rows != b.rows ? a.rows > b.rows : a.missingColumns.join(QLatin1Char(',')) < b.missingColumns.join(QLatin1Char(','));
    });
    return result;
}

} // namespace streamml::model::quality
