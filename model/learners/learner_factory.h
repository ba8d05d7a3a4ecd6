#pragma once

#include "model/learners/learner.h"

#include <QStringList>

namespace streamml::model::learners {

/// Creates learners by the family names settings.ini uses, and reads saved learners back.
class LearnerFactory
{
public:
    /// The families that can learn a task.
    static QStringList families(Task task);
    /// A new learner of the family; the task (and, for classifiers, the class count) are set here, so
    /// `hyperparameters` holds only the family's own keys. Throws Error::settings for an unknown family,
    /// a family that cannot learn the task, or a bad hyper-parameter.
    static std::unique_ptr<Learner> create(const QString &family, Task task, int classCount, QJsonObject hyperparameters);
    /// Writes the family name, the task, the class count and the learner's state.
    static void save(const Learner &learner, QDataStream &out);
    /// Reads what save() wrote; throws Error::model on an unknown family or damaged data.
    static std::unique_ptr<Learner> load(QDataStream &in);
};

} // namespace streamml::model::learners
