#include "meetings/domain/meeting_json.hpp"

#include "kernel/domain/json.hpp"

namespace enlace {

using nlohmann::json;

json ToJson(const Deadline& deadline) {
  json result{{"text", deadline.text}, {"kind", ToString(deadline.kind)}, {"due", OptionalToJson(deadline.due)}};
  if (deadline.event) result["event"] = {{"body", deadline.event->body}, {"which", ToString(deadline.event->which)}};
  return result;
}

json ToJson(const MeetingFile& file) {
  return json{
      {"id", file.id},     {"file_name", file.file_name}, {"content_type", file.content_type},
      {"size", file.size}, {"sha256", file.sha256},       {"uploaded_at", FormatIsoTimestamp(file.uploaded_at)}};
}

json ToJson(const Meeting& meeting) {
  auto agenda = json::array();
  for (const auto& item : meeting.agenda) agenda.push_back(ToJson(item));
  auto files = json::array();
  for (const auto& file : meeting.files) files.push_back(ToJson(file));
  return json{{"id", meeting.id},
              {"body", meeting.body},
              {"type", ToString(meeting.type)},
              {"title", ToJson(meeting.title)},
              {"place", {{"city", meeting.place.city}, {"country", meeting.place.country}}},
              {"date", FormatIsoDate(meeting.date)},
              {"date_end", OptionalToJson(meeting.date_end)},
              {"participants", meeting.participants},
              {"agenda", agenda},
              {"video_link", OptionalToJson(meeting.video_link)},
              {"cancelled", meeting.cancelled},
              {"report_status", ToString(meeting.report_status)},
              {"submitted_to", OptionalToJson(meeting.submitted_to)},
              {"considered_at", meeting.considered_at ? json(*meeting.considered_at) : json(nullptr)},
              {"files", files},
              {"version", meeting.version},
              {"created_at", FormatIsoTimestamp(meeting.created_at)},
              {"updated_at", FormatIsoTimestamp(meeting.updated_at)}};
}

json ToJson(const Agreement& agreement) {
  return json{{"id", agreement.id},
              {"meeting", agreement.meeting_id},
              {"number", agreement.number},
              {"heading", agreement.heading},
              {"verb", OptionalToJson(agreement.verb)},
              {"text", ToJson(agreement.text)},
              {"parties", agreement.parties},
              {"version", agreement.version}};
}

json ToJson(const Commitment& commitment, std::optional<Date> today) {
  json result{{"id", commitment.id},
              {"agreement", commitment.agreement_id},
              {"agreement_number", commitment.agreement_number},
              {"meeting", commitment.meeting_id},
              {"party", commitment.party},
              {"action", ToJson(commitment.action)},
              {"deadline", ToJson(commitment.deadline)},
              {"status", ToString(commitment.status)},
              {"progress", commitment.progress},
              {"version", commitment.version},
              {"created_at", FormatIsoTimestamp(commitment.created_at)},
              {"updated_at", FormatIsoTimestamp(commitment.updated_at)}};
  if (today) result["overdue"] = commitment.Overdue(*today);
  return result;
}

json ToJson(const CommitmentUpdate& update) {
  auto files = json::array();
  for (const auto& file : update.files) files.push_back(ToJson(file));
  return json{{"id", update.id},
              {"commitment", update.commitment_id},
              {"country", OptionalToJson(update.country)},
              {"text", update.text},
              {"links", update.links},
              {"progress", update.progress ? json(*update.progress) : json(nullptr)},
              {"status", update.status ? json(ToString(*update.status)) : json(nullptr)},
              {"author", {{"id", update.author_id}, {"name", update.author_name}}},
              {"at", FormatIsoTimestamp(update.at)},
              {"files", files},
              {"visibility", ToString(update.visibility)},
              {"version", update.version},
              {"edited_at", update.edited_at ? json(FormatIsoTimestamp(*update.edited_at)) : json(nullptr)}};
}

json ToJson(const CountryResponse& response) {
  return json{{"country", response.country},
              {"state", ToString(response.state)},
              {"updated", response.updated ? json(FormatIsoTimestamp(*response.updated)) : json(nullptr)},
              {"progress", response.progress ? json(*response.progress) : json(nullptr)}};
}

}  // namespace enlace
