#include "model/evaluation/metrics.h"

#include "model/core/error.h"

#include <QStringList>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace streamml::model::evaluation {

using core::Error;

/// Per class index: true positives, predicted rows and actual rows.
struct Metrics::ClassCounts
{
    std::vector<double> truePositives;
    std::vector<double> predicted;
    std::vector<double> actual;

    bool present(size_t label) const { return predicted[label] > 0 || actual[label] > 0; }
};

namespace {

double ratio(double numerator, double denominator)
{
    return denominator == 0.0 ? 0.0 : numerator / denominator;
}

double precisionOf(double truePositives, double predicted, double)
{
    return ratio(truePositives, predicted);
}

double recallOf(double truePositives, double, double actual)
{
    return ratio(truePositives, actual);
}

double f1Of(double truePositives, double predicted, double actual)
{
    const double p = ratio(truePositives, predicted);
    const double r = ratio(truePositives, actual);
    const double denominator = p + r;
    return denominator == 0.0 ? 0.0 : 2.0 * p * r / denominator;
}

QString classList(const std::vector<size_t> &labels)
{
    QStringList names;
    for (size_t label : labels)
        names << QString::number(label);
    return names.join(QStringLiteral(", "));
}

void checkRows(Eigen::Index truthRows, Eigen::Index otherRows, const char *other)
{
    if (truthRows == 0)
        throw Error::input(QStringLiteral("a metric needs at least one row, got none"));
    if (truthRows != otherRows)
        throw Error::input(QStringLiteral("the truth has %1 rows but the %2 has %3")
                               .arg(truthRows).arg(QLatin1String(other)).arg(otherRows));
}

void checkUnitRange(const Eigen::MatrixXd &probabilities)
{
    for (Eigen::Index r = 0; r < probabilities.rows(); ++r)
        for (Eigen::Index c = 0; c < probabilities.cols(); ++c)
            if (probabilities(r, c) < 0.0 || probabilities(r, c) > 1.0)
                throw Error::input(QStringLiteral("brier needs probabilities in [0, 1]; row %1, class %2 holds %3")
                                       .arg(r).arg(c).arg(probabilities(r, c)));
}

} // namespace

void Metrics::checkLabels(const Eigen::VectorXd &labels, const char *what, Eigen::Index classCount)
{
    for (Eigen::Index i = 0; i < labels.size(); ++i) {
        const double v = labels[i];
        if (!(v >= 0.0 && v < double(classCount) && v == std::floor(v)))
            throw Error::input(QStringLiteral("%1 row %2 holds %3, which is not a class index 0 .. %4")
                                   .arg(QLatin1String(what)).arg(i).arg(v).arg(classCount - 1));
    }
}

void Metrics::checkProbabilities(const Eigen::MatrixXd &probabilities, Eigen::Index rows)
{
    checkRows(rows, probabilities.rows(), "probability matrix");
    if (!probabilities.allFinite())
        throw Error::input(QStringLiteral("the probabilities hold NaN or infinite values"));
}

void Metrics::checkClassification(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted,
                                  const Eigen::MatrixXd &probabilities)
{
    checkRows(truth.size(), predicted.size(), "prediction");
    const Eigen::Index classCount = probabilities.size() > 0 ? probabilities.cols() : MaxClasses;
    checkLabels(truth, "truth", classCount);
    checkLabels(predicted, "prediction", classCount);
    if (probabilities.size() > 0)
        checkProbabilities(probabilities, truth.size());
}

void Metrics::checkRegression(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted)
{
    checkRows(truth.size(), predicted.size(), "prediction");
    if (!truth.allFinite() || !predicted.allFinite())
        throw Error::input(QStringLiteral("regression metrics need finite values; the %1 holds NaN or infinity")
                               .arg(truth.allFinite() ? QStringLiteral("prediction") : QStringLiteral("truth")));
}

void Metrics::checkScored(const Eigen::VectorXd &truth, const Eigen::MatrixXd &probabilities)
{
    // One column per class, at least two, as predictProbabilities returns them.
    if (probabilities.cols() < 2)
        throw Error::input(QStringLiteral("probabilities need one column per class, at least two; got %1")
                               .arg(probabilities.cols()));
    checkLabels(truth, "truth", probabilities.cols());
    checkProbabilities(probabilities, truth.size());
}

Metrics::ClassCounts Metrics::countClasses(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted)
{
    checkClassification(truth, predicted);
    const size_t classes = size_t(std::max(truth.maxCoeff(), predicted.maxCoeff())) + 1;
    ClassCounts counts{std::vector<double>(classes, 0.0), std::vector<double>(classes, 0.0),
                       std::vector<double>(classes, 0.0)};
    for (Eigen::Index i = 0; i < truth.size(); ++i) {
        const auto t = size_t(truth[i]);
        const auto p = size_t(predicted[i]);
        counts.actual[t] += 1.0;
        counts.predicted[p] += 1.0;
        if (t == p)
            counts.truePositives[t] += 1.0;
    }
    return counts;
}

double Metrics::accuracy(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted)
{
    checkClassification(truth, predicted);
    return double((truth.array() == predicted.array()).count()) / double(truth.size());
}

double Metrics::balancedAccuracy(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted)
{
    const ClassCounts counts = countClasses(truth, predicted);
    double sum = 0.0;
    int classes = 0;
    for (size_t label = 0; label < counts.actual.size(); ++label) {
        if (counts.actual[label] == 0.0)
            continue; // a class only ever predicted has no recall; scikit-learn drops it
        sum += counts.truePositives[label] / counts.actual[label];
        ++classes;
    }
    return sum / double(classes);
}

double Metrics::averaged(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted, Average average,
                         double (*score)(double truePositives, double predicted, double actual))
{
    const ClassCounts counts = countClasses(truth, predicted);
    std::vector<size_t> present;
    for (size_t label = 0; label < counts.actual.size(); ++label)
        if (counts.present(label))
            present.push_back(label);

    if (average == Average::Macro) {
        double sum = 0.0;
        for (size_t label : present)
            sum += score(counts.truePositives[label], counts.predicted[label], counts.actual[label]);
        return sum / double(present.size());
    }
    if (present.size() > 2)
        throw Error::input(QStringLiteral("the binary average needs at most two classes, found %1 (%2); "
                                          "use the macro average")
                               .arg(present.size()).arg(classList(present)));
    if (present.size() == 2 && std::find(present.begin(), present.end(), size_t(1)) == present.end())
        throw Error::input(QStringLiteral("the positive class 1 is not among the classes found (%1)")
                               .arg(classList(present)));
    if (counts.actual.size() < 2)
        return 0.0; // class 1 never occurs: no true positives, and zero_division scores 0
    return score(counts.truePositives[1], counts.predicted[1], counts.actual[1]);
}

double Metrics::precision(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted, Average average)
{
    return averaged(truth, predicted, average, precisionOf);
}

double Metrics::recall(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted, Average average)
{
    return averaged(truth, predicted, average, recallOf);
}

double Metrics::f1(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted, Average average)
{
    return averaged(truth, predicted, average, f1Of);
}

double Metrics::binaryAuc(const Eigen::VectorXd &truth, const Eigen::VectorXd &scores, double positive)
{
    const Eigen::Index n = truth.size();
    const double positives = double((truth.array() == positive).count());
    const double negatives = double(n) - positives;
    if (positives == 0.0 || negatives == 0.0)
        throw Error::input(QStringLiteral("roc_auc is undefined when the truth holds one class only"));

    std::vector<Eigen::Index> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), Eigen::Index(0));
    std::sort(order.begin(), order.end(), [&](Eigen::Index a, Eigen::Index b) { return scores[a] > scores[b]; });

    // Trapezoids between successive distinct thresholds, in counts (exact integers) until the end.
    double truePositives = 0.0, falsePositives = 0.0, area = 0.0;
    for (size_t i = 0; i < order.size();) {
        const double previousTrue = truePositives, previousFalse = falsePositives;
        const double threshold = scores[order[i]];
        for (; i < order.size() && scores[order[i]] == threshold; ++i)
            (truth[order[i]] == positive ? truePositives : falsePositives) += 1.0;
        area += (falsePositives - previousFalse) * (truePositives + previousTrue);
    }
    return area / (2.0 * positives * negatives);
}

double Metrics::rocAuc(const Eigen::VectorXd &truth, const Eigen::VectorXd &scores)
{
    checkRows(truth.size(), scores.size(), "score vector");
    checkLabels(truth, "truth", 2);
    if (!scores.allFinite())
        throw Error::input(QStringLiteral("roc_auc needs finite scores"));
    return binaryAuc(truth, scores, 1.0);
}

double Metrics::rocAuc(const Eigen::VectorXd &truth, const Eigen::MatrixXd &probabilities)
{
    checkScored(truth, probabilities);
    if (probabilities.cols() == 2)
        return binaryAuc(truth, probabilities.col(1), 1.0);
    for (Eigen::Index r = 0; r < probabilities.rows(); ++r) {
        const double sum = probabilities.row(r).sum();
        if (std::abs(1.0 - sum) > 1e-8 + 1e-5 * std::abs(sum)) // numpy's allclose, as scikit-learn checks
            throw Error::input(QStringLiteral("multi-class roc_auc needs probabilities summing to 1; row %1 sums to %2")
                                   .arg(r).arg(sum, 0, 'g', 12));
    }
    double sum = 0.0;
    for (Eigen::Index c = 0; c < probabilities.cols(); ++c) {
        if ((truth.array() == double(c)).count() == 0)
            throw Error::input(QStringLiteral("one-vs-rest roc_auc is undefined: class %1 has no rows in the truth")
                                   .arg(c));
        sum += binaryAuc(truth, probabilities.col(c), double(c));
    }
    return sum / double(probabilities.cols());
}

double Metrics::logLoss(const Eigen::VectorXd &truth, const Eigen::MatrixXd &probabilities)
{
    checkScored(truth, probabilities);
    const double eps = std::numeric_limits<double>::epsilon();
    double total = 0.0;
    for (Eigen::Index r = 0; r < probabilities.rows(); ++r) {
        const Eigen::RowVectorXd clipped = probabilities.row(r).cwiseMax(eps).cwiseMin(1.0 - eps);
        total -= std::log(clipped[Eigen::Index(truth[r])] / clipped.sum());
    }
    return total / double(truth.size());
}

double Metrics::brier(const Eigen::VectorXd &truth, const Eigen::MatrixXd &probabilities)
{
    checkScored(truth, probabilities);
    checkUnitRange(probabilities);
    double total = 0.0;
    for (Eigen::Index r = 0; r < probabilities.rows(); ++r) {
        const auto label = Eigen::Index(truth[r]);
        if (probabilities.cols() == 2) {
            const double miss = (label == 1 ? 1.0 : 0.0) - probabilities(r, 1);
            total += miss * miss;
            continue;
        }
        for (Eigen::Index c = 0; c < probabilities.cols(); ++c) {
            const double miss = (c == label ? 1.0 : 0.0) - probabilities(r, c);
            total += miss * miss;
        }
    }
    return total / double(truth.size());
}

double Metrics::mae(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted)
{
    checkRegression(truth, predicted);
    return (truth - predicted).cwiseAbs().mean();
}

double Metrics::rmse(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted)
{
    checkRegression(truth, predicted);
    return std::sqrt((truth - predicted).squaredNorm() / double(truth.size()));
}

double Metrics::r2(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted)
{
    checkRegression(truth, predicted);
    if (truth.size() < 2)
        throw Error::input(QStringLiteral("r2 is undefined for fewer than two rows, got %1").arg(truth.size()));
    const double residual = (truth - predicted).squaredNorm();
    const double total = (truth.array() - truth.mean()).matrix().squaredNorm();
    if (total == 0.0)
        return residual == 0.0 ? 1.0 : 0.0;
    return 1.0 - residual / total;
}

double Metrics::mape(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted)
{
    checkRegression(truth, predicted);
    const double eps = std::numeric_limits<double>::epsilon();
    return ((truth - predicted).array().abs() / truth.array().abs().max(eps)).mean();
}

} // namespace streamml::model::evaluation
