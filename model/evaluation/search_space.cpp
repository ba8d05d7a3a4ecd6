#include "model/evaluation/search_space.h"

#include "model/core/error.h"
#include "model/core/log.h"
#include "model/evaluation/random_state.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <limits>
#include <numeric>
#include <unordered_set>

namespace streamml::model::evaluation {

using core::Error;

SearchSpace::SearchSpace(std::vector<SearchParameter> parameters)
    : m_parameters(std::move(parameters))
{
}

SearchSpace SearchSpace::parse(const QString &text)
{
    std::vector<SearchParameter> parameters;
    QSet<QString> names;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[;\\n]")))) {
        const QString fragment = part.trimmed();
        if (fragment.isEmpty())
            continue;
        SearchParameter parameter = SearchParameter::parse(fragment);
        if (names.contains(parameter.name()))
            throw Error::settings(QStringLiteral("search space fragment \"%1\": parameter %2 is given twice")
                                      .arg(fragment, parameter.name()));
        names.insert(parameter.name());
        parameters.push_back(std::move(parameter));
    }
    std::sort(parameters.begin(), parameters.end(),
              [](const SearchParameter &a, const SearchParameter &b) { return a.name() < b.name(); });
    return SearchSpace(std::move(parameters));
}

qint64 SearchSpace::gridSize() const
{
    qint64 size = 1;
    for (const SearchParameter &parameter : m_parameters) {
        const qint64 values = parameter.gridSize();
        if (size > std::numeric_limits<qint64>::max() / values)
            throw Error::settings(QStringLiteral("the search grid has too many combinations to count"));
        size *= values;
    }
    return size;
}

QJsonObject SearchSpace::gridCandidate(qint64 index) const
{
    QJsonObject candidate;
    for (auto parameter = m_parameters.rbegin(); parameter != m_parameters.rend(); ++parameter) {
        const qint64 size = parameter->gridSize();
        candidate.insert(parameter->name(), parameter->gridValue(index % size));
        index /= size;
    }
    return candidate;
}

QList<QJsonObject> SearchSpace::grid() const
{
    const qint64 size = gridSize();
    if (size > MaxGridCandidates)
        throw Error::settings(QStringLiteral("the search grid has %1 candidates, more than the %2 allowed; "
                                             "sample it instead")
                                  .arg(size).arg(MaxGridCandidates));
    QList<QJsonObject> candidates;
    candidates.reserve(size);
    for (qint64 index = 0; index < size; ++index)
        candidates << gridCandidate(index);
    return candidates;
}

QList<QJsonObject> SearchSpace::sample(int count, quint32 seed) const
{
    if (count < 1)
        throw Error::settings(QStringLiteral("a random search needs at least one candidate, got %1").arg(count));
    const bool allLists = std::all_of(m_parameters.begin(), m_parameters.end(), [](const SearchParameter &p) {
        return p.kind() == SearchParameter::Kind::Values;
    });
    if (allLists)
        return sampleGrid(count, seed);

    RandomState random(seed);
    QList<QJsonObject> candidates;
    candidates.reserve(count);
    for (int i = 0; i < count; ++i) {
        QJsonObject candidate;
        for (const SearchParameter &parameter : m_parameters)
            candidate.insert(parameter.name(), parameter.draw(random));
        candidates << candidate;
    }
    return candidates;
}

QList<QJsonObject> SearchSpace::sampleGrid(qint64 count, quint32 seed) const
{
    const qint64 size = gridSize();
    if (count > size) {
        core::Log::get("evaluation")
            ->warn("the search space holds only {} candidates, fewer than the {} asked for; using all of them", size,
                   count);
        count = size;
    }
    QList<QJsonObject> candidates;
    for (qint64 index : sampleWithoutReplacement(size, count, seed))
        candidates << gridCandidate(index);
    return candidates;
}

std::vector<qint64> SearchSpace::sampleWithoutReplacement(qint64 population, qint64 count, quint32 seed)
{
    RandomState random(seed);
    const double share = double(count) / double(population);
    if (share > 0.01 && share < 0.99) {
        const std::vector<Eigen::Index> order = random.permutation(population);
        return std::vector<qint64>(order.begin(), order.begin() + count);
    }
    std::vector<qint64> chosen;
    if (share < 0.2) {
        // Tracking selection: redraw until unseen.
        std::unordered_set<qint64> seen;
        while (qint64(chosen.size()) < count) {
            const qint64 index = random.randint(0, population);
            if (seen.insert(index).second)
                chosen.push_back(index);
        }
        return chosen;
    }
    // Reservoir sampling.
    chosen.resize(size_t(count));
    std::iota(chosen.begin(), chosen.end(), qint64(0));
    for (qint64 i = count; i < population; ++i)
        if (const qint64 slot = random.randint(0, i + 1); slot < count)
            chosen[size_t(slot)] = i;
    return chosen;
}

} // namespace streamml::model::evaluation
