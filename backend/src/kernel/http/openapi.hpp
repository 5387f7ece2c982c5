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

// Building blocks of schemas. Every object is closed (additionalProperties: false): a field the
// schema does not name is not part of the contract, and the tests' validator refuses it.
namespace schema {
using json = nlohmann::json;
json Ref(const std::string& name);  // {"$ref": "#/components/schemas/<name>"}
json Str();
json Int();
json Bool();
json DateStr();  // "YYYY-MM-DD"
json Instant();  // "YYYY-MM-DDTHH:MM:SSZ"
json Binary();   // the bytes of a file
json Enum(std::initializer_list<const char*> values);
// The same schema, or null: a type list for plain types, oneOf with null for a $ref or an object.
json Nullable(json schema);
json NullableStr();
json NullableInt();
json NullableDate();
json NullableInstant();
json ListOf(json item);
json MapOf(json value);  // an object whose keys are data (codes), each with a value of this schema
// An object with exactly these properties: anything else is not part of the contract.
json Object(json properties, json required = json::array());
// An object with exactly these properties, every one always present (possibly null).
json Record(json properties);
json ItemsOf(const std::string& name);  // {"items": [<name>…]}
}  // namespace schema

// The kernel's own schemas: Error, Status, LocalizedText (as sent), LocalizedTextInput (as accepted),
// OpenApiDocument.
nlohmann::json KernelSchemas();

nlohmann::json OpenApiDocument(const Router& router, const nlohmann::json& schemas);

}  // namespace enlace::http
