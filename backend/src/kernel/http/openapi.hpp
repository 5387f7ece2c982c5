// The OpenAPI 3.1 document served at /api/v1/openapi.json: the contract of the API. Paths come
// from the route table (so a served route cannot be missing from it) and the schemas from each
// capability's *_schemas.cpp, next to its routes. Tests validate every request and response of
// the integration suites against it, and the front end's types are generated from it.
#pragma once

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>

#include "kernel/http/router.hpp"

namespace enlace::http {

// Building blocks of schemas.
namespace schema {
using json = nlohmann::json;
json Ref(const std::string& name);  // {"$ref": "#/components/schemas/<name>"}
json Str();
json NullableStr();
json Int();
json NullableInt();
json Bool();
json DateStr();  // "YYYY-MM-DD"
json NullableDate();
json Instant();  // "YYYY-MM-DDTHH:MM:SSZ"
json NullableInstant();
json Enum(std::initializer_list<const char*> values);
json ListOf(json item);
// An object with exactly these properties: anything else is not part of the contract.
json Object(json properties, json required = json::array());
json ItemsOf(const std::string& name);  // {"items": [<name>…]}
}  // namespace schema

// The kernel's own schemas: Error, Status, LocalizedText.
nlohmann::json KernelSchemas();

nlohmann::json OpenApiDocument(const Router& router, const nlohmann::json& schemas);

}  // namespace enlace::http
