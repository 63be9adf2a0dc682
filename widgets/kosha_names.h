#pragma once
// Names of koshas and agents as the views show them.

#include <QString>

namespace omega::widgets {

// Child name without its parent's name in front ("team3.p2.d4" under "team3.p2" shows "d4").
// The name is kept whole when it does not start with the parent's name and a separator.
QString stripParent(const QString& name, const QString& parent);

} // namespace omega::widgets
