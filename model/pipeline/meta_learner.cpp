#include "model/pipeline/meta_learner.h"

#include "model/quality/eda.h"
#include "model/quality/feature_engineer.h"

#include <QJsonArray>
#include <QMap>
#include <algorithm>

namespace streamml::model::pipeline {

namespace {
const QStringList metaNames{QStringLiteral("rows"), QStringLiteral("features"), QStringLiteral("missing_share"),
                            QStringLiteral("class_balance"), QStringLiteral("target_spread"), QStringLiteral("skewness"),
                            QStringLiteral("drift_share"), QStringLiteral("quality_score")};

double featureMissingShare(const data::Table &batch, const QStringList &features)
{
    double cells = 0, missing = 0;
    for (const QString &name : features) {
        cells += double(batch.rowCount());
        missing += double(batch.column(name).missingCount());
    }
    return cells > 0 ? missing / cells : 0.0;
}

/// Share of the rarest class among the labelled rows.
double minorityShare(const std::vector<double> &classes)
{
    QMap<int, double> counts;
    double total = 0;
    for (double c : classes)
        if (!std::isnan(c)) {
            counts[int(c)] += 1;
            total += 1;
        }
    double minimum = total;
    for (double c : counts)
        minimum = std::min(minimum, c);
    return total > 0 ? minimum / total : 0.0;
}

double standardDeviation(const std::vector<double> &values)
{
    double n = 0, mean = 0, squares = 0;
    for (double v : values)
        if (!std::isnan(v)) {
            ++n;
            mean += v;
        }
    mean = n > 0 ? mean / n : 0;
    for (double v : values)
        if (!std::isnan(v))
            squares += (v - mean) * (v - mean);
    return n > 1 ? std::sqrt(squares / (n - 1)) : 0.0;
}
} // namespace

MetaLearner::MetaLearner(int neighbours)
    : m_neighbours(neighbours)
{
}

QJsonObject MetaLearner::features(const data::Table &batch, const data::ColumnRoles &roles, learners::Task task,
                                  const Eigen::VectorXd &targets, double driftShare, double qualityScore)
{
    QJsonObject f;
    f.insert(QStringLiteral("rows"), double(batch.rowCount()));
    f.insert(QStringLiteral("features"), double(roles.features().size()));
    f.insert(QStringLiteral("missing_share"), featureMissingShare(batch, roles.features()));
    double skew = 0;
    int numeric = 0;
    for (const QString &name : roles.features())
        if (batch.column(name).isNumeric()) {
            skew += std::abs(quality::FeatureEngineer::skewness(batch.column(name).numbers()));
            ++numeric;
        }
    f.insert(QStringLiteral("skewness"), numeric > 0 ? skew / numeric : 0.0);
    const std::vector<double> values(targets.data(), targets.data() + targets.size());
    const bool classify = task == learners::Task::Classification;
    f.insert(QStringLiteral("class_balance"), classify ? minorityShare(values) : 0.0);
    f.insert(QStringLiteral("target_spread"), classify ? 0.0 : standardDeviation(values));
    f.insert(QStringLiteral("drift_share"), std::isnan(driftShare) ? 0.0 : driftShare);
    f.insert(QStringLiteral("quality_score"), qualityScore);
    return f;
}

QJsonObject MetaLearner::specJson(const registry::ModelSpec &spec)
{
    return {{QStringLiteral("family"), spec.family},
            {QStringLiteral("hyperparameters"), spec.hyperparameters},
            {QStringLiteral("variant"), spec.variant.toText()}};
}

registry::ModelSpec MetaLearner::specFrom(const QJsonObject &json)
{
    registry::ModelSpec spec;
    spec.family = json.value(QStringLiteral("family")).toString();
    spec.hyperparameters = json.value(QStringLiteral("hyperparameters")).toObject();
    spec.variant = prep::PrepVariant::parse(json.value(QStringLiteral("variant")).toString());
    return spec;
}

std::vector<registry::ModelSpec> MetaLearner::recommend(const QJsonObject &features,
                                                        const std::vector<store::LearningStore::MetaRow> &history) const
{
    std::vector<const store::LearningStore::MetaRow *> searched;
    for (const auto &row : history)
        if (!row.winner.isEmpty())
            searched.push_back(&row);
    if (searched.empty())
        return {};
    // Standardise every meta-feature over the history so no single scale dominates the distance.
    QMap<QString, QPair<double, double>> scale;
    for (const QString &name : metaNames) {
        double mean = 0, squares = 0;
        for (const auto *row : searched)
            mean += row->features.value(name).toDouble() / double(searched.size());
        for (const auto *row : searched)
            squares += std::pow(row->features.value(name).toDouble() - mean, 2);
        const double sd = std::sqrt(squares / double(searched.size()));
        scale.insert(name, {mean, sd > 0 ? sd : 1.0});
    }
    std::vector<std::pair<double, const store::LearningStore::MetaRow *>> distances;
    for (const auto *row : searched) {
        double d = 0;
        for (const QString &name : metaNames) {
            const auto [mean, sd] = scale.value(name);
            d += std::pow((features.value(name).toDouble() - row->features.value(name).toDouble()) / sd, 2);
        }
        distances.push_back({d, row});
    }
    std::stable_sort(distances.begin(), distances.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<registry::ModelSpec> result;
    for (const auto &[distance, row] : distances) {
        if (int(result.size()) >= m_neighbours)
            break;
        const registry::ModelSpec spec = specFrom(row->winner);
        const bool known = std::any_of(result.begin(), result.end(), [&](const registry::ModelSpec &s) {
            return s.family == spec.family && s.hyperparameters == spec.hyperparameters && s.variant == spec.variant;
        });
        if (!known)
            result.push_back(spec);
    }
    return result;
}

int MetaLearner::hit(const QJsonObject &recommendation, const QJsonObject &winner)
{
    const QJsonArray specs = recommendation.value(QStringLiteral("specs")).toArray();
    if (specs.isEmpty() || winner.isEmpty())
        return -1;
    const QJsonObject first = specs.first().toObject();
    return first.value(QStringLiteral("family")) == winner.value(QStringLiteral("family"))
                   && first.value(QStringLiteral("hyperparameters")) == winner.value(QStringLiteral("hyperparameters"))
                   && first.value(QStringLiteral("variant")) == winner.value(QStringLiteral("variant"))
               ? 1
               : 0;
}

QJsonObject MetaLearner::influence(const std::vector<store::LearningStore::SearchRow> &rows)
{
    // family -> parameter -> (values, scores)
    QMap<QString, QMap<QString, QPair<QList<QJsonValue>, std::vector<double>>>> samples;
    for (const auto &row : rows) {
        if (std::isnan(row.score))
            continue;
        for (auto it = row.hyperparameters.constBegin(); it != row.hyperparameters.constEnd(); ++it) {
            auto &sample = samples[row.family][it.key()];
            sample.first.append(it.value());
            sample.second.push_back(row.score);
        }
    }
    QJsonObject result;
    for (auto family = samples.cbegin(); family != samples.cend(); ++family) {
        QJsonObject parameters;
        for (auto p = family.value().cbegin(); p != family.value().cend(); ++p) {
            const auto &[values, scores] = p.value();
            const bool numeric = std::all_of(values.begin(), values.end(), [](const QJsonValue &v) { return v.isDouble(); });
            if (numeric) {
                std::vector<double> x;
                for (const QJsonValue &v : values)
                    x.push_back(v.toDouble());
                const double rho = quality::Eda::pearson(quality::Eda::ranks(x), quality::Eda::ranks(scores));
                parameters.insert(p.key(), QJsonObject{{QStringLiteral("spearman"), std::isnan(rho) ? 0.0 : rho},
                                                       {QStringLiteral("samples"), double(x.size())}});
                continue;
            }
            QMap<QString, QPair<double, int>> byValue;
            for (size_t i = 0; i < scores.size(); ++i) {
                auto &cell = byValue[values[qsizetype(i)].toVariant().toString()];
                cell.first += scores[i];
                ++cell.second;
            }
            double low = std::numeric_limits<double>::infinity(), high = -low;
            for (const auto &[sum, count] : byValue) {
                low = std::min(low, sum / count);
                high = std::max(high, sum / count);
            }
            parameters.insert(p.key(), QJsonObject{{QStringLiteral("mean_score_spread"), byValue.size() > 1 ? high - low : 0.0},
                                                   {QStringLiteral("samples"), double(scores.size())}});
        }
        result.insert(family.key(), parameters);
    }
    return result;
}

} // namespace streamml::model::pipeline
