#pragma once

#include <QtGlobal>

namespace streamml::model::learners {

/// One node of a grown decision tree, as data for drawing and explanation.
struct TreeNode
{
    int feature = -1;             ///< split feature index; -1 at a leaf
    double threshold = 0.0;       ///< rows with a value <= threshold go left
    int left = -1;                ///< child node indexes; -1 at a leaf
    int right = -1;
    bool missingGoesLeft = false; ///< where rows with NaN in the split feature go
    double impurity = 0.0;
    qint64 samples = 0;
    double weightedSamples = 0.0;
    int depth = 0;

    bool isLeaf() const { return left < 0; }
};

} // namespace streamml::model::learners
