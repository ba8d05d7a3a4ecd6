#include "model/data/reader_factory.h"

#include "model/core/error.h"
#include "model/data/csv_reader.h"
#include "model/data/gzip_csv_reader.h"
#include "model/data/xlsx_reader.h"

#include <QFile>
#include <QFileInfo>

namespace streamml::model::data {

std::unique_ptr<TableReader> ReaderFactory::forFile(const QString &path, const settings::SourceSettings &source)
{
    QString format = source.format;
    if (format == u"auto") {
        const QString lower = path.toLower();
        format = lower.endsWith(u".xlsx") ? QStringLiteral("xlsx")
                 : lower.endsWith(u".gz") ? QStringLiteral("csv.gz")
                                          : QStringLiteral("csv");
    }
    if (format == u"xlsx")
        return std::make_unique<XlsxReader>(source.sheet);
    if (format == u"csv.gz")
        return std::make_unique<GzipCsvReader>(source.delimiter);
    return std::make_unique<CsvReader>(source.delimiter);
}

TextTable ReaderFactory::readFile(const QString &path, const settings::SourceSettings &source, core::ProgressSink &progress)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        throw core::Error::input(QStringLiteral("%1: no such file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw core::Error::input(QStringLiteral("%1: cannot be opened (%2)").arg(path, file.errorString()));
    return forFile(path, source)->read(file, path, progress);
}

} // namespace streamml::model::data
