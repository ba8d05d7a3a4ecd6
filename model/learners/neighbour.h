#pragma once

#include <QtGlobal>

namespace streamml::model::learners {

/// One of the k nearest training rows of a query row, for explaining a kNN prediction.
struct Neighbour
{
    qint64 row = 0;        ///< position of the training row in the stream since fit() (0 = first row of fit)
    double distance = 0.0;
    double target = 0.0;   ///< class index or value of the training row
    qint64 tag = -1;       ///< caller-supplied tag of the row, e.g. the batch it came from; -1 when none
};

} // namespace streamml::model::learners
