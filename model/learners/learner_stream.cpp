#include "model/learners/learner_stream.h"

#include "model/core/error.h"

#include <QIODevice>
#include <QJsonDocument>

namespace streamml::model::learners {

using core::Error;

namespace {
constexpr quint32 kMagic = 0x53544C52; // "STLR"
/// Far above any linear model, far below what a corrupt size field would ask to allocate.
constexpr qint64 kMaxEntries = qint64(1) << 28;
} // namespace

void checkLearnerStream(const QDataStream &in, const QString &family)
{
    if (in.status() != QDataStream::Ok)
        throw Error::model(QStringLiteral("cannot read the saved %1 model: the data is truncated or corrupted").arg(family));
}

void writeLearnerHeader(QDataStream &out, const QString &family, quint32 version)
{
    out << kMagic << family << version;
}

void readLearnerHeader(QDataStream &in, const QString &family, quint32 version)
{
    quint32 magic = 0;
    in >> magic;
    checkLearnerStream(in, family);
    if (magic != kMagic)
        throw Error::model(QStringLiteral("cannot read the saved %1 model: the data is not a saved model").arg(family));
    QString found;
    quint32 foundVersion = 0;
    in >> found >> foundVersion;
    checkLearnerStream(in, family);
    if (found != family)
        throw Error::model(QStringLiteral("the saved model is a %1 model, not a %2 model").arg(found.left(40), family));
    if (foundVersion == 0 || foundVersion > version)
        throw Error::model(QStringLiteral("the saved %1 model has format version %2; this program reads up to %3")
                               .arg(family)
                               .arg(foundVersion)
                               .arg(version));
}

void writeMatrix(QDataStream &out, const Eigen::MatrixXd &matrix)
{
    out << qint64(matrix.rows()) << qint64(matrix.cols());
    for (Eigen::Index c = 0; c < matrix.cols(); ++c)
        for (Eigen::Index r = 0; r < matrix.rows(); ++r)
            out << matrix(r, c);
}

Eigen::MatrixXd readMatrix(QDataStream &in, const QString &family)
{
    qint64 rows = -1;
    qint64 cols = -1;
    in >> rows >> cols;
    checkLearnerStream(in, family);
    if (rows < 0 || cols < 0 || (cols > 0 && rows > kMaxEntries / cols))
        throw Error::model(QStringLiteral("cannot read the saved %1 model: a matrix of %2 × %3 is implausible")
                               .arg(family)
                               .arg(rows)
                               .arg(cols));
    // A truncated or altered size is refused before allocating what it asks for.
    const QIODevice *device = in.device();
    if (device && !device->isSequential() && device->bytesAvailable() < rows * cols * qint64(sizeof(double)))
        throw Error::model(QStringLiteral("cannot read the saved %1 model: the data is truncated").arg(family));
    Eigen::MatrixXd matrix(rows, cols);
    for (Eigen::Index c = 0; c < cols; ++c)
        for (Eigen::Index r = 0; r < rows; ++r)
            in >> matrix(r, c);
    checkLearnerStream(in, family);
    return matrix;
}

Eigen::VectorXd readVector(QDataStream &in, const QString &family)
{
    const Eigen::MatrixXd m = readMatrix(in, family);
    if (m.cols() != 1)
        throw Error::model(QStringLiteral("cannot read the saved %1 model: a vector has %2 columns").arg(family).arg(m.cols()));
    return m.col(0);
}

void writeJson(QDataStream &out, const QJsonObject &json)
{
    out << QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QJsonObject readJson(QDataStream &in, const QString &family)
{
    QByteArray bytes;
    in >> bytes;
    checkLearnerStream(in, family);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw Error::model(QStringLiteral("cannot read the saved %1 model: its hyper-parameters are corrupted").arg(family));
    return doc.object();
}

} // namespace streamml::model::learners
