#pragma once
// Checks a ZeroMQ endpoint the workbench is told to connect to, so a typo fails at start with a
// message instead of leaving the link "connecting" forever.

#include <QString>
#include <string_view>

namespace omega::transport {

// tcp://HOST:PORT (PORT 1..65535; HOST a name, an IPv4 address or [IPv6]), ipc://PATH or
// inproc://NAME. False with *why set otherwise.
bool isConnectableEndpoint(std::string_view endpoint, QString* why);

} // namespace omega::transport
