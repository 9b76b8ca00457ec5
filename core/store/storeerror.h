#pragma once

#include <QString>

#include <exception>

namespace hindsight {

/// Why the store could not do what was asked. The message is for users: it names the file and says what to do.
class StoreError : public std::exception
{
public:
    enum class Kind
    {
        /// The file is not a store this version can open (not SQLite, not Hindsight's, or from a newer version);
        /// nothing in it was changed.
        Refused,
        /// The incident, entry or item asked for does not exist.
        NotFound,
        /// The request itself is wrong (an empty title, an unknown value).
        Invalid,
        /// SQLite failed: disk full, read-only folder, I/O error. Nothing was half-written.
        Failed
    };

    StoreError(Kind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {}

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace hindsight
