#pragma once

#include <QString>
#include <QStringList>
#include <memory>

namespace streamml::model::learners {

/// A loss of stochastic gradient descent, per sample: its value and its derivative in the prediction.
/// Classification losses take targets -1 and +1.
class SgdLoss
{
public:
    virtual ~SgdLoss() = default;

    virtual double loss(double prediction, double target) const = 0;
    virtual double derivative(double prediction, double target) const = 0;
    virtual bool isClassification() const = 0;

    /// log_loss, modified_huber, squared_error; throws Error::settings naming the accepted ones.
    static std::unique_ptr<SgdLoss> create(const QString &name);
    static QStringList names();
};

} // namespace streamml::model::learners
