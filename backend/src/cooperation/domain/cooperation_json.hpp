// The JSON form of a cooperation request, as the API sends it and the audit log keeps it
// (schemas in http/cooperation_schemas.cpp). Files read as the meetings capability writes them
// (ToJson(MeetingFile), the "File" schema).
#pragma once

#include <nlohmann/json.hpp>

#include "cooperation/domain/cooperation_request.hpp"

namespace enlace {

// The request with its waiting time as of `today`; `steps` only when it was read with them.
nlohmann::json ToJson(const CooperationRequest& request, Date today, bool with_steps);
nlohmann::json ToJson(const CooperationStep& step);

}  // namespace enlace
