// The OpenAPI document as the judge of every exchange the integration tests make. HttpClient asks
// it about each request before sending it and each response after reading it: an operation the
// document does not describe, a field it does not name, a missing required field, a wrong type or
// a null where none is allowed is a problem, reported with its JSON pointer.
//
// The document is the one this build serves (OfThisBuild() builds it once per process, the way
// `enlace openapi` does), and each schema is compiled by valijson the first time it is needed and
// kept: validating costs a walk over the body, not a parse of the document. valijson speaks JSON
// Schema draft 7; the document's schemas keep to the part of OpenAPI 3.1 that draft 7 reads the same
// way (type lists for null, oneOf, enum, format date and date-time). A $ref into
// #/components/schemas is resolved by compiling a root that holds the components and a top-level
// $ref.
//
// Thread-safe: tests call it from several threads at once.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace enlace::testing {

class ApiContract {
 public:
  explicit ApiContract(nlohmann::json document);
  ~ApiContract();
  ApiContract(const ApiContract&) = delete;
  ApiContract& operator=(const ApiContract&) = delete;

  // The document this build serves at /api/v1/openapi.json, compiled once per process.
  static const ApiContract& OfThisBuild();

  const nlohmann::json& document() const { return document_; }

  struct Operation {
    std::string path;  // the template, as in "paths": "/api/v1/meetings/{id}"
    const nlohmann::json* description = nullptr;
  };
  // The operation that answers `method` at `path` (a query string is ignored); a literal segment
  // wins over a template one. nullopt when the document does not describe it.
  std::optional<Operation> Find(std::string_view method, std::string_view path) const;

  // Problems with a request about to be sent, each as "METHOD PATH: where: why". `content_type`
  // is empty for none.
  std::vector<std::string> CheckRequest(const std::string& method, const std::string& path,
                                        const std::string& content_type, const std::string& body) const;
  // Problems with a response: its status must be documented (or fall under "default"), its media
  // type listed for that status, and a JSON body valid against that status's schema. A response to
  // an undocumented operation is checked only as an error (`Error`), since nothing else is known.
  std::vector<std::string> CheckResponse(const std::string& method, const std::string& path, long status,
                                         const std::string& content_type, const std::string& body) const;

  // Problems with `value` against `schema` (inline, or {"$ref": "#/components/schemas/…"}), each
  // as "<JSON pointer>: <reason>"; empty when it is valid.
  std::vector<std::string> Validate(const nlohmann::json& schema, const nlohmann::json& value) const;

 private:
  struct Compiled;
  const Compiled& Compile(const nlohmann::json& schema) const;

  nlohmann::json document_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::unique_ptr<Compiled>> compiled_;  // by the schema's text
};

}  // namespace enlace::testing
