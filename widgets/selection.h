#pragma once
// What the engineer has selected (fleet, a team, a prime or domain kosha, or an agent), shared by
// every view so that selecting in one selects in all.

#include <QMetaType>
#include <QObject>

namespace omega::widgets {

struct Scope {
    enum class Kind : quint8 { Fleet, Team, Prime, Domain, Agent };
    Kind kind = Kind::Fleet;
    int index = -1;   // into the topology's list for that kind; -1 for Fleet
    bool operator==(const Scope&) const = default;
    static Scope fleet() { return {}; }
};

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
    void changed(const omega::widgets::Scope& scope);

private:
    Scope m_current;
};

} // namespace omega::widgets

Q_DECLARE_METATYPE(omega::widgets::Scope)
