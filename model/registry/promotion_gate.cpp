#include "model/registry/promotion_gate.h"

#include <cmath>

namespace streamml::model::registry {

PromotionGate::PromotionGate(settings::ServingSettings budgets, double margin, QString metric, bool greaterIsBetter)
    : m_budgets(budgets)
    , m_margin(margin)
    , m_metric(std::move(metric))
    , m_greaterIsBetter(greaterIsBetter)
{
}

QString PromotionGate::budgetBreach(const Costs &c) const
{
    if (c.inferenceMsPer1k > m_budgets.maxInferenceMsPer1k)
        return QStringLiteral("inference takes %1 ms per 1000 rows, over the budget of %2").arg(c.inferenceMsPer1k, 0, 'f', 1).arg(m_budgets.maxInferenceMsPer1k);
    if (c.trainSeconds > m_budgets.maxTrainSeconds)
        return QStringLiteral("training took %1 s, over the budget of %2 s").arg(c.trainSeconds, 0, 'f', 1).arg(m_budgets.maxTrainSeconds);
    if (c.modelMb > m_budgets.maxModelMb)
        return QStringLiteral("the package is %1 MB, over the budget of %2 MB").arg(c.modelMb, 0, 'f', 1).arg(m_budgets.maxModelMb);
    if (c.peakRssMb > m_budgets.maxMemoryMb)
        return QStringLiteral("peak memory is %1 MB, over the budget of %2 MB").arg(c.peakRssMb, 0, 'f', 0).arg(m_budgets.maxMemoryMb);
    return {};
}

bool PromotionGate::improves(double candidate, double reference) const
{
    if (std::isnan(candidate))
        return false;
    if (std::isnan(reference))
        return true;
    return m_greaterIsBetter ? candidate >= reference + m_margin : candidate <= reference - m_margin;
}

PromotionGate::Verdict PromotionGate::compare(int challenger, double challengerScore, int champion, double championScore,
                                              const Costs &challengerCosts, qint64 batchId) const
{
    const QString scores = QStringLiteral("on batch %1: challenger v%2 %3 = %4, champion v%5 %3 = %6, margin %7")
                               .arg(batchId)
                               .arg(challenger)
                               .arg(m_metric)
                               .arg(challengerScore, 0, 'f', 4)
                               .arg(champion)
                               .arg(championScore, 0, 'f', 4)
                               .arg(m_margin);
    const QString breach = budgetBreach(challengerCosts);
    if (!breach.isEmpty())
        return {false, breach + QStringLiteral(" (") + scores + QLatin1Char(')')};
    if (!improves(challengerScore, championScore))
        return {false, QStringLiteral("not better by the margin ") + scores};
    return {true, QStringLiteral("better by the margin ") + scores};
}

} // namespace streamml::model::registry
