#include "accounts/Passwords.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Passwords)
};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The password's bytes, wiped when they go out of scope.
class SecretBytes
{
public:
    explicit SecretBytes(const QString& text) : m_bytes(text.toUtf8()) {}
    ~SecretBytes() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

Status checkNewPassword(const QString& password)
{
    if (password.size() < kMinPasswordLength)
        return makeError(ErrorKind::Invalid, Tr::tr("A password needs at least %n character(s).",
                                                    nullptr, kMinPasswordLength));
    if (password.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("A password cannot be only spaces."));
    return Status::success();
}

Result<QString> hashPassword(const QString& password)
{
    if (!sodiumReady())
        return makeError(ErrorKind::Failed, Tr::tr("The cryptography library could not start."));
    const SecretBytes secret(password);
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, secret.data(), secret.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return makeError(ErrorKind::Failed,
                         Tr::tr("There is not enough memory to protect the password."));
    return QString::fromLatin1(hash);
}

bool verifyPassword(const QString& hash, const QString& password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const SecretBytes secret(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

void spendVerificationTime(const QString& password)
{
    static const QString dummy = [] {
        Result<QString> hash = hashPassword(u"not anyone's password"_s);
        return hash ? *hash : QString();
    }();
    (void)verifyPassword(dummy, password);
}

QString temporaryPassword()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr uint32_t count = sizeof(alphabet) - 1;
    (void)sodiumReady();
    QString password;
    for (int i = 0; i < 10; ++i)
        password.append(QLatin1Char(alphabet[randombytes_uniform(count)]));
    return password;
}

} // namespace kartoteka
