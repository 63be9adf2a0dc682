#include "app/key_options.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cstdio>

namespace omega::app {

int generateKeyFile(const char* program, const QString& path)
{
    if (!security::curveAvailable()) {
        std::fprintf(stderr, "%s: this libzmq has no CURVE support\n", program);
        return 1;
    }
    const security::CurveKeyPair keys = security::generateKeyPair();
    QString error;
    if (!security::writeKeyFile(path, keys, &error)) {
        std::fprintf(stderr, "%s: %s\n", program, qPrintable(error));
        return 1;
    }
    std::printf("%s\n", keys.publicKey.c_str());
    std::fprintf(stderr, "%s: secret key written to %s (mode 0600); the line above is its public key\n", program,
                 qPrintable(path));
    return 0;
}

bool isLocalOnlyEndpoint(const std::string& endpoint)
{
    const QString e = QString::fromStdString(endpoint);
    if (e.startsWith(QLatin1String("ipc://")) || e.startsWith(QLatin1String("inproc://")))
        return true;
    static const QRegularExpression loopback(QStringLiteral("^tcp://(127\\.\\d+\\.\\d+\\.\\d+|localhost|\\[::1\\]):"));
    return loopback.match(e).hasMatch();
}

std::optional<ServerSecurity> serverSecurity(const QString& serverKeyFile, const QStringList& operatorFiles,
                                             const QStringList& observerFiles, bool insecure,
                                             const std::string& controlEndpoint, QString* error)
{
    ServerSecurity out;
    const bool anyKeyOption = !serverKeyFile.isEmpty() || !operatorFiles.isEmpty() || !observerFiles.isEmpty();
    if (insecure) {
        if (anyKeyOption) {
            *error = QCoreApplication::translate("main", "--insecure-control contradicts --server-key / --authorized-keys / --observer-keys");
            return std::nullopt;
        }
        if (!isLocalOnlyEndpoint(controlEndpoint)) {
            *error = QCoreApplication::translate("main", "plaintext control may only bind a loopback, ipc:// or inproc:// endpoint (got %1); "
                        "use --server-key and --authorized-keys for anything else")
                         .arg(QString::fromStdString(controlEndpoint));
            return std::nullopt;
        }
        return out;
    }
    if (serverKeyFile.isEmpty()) {
        *error = QCoreApplication::translate("main", "the control channel needs keys: --server-key FILE --authorized-keys FILE (make keys with --gen-key), "
                    "or --insecure-control to let anyone who reaches the port change the configuration");
        return std::nullopt;
    }
    out.serverKeys = security::readKeyFile(serverKeyFile, error);
    if (!out.serverKeys)
        return std::nullopt;
    for (const QString& file : operatorFiles)
        if (!out.keys.load(file, security::KeyRole::Operator, error))
            return std::nullopt;
    const std::size_t operators = out.keys.size();
    for (const QString& file : observerFiles)
        if (!out.keys.load(file, security::KeyRole::Observer, error))
            return std::nullopt;
    out.operators = operators;
    out.observers = out.keys.size() - operators;
    if (out.keys.size() == 0) {
        *error = QCoreApplication::translate("main", "no client key is authorised: give --authorized-keys FILE (operators) or --observer-keys FILE");
        return std::nullopt;
    }
    return out;
}

std::optional<security::CurveClient> clientSecurity(const QString& identityFile, const QString& serverPublicKey,
                                                    QString* error)
{
    if (identityFile.isEmpty() != serverPublicKey.isEmpty()) {
        *error = QCoreApplication::translate("main", "--identity and --server-public-key go together (our key pair, and the key the server proves)");
        return std::nullopt;
    }
    security::CurveClient client;
    if (identityFile.isEmpty())
        return client;
    const auto own = security::readKeyFile(identityFile, error);
    if (!own)
        return std::nullopt;
    const auto server = security::readPublicKey(serverPublicKey, error);
    if (!server)
        return std::nullopt;
    client.own = *own;
    client.serverPublicKey = *server;
    return client;
}

} // namespace omega::app
