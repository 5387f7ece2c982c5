// The route table: method + path pattern ("/api/v1/contact-points/{id}") → handler, with the
// documentation that the OpenAPI document is built from and the audit action a refused write is
// recorded under. The table is data, so tests can walk every route.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kernel/http/message.hpp"

namespace enlace::http {

struct QueryParameter {
  std::string name;
  std::string description;
  std::string type = "string";  // "string", "integer", "boolean"
};

struct RouteDoc {
  std::string summary;
  std::string tag;
  std::string request_schema;   // JSON body: name in components/schemas; empty when it takes no JSON
  std::string form_schema;      // multipart/form-data body: name in components/schemas (needs accepts_files)
  std::string response_schema;  // JSON answer: name in components/schemas; empty for no body or a file
  int success_status = 200;
  // The media types of a success that is not JSON (a file, CSV, iCalendar); empty for JSON or 204.
  std::vector<std::string> response_types;
  std::vector<QueryParameter> query;
  std::string who;                // who may call it, in words (also in the access-matrix table)
  bool requires_version = false;  // If-Match
  // For state-changing routes: the audit action under which a refusal is recorded.
  std::string audit_action;
  std::string record_type;
  bool csrf = true;             // false only where no session can exist yet (signing in)
  bool service_audits = false;  // the service records refusals itself (signing in)
  bool accepts_files = false;   // multipart/form-data uploads up to the server's body limit
};

using Handler = std::function<Response(Request&)>;

struct Route {
  std::string method;
  std::string pattern;
  RouteDoc doc;
  Handler handler;
  std::vector<std::string> segments;  // "api", "v1", "{id}", ...
};

struct RouteMatch {
  const Route* route = nullptr;
  std::map<std::string, std::string> parameters;
};

class Router {
 public:
  void Add(std::string method, std::string pattern, RouteDoc doc, Handler handler);
  std::optional<RouteMatch> Find(std::string_view method, std::string_view path) const;
  // The methods served at `path`, for 405 answers.
  std::vector<std::string> MethodsAt(std::string_view path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  static bool Match(const Route& route, const std::vector<std::string>& segments,
                    std::map<std::string, std::string>& parameters);
  std::vector<Route> routes_;
};

std::vector<std::string> SplitPath(std::string_view path);

}  // namespace enlace::http
