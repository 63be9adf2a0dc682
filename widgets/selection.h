#pragma once
// What the engineer has selected (fleet, a team, a prime or domain kosha, or an agent), shared by
// every view so that selecting in one selects in all.

#include "model/scope.h"

#include <QMetaType>
#include <QObject>

namespace omega::widgets {

using Scope = model::Scope;   // views select teams, koshas and agents (pools are not selectable)

class SelectionModel : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    Scope current() const { return m_current; }
    void select(const Scope& scope)
    {
        if (scope == m_current)
            return;
        m_current = scope;
        emit changed(scope);
    }

signals:
    void changed(const omega::model::Scope& scope);

private:
    Scope m_current;
};

} // namespace omega::widgets

Q_DECLARE_METATYPE(omega::model::Scope)
