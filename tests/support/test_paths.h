#pragma once

#include <QString>

namespace streamml::tests {

/// Where tests find the source tree, the committed fixtures and the built program.
class TestPaths
{
public:
    static QString sourceDir();
    static QString fixture(const QString &name);
    static QString shippedDataset();
    static QString program();
};

} // namespace streamml::tests
