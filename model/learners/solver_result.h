#pragma once

namespace streamml::model::learners {

/// How a minimisation ended.
struct SolverResult
{
    int iterations = 0;
    bool converged = false;
    double value = 0;
};

} // namespace streamml::model::learners
