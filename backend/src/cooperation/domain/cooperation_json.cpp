#include "cooperation/domain/cooperation_json.hpp"

#include "kernel/domain/json.hpp"
#include "meetings/domain/meeting_json.hpp"

namespace enlace {

using nlohmann::json;

namespace {

json PersonJson(const PersonRef& person) { return json{{"id", person.id}, {"name", person.name}}; }

}  // namespace

json ToJson(const CooperationStep& step) {
  auto files = json::array();
  for (const auto& file : step.files) files.push_back(ToJson(file));
  return json{{"id", step.id},
              {"action", ToString(step.action)},
              {"from", step.from ? json(ToString(*step.from)) : json(nullptr)},
              {"to", ToString(step.to)},
              {"by", PersonJson(step.by)},
              {"by_secretariat", step.by_role == Role::kSecretariat},
              {"note", OptionalToJson(step.note)},
              {"files", files},
              {"at", FormatIsoTimestamp(step.at)}};
}

json ToJson(const CooperationRequest& request, Date today, bool with_steps) {
  const auto& f = request.fields;
  json waiting = nullptr;
  if (auto found = WaitingOf(request, today)) {
    waiting = json{{"on", ToString(found->on)},
                   {"since", FormatIsoTimestamp(found->since)},
                   {"days", found->days},
                   {"overdue", found->overdue}};
  }
  json result{{"id", request.id},
              {"country", f.country},
              {"partner", f.partner},
              {"title", ToJson(f.title)},
              {"summary", ToJson(f.summary)},
              {"agreement", f.agreement ? json(*f.agreement) : json(nullptr)},
              {"state", ToString(request.state)},
              {"state_since", FormatIsoTimestamp(request.state_since)},
              {"waiting", waiting},
              {"created_by", PersonJson(request.created_by)},
              {"version", request.version},
              {"created_at", FormatIsoTimestamp(request.created_at)},
              {"updated_at", FormatIsoTimestamp(request.updated_at)}};
  if (with_steps) {
    const auto& reference = request.agreement_reference;
    result["agreement_reference"] = reference ? json{{"id", reference->id},
                                                     {"meeting", reference->meeting},
                                                     {"number", reference->number},
                                                     {"text", ToJson(reference->text)}}
                                              : json(nullptr);
    auto steps = json::array();
    for (const auto& step : request.steps) steps.push_back(ToJson(step));
    result["steps"] = steps;
  }
  return result;
}

}  // namespace enlace
