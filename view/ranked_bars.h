#pragma once

#include <QStringList>
#include <vector>

namespace streamml::view {

/// Values to draw as horizontal bars, first on top: feature importances, coefficients.
struct RankedBars
{
    QString title;
    QString valueTitle;          ///< title of the value axis
    QStringList labels;          ///< one per bar
    std::vector<double> values;  ///< one per bar
    QStringList toolTips;        ///< one per bar, or empty
    bool signedColours = false;  ///< positive bars red, negative blue; otherwise one colour
};

} // namespace streamml::view
