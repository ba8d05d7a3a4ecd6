#pragma once

#include "model/drift/categorical_drift_test.h"
#include "model/drift/drift_parameters.h"
#include "model/drift/numeric_drift_test.h"

#include <QStringList>
#include <memory>

namespace streamml::model::drift {

/// Builds the data-drift tests by the names settings.ini uses, with thresholds from the parameters.
class DriftTestRegistry
{
public:
    explicit DriftTestRegistry(DriftParameters parameters = {});

    /// Throws core::Error::settings for an unknown name, listing the accepted ones.
    std::unique_ptr<NumericDriftTest> numeric(const QString &name) const;
    std::unique_ptr<CategoricalDriftTest> categorical(const QString &name) const;

    static QStringList numericNames();
    static QStringList categoricalNames();

private:
    DriftParameters m_parameters;
};

} // namespace streamml::model::drift
