// The JSON form of meetings, agreements, commitments and their updates (see json.hpp for why it
// lives in the domain).
#pragma once

#include <nlohmann/json.hpp>

#include "meetings/domain/meeting.hpp"

namespace enlace {

nlohmann::json ToJson(const Deadline& deadline);
nlohmann::json ToJson(const Meeting& meeting);
nlohmann::json ToJson(const MeetingFile& file);
nlohmann::json ToJson(const Agreement& agreement);
// With `today`, the commitment says whether it is overdue.
nlohmann::json ToJson(const Commitment& commitment, std::optional<Date> today = std::nullopt);
nlohmann::json ToJson(const CommitmentUpdate& update);
nlohmann::json ToJson(const CountryResponse& response);

}  // namespace enlace
