#pragma once

#include <Eigen/Dense>
#include <QDataStream>
#include <QJsonObject>
#include <QString>

namespace streamml::model::learners {

/// Writes the tag, family and format version that open a saved learner.
void writeLearnerHeader(QDataStream &out, const QString &family, quint32 version);
/// Reads and checks a header written by writeLearnerHeader; throws Error::model when the data is not a
/// saved learner, holds another family, has a newer format, or ends early.
void readLearnerHeader(QDataStream &in, const QString &family, quint32 version);

void writeMatrix(QDataStream &out, const Eigen::MatrixXd &matrix);
/// Reads a matrix written by writeMatrix; throws Error::model naming `family` when the stream ends
/// early or the sizes are implausible.
Eigen::MatrixXd readMatrix(QDataStream &in, const QString &family);
Eigen::VectorXd readVector(QDataStream &in, const QString &family);

void writeJson(QDataStream &out, const QJsonObject &json);
QJsonObject readJson(QDataStream &in, const QString &family);

/// Throws Error::model naming `family` when the stream ran past its end or holds corrupt data.
void checkLearnerStream(const QDataStream &in, const QString &family);

} // namespace streamml::model::learners
