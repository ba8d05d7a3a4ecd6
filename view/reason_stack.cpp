#include "view/reason_stack.h"

#include <QLabel>

namespace streamml::view {

ReasonStack::ReasonStack(QWidget *content, const QString &objectName, QWidget *parent)
    : QStackedWidget(parent)
    , m_content(content)
    , m_reason(new QLabel(this))
{
    setObjectName(objectName);
    m_reason->setObjectName(objectName + QStringLiteral("Reason"));
    m_reason->setAlignment(Qt::AlignCenter);
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color: #6e6e6e;"));
    addWidget(m_content);
    addWidget(m_reason);
}

void ReasonStack::showContent()
{
    setCurrentWidget(m_content);
}

void ReasonStack::showReason(const QString &reason)
{
    m_reason->setText(reason);
    setCurrentWidget(m_reason);
}

bool ReasonStack::showsReason() const
{
    return currentWidget() == m_reason;
}

QString ReasonStack::reason() const
{
    return showsReason() ? m_reason->text() : QString();
}

} // namespace streamml::view
