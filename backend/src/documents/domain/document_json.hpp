// Documents as the API and the audit log show them.
#pragma once

#include <nlohmann/json.hpp>

#include "documents/domain/document.hpp"

namespace enlace {

// `detail`: with every version, owed translations; otherwise the list form (the current version only).
nlohmann::json ToJson(const Document& document, bool detail);
nlohmann::json ToJson(const Distribution& distribution);

}  // namespace enlace
