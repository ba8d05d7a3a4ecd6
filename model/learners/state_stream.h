#pragma once

#include <Eigen/Dense>
#include <QDataStream>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace streamml::model::learners {

/// A learner's saved state on a data stream: a tagged, versioned header, then values whose reads
/// refuse truncated or corrupt data with a message naming the learner and the part being read.
class StateStream
{
public:
    StateStream(QDataStream &stream, QString family);

    void writeHeader(quint32 version);
    /// Reads the header and returns its version; throws Error::model when the data is not a saved
    /// learner, belongs to another family or has a newer format.
    quint32 readHeader(quint32 newestVersion);
    /// Throws Error::model naming `what` when the stream could not deliver everything read so far.
    void check(const QString &what) const;
    /// Throws Error::model: "cannot read the saved <family> model: <reason>".
    [[noreturn]] void fail(const QString &reason) const;

    void writeJson(const QJsonObject &json);
    QJsonObject readJson(const QString &what);
    void writeDoubles(const std::vector<double> &values);
    std::vector<double> readDoubles(const QString &what);
    void writeIntegers(const std::vector<qint64> &values);
    std::vector<qint64> readIntegers(const QString &what);
    void writeMatrix(const Eigen::MatrixXd &matrix);
    Eigen::MatrixXd readMatrix(const QString &what);
    /// Reads a one-column matrix written by writeMatrix.
    Eigen::VectorXd readVector(const QString &what);
    /// Reads an element count and checks it against what the device can still deliver.
    qint64 readCount(qint64 bytesPerElement, const QString &what);

private:
    template<typename T>
    void writeValues(const std::vector<T> &values);
    template<typename T>
    std::vector<T> readValues(const QString &what);
    /// Throws unless `elements` values of `bytesPerElement` bytes can still be read.
    void checkAvailable(qint64 elements, qint64 bytesPerElement, const QString &what) const;

    QDataStream &m_stream;
    QString m_family;
};

} // namespace streamml::model::learners
