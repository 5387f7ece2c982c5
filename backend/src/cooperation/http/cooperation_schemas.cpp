// The OpenAPI schemas of the cooperation capability's routes: the one description of each wire
// shape. Objects list every property they may have; cooperation/tests checks each answer of its
// HTTP tests against these schemas, extra properties included.
#include "cooperation/http/cooperation_routes.hpp"
#include "kernel/http/openapi.hpp"

namespace enlace::http {

using namespace schema;

nlohmann::json CooperationSchemas() {
  nlohmann::json s;
  const json states =
      json::array({"draft", "sent_to_secretariat", "forwarded_to_partner", "answered", "closed", "withdrawn"});
  json state{{"type", "string"}, {"enum", states}};
  json nullable_states = states;
  nullable_states.push_back(nullptr);
  json nullable_state{{"type", json::array({"string", "null"})}, {"enum", nullable_states}};
  // Text typed in one language or both; at least one of them when required.
  json typed_text = Object({{"es", NullableStr()}, {"en", NullableStr()}});

  json editable{{"partner", Str()}, {"title", typed_text}, {"summary", typed_text}, {"agreement", NullableInt()}};
  auto input = editable;
  input["country"] = Str();
  s["CooperationRequestInput"] = Object(input, {"partner", "title", "summary"});
  s["CooperationRequestChange"] = Object(editable);
  s["CooperationStepInput"] = Object({{"note", Str()}});
  s["CooperationStepForm"] = Object({{"note", Str()}, {"file", ListOf(Binary())}});

  s["CooperationPerson"] = Object({{"id", Int()}, {"name", Str()}}, {"id", "name"});
  s["CooperationWaiting"] =
      Object({{"on", Enum({"country", "secretariat"})}, {"since", Instant()}, {"days", Int()}, {"overdue", Bool()}},
             {"on", "since", "days", "overdue"});
  s["CooperationStep"] = Object({{"id", Int()},
                                 {"action", Enum({"create", "send", "forward", "answer", "close", "withdraw"})},
                                 {"from", nullable_state},
                                 {"to", state},
                                 {"by", Ref("CooperationPerson")},
                                 {"by_secretariat", Bool()},
                                 {"note", NullableStr()},
                                 {"files", ListOf(Ref("File"))},
                                 {"at", Instant()}},
                                {"id", "action", "from", "to", "by", "by_secretariat", "note", "files", "at"});
  json request{{"id", Int()},
               {"country", Str()},
               {"partner", Str()},
               {"title", Ref("LocalizedText")},
               {"summary", Ref("LocalizedText")},
               {"agreement", NullableInt()},
               {"state", state},
               {"state_since", Instant()},
               {"waiting", {{"oneOf", json::array({Ref("CooperationWaiting"), {{"type", "null"}}})}}},
               {"created_by", Ref("CooperationPerson")},
               {"version", Int()},
               {"created_at", Instant()},
               {"updated_at", Instant()}};
  json required = json::array();
  for (const auto& [name, _] : request.items()) required.push_back(name);
  s["CooperationRequest"] = Object(request, required);
  auto detail = request;
  detail["agreement_reference"] = {
      {"oneOf",
       json::array({Object({{"id", Int()}, {"meeting", Int()}, {"number", Str()}, {"text", Ref("LocalizedText")}},
                           {"id", "meeting", "number", "text"}),
                    {{"type", "null"}}})}};
  detail["steps"] = ListOf(Ref("CooperationStep"));
  required.push_back("agreement_reference");
  required.push_back("steps");
  s["CooperationRequestDetail"] = Object(detail, required);
  s["CooperationRequestList"] = ItemsOf("CooperationRequest");
  return s;
}

}  // namespace enlace::http
