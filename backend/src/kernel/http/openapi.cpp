#include "kernel/http/openapi.hpp"

#include <set>

namespace enlace::http {

using nlohmann::json;

namespace schema {

json Ref(const std::string& name) { return {{"$ref", "#/components/schemas/" + name}}; }
json Str() { return {{"type", "string"}}; }
json NullableStr() { return {{"type", json::array({"string", "null"})}}; }
json Int() { return {{"type", "integer"}}; }
json NullableInt() { return {{"type", json::array({"integer", "null"})}}; }
json Bool() { return {{"type", "boolean"}}; }
json DateStr() { return {{"type", "string"}, {"format", "date"}}; }
json NullableDate() { return {{"type", json::array({"string", "null"})}, {"format", "date"}}; }
json Instant() { return {{"type", "string"}, {"format", "date-time"}}; }
json NullableInstant() { return {{"type", json::array({"string", "null"})}, {"format", "date-time"}}; }
json Enum(std::initializer_list<const char*> values) {
  json list = json::array();
  for (const char* value : values) list.push_back(value);
  return {{"type", "string"}, {"enum", list}};
}
json ListOf(json item) { return {{"type", "array"}, {"items", std::move(item)}}; }
json Object(json properties, json required) {
  return {{"type", "object"}, {"properties", std::move(properties)}, {"required", std::move(required)}};
}
json ItemsOf(const std::string& name) { return Object({{"items", ListOf(Ref(name))}}, {"items"}); }

}  // namespace schema

using namespace schema;

json KernelSchemas() {
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
  return s;
}

namespace {

std::string OpenApiPath(const std::string& pattern) { return pattern; }  // {id} is already OpenAPI's syntax

std::string Lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

json OpenApiDocument(const Router& router, const json& schemas) {
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
           {{"schemas", schemas},
            {"securitySchemes", {{"session", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "enlace_session"}}}}}}}};
}

}  // namespace enlace::http

