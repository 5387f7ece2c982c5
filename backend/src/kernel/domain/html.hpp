// Text written into HTML (the public page, a meeting package's index.html): & < > " ' escaped.
#pragma once

#include <string>
#include <string_view>

namespace enlace {

std::string EscapeHtml(std::string_view text);

}  // namespace enlace
