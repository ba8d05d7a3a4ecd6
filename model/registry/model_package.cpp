#include "model/registry/model_package.h"

#include "model/core/error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace streamml::model::registry {

using core::Error;

namespace {
const QByteArray magic = QByteArrayLiteral("STREAMML-MODEL\n");
constexpr qsizetype digestBytes = 32;
} // namespace

QByteArray ModelPackage::encode(const TrainedModel &model, const QJsonObject &metadata)
{
    QByteArray bytes = magic;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly | QIODevice::Append);
        out.setVersion(QDataStream::Qt_6_4);
        out << formatVersion << QJsonDocument(metadata).toJson(QJsonDocument::Compact);
        model.save(out);
    }
    return bytes + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

ModelPackage::Contents ModelPackage::decode(const QByteArray &bytes, const QString &name)
{
    if (!bytes.startsWith(magic))
        throw Error::model(QStringLiteral("%1 is not a StreamML model package").arg(name));
    if (bytes.size() < magic.size() + digestBytes + 8)
        throw Error::model(QStringLiteral("%1 is truncated").arg(name));
    const QByteArray body = bytes.left(bytes.size() - digestBytes);
    QDataStream in(body);
    in.setVersion(QDataStream::Qt_6_4);
    in.skipRawData(int(magic.size()));
    quint32 format = 0;
    in >> format;
    if (format > formatVersion)
        throw Error::model(QStringLiteral("%1 was written in package format %2 by a newer StreamML; this one reads up to %3")
                               .arg(name).arg(format).arg(formatVersion));
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha256) != bytes.right(digestBytes))
        throw Error::model(QStringLiteral("%1 is damaged or truncated: its checksum does not match its content").arg(name));
    QByteArray metadata;
    in >> metadata;
    Contents contents;
    contents.metadata = QJsonDocument::fromJson(metadata).object();
    try {
        contents.model.load(in);
    } catch (const Error &error) {
        throw Error::model(QStringLiteral("%1: %2").arg(name, error.message()));
    }
    return contents;
}

QPair<QString, qint64> ModelPackage::write(const QString &path, const TrainedModel &model, const QJsonObject &metadata)
{
    const QByteArray bytes = encode(model, metadata);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error::store(QStringLiteral("cannot write the model package %1: %2").arg(path, file.errorString()));
    return {QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()), bytes.size()};
}

ModelPackage::Contents ModelPackage::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::model(QStringLiteral("cannot open the model package %1: %2").arg(path, file.errorString()));
    return decode(file.readAll(), path);
}

QJsonObject ModelPackage::describe(const Contents &contents)
{
    QJsonObject result = contents.metadata;
    result.insert(QStringLiteral("preparation"), contents.model.preprocessor().describe());
    result.insert(QStringLiteral("design_columns"), QJsonArray::fromStringList(contents.model.designNames()));
    result.insert(QStringLiteral("classes"), QJsonArray::fromStringList(contents.model.targetEncoder().classLabels()));
    result.insert(QStringLiteral("learner"), contents.model.learner().describe());
    return result;
}

} // namespace streamml::model::registry
