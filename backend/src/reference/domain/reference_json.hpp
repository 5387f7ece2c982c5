// The JSON form of reference data, as the API sends it.
#pragma once

#include <nlohmann/json.hpp>

#include "reference/domain/reference.hpp"

namespace enlace {

nlohmann::json ToJson(const Process& process);
nlohmann::json ToJson(const Country& country);
nlohmann::json ToJson(const Organization& organization);
nlohmann::json ToJson(const Network& network);
nlohmann::json ToJson(const Topic& topic);

}  // namespace enlace
