#pragma once

#include <QDataStream>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace streamml::model::learners {

/// The framing of a learner's saved state: a tagged, versioned header and reads that refuse truncated data.
class StateStream
{
public:
    static void writeHeader(QDataStream &out, const QString &family, quint32 version);
    /// Reads the header and returns its version; throws Error::model for another family or a newer version.
    static quint32 readHeader(QDataStream &in, const QString &family, quint32 newestVersion);
    /// Throws Error::model naming `what` when the stream could not deliver everything read so far.
    static void check(const QDataStream &in, const QString &what);

    static void writeJson(QDataStream &out, const QJsonObject &json);
    static QJsonObject readJson(QDataStream &in, const QString &what);
    static void writeDoubles(QDataStream &out, const std::vector<double> &values);
    static std::vector<double> readDoubles(QDataStream &in, const QString &what);
    static void writeIntegers(QDataStream &out, const std::vector<qint64> &values);
    static std::vector<qint64> readIntegers(QDataStream &in, const QString &what);
    /// Reads an element count and checks it against what the device can still deliver.
    static qint64 readCount(QDataStream &in, qint64 bytesPerElement, const QString &what);
};

} // namespace streamml::model::learners
