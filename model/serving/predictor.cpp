#include "model/serving/predictor.h"

#include "model/core/error.h"

namespace streamml::model::serving {

Predictor::Predictor(std::shared_ptr<const registry::TrainedModel> champion, int championVersion,
                     std::shared_ptr<const registry::TrainedModel> fallback, int fallbackVersion, settings::ServingSettings settings)
    : m_champion(std::move(champion))
    , m_championVersion(championVersion)
    , m_fallback(std::move(fallback))
    , m_fallbackVersion(fallbackVersion)
    , m_settings(settings)
{
}

QString Predictor::fallbackReason(const data::Table &rows, qsizetype row) const
{
    const QStringList &features = m_champion->schema().features;
    int missing = 0;
    for (const QString &name : features)
        missing += rows.column(name).isMissing(row) ? 1 : 0;
    const double missingShare = features.isEmpty() ? 0.0 : double(missing) / double(features.size());
    if (missingShare > m_settings.maxMissingShare)
        return QStringLiteral("%1 of %2 features missing").arg(missing).arg(features.size());
    const double unseen = m_champion->inputProfile().unseenShare(rows, row);
    if (unseen > m_settings.maxUnseenShare)
        return QStringLiteral("%1 % of categorical features in unseen categories").arg(unseen * 100.0, 0, 'f', 0);
    const QString far = m_champion->inputProfile().outOfRange(rows, row, m_settings.rangeMargin);
    if (!far.isEmpty())
        return QStringLiteral("%1 far outside the training range").arg(far);
    return {};
}

void Predictor::answer(const registry::TrainedModel &model, int version, const QString &name, const data::Table &rows,
                       const std::vector<qsizetype> &which, std::vector<Row> &out) const
{
    if (which.empty())
        return;
    registry::Predictions p;
    try {
        p = model.predict(rows.take(which));
    } catch (const core::Error &error) {
        // One bad row must not cost the others their answers: retry row by row.
        if (which.size() == 1) {
            out[size_t(which.front())].note = QStringLiteral("not predicted: %1").arg(error.message());
            return;
        }
        for (qsizetype row : which)
            answer(model, version, name, rows, {row}, out);
        return;
    }
    for (size_t i = 0; i < which.size(); ++i) {
        Row &row = out[size_t(which[i])];
        row.prediction = p.labels.at(qsizetype(i));
        if (p.probabilities.size() > 0)
            row.probability = p.probabilities(Eigen::Index(i), Eigen::Index(p.values(Eigen::Index(i))));
        row.version = version;
        row.model = name;
    }
}

std::vector<Predictor::Row> Predictor::predict(const data::Table &rows) const
{
    std::vector<Row> out(size_t(rows.rowCount()));
    std::vector<qsizetype> byChampion, byFallback;
    for (qsizetype r = 0; r < rows.rowCount(); ++r) {
        const QString reason = m_fallback ? fallbackReason(rows, r) : QString();
        out[size_t(r)].note = reason;
        (reason.isEmpty() ? byChampion : byFallback).push_back(r);
    }
    answer(*m_champion, m_championVersion, QStringLiteral("champion"), rows, byChampion, out);
    if (m_fallback)
        answer(*m_fallback, m_fallbackVersion, QStringLiteral("fallback"), rows, byFallback, out);
    return out;
}

} // namespace streamml::model::serving
