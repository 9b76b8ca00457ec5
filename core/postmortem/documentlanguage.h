#pragma once

#include "domain/enums.h"

#include <QString>

namespace hindsight {

/// The language a postmortem document is written in. Independent of the language of the user interface: a team may
/// use Hindsight in English and publish its postmortems in Japanese.
enum class DocumentLanguage
{
    Japanese,
    English
};

template<>
struct EnumKeys<DocumentLanguage>
{
    static constexpr std::array<std::pair<DocumentLanguage, const char *>, 2> table{
        {{DocumentLanguage::Japanese, "ja"}, {DocumentLanguage::English, "en"}}};
};

/// The language's own name, as the pickers show it whatever the window's language: 日本語, English.
inline QString nativeName(DocumentLanguage language)
{
    return language == DocumentLanguage::Japanese ? QStringLiteral("日本語") : QStringLiteral("English");
}

} // namespace hindsight
