#include "model/learners/state_stream.h"

#include "model/core/error.h"

#include <QIODevice>
#include <QJsonDocument>
#include <algorithm>

namespace streamml::model::learners {

namespace {

constexpr quint32 kMagic = 0x534d4c53; // "SMLS": a StreamML learner state
/// Far above any learner's matrix, far below what a corrupt size field would ask to allocate.
constexpr qint64 kMaxEntries = qint64(1) << 28;

} // namespace

StateStream::StateStream(QDataStream &stream, QString family)
    : m_stream(stream)
    , m_family(std::move(family))
{
}

void StateStream::fail(const QString &reason) const
{
    throw core::Error::model(QStringLiteral("cannot read the saved %1 model: %2").arg(m_family, reason));
}

void StateStream::check(const QString &what) const
{
    if (m_stream.status() != QDataStream::Ok)
        fail(QStringLiteral("the data is truncated or corrupt (while reading %1)").arg(what));
}

void StateStream::writeHeader(quint32 version)
{
    m_stream << kMagic << m_family << version;
}

quint32 StateStream::readHeader(quint32 newestVersion)
{
    // The tag first: other data must be refused as such, not as a damaged family name.
    quint32 magic = 0;
    m_stream >> magic;
    check(QStringLiteral("the header"));
    if (magic != kMagic)
        fail(QStringLiteral("the data is not a saved model"));
    QString family;
    quint32 version = 0;
    m_stream >> family >> version;
    check(QStringLiteral("the header"));
    if (family != m_family)
        throw core::Error::model(QStringLiteral("the saved model is a %1 model, not a %2 model").arg(family.left(40), m_family));
    if (version == 0 || version > newestVersion)
        fail(QStringLiteral("it has format version %1; this program reads up to %2").arg(version).arg(newestVersion));
    return version;
}

void StateStream::writeJson(const QJsonObject &json)
{
    m_stream << QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QJsonObject StateStream::readJson(const QString &what)
{
    QByteArray bytes;
    m_stream >> bytes;
    check(what);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        fail(QStringLiteral("its %1 are corrupt").arg(what));
    return document.object();
}

template<typename T>
void StateStream::writeValues(const std::vector<T> &values)
{
    m_stream << qint64(values.size());
    for (T value : values)
        m_stream << value;
}

template<typename T>
std::vector<T> StateStream::readValues(const QString &what)
{
    const qint64 count = readCount(qint64(sizeof(T)), what);
    std::vector<T> values;
    // Growing instead of allocating `count` at once: a sequential device cannot vouch for it.
    values.reserve(size_t(std::min<qint64>(count, 1 << 20)));
    for (qint64 i = 0; i < count && m_stream.status() == QDataStream::Ok; ++i) {
        T value{};
        m_stream >> value;
        values.push_back(value);
    }
    check(what);
    return values;
}

void StateStream::writeDoubles(const std::vector<double> &values)
{
    writeValues(values);
}

std::vector<double> StateStream::readDoubles(const QString &what)
{
    return readValues<double>(what);
}

void StateStream::writeIntegers(const std::vector<qint64> &values)
{
    writeValues(values);
}

std::vector<qint64> StateStream::readIntegers(const QString &what)
{
    return readValues<qint64>(what);
}

void StateStream::writeMatrix(const Eigen::MatrixXd &matrix)
{
    m_stream << qint64(matrix.rows()) << qint64(matrix.cols());
    for (Eigen::Index c = 0; c < matrix.cols(); ++c)
        for (Eigen::Index r = 0; r < matrix.rows(); ++r)
            m_stream << matrix(r, c);
}

Eigen::MatrixXd StateStream::readMatrix(const QString &what)
{
    qint64 rows = -1;
    qint64 cols = -1;
    m_stream >> rows >> cols;
    check(what);
    if (rows < 0 || cols < 0 || (cols > 0 && rows > kMaxEntries / cols))
        fail(QStringLiteral("its %1 have an implausible size of %2 × %3").arg(what).arg(rows).arg(cols));
    checkAvailable(rows * cols, qint64(sizeof(double)), what);
    Eigen::MatrixXd matrix(rows, cols);
    for (Eigen::Index c = 0; c < cols; ++c)
        for (Eigen::Index r = 0; r < rows; ++r)
            m_stream >> matrix(r, c);
    check(what);
    return matrix;
}

Eigen::VectorXd StateStream::readVector(const QString &what)
{
    const Eigen::MatrixXd matrix = readMatrix(what);
    if (matrix.cols() != 1)
        fail(QStringLiteral("its %1 have %2 columns instead of one").arg(what).arg(matrix.cols()));
    return matrix.col(0);
}

qint64 StateStream::readCount(qint64 bytesPerElement, const QString &what)
{
    qint64 count = -1;
    m_stream >> count;
    check(what);
    if (count < 0)
        fail(QStringLiteral("the data is corrupt (a negative size of %1)").arg(what));
    checkAvailable(count, bytesPerElement, what);
    return count;
}

void StateStream::checkAvailable(qint64 elements, qint64 bytesPerElement, const QString &what) const
{
    // A corrupt size must not allocate more than the data can hold.
    const QIODevice *device = m_stream.device();
    if (device && !device->isSequential() && elements > device->bytesAvailable() / bytesPerElement)
        fail(QStringLiteral("the data is truncated (while reading %1)").arg(what));
}

} // namespace streamml::model::learners
