#include "transport/endpoint.h"

#include <charconv>

namespace omega::transport {

namespace {
bool fail(QString* why, const QString& text)
{
    if (why)
        *why = text;
    return false;
}
} // namespace

bool isConnectableEndpoint(std::string_view endpoint, QString* why)
{
    const QString shown = QString::fromUtf8(endpoint.data(), static_cast<qsizetype>(endpoint.size()));
    const auto sep = endpoint.find("://");
    if (sep == std::string_view::npos)
        return fail(why, QStringLiteral("'%1' is not an endpoint (expected tcp://HOST:PORT, ipc://PATH or inproc://NAME)").arg(shown));
    const std::string_view scheme = endpoint.substr(0, sep);
    const std::string_view rest = endpoint.substr(sep + 3);
    if (scheme == "ipc" || scheme == "inproc") {
        if (rest.empty())
            return fail(why, QStringLiteral("'%1' names no %2 address").arg(shown, QString::fromLatin1(scheme.data(), qsizetype(scheme.size()))));
        return true;
    }
    if (scheme != "tcp")
        return fail(why, QStringLiteral("'%1': unsupported transport (expected tcp, ipc or inproc)").arg(shown));
    const auto colon = rest.rfind(':');
    if (colon == std::string_view::npos)
        return fail(why, QStringLiteral("'%1' has no port (expected tcp://HOST:PORT)").arg(shown));
    const std::string_view host = rest.substr(0, colon);
    const std::string_view port = rest.substr(colon + 1);
    if (host.empty() || host == "*")
        return fail(why, QStringLiteral("'%1' has no host to connect to").arg(shown));
    if (host.front() == '[' ? host.back() != ']' || host.size() < 3 : host.find(':') != std::string_view::npos)
        return fail(why, QStringLiteral("'%1': an IPv6 host is written in brackets, e.g. tcp://[::1]:5556").arg(shown));
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (port.empty() || ec != std::errc() || end != port.data() + port.size() || value < 1 || value > 65535)
        return fail(why, QStringLiteral("'%1': port '%2' is not a number from 1 to 65535")
                             .arg(shown, QString::fromUtf8(port.data(), qsizetype(port.size()))));
    return true;
}

} // namespace omega::transport
