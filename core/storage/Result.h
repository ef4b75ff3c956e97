#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace kartoteka {

// What went wrong, coarse enough for callers to react (retry on Busy, show both
// versions on Conflict) and with a message a person can act on.
enum class ErrorKind
{
    Failed,
    Invalid,
    NotFound,
    Conflict,
    Busy,
    DiskFull,
    ReadOnly,
    Corrupt,
    Foreign,
    TooNew,
    Maintenance,
    Io,
    OtherDatabase,   // a backup of a different database: restoring it needs explicit consent
    Unverified,      // a backup whose checksum cannot be checked: restoring it needs consent
    Forbidden,       // the account signed in lacks the capability (the message names it)
    SignInFailed,    // wrong login or password, an inactive account, a wrong passphrase
    TooManyAttempts, // sign-in refused for a while after repeated failures
    Cancelled,       // the person stopped a long job (a backup); nothing was left half-done
};

struct Error
{
    ErrorKind kind = ErrorKind::Failed;
    QString message; // shown to the person, already translated
    QString detail;  // technical detail for logs and "Details..." (driver text, errno)

    QString fullText() const { return detail.isEmpty() ? message : message + u"\n" + detail; }
};

inline Error makeError(ErrorKind kind, QString message, QString detail = {})
{
    return Error{kind, std::move(message), std::move(detail)};
}

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    bool ok() const { return m_value.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_value); }
    T& value() & { return std::get<0>(m_value); }
    T&& value() && { return std::get<0>(std::move(m_value)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &std::get<0>(m_value); }
    T* operator->() { return &std::get<0>(m_value); }

    const Error& error() const { return std::get<1>(m_value); }

private:
    std::variant<T, Error> m_value;
};

// Result of an operation that yields nothing but can fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace kartoteka
