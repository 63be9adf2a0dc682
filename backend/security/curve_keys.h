#pragma once
// CURVE key pairs and the files that hold them, in the manner of SSH: a secret key file readable by
// its owner only (like ~/.ssh/id_*), public keys passed around as 40-character Z85 text.

#include <QString>
#include <optional>
#include <string>
#include <string_view>

namespace zmq { class socket_t; }

namespace omega::security {

struct CurveKeyPair {
    std::string publicKey;   // Z85, 40 characters
    std::string secretKey;   // Z85, 40 characters
};

// True when libzmq was built with CURVE (Debian's is).
bool curveAvailable();
CurveKeyPair generateKeyPair();
// A 40-character Z85 string that decodes to 32 bytes.
bool isZ85Key(std::string_view text);
// The public key that belongs to a secret key (empty if the secret is not a key).
std::string publicKeyOf(std::string_view secretKey);

// Writes a new key file with mode 0600; refuses to overwrite an existing file.
bool writeKeyFile(const QString& path, const CurveKeyPair& keys, QString* error);
// Reads a key file written by writeKeyFile. Refuses a file that others may read, and one whose
// public key does not belong to its secret key.
std::optional<CurveKeyPair> readKeyFile(const QString& path, QString* error);
// A Z85 public key given on the command line, or a file holding one: a key file's public-key line,
// or the first key in the file.
std::optional<std::string> readPublicKey(const QString& keyOrFile, QString* error);

// The client side of a CURVE connection: our key pair and the server's public key.
struct CurveClient {
    CurveKeyPair own;
    std::string serverPublicKey;
    bool enabled() const { return !serverPublicKey.empty(); }
};
// Makes `socket` a CURVE client (before connect). Does nothing when `client` is not enabled.
void applyCurveClient(zmq::socket_t& socket, const CurveClient& client);
// Makes `socket` a CURVE server (before bind); `zapDomain` names the allow-list the ZAP handler uses.
void applyCurveServer(zmq::socket_t& socket, const CurveKeyPair& serverKeys, const std::string& zapDomain);

} // namespace omega::security
