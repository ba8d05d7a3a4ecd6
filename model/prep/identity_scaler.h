#pragma once

#include "model/prep/scaler.h"

namespace streamml::model::prep {

/// Leaves values as they are ("none"): center 0, scale 1.
class IdentityScaler : public Scaler
{
public:
    QString name() const override { return QStringLiteral("none"); }

protected:
    Affine estimate(std::vector<double>) const override { return {}; }
};

} // namespace streamml::model::prep
