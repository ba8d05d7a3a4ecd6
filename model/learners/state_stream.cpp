#include "model/learners/state_stream.h"

#include "model/core/error.h"

#include <QIODevice>
#include <QJsonDocument>
#include <algorithm>

namespace streamml::model::learners {

namespace {

constexpr quint32 kMagic = 0x534d4c53; // "SMLS": a StreamML learner state

} // namespace

void StateStream::writeHeader(QDataStream &out, const QString &family, quint32 version)
{
    out << kMagic << family << version;
}

quint32 StateStream::readHeader(QDataStream &in, const QString &family, quint32 newestVersion)
{
    quint32 magic = 0;
    QString storedFamily;
    quint32 version = 0;
    in >> magic >> storedFamily >> version;
    check(in, QStringLiteral("header"));
    if (magic != kMagic)
        throw core::Error::model(QStringLiteral("%1: the data is not a saved learner state").arg(family));
    if (storedFamily != family)
        throw core::Error::model(QStringLiteral("%1: the saved state belongs to \"%2\"").arg(family, storedFamily));
    if (version == 0 || version > newestVersion)
        throw core::Error::model(QStringLiteral("%1: saved state format %2 is not supported (newest known is %3)")
                                     .arg(family)
                                     .arg(version)
                                     .arg(newestVersion));
    return version;
}

void StateStream::check(const QDataStream &in, const QString &what)
{
    if (in.status() != QDataStream::Ok)
        throw core::Error::model(QStringLiteral("saved learner state is truncated or corrupt (while reading %1)").arg(what));
}

void StateStream::writeJson(QDataStream &out, const QJsonObject &json)
{
    out << QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QJsonObject StateStream::readJson(QDataStream &in, const QString &what)
{
    QByteArray bytes;
    in >> bytes;
    check(in, what);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw core::Error::model(QStringLiteral("saved learner state is corrupt (%1 is not a JSON object)").arg(what));
    return document.object();
}

void StateStream::writeDoubles(QDataStream &out, const std::vector<double> &values)
{
    out << qint64(values.size());
    for (double value : values)
        out << value;
}

std::vector<double> StateStream::readDoubles(QDataStream &in, const QString &what)
{
    const qint64 count = readCount(in, sizeof(double), what);
    std::vector<double> values;
    values.reserve(size_t(std::min<qint64>(count, 1 << 20)));
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        double value = 0;
        in >> value;
        values.push_back(value);
    }
    check(in, what);
    return values;
}

void StateStream::writeIntegers(QDataStream &out, const std::vector<qint64> &values)
{
    out << qint64(values.size());
    for (qint64 value : values)
        out << value;
}

std::vector<qint64> StateStream::readIntegers(QDataStream &in, const QString &what)
{
    const qint64 count = readCount(in, sizeof(qint64), what);
    std::vector<qint64> values;
    values.reserve(size_t(std::min<qint64>(count, 1 << 20)));
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        qint64 value = 0;
        in >> value;
        values.push_back(value);
    }
    check(in, what);
    return values;
}

qint64 StateStream::readCount(QDataStream &in, qint64 bytesPerElement, const QString &what)
{
    qint64 count = -1;
    in >> count;
    check(in, what);
    const QIODevice *device = in.device();
    // A corrupt count must not allocate more than the data can hold.
    const bool tooMany = device && !device->isSequential() && count > device->bytesAvailable() / bytesPerElement;
    if (count < 0 || tooMany)
        throw core::Error::model(QStringLiteral("saved learner state is truncated or corrupt (bad size of %1)").arg(what));
    return count;
}

} // namespace streamml::model::learners
