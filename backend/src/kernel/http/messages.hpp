// The catalogue of messages a person reads when something goes wrong, in Spanish and English,
// keyed by the stable `reason` of an Error or FieldError. A reason missing from the catalogue
// falls back to a generic message (and a unit test fails).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace enlace::http {

// The message for `reason` in `language` ("es" or "en"), with {name} placeholders replaced.
std::string Message(std::string_view reason, std::string_view language,
                    const std::map<std::string, std::string>& params = {});
bool HasMessage(std::string_view reason);
std::vector<std::string> CataloguedReasons();

}  // namespace enlace::http
