#pragma once

#include "model/learners/learner.h"

#include <Eigen/Dense>
#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace streamml::tests {

/// A design matrix and targets built from the shipped dataset by the program's own preparation.
struct BirdDesign
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    QStringList names;
};

/// Shared steps of the linear-model tests: building inputs from fixtures, saving and loading, scores.
class LinearTestSupport
{
public:
    /// The design of a fixture case with "source": "birdstrikes": its rows, features, variant and target.
    static BirdDesign birdDesign(const QJsonObject &fixtureCase);

    static QByteArray saved(const model::learners::Learner &learner);
    static void load(model::learners::Learner &learner, const QByteArray &bytes);
    /// The first prefix length of `bytes` that loading accepts, or -1 when every prefix is refused with
    /// an Error of kind Model.
    static qsizetype acceptedTruncation(const model::learners::Learner &prototype, const QByteArray &bytes);

    static double accuracy(const Eigen::VectorXd &predicted, const Eigen::VectorXd &truth);
    static double r2(const Eigen::VectorXd &predicted, const Eigen::VectorXd &truth);
    static double maxAbs(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b);
};

} // namespace streamml::tests
