#include "security/curve_keys.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <zmq.hpp>

#include <array>

namespace omega::security {

namespace {
constexpr std::size_t kZ85KeyChars = 40;
constexpr auto kPublicTag = "public-key";
constexpr auto kSecretTag = "secret-key";
constexpr qint64 kMaxKeyFileBytes = 64 * 1024;   // a key file is a few lines; refuse anything else

std::optional<QByteArray> readSmallFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("omega::security", "cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxKeyFileBytes) {
        if (error)
            *error = QCoreApplication::translate("omega::security", "%1 is too large to be a key file").arg(path);
        return std::nullopt;
    }
    return file.readAll();
}
} // namespace

bool curveAvailable() { return zmq_has("curve") != 0; }

CurveKeyPair generateKeyPair()
{
    std::array<char, kZ85KeyChars + 1> pub{}, sec{};
    if (zmq_curve_keypair(pub.data(), sec.data()) != 0)
        return {};
    return {std::string(pub.data()), std::string(sec.data())};
}

bool isZ85Key(std::string_view text)
{
    if (text.size() != kZ85KeyChars)
        return false;
    const std::string copy(text);
    std::array<std::uint8_t, 32> raw{};
    return zmq_z85_decode(raw.data(), copy.c_str()) != nullptr;
}

std::string publicKeyOf(std::string_view secretKey)
{
    if (!isZ85Key(secretKey))
        return {};
    const std::string secret(secretKey);
    std::array<char, kZ85KeyChars + 1> pub{};
    if (zmq_curve_public(pub.data(), secret.c_str()) != 0)
        return {};
    return std::string(pub.data());
}

bool writeKeyFile(const QString& path, const CurveKeyPair& keys, QString* error)
{
    if (!isZ85Key(keys.publicKey) || publicKeyOf(keys.secretKey) != keys.publicKey) {
        if (error)
            *error = QCoreApplication::translate("omega::security", "not a CURVE key pair");
        return false;
    }
    QFile file(path);
    // NewOnly: like ssh-keygen, never overwrite a key someone may depend on.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = QFileInfo::exists(path) ? QCoreApplication::translate("omega::security", "%1 exists; remove it first to make a new key").arg(path)
                                             : QCoreApplication::translate("omega::security", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray text = QByteArrayLiteral("# Omega CURVE key pair. Keep this file secret (mode 0600); share only the public key.\n")
                          + kPublicTag + ' ' + QByteArray::fromStdString(keys.publicKey) + '\n'
                          + kSecretTag + ' ' + QByteArray::fromStdString(keys.secretKey) + '\n';
    if (file.write(text) != text.size() || !file.flush()) {
        if (error)
            *error = QCoreApplication::translate("omega::security", "cannot write %1: %2").arg(path, file.errorString());
        file.remove();
        return false;
    }
    return true;
}

std::optional<CurveKeyPair> readKeyFile(const QString& path, QString* error)
{
    const QFileDevice::Permissions open = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                        | QFileDevice::WriteOther;
    if (QFileInfo::exists(path) && (QFile::permissions(path) & open)) {
        if (error)
            *error = QCoreApplication::translate("omega::security", "%1 holds a secret key but others may read it; run: chmod 600 %1").arg(path);
        return std::nullopt;
    }
    const auto text = readSmallFile(path, error);
    if (!text)
        return std::nullopt;
    CurveKeyPair keys;
    for (const QByteArray& raw : text->split('\n')) {
        const QList<QByteArray> words = raw.simplified().split(' ');
        if (words.size() != 2)
            continue;
        if (words[0] == kPublicTag)
            keys.publicKey = words[1].toStdString();
        else if (words[0] == kSecretTag)
            keys.secretKey = words[1].toStdString();
    }
    if (!isZ85Key(keys.secretKey)) {
        if (error)
            *error = QCoreApplication::translate("omega::security", "%1 is not a key file (no valid secret-key line)").arg(path);
        return std::nullopt;
    }
    if (publicKeyOf(keys.secretKey) != keys.publicKey) {
        if (error)
            *error = QCoreApplication::translate("omega::security", "%1: the public key does not belong to the secret key").arg(path);
        return std::nullopt;
    }
    return keys;
}

std::optional<std::string> readPublicKey(const QString& keyOrFile, QString* error)
{
    const std::string direct = keyOrFile.trimmed().toStdString();
    if (isZ85Key(direct))
        return direct;
    QString readError;
    const auto text = readSmallFile(keyOrFile, &readError);
    if (!text) {
        if (error)
            *error = QCoreApplication::translate("omega::security", "%1 is neither a 40-character Z85 public key nor a readable file (%2)").arg(keyOrFile, readError);
        return std::nullopt;
    }
    for (const QByteArray& raw : text->split('\n')) {
        const QList<QByteArray> words = raw.simplified().split(' ');
        const QByteArray& candidate = words.size() >= 2 && words[0] == kPublicTag ? words[1] : words[0];
        if (words[0] == kSecretTag)
            continue;   // a key file: its public line names the key
        if (isZ85Key(candidate.toStdString()))
            return candidate.toStdString();
    }
    if (error)
        *error = QCoreApplication::translate("omega::security", "%1 holds no Z85 public key").arg(keyOrFile);
    return std::nullopt;
}

void applyCurveClient(zmq::socket_t& socket, const CurveClient& client)
{
    if (!client.enabled())
        return;
    socket.set(zmq::sockopt::curve_serverkey, client.serverPublicKey);
    socket.set(zmq::sockopt::curve_publickey, client.own.publicKey);
    socket.set(zmq::sockopt::curve_secretkey, client.own.secretKey);
}

void applyCurveServer(zmq::socket_t& socket, const CurveKeyPair& serverKeys, const std::string& zapDomain)
{
    socket.set(zmq::sockopt::curve_server, true);
    socket.set(zmq::sockopt::curve_secretkey, serverKeys.secretKey);
    socket.set(zmq::sockopt::zap_domain, zapDomain);
}

} // namespace omega::security
