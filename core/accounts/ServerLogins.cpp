#include "accounts/ServerLogins.h"

#include "accounts/Accounts.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ServerLogins)
};

constexpr int kScramIterations = 4096; // the server's own default (scram_iterations)
constexpr int kScramSaltBytes = 16;

// SASLprep (RFC 4013) as far as passwords people type need it: libpq
// prepares the password it sends so, and the verifier must match. Spaces of
// other kinds become plain spaces, what maps to nothing goes, and NFKC.
QByteArray preparedPassword(const QString& password)
{
    QString mapped;
    mapped.reserve(password.size());
    for (const QChar c : password) {
        const char16_t u = c.unicode();
        if (u == 0x00AD || u == 0x034F || u == 0x1806 || u == 0x180B || u == 0x180C ||
            u == 0x180D || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 ||
            (u >= 0xFE00 && u <= 0xFE0F) || u == 0xFEFF)
            continue;
        mapped.append(c.category() == QChar::Separator_Space ? QChar(u' ') : c);
    }
    return mapped.normalized(QString::NormalizationForm_KC).toUtf8();
}

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256, one block (SCRAM's "Hi" of RFC 5802).
QByteArray saltedPassword(const QByteArray& password, const QByteArray& salt, int iterations)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    mac.addData(salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray u = mac.result();
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (qsizetype b = 0; b < result.size(); ++b)
            result[b] = char(result.at(b) ^ u.at(b));
    }
    return result;
}

} // namespace

QString scramVerifier(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray salted = saltedPassword(preparedPassword(password), salt, iterations);
    const QByteArray storedKey =
        QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

QString scramVerifier(const QString& password)
{
    QByteArray salt(kScramSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()),
                                          kScramSaltBytes / sizeof(quint32));
    return scramVerifier(password, salt, kScramIterations);
}

// The server's names are at most 63 bytes, and a login role's name is the
// database's name and the login: refused here with a message rather than
// refused by the server in its own words.
static Status checkRoleName(const QSqlDatabase& db, const QString& login)
{
    const QString role = serverLoginRole(db.databaseName(), login);
    if (role.toUtf8().size() <= kMaxServerRoleBytes)
        return Status::success();
    return makeError(ErrorKind::Invalid,
                     Tr::tr("The login %1 is too long for this server database: with the "
                            "database's name (%2) it may have at most %3 letters of the Latin "
                            "alphabet. Choose a shorter login.")
                         .arg(login, db.databaseName())
                         .arg(kMaxServerRoleBytes - 1 - db.databaseName().toUtf8().size()));
}

Status setServerLogin(QSqlDatabase& db, const QString& login, const QString& password, bool enabled)
{
    if (Status s = checkRoleName(db, login); !s)
        return s;
    return sql::exec(
        db, u"SELECT kartoteka_set_login(?, ?, ?)"_s,
        {login, password.isEmpty() ? QVariant() : QVariant(scramVerifier(password)), enabled});
}

Status renameServerLogin(QSqlDatabase& db, const QString& from, const QString& to)
{
    if (Status s = checkRoleName(db, to); !s)
        return s;
    return sql::exec(db, u"SELECT kartoteka_rename_login(?, ?)"_s, {from, to});
}

Status checkServerPassword(const Database& db, const QString& login, const QString& password)
{
    OpenOptions options = serverSignInOptions(db.reopenOptions(), login, password);
    Result<ServerAddress> address = parseServerAddress(options.path);
    if (!address)
        return address.error();
    sql::Connection probe(*address, serverLoginRole(address->database, options.serverLogin),
                          password);
    if (probe.open())
        return Status::success();
    // The server answers db's own connection: a refusal here is the password's.
    return makeError(ErrorKind::SignInFailed, Tr::tr("Wrong login or password."),
                     probe.db().lastError().text());
}

OpenOptions serverSignInOptions(OpenOptions options, const QString& login, const QString& password)
{
    options.serverLogin = foldedLogin(login);
    options.serverPassword = password;
    return options;
}

} // namespace kartoteka
