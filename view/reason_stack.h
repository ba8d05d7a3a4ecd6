#pragma once

#include <QStackedWidget>

class QLabel;

namespace streamml::view {

/// A panel's content, or in its place one line saying why there is none for this model.
class ReasonStack : public QStackedWidget
{
    Q_OBJECT
public:
    ReasonStack(QWidget *content, const QString &objectName, QWidget *parent = nullptr);

    void showContent();
    void showReason(const QString &reason);
    bool showsReason() const;
    QString reason() const;

private:
    QWidget *m_content;
    QLabel *m_reason;
};

} // namespace streamml::view
