#include "tests/support/test_paths.h"

#include <QDir>

namespace streamml::tests {

QString TestPaths::sourceDir()
{
    return QStringLiteral(STREAMML_SOURCE_DIR);
}

QString TestPaths::fixture(const QString &name)
{
    return QDir(QStringLiteral(STREAMML_FIXTURES_DIR)).absoluteFilePath(name);
}

QString TestPaths::shippedDataset()
{
    return QDir(sourceDir()).absoluteFilePath(QStringLiteral("resources/data/birdstrikes.csv"));
}

QString TestPaths::program()
{
    return QStringLiteral(STREAMML_BINARY);
}

} // namespace streamml::tests
