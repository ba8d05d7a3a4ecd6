#pragma once

#include <Eigen/Dense>

namespace streamml::model::evaluation {

/// scikit-learn 1.2's metrics on Eigen vectors. Class labels are indices 0 .. k-1 held as doubles;
/// probabilities are rows × k. A metric that scikit-learn refuses on the given rows throws Error.
class Metrics
{
public:
    /// "binary" scores the positive class 1 only; "macro" averages over the classes present in
    /// truth or prediction. A zero denominator scores 0, as scikit-learn's default zero_division.
    enum class Average { Binary, Macro };

    static double accuracy(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted);
    /// Mean recall over the classes present in the truth.
    static double balancedAccuracy(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted);
    static double precision(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted, Average average);
    static double recall(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted, Average average);
    static double f1(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted, Average average);

    /// Binary ROC AUC of positive-class scores (truth in {0, 1}); tied scores form one threshold.
    static double rocAuc(const Eigen::VectorXd &truth, const Eigen::VectorXd &scores);
    /// Two columns: binary AUC of column 1. More: one-vs-rest macro AUC, every class present in truth.
    static double rocAuc(const Eigen::VectorXd &truth, const Eigen::MatrixXd &probabilities);
    /// Cross-entropy with labels 0 .. k-1, probabilities clipped to [eps, 1 - eps] (eps of double)
    /// and each row renormalised, as log_loss(eps="auto").
    static double logLoss(const Eigen::VectorXd &truth, const Eigen::MatrixXd &probabilities);
    /// Two columns: brier_score_loss of column 1, mean((y - p)^2). More: mean over rows of the sum
    /// over classes of (one-hot - p)^2 (scikit-learn 1.2 has no multi-class form; for two classes
    /// this sum is twice the binary score).
    static double brier(const Eigen::VectorXd &truth, const Eigen::MatrixXd &probabilities);

    static double mae(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted);
    static double rmse(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted);
    /// 1 - SS_res / SS_tot; a constant truth scores 1 when predicted exactly and 0 otherwise.
    static double r2(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted);
    /// mean(|y - p| / max(|y|, eps)): a zero target gives a huge but finite term, as scikit-learn.
    static double mape(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted);

    /// Throws unless both are non-empty, equally long and hold class indices (and, when probabilities
    /// are given, the matrix has a finite row per label and a column for every label).
    static void checkClassification(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted,
                                    const Eigen::MatrixXd &probabilities = {});
    /// Throws unless both are non-empty, equally long and finite.
    static void checkRegression(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted);

    /// Class indices are bounded so per-class counts stay small arrays.
    static constexpr int MaxClasses = 1 << 16;

private:
    struct ClassCounts;

    static ClassCounts countClasses(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted);
    static double averaged(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted, Average average,
                           double (*score)(double truePositives, double predicted, double actual));
    static void checkLabels(const Eigen::VectorXd &labels, const char *what, Eigen::Index classCount);
    static void checkProbabilities(const Eigen::MatrixXd &probabilities, Eigen::Index rows);
    static void checkScored(const Eigen::VectorXd &truth, const Eigen::MatrixXd &probabilities);
    static double binaryAuc(const Eigen::VectorXd &truth, const Eigen::VectorXd &scores, double positive);
};

} // namespace streamml::model::evaluation
