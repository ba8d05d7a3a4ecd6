#include "model/prep/stream_format.h"

#include "model/core/error.h"

namespace streamml::model::prep {

using core::Error;

void writeHeader(QDataStream &out, const QString &tag, quint32 version)
{
    out << tag << version;
}

quint32 readHeader(QDataStream &in, const QString &tag, quint32 version)
{
    QString found;
    quint32 foundVersion = 0;
    in >> found >> foundVersion;
    checkStream(in, tag);
    if (found != tag)
        throw Error::model(QStringLiteral("expected saved %1 data, found \"%2\"").arg(tag, found.left(40)));
    if (foundVersion == 0 || foundVersion > version)
        throw Error::model(QStringLiteral("saved %1 data has format version %2; this program reads up to %3")
                               .arg(tag)
                               .arg(foundVersion)
                               .arg(version));
    return foundVersion;
}

void checkStream(const QDataStream &in, const QString &what)
{
    if (in.status() != QDataStream::Ok)
        throw Error::model(QStringLiteral("cannot read the saved %1: the data is truncated or corrupted").arg(what));
}

} // namespace streamml::model::prep
