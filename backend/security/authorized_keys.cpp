#include "security/authorized_keys.h"

#include "security/curve_keys.h"

#include <QCoreApplication>
#include <QFile>
#include <vector>

namespace omega::security {

namespace {
constexpr qint64 kMaxListBytes = 4 * 1024 * 1024;   // ~50k keys; refuse a file that is not a key list
constexpr int kMaxCommentChars = 120;
} // namespace

const char* roleName(KeyRole role) { return role == KeyRole::Operator ? "operator" : "observer"; }

bool AuthorizedKeys::load(const QString& path, KeyRole role, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("omega::security", "cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxListBytes) {
        if (error)
            *error = QCoreApplication::translate("omega::security", "%1 is too large for a key list").arg(path);
        return false;
    }
    std::vector<std::pair<std::string, QString>> found;
    int lineNo = 0;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        ++lineNo;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype space = line.indexOf(' ');
        const QByteArray first = space < 0 ? line : line.left(space);
        // 32 bytes in Z85 never start with '#' (the first digit is below 83), so '#' marks a comment.
        if (isZ85Key(first.toStdString())) {
            const QString comment = space < 0 ? QString() : QString::fromUtf8(line.mid(space + 1)).simplified().left(kMaxCommentChars);
            found.emplace_back(first.toStdString(), comment);
        } else if (!line.startsWith('#')) {
            if (error)
                *error = QCoreApplication::translate("omega::security", "%1 line %2: not a 40-character Z85 public key").arg(path).arg(lineNo);
            return false;
        }
    }
    for (const auto& [key, comment] : found)
        add(key, role, comment);
    return true;
}

void AuthorizedKeys::add(const std::string& publicKey, KeyRole role, const QString& comment)
{
    auto [it, inserted] = m_keys.try_emplace(publicKey, AuthorizedKey{role, comment});
    if (!inserted && role == KeyRole::Operator) {
        it->second.role = KeyRole::Operator;
        if (!comment.isEmpty())
            it->second.comment = comment;
    }
}

std::optional<AuthorizedKey> AuthorizedKeys::find(const std::string& publicKey) const
{
    const auto it = m_keys.find(publicKey);
    if (it == m_keys.end())
        return std::nullopt;
    return it->second;
}

std::string userIdFor(const AuthorizedKey& key)
{
    std::string id = roleName(key.role);
    if (!key.comment.isEmpty())
        id += ':' + key.comment.toStdString();
    return id;
}

std::optional<KeyRole> roleOfUserId(std::string_view userId)
{
    const std::string_view role = userId.substr(0, userId.find(':'));
    if (role == roleName(KeyRole::Operator))
        return KeyRole::Operator;
    if (role == roleName(KeyRole::Observer))
        return KeyRole::Observer;
    return std::nullopt;
}

} // namespace omega::security
