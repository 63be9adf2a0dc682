#pragma once
// The allow-list of client public keys, SSH authorized_keys style: one Z85 key per line, optionally
// followed by a comment naming its owner; lines starting with '#' are comments. Operators may change
// the configuration; observers may only read (topology, scenario, configuration).

#include <QString>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace omega::security {

enum class KeyRole : std::uint8_t { Observer, Operator };
const char* roleName(KeyRole role);   // "observer", "operator"

struct AuthorizedKey {
    KeyRole role = KeyRole::Observer;
    QString comment;   // who holds it, from the file
};

class AuthorizedKeys {
public:
    // Adds every key of `path` with `role`. False with *error naming the line when a line is neither
    // a key nor a comment (nothing of that file is added then).
    bool load(const QString& path, KeyRole role, QString* error);
    // An operator key listed again as observer stays operator: the stronger grant wins.
    void add(const std::string& publicKey, KeyRole role, const QString& comment = {});
    std::optional<AuthorizedKey> find(const std::string& publicKey) const;
    std::size_t size() const { return m_keys.size(); }

private:
    std::unordered_map<std::string, AuthorizedKey> m_keys;
};

// The ZAP user id a server sees on every message of an authenticated peer: "operator:alice".
std::string userIdFor(const AuthorizedKey& key);
// The role in such a user id; nothing for an unknown or empty one.
std::optional<KeyRole> roleOfUserId(std::string_view userId);

} // namespace omega::security
