#pragma once

#include "model/enums.h"

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

} // namespace hindsight
