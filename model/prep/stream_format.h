#pragma once

#include <QDataStream>
#include <QString>

namespace streamml::model::prep {

/// Writes the tag and format version that open a saved preparation object.
void writeHeader(QDataStream &out, const QString &tag, quint32 version);
/// Reads and checks a header written by writeHeader; throws Error::model when the tag differs, the
/// version is newer than `version`, or the stream ends early. Returns the version read.
quint32 readHeader(QDataStream &in, const QString &tag, quint32 version);
/// Throws Error::model naming `what` when the stream ran past its end or holds corrupt data.
void checkStream(const QDataStream &in, const QString &what);

} // namespace streamml::model::prep
