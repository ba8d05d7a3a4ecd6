#include "tests/support/shipped_data.h"

#include "model/core/progress_sink.h"
#include "model/data/csv_reader.h"
#include "model/data/type_inference.h"
#include "tests/support/test_paths.h"

#include <QDir>
#include <QFile>

namespace streamml::tests {

model::settings::Settings ShippedData::settings(const QString &workspace, const QString &families)
{
    model::settings::Settings s = model::settings::Settings::load(QDir(TestPaths::sourceDir()).absoluteFilePath(QStringLiteral("settings.ini")));
    s.set(QStringLiteral("workspace"), QStringLiteral("path"), workspace);
    if (!families.isEmpty())
        s.set(QStringLiteral("models"), QStringLiteral("families"), families);
    return s;
}

const model::data::Table &ShippedData::table()
{
    static const model::data::Table table = [] {
        QFile file(TestPaths::shippedDataset());
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open the shipped dataset");
        const auto text = model::data::CsvReader().parse(file.readAll(), QStringLiteral("birdstrikes.csv"),
                                                         model::core::ProgressSink::none());
        model::data::TypeInference::Options options;
        options.timeColumn = QStringLiteral("Flight Date");
        return model::data::TypeInference(options).type(text).table;
    }();
    return table;
}

QByteArray ShippedData::yearsCsv(const QStringList &years, bool blank)
{
    QFile file(TestPaths::shippedDataset());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no shipped dataset");
    const auto table = model::data::CsvReader().read(file, QStringLiteral("birdstrikes.csv"), model::core::ProgressSink::none());
    const auto time = table.header.indexOf(QStringLiteral("Flight Date"));
    QByteArray out = table.header.join(QLatin1Char(',')).toUtf8() + '\n';
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        const QString date = QString::fromStdString(table.cells[size_t(time)][size_t(r)]);
        if (!years.contains(date.left(4)))
            continue;
        QByteArrayList cells;
        for (qsizetype c = 0; c < table.header.size(); ++c) {
            const QByteArray cell = QByteArray::fromStdString(table.cells[size_t(c)][size_t(r)]);
            cells.append(blank && c != time ? QByteArray() : '"' + cell + '"');
        }
        out += cells.join(',') + '\n';
    }
    return out;
}

} // namespace streamml::tests
