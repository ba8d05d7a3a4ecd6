#pragma once

#include "model/settings/serving_settings.h"

#include <QString>

namespace streamml::model::registry {

/// The quality gate: a version may serve only if it keeps the budgets, and a challenger replaces
/// the champion only if it beats it on the same fresh rows by the configured margin.
class PromotionGate
{
public:
    struct Costs
    {
        double inferenceMsPer1k = 0;
        double trainSeconds = 0;
        double modelMb = 0;
        double peakRssMb = 0;
    };

    struct Verdict
    {
        bool promote = false;
        QString reason;
    };

    PromotionGate(settings::ServingSettings budgets, double margin, QString metric, bool greaterIsBetter);

    /// Null reason when every budget is kept; else which one is exceeded, by how much.
    QString budgetBreach(const Costs &costs) const;
    Verdict compare(int challenger, double challengerScore, int champion, double championScore, const Costs &challengerCosts,
                    qint64 batchId) const;
    bool improves(double candidate, double reference) const;

private:
    settings::ServingSettings m_budgets;
    double m_margin;
    QString m_metric;
    bool m_greaterIsBetter;
};

} // namespace streamml::model::registry
