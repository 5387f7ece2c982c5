#include "kernel/http/openapi.hpp"

#include <set>
#include <stdexcept>

namespace enlace::http {

using nlohmann::json;

namespace schema {

json Ref(const std::string& name) { return {{"$ref", "#/components/schemas/" + name}}; }
json Str() { return {{"type", "string"}}; }
json Int() { return {{"type", "integer"}}; }
json Bool() { return {{"type", "boolean"}}; }
json DateStr() { return {{"type", "string"}, {"format", "date"}}; }
json Instant() { return {{"type", "string"}, {"format", "date-time"}}; }
json Binary() { return {{"type", "string"}, {"format", "binary"}}; }
json Enum(std::initializer_list<const char*> values) {
  json list = json::array();
  for (const char* value : values) list.push_back(value);
  return {{"type", "string"}, {"enum", list}};
}
json Nullable(json schema) {
  // A formatted string is a oneOf too: validators (valijson among them) may apply "format" to a
  // null that a type list lets through.
  bool plain = schema.contains("type") && schema["type"].is_string() && schema["type"] != "object" &&
               schema["type"] != "array" && !schema.contains("$ref") && !schema.contains("format");
  if (!plain) return {{"oneOf", json::array({std::move(schema), {{"type", "null"}}})}};
  schema["type"] = json::array({schema["type"], "null"});
  if (schema.contains("enum")) schema["enum"].push_back(nullptr);
  return schema;
}
json NullableStr() { return Nullable(Str()); }
json NullableInt() { return Nullable(Int()); }
json NullableDate() { return Nullable(DateStr()); }
json NullableInstant() { return Nullable(Instant()); }
json ListOf(json item) { return {{"type", "array"}, {"items", std::move(item)}}; }
json MapOf(json value) { return {{"type", "object"}, {"additionalProperties", std::move(value)}}; }
json Object(json properties, json required) {
  for (const auto& name : required) {
    if (!properties.contains(name.get<std::string>()))
      throw std::logic_error("OpenAPI: required " + name.get<std::string>() + " is not a property");
  }
  json object{{"type", "object"}, {"properties", std::move(properties)}, {"additionalProperties", false}};
  if (!required.empty()) object["required"] = std::move(required);
  return object;
}
json Record(json properties) {
  json required = json::array();
  for (const auto& [name, _] : properties.items()) required.push_back(name);
  return Object(std::move(properties), std::move(required));
}
json ItemsOf(const std::string& name) { return Record({{"items", ListOf(Ref(name))}}); }

}  // namespace schema

using namespace schema;

json KernelSchemas() {
  json s;
  s["Error"] =
      Record({{"error", Object({{"code", Str()},
                                {"message", Str()},
                                {"request_id", Str()},
                                {"detail", Str()},
                                {"fields", ListOf(Record({{"field", Str()}, {"code", Str()}, {"message", Str()}}))}},
                               {"code", "message", "request_id"})}});
  s["Status"] = Object({{"status", Enum({"ok", "ready"})}, {"database", Enum({"sqlite", "postgresql"})}}, {"status"});
  // The languages of the interface and of translatable content.
  s["Language"] = Enum({"es", "en"});
  // Translatable content as the server sends it: both languages, null where one is missing.
  s["LocalizedText"] = Record({{"es", NullableStr()}, {"en", NullableStr()}});
  // As the server accepts it: either language may be left out (or null, or blank) for none.
  s["LocalizedTextInput"] = Object({{"es", NullableStr()}, {"en", NullableStr()}});
  // This document itself; its parts are described by the OpenAPI 3.1 specification, not here.
  json part = {{"type", "object"}, {"additionalProperties", true}};
  s["OpenApiDocument"] = Record({{"openapi", Str()},
                                 {"info", part},
                                 {"servers", ListOf(part)},
                                 {"tags", ListOf(part)},
                                 {"paths", part},
                                 {"components", part}});
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
    json request_content = json::object();
    if (!doc.request_schema.empty()) request_content["application/json"] = {{"schema", Ref(doc.request_schema)}};
    if (!doc.form_schema.empty()) {
      if (!doc.accepts_files) throw std::logic_error(route.pattern + ": a form schema on a route that takes no files");
      request_content["multipart/form-data"] = {{"schema", Ref(doc.form_schema)}};
    }
    if (!request_content.empty()) operation["requestBody"] = {{"required", true}, {"content", request_content}};
    json success{{"description", "Success"}};
    if (!doc.response_schema.empty()) {
      success["content"] = {{"application/json", {{"schema", Ref(doc.response_schema)}}}};
    } else if (!doc.response_types.empty()) {
      json content = json::object();
      for (const auto& type : doc.response_types) {
        content[type] = {{"schema", type.starts_with("text/") ? Str() : Binary()}};
      }
      success["content"] = content;
    } else if (doc.success_status != 204) {
      throw std::logic_error(route.method + " " + route.pattern + ": a success with a body needs its schema or type");
    } else {
      success["description"] = "Done; no content";
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
