#pragma once

#include "model/evaluation/search_parameter.h"

#include <QJsonObject>
#include <QList>
#include <vector>

namespace streamml::model::evaluation {

/// Hyper-parameter candidates from a text such as
/// "max_depth=2,4,8,none; min_samples_leaf=1..20 int; C=0.01..100 log" (fragments separated by ";").
/// Both the grid and the random sample reproduce scikit-learn's ParameterGrid and ParameterSampler
/// with the equivalent lists and scipy.stats distributions.
class SearchSpace
{
public:
    /// Grids beyond this many candidates are refused rather than built.
    static constexpr qint64 MaxGridCandidates = 1'000'000;

    /// Throws Error::settings naming the offending fragment and the accepted forms. An empty text is
    /// a space with one empty candidate (the learner's defaults).
    static SearchSpace parse(const QString &text);

    /// Sorted by name, the order scikit-learn iterates them in.
    const std::vector<SearchParameter> &parameters() const { return m_parameters; }
    /// Throws when a parameter is a continuous range or the count overflows.
    qint64 gridSize() const;
    /// Every combination in ParameterGrid order: names sorted, the last name varying fastest.
    QList<QJsonObject> grid() const;
    /// count candidates from numpy's RandomState(seed), as ParameterSampler(space, count, random_state=seed):
    /// when every parameter is a list, distinct grid points drawn without replacement (at most the
    /// grid size, with a warning); otherwise, per candidate, one draw per parameter in name order.
    QList<QJsonObject> sample(int count, quint32 seed) const;

private:
    explicit SearchSpace(std::vector<SearchParameter> parameters);

    QJsonObject gridCandidate(qint64 index) const;
    QList<QJsonObject> sampleGrid(qint64 count, quint32 seed) const;
    /// sklearn's sample_without_replacement(population, count, random_state=seed), method "auto".
    static std::vector<qint64> sampleWithoutReplacement(qint64 population, qint64 count, quint32 seed);

    std::vector<SearchParameter> m_parameters;
};

} // namespace streamml::model::evaluation
