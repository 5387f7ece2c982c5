#include "kernel/http/openapi.hpp"

#include <set>

namespace enlace::http {
namespace {

using nlohmann::json;

json Ref(const std::string& name) { return {{"$ref", "#/components/schemas/" + name}}; }
json Str() { return {{"type", "string"}}; }
json NullableStr() { return {{"type", json::array({"string", "null"})}}; }
json Int() { return {{"type", "integer"}}; }
json Bool() { return {{"type", "boolean"}}; }
json DateStr() { return {{"type", "string"}, {"format", "date"}}; }
json NullableDate() { return {{"type", json::array({"string", "null"})}, {"format", "date"}}; }
json Instant() { return {{"type", "string"}, {"format", "date-time"}}; }
json ListOf(json item) { return {{"type", "array"}, {"items", std::move(item)}}; }
json Object(json properties, json required = json::array()) {
  return {{"type", "object"}, {"properties", std::move(properties)}, {"required", std::move(required)}};
}
json ItemsOf(const std::string& name) { return Object({{"items", ListOf(Ref(name))}}, {"items"}); }

json BuildSchemas() {
  json s;
  s["Error"] =
      Object({{"error", Object({{"code", Str()},
                                {"message", Str()},
                                {"request_id", Str()},
                                {"detail", Str()},
                                {"fields", ListOf(Object({{"field", Str()}, {"code", Str()}, {"message", Str()}}))}},
                               {"code", "message", "request_id"})}},
             {"error"});
  s["Status"] = Object({{"status", Str()}, {"database", Str()}}, {"status"});
  s["LocalizedText"] = Object({{"es", NullableStr()}, {"en", NullableStr()}}, {"es", "en"});
  s["SignIn"] = Object({{"email", Str()}, {"password", Str()}}, {"email", "password"});
  s["User"] = Object({{"id", Int()},
                      {"email", Str()},
                      {"name", Str()},
                      {"role", {{"enum", {"secretariat", "country_officer", "observer", "civil_society"}}}},
                      {"country", NullableStr()},
                      {"organization", NullableStr()},
                      {"language", Str()},
                      {"active", Bool()},
                      {"process", Str()},
                      {"version", Int()},
                      {"created_at", Instant()}},
                     {"id", "email", "name", "role", "language", "active", "process", "version"});
  s["UserList"] = ItemsOf("User");
  s["SessionInfo"] = Object({{"user", Ref("User")}, {"csrf_token", Str()}}, {"user", "csrf_token"});
  s["UserInput"] = Object({{"email", Str()},
                           {"name", Str()},
                           {"role", Str()},
                           {"country", NullableStr()},
                           {"organization", NullableStr()},
                           {"language", Str()}},
                          {"email", "name", "role"});
  s["UserChange"] = Object({{"name", Str()},
                            {"role", Str()},
                            {"country", NullableStr()},
                            {"organization", NullableStr()},
                            {"language", Str()},
                            {"active", Bool()}});
  s["CreatedUser"] = Object({{"user", Ref("User")}, {"password", Str()}}, {"user", "password"});
  s["GeneratedPassword"] = Object({{"password", Str()}}, {"password"});
  s["ProfileChange"] = Object({{"name", Str()}, {"language", Str()}});
  s["PasswordChange"] =
      Object({{"current_password", Str()}, {"new_password", Str()}}, {"current_password", "new_password"});
  s["Process"] = Object(
      {{"code", Str()}, {"name", Ref("LocalizedText")}, {"languages", ListOf(Str())}, {"default_language", Str()}},
      {"code", "name", "languages", "default_language"});
  s["Country"] =
      Object({{"code", Str()}, {"name", Ref("LocalizedText")}, {"status", {{"enum", {"member", "observer"}}}}},
             {"code", "name", "status"});
  s["CountryList"] = ItemsOf("Country");
  s["Organization"] =
      Object({{"code", Str()}, {"abbreviation", Ref("LocalizedText")}, {"name", Ref("LocalizedText")}, {"kind", Str()}},
             {"code", "name", "kind"});
  s["OrganizationList"] = ItemsOf("Organization");
  s["Network"] = Object({{"code", Str()}, {"abbreviation", Ref("LocalizedText")}, {"name", Ref("LocalizedText")}},
                        {"code", "name"});
  s["NetworkList"] = ItemsOf("Network");
  s["Topic"] = Object({{"code", Str()}, {"name", Ref("LocalizedText")}}, {"code", "name"});
  s["TopicList"] = ItemsOf("Topic");
  json contact_fields = {{"country", Str()},
                         {"network", Str()},
                         {"topic", Str()},
                         {"name", Str()},
                         {"position", Str()},
                         {"institution", Str()},
                         {"email", Str()},
                         {"phone", Str()},
                         {"languages", ListOf(Str())},
                         {"valid_from", DateStr()},
                         {"valid_to", NullableDate()}};
  s["ContactPointInput"] = Object(contact_fields, {"country", "network", "topic", "name", "institution", "email"});
  s["ContactPointChange"] = Object(contact_fields);
  json contact_point = contact_fields;
  contact_point["id"] = Int();
  contact_point["status"] = {{"enum", {"proposed", "confirmed", "rejected", "ended"}}};
  contact_point["proposed_by"] = Object({{"id", Int()}, {"name", Str()}});
  contact_point["confirmed_by"] = {
      {"oneOf", json::array({Object({{"id", Int()}, {"name", Str()}}), {{"type", "null"}}})}};
  contact_point["confirmed_at"] = NullableStr();
  contact_point["rejection_reason"] = NullableStr();
  contact_point["version"] = Int();
  contact_point["created_at"] = Instant();
  contact_point["updated_at"] = Instant();
  s["ContactPoint"] = Object(contact_point, {"id", "country", "network", "topic", "name", "status", "version"});
  auto with_history = contact_point;
  with_history["history"] = ListOf(Ref("ContactPoint"));
  s["ContactPointWithHistory"] = Object(with_history, {"id", "status", "version", "history"});
  s["ContactPointList"] = ItemsOf("ContactPoint");
  s["Rejection"] = Object({{"reason", Str()}}, {"reason"});
  s["TermEnd"] = Object({{"valid_to", DateStr()}});
  s["AuditEntry"] =
      Object({{"id", Int()},
              {"at", Instant()},
              {"actor",
               {{"oneOf",
                 json::array(
                     {Object({{"id", {{"type", json::array({"integer", "null"})}}}, {"email", Str()}, {"name", Str()}}),
                      {{"type", "null"}}})}}},
              {"action", Str()},
              {"outcome", {{"enum", {"ok", "denied", "failed"}}}},
              {"record_type", Str()},
              {"record_id", Str()},
              {"before", json::object()},
              {"after", json::object()},
              {"reason", Str()},
              {"request_id", Str()},
              {"ip", Str()},
              {"hash", Str()}},
             {"id", "at", "action", "outcome"});
  json localized = Ref("LocalizedText");
  json place = Object({{"city", Str()}, {"country", Str()}}, {"city", "country"});
  json meeting_fields = {{"body", Str()},
                         {"type", {{"enum", {"regular", "extraordinary", "virtual", "workshop"}}}},
                         {"title", localized},
                         {"place", place},
                         {"date", DateStr()},
                         {"date_end", NullableDate()},
                         {"participants", ListOf(Str())},
                         {"agenda", ListOf(localized)},
                         {"video_link", NullableStr()},
                         {"cancelled", Bool()},
                         {"report_status", {{"enum", {"draft", "adopted", "submitted", "considered"}}}},
                         {"submitted_to", NullableStr()},
                         {"considered_at", {{"type", json::array({"integer", "null"})}}}};
  s["MeetingInput"] = Object(meeting_fields, {"body", "type", "date"});
  s["MeetingChange"] = Object(meeting_fields);
  s["File"] = Object({{"id", Int()},
                      {"file_name", Str()},
                      {"content_type", Str()},
                      {"size", Int()},
                      {"sha256", Str()},
                      {"uploaded_at", Instant()}},
                     {"id", "file_name", "content_type", "size"});
  s["FileUpload"] = Object({{"file", {{"type", "string"}, {"format", "binary"}}}}, {"file"});
  auto meeting = meeting_fields;
  meeting["id"] = Int();
  meeting["files"] = ListOf(Ref("File"));
  meeting["version"] = Int();
  s["Meeting"] = Object(meeting, {"id", "body", "type", "place", "date", "date_end", "participants", "version"});
  s["MeetingList"] = ItemsOf("Meeting");
  s["Deadline"] = Object({{"text", Str()},
                          {"kind", {{"enum", {"date", "period", "relative", "event", "vague"}}}},
                          {"due", NullableDate()},
                          {"event", Object({{"body", Str()}, {"which", {{"enum", {"current", "next"}}}}})}},
                         {"text", "kind", "due"});
  json agreement_fields = {
      {"number", Str()}, {"heading", Bool()}, {"verb", NullableStr()}, {"text", localized}, {"parties", ListOf(Str())}};
  s["AgreementInput"] = Object(agreement_fields, {"number", "text"});
  s["AgreementChange"] = Object(agreement_fields);
  auto agreement = agreement_fields;
  agreement["id"] = Int();
  agreement["meeting"] = Int();
  agreement["version"] = Int();
  s["Agreement"] = Object(agreement, {"id", "number", "heading", "text", "parties", "version"});
  json commitment_input = {{"party", Str()},
                           {"action", localized},
                           {"deadline", Object({{"text", Str()}})},
                           {"status", {{"enum", {"open", "in_progress", "done", "cancelled"}}}},
                           {"progress", Int()}};
  s["CommitmentInput"] = Object(commitment_input, {"party", "action"});
  s["CommitmentChange"] = Object(commitment_input);
  json commitment = {{"id", Int()},
                     {"agreement", Int()},
                     {"agreement_number", Str()},
                     {"meeting", Int()},
                     {"party", Str()},
                     {"action", localized},
                     {"deadline", Ref("Deadline")},
                     {"status", {{"enum", {"open", "in_progress", "done", "cancelled"}}}},
                     {"progress", Int()},
                     {"overdue", Bool()},
                     {"version", Int()},
                     {"response", Ref("CountryResponse")}};
  s["Commitment"] =
      Object(commitment, {"id", "agreement", "party", "action", "deadline", "status", "progress", "overdue"});
  s["CommitmentList"] = ItemsOf("Commitment");
  s["CountryResponse"] = Object({{"country", Str()},
                                 {"state", {{"enum", {"not_started", "answered", "done"}}}},
                                 {"updated", {{"type", json::array({"string", "null"})}}}},
                                {"country", "state", "updated"});
  s["ProgressReport"] =
      Object({{"text", Str()}, {"progress", Int()}, {"status", Str()}, {"links", ListOf(Str())}, {"country", Str()}},
             {"text"});
  s["CommitmentUpdate"] = Object({{"id", Int()},
                                  {"commitment", Int()},
                                  {"country", NullableStr()},
                                  {"text", Str()},
                                  {"links", ListOf(Str())},
                                  {"progress", {{"type", json::array({"integer", "null"})}}},
                                  {"status", NullableStr()},
                                  {"author", Object({{"id", Int()}, {"name", Str()}})},
                                  {"at", Instant()},
                                  {"files", ListOf(Ref("File"))}},
                                 {"id", "text", "author", "at"});
  auto commitment_detail = commitment;
  commitment_detail["updates"] = ListOf(Ref("CommitmentUpdate"));
  commitment_detail["responses"] = ListOf(Ref("CountryResponse"));
  commitment_detail["agreement_detail"] = Ref("Agreement");
  commitment_detail["meeting_detail"] = Ref("Meeting");
  s["CommitmentDetail"] = Object(commitment_detail, {"id", "party", "deadline", "updates", "responses"});
  auto agreement_with_commitments = agreement;
  agreement_with_commitments["commitments"] = ListOf(Ref("Commitment"));
  auto meeting_detail = meeting;
  meeting_detail["agreements"] = ListOf(Object(agreement_with_commitments, {"id", "number", "commitments"}));
  meeting_detail["missing_translations"] = Object({{"es", Int()}, {"en", Int()}});
  s["MeetingDetail"] = Object(meeting_detail, {"id", "agreements"});
  s["FollowUp"] = Object(
      {{"today", DateStr()},
       {"overdue_by_party", {{"type", "object"}, {"additionalProperties", Int()}}},
       {"overdue", ListOf(Ref("Commitment"))},
       {"due_soon", ListOf(Ref("Commitment"))},
       {"meetings",
        ListOf(Object({{"meeting", json::object()}, {"commitments", Int()}, {"done", Int()}, {"overdue", Int()}}))},
       {"grids", ListOf(Object({{"commitment", Ref("Commitment")}, {"responses", ListOf(Ref("CountryResponse"))}}))},
       {"member_countries", ListOf(Str())}},
      {"today", "overdue_by_party", "overdue", "due_soon", "meetings", "grids"});
  s["CalendarFeed"] = Object({{"url", Str()}}, {"url"});
  s["Notification"] = Object({{"id", Int()},
                              {"kind", {{"enum", {"due_soon", "overdue", "weekly_digest"}}}},
                              {"commitment", {{"type", json::array({"integer", "null"})}}},
                              {"payload", json::object()},
                              {"created_at", Instant()},
                              {"read_at", {{"type", json::array({"string", "null"})}}}},
                             {"id", "kind", "created_at"});
  s["NotificationPage"] = Object({{"items", ListOf(Ref("Notification"))}, {"unread", Int()}}, {"items", "unread"});
  json deadline_phrase = {{"type", json::array({"string", "null"})}};
  json reading_commitment =
      Object({{"party", Str()}, {"action", Str()}, {"deadline", deadline_phrase}}, {"party", "action"});
  json reading_agreement = Object({{"number", Str()},
                                   {"heading", Bool()},
                                   {"verb", NullableStr()},
                                   {"parties", ListOf(Str())},
                                   {"text", Str()},
                                   {"printed_number", Str()},
                                   {"deadlines", ListOf(Ref("Deadline"))},
                                   {"commitments", ListOf(reading_commitment)},
                                   {"warnings", ListOf(Str())}},
                                  {"number", "text"});
  s["ImportReading"] = Object({{"language", {{"enum", {"es", "en"}}}},
                               {"format", {{"enum", {"text", "docx", "pdf"}}}},
                               {"encoding", Str()},
                               {"title", NullableStr()},
                               {"body", NullableStr()},
                               {"body_code", NullableStr()},
                               {"meeting_type", NullableStr()},
                               {"place", Object({{"city", NullableStr()}, {"country", NullableStr()}})},
                               {"date", NullableDate()},
                               {"date_end", NullableDate()},
                               {"participants", ListOf(Str())},
                               {"submitted_to", NullableStr()},
                               {"warnings", ListOf(Str())},
                               {"agreements", ListOf(reading_agreement)}},
                              {"language", "agreements"});
  s["ImportUpload"] = Object({{"file", {{"type", "string"}, {"format", "binary"}}},
                              {"text", Str()},
                              {"language", {{"enum", {"auto", "es", "en"}}}}});
  s["Import"] = Object({{"id", Int()},
                        {"file_name", NullableStr()},
                        {"format", Str()},
                        {"created_at", Instant()},
                        {"status", {{"enum", {"pending", "confirmed"}}}},
                        {"meeting", {{"type", json::array({"integer", "null"})}}},
                        {"duplicate_of", {{"type", json::array({"integer", "null"})}}},
                        {"problems", ListOf(Object({{"field", Str()}, {"code", Str()}, {"message", Str()}}))},
                        {"reading", Ref("ImportReading")}},
                       {"id", "created_at", "status", "meeting", "duplicate_of", "problems", "reading"});
  s["ImportConfirmation"] =
      Object({{"reading", Ref("ImportReading")}, {"mode", {{"enum", {"create", "update"}}}}}, {"reading"});
  s["ConfirmedImport"] =
      Object({{"meeting", Int()},
              {"created", Bool()},
              {"agreements", Int()},
              {"commitments", Int()},
              {"kept_commitments", ListOf(Object({{"id", Int()}, {"agreement_number", Str()}, {"party", Str()}}))}},
             {"meeting", "created", "kept_commitments"});
  s["AuditPage"] =
      Object({{"items", ListOf(Ref("AuditEntry"))}, {"next_cursor", NullableStr()}}, {"items", "next_cursor"});
  return s;
}

std::string OpenApiPath(const std::string& pattern) { return pattern; }  // {id} is already OpenAPI's syntax

std::string Lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

const json& OpenApiSchemas() {
  static const json schemas = BuildSchemas();
  return schemas;
}

json OpenApiDocument(const Router& router) {
  json paths = json::object();
  std::set<std::string> tags;
  for (const auto& route : router.routes()) {
    const auto& doc = route.doc;
    json operation{{"summary", doc.summary},
                   {"tags", json::array({doc.tag})},
                   {"operationId", Lower(route.method) + route.pattern},
                   {"description", "Who: " + doc.who + "."}};
    tags.insert(doc.tag);
    json parameters = json::array();
    for (const auto& segment : route.segments) {
      if (segment.front() == '{') {
        auto name = segment.substr(1, segment.size() - 2);
        parameters.push_back({{"name", name},
                              {"in", "path"},
                              {"required", true},
                              {"schema", name == "token" ? Str() : json{{"type", "integer"}, {"minimum", 1}}}});
      }
    }
    for (const auto& query : doc.query) {
      parameters.push_back({{"name", query.name},
                            {"in", "query"},
                            {"description", query.description},
                            {"schema", {{"type", query.type}}}});
    }
    if (doc.requires_version) {
      parameters.push_back({{"name", "If-Match"},
                            {"in", "header"},
                            {"required", true},
                            {"description", "The record's version, as its ETag"},
                            {"schema", Str()}});
    }
    if (route.method != "GET" && doc.csrf) {
      parameters.push_back({{"name", "X-CSRF-Token"},
                            {"in", "header"},
                            {"required", true},
                            {"description", "The csrf_token of the session"},
                            {"schema", Str()}});
    }
    if (!parameters.empty()) operation["parameters"] = parameters;
    if (!doc.request_schema.empty()) {
      json content;
      if (doc.request_schema != "FileUpload") content["application/json"] = {{"schema", Ref(doc.request_schema)}};
      if (doc.accepts_files) content["multipart/form-data"] = {{"schema", Ref(doc.request_schema)}};
      operation["requestBody"] = {{"required", true}, {"content", content}};
    }
    json success{{"description", "Success"}};
    if (!doc.response_schema.empty()) {
      success["content"] = {{doc.response_type, {{"schema", Ref(doc.response_schema)}}}};
    } else if (doc.success_status != 204) {
      success["content"] = {{doc.response_type, {{"schema", json::object()}}}};
    }
    json responses{{std::to_string(doc.success_status), success}};
    json error{{"description", "An error, in the language of Accept-Language"},
               {"content", {{"application/json", {{"schema", Ref("Error")}}}}}};
    responses["default"] = error;
    operation["responses"] = responses;
    paths[OpenApiPath(route.pattern)][Lower(route.method)] = operation;
  }
  json tag_list = json::array();
  for (const auto& tag : tags) tag_list.push_back({{"name", tag}});
  return {{"openapi", "3.1.0"},
          {"info",
           {{"title", "enlace API"},
            {"version", "1"},
            {"description",
             "The working platform of a regional intergovernmental network. Sign in with POST /api/v1/session; "
             "send the returned csrf_token as X-CSRF-Token on every state-changing request; edits carry "
             "If-Match with the record's version. Errors are {\"error\": {\"code\", \"message\", \"request_id\"}}."}}},
          {"servers", json::array({{{"url", "/"}}})},
          {"tags", tag_list},
          {"paths", paths},
          {"components",
           {{"schemas", OpenApiSchemas()},
            {"securitySchemes", {{"session", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "enlace_session"}}}}}}}};
}

}  // namespace enlace::http
