#pragma once
// The CURVE options both programs share: --gen-key, and the checks that turn the key options into
// a configuration or a clear refusal (exit 2).

#include "security/authorized_keys.h"
#include "security/curve_keys.h"

#include <QString>
#include <optional>

class QCommandLineParser;

namespace omega::app {

// --gen-key FILE: writes a new key pair (mode 0600) and prints its public key. The exit code.
int generateKeyFile(const char* program, const QString& path);

// Plaintext control only where no one else can reach it: loopback TCP, ipc:// or inproc://.
bool isLocalOnlyEndpoint(const std::string& endpoint);

// The simulator's side: --server-key FILE with --authorized-keys / --observer-keys FILE, or
// --insecure-control. Nothing with *error set when the options contradict or a file is bad.
struct ServerSecurity {
    std::optional<security::CurveKeyPair> serverKeys;   // empty: plaintext (--insecure-control)
    security::AuthorizedKeys keys;
    std::size_t operators = 0, observers = 0;
};
std::optional<ServerSecurity> serverSecurity(const QString& serverKeyFile, const QStringList& operatorFiles,
                                             const QStringList& observerFiles, bool insecure,
                                             const std::string& controlEndpoint, QString* error);

// The workbench's side: --identity FILE with --server-public-key KEY|FILE. Nothing with *error set
// when only one is given or a file is bad; a disabled client when neither is.
std::optional<security::CurveClient> clientSecurity(const QString& identityFile, const QString& serverPublicKey,
                                                    QString* error);

} // namespace omega::app
