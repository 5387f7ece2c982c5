// The OpenAPI schemas of the public page.
#include "kernel/http/openapi.hpp"
#include "portal/http/portal_routes.hpp"

namespace enlace::http {

nlohmann::json PortalSchemas() {
  using namespace schema;
  json s;
  json localized = Ref("LocalizedText");
  s["PublicMeeting"] = Record({{"id", Int()},
                               {"body", Str()},
                               {"type", Enum({"regular", "extraordinary", "virtual", "workshop"})},
                               {"title", localized},
                               {"place", Record({{"city", Str()}, {"country", Str()}})},
                               {"date", DateStr()},
                               {"date_end", NullableDate()},
                               {"report_status", Enum({"adopted", "submitted", "considered"})},
                               {"agreements", Int()},
                               {"documents", ListOf(Ref("PublicDocument"))}});
  s["PublicDocument"] =
      Record({{"id", Int()},
              {"type", Enum({"report", "working_document", "matrix", "study", "presentation", "note"})},
              {"symbol", Str()},
              {"title", localized},
              {"meeting", NullableInt()},
              {"version", NullableInt()},
              {"languages", ListOf(Enum({"es", "en"}))},
              {"updated_at", Instant()}});
  s["PublicPage"] = Record({{"process", Ref("Process")},
                            {"countries", ListOf(Ref("Country"))},
                            {"bodies", ListOf(Ref("Organization"))},
                            {"networks", ListOf(Ref("Network"))},
                            {"page", Int()},
                            {"page_size", Int()},
                            {"meeting_ids", ListOf(Int())},
                            {"document_ids", ListOf(Int())},
                            {"meetings", ListOf(Ref("PublicMeeting"))},
                            {"documents", ListOf(Ref("PublicDocument"))}});
  return s;
}

}  // namespace enlace::http
