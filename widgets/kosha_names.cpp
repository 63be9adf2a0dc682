#include "widgets/kosha_names.h"

namespace omega::widgets {

QString stripParent(const QString& name, const QString& parent)
{
    if (parent.isEmpty() || name.size() <= parent.size() + 1 || !name.startsWith(parent))
        return name;
    const QChar sep = name.at(parent.size());
    if (sep == QLatin1Char('.') || sep == QLatin1Char('/') || sep == QLatin1Char(':') || sep == QLatin1Char('-')
        || sep == QLatin1Char('_') || sep == QLatin1Char(' '))
        return name.mid(parent.size() + 1);
    return name;
}

} // namespace omega::widgets
