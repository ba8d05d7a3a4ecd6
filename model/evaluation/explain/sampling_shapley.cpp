#include "model/evaluation/explain/sampling_shapley.h"

#include "model/core/error.h"
#include "model/evaluation/random_state.h"
#include "model/learners/learner.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <limits>

namespace streamml::model::evaluation::explain {

using core::Error;

namespace {

/// Fewer rows than this are not worth a thread of their own.
constexpr Eigen::Index kMinChunkRows = 16;

/// Up to `count` rows drawn without replacement, in drawn order.
Eigen::MatrixXd drawRows(const Eigen::MatrixXd &rows, int count, quint32 seed)
{
    if (rows.rows() <= count)
        return rows;
    const std::vector<Eigen::Index> order = RandomState(seed).permutation(rows.rows());
    Eigen::MatrixXd drawn(count, rows.cols());
    for (int r = 0; r < count; ++r)
        drawn.row(r) = rows.row(order[size_t(r)]);
    return drawn;
}

} // namespace

SamplingShapley::SamplingShapley(std::shared_ptr<const learners::Learner> learner, const Eigen::MatrixXd &background,
                                 std::vector<std::vector<int>> players, QStringList playerNames, QStringList outputs,
                                 SamplingOptions options)
    : Explainer(std::move(playerNames), std::move(outputs))
    , m_learner(std::move(learner))
    , m_players(std::move(players))
    , m_options(options)
{
    m_options.validate();
    if (!m_learner)
        throw Error::internal(QStringLiteral("sampling_shapley: no learner to explain"));
    if (background.rows() == 0)
        throw Error::input(QStringLiteral("sampling_shapley: the background has no rows"));
    m_background = drawRows(background, m_options.backgroundRows, m_options.seed);
    checkPlayers();
    const qsizetype expected = m_learner->task() == learners::Task::Classification ? m_learner->classCount() : 1;
    if (this->outputs().size() != expected)
        throw Error::input(QStringLiteral("sampling_shapley: %1 output names for a model with %2 outputs").arg(this->outputs().size()).arg(expected));
}

void SamplingShapley::checkPlayers() const
{
    if (features().size() != qsizetype(m_players.size()))
        throw Error::input(QStringLiteral("sampling_shapley: %1 names for %2 players").arg(features().size()).arg(m_players.size()));
    std::vector<int> seen(size_t(m_background.cols()), 0);
    for (const std::vector<int> &player : m_players) {
        for (int column : player) {
            if (column < 0 || column >= m_background.cols())
                throw Error::input(QStringLiteral("sampling_shapley: player column %1 is outside 0..%2").arg(column).arg(m_background.cols() - 1));
            ++seen[size_t(column)];
        }
    }
    const auto wrong = std::find_if(seen.begin(), seen.end(), [](int count) { return count != 1; });
    if (wrong != seen.end())
        throw Error::input(QStringLiteral("sampling_shapley: design column %1 belongs to %2 players; it needs exactly one")
                               .arg(wrong - seen.begin())
                               .arg(*wrong));
}

bool SamplingShapley::playersAreColumns() const
{
    for (size_t p = 0; p < m_players.size(); ++p)
        if (m_players[p].size() != 1 || m_players[p][0] != int(p))
            return false;
    return true;
}

LocalExplanation SamplingShapley::localContributions(const Eigen::RowVectorXd &row) const
{
    checkWidth(row, m_background.cols());
    RandomState random(m_options.seed);
    std::vector<std::vector<Eigen::Index>> orders(size_t(m_options.rounds) * size_t(m_background.rows()));
    for (std::vector<Eigen::Index> &order : orders)
        order = random.permutation(Eigen::Index(m_players.size()));
    const Eigen::MatrixXd values = evaluate(walkRows(row, orders));
    const Tally tally = tallied(values, orders);

    const bool classification = m_learner->task() == learners::Task::Classification;
    LocalExplanation e = blank(classification ? QStringLiteral("probability") : QStringLiteral("value"),
                               playersAreColumns() ? LocalExplanation::Space::Design : LocalExplanation::Space::Input);
    for (const Eigen::MatrixXd &sum : tally.sums)
        e.contributions += sum;
    e.contributions /= double(orders.size());
    e.base = values.middleRows(1, m_background.rows()).colwise().mean();
    e.prediction = values.row(0);
    e.standardErrors = standardErrors(tally, e.contributions);
    return e;
}

SamplingShapley::Tally SamplingShapley::tallied(const Eigen::MatrixXd &values, const std::vector<std::vector<Eigen::Index>> &orders) const
{
    const Eigen::Index players = Eigen::Index(m_players.size());
    const size_t strata = size_t(m_background.rows());
    Tally tally{std::vector<Eigen::MatrixXd>(strata, Eigen::MatrixXd::Zero(players, values.cols())), {}};
    tally.squares = tally.sums;
    Eigen::MatrixXd sample(players, values.cols());
    for (size_t w = 0; w < orders.size(); ++w) {
        // One sample per walk: the mean of the forward and the backward change each player makes.
        sample.setZero();
        for (Eigen::Index k = 0; k < players; ++k) {
            sample.row(orders[w][size_t(k)]) += 0.5 * (values.row(position(w, true, k + 1)) - values.row(position(w, true, k)));
            sample.row(orders[w][size_t(players - 1 - k)]) +=
                0.5 * (values.row(position(w, false, k + 1)) - values.row(position(w, false, k)));
        }
        tally.sums[w % strata] += sample;
        tally.squares[w % strata] += sample.cwiseAbs2();
    }
    return tally;
}

Eigen::MatrixXd SamplingShapley::standardErrors(const Tally &tally, const Eigen::MatrixXd &mean) const
{
    const double strata = double(tally.sums.size());
    const double rounds = double(m_options.rounds);
    if (rounds >= 2) {
        // Stratified: the variance of the mean is the sum of within-stratum variances over rounds · strata².
        Eigen::MatrixXd variance = Eigen::MatrixXd::Zero(mean.rows(), mean.cols());
        for (size_t s = 0; s < tally.sums.size(); ++s)
            variance += ((tally.squares[s] - tally.sums[s].cwiseAbs2() / rounds) / (rounds - 1.0)).cwiseMax(0.0);
        return (variance / (rounds * strata * strata)).cwiseSqrt();
    }
    if (strata < 2)
        return Eigen::MatrixXd::Constant(mean.rows(), mean.cols(), std::numeric_limits<double>::quiet_NaN());
    // One walk per stratum: the variance across all walks still holds the spread between background
    // rows that stratifying removes, so it bounds the error from above.
    Eigen::MatrixXd squares = Eigen::MatrixXd::Zero(mean.rows(), mean.cols());
    for (const Eigen::MatrixXd &square : tally.squares)
        squares += square;
    const Eigen::MatrixXd variance = ((squares / strata - mean.cwiseAbs2()) * strata / (strata - 1.0)).cwiseMax(0.0);
    return (variance / strata).cwiseSqrt();
}

Eigen::Index SamplingShapley::position(size_t walk, bool forward, Eigen::Index step) const
{
    const Eigen::Index players = Eigen::Index(m_players.size());
    if (step == 0)
        return 1 + Eigen::Index(walk) % m_background.rows();
    if (step == players)
        return 0;
    return 1 + m_background.rows() + (Eigen::Index(walk) * 2 + (forward ? 0 : 1)) * (players - 1) + step - 1;
}

Eigen::MatrixXd SamplingShapley::walkRows(const Eigen::RowVectorXd &row, const std::vector<std::vector<Eigen::Index>> &orders) const
{
    const Eigen::Index players = Eigen::Index(m_players.size());
    Eigen::MatrixXd rows(1 + m_background.rows() + Eigen::Index(orders.size()) * 2 * (players - 1), row.size());
    rows.row(0) = row;
    rows.middleRows(1, m_background.rows()) = m_background;
    for (size_t w = 0; w < orders.size(); ++w) {
        for (const bool forward : {true, false}) {
            Eigen::RowVectorXd current = m_background.row(Eigen::Index(w) % m_background.rows());
            // The last step reaches the row itself, evaluated once for every walk.
            for (Eigen::Index k = 0; k + 1 < players; ++k) {
                const Eigen::Index player = orders[w][size_t(forward ? k : players - 1 - k)];
                for (int column : m_players[size_t(player)])
                    current[column] = row[column];
                rows.row(position(w, forward, k + 1)) = current;
            }
        }
    }
    return rows;
}

Eigen::MatrixXd SamplingShapley::evaluate(const Eigen::MatrixXd &rows) const
{
    const bool classification = m_learner->task() == learners::Task::Classification;
    Eigen::MatrixXd values(rows.rows(), classification ? m_learner->classCount() : 1);
    // Chunks evaluated side by side: one explanation is a few hundred rows, below where learners
    // spread their own work over threads.
    const Eigen::Index chunk = std::max<Eigen::Index>(kMinChunkRows, (rows.rows() + QThread::idealThreadCount() - 1) / QThread::idealThreadCount());
    std::vector<Eigen::Index> starts;
    for (Eigen::Index start = 0; start < rows.rows(); start += chunk)
        starts.push_back(start);
    QtConcurrent::blockingMap(starts, [&](Eigen::Index start) {
        const Eigen::Index count = std::min(chunk, rows.rows() - start);
        const Eigen::MatrixXd part = rows.middleRows(start, count);
        values.middleRows(start, count) = classification ? m_learner->predictProbabilities(part) : Eigen::MatrixXd(m_learner->predict(part));
    });
    return values;
}

} // namespace streamml::model::evaluation::explain
