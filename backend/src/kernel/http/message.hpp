// The server's own view of an HTTP exchange, independent of RESTinio, so that the whole API can be
// driven by unit tests and the route table can be walked (OpenAPI, the access-matrix test).
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kernel/domain/error.hpp"
#include "kernel/domain/role.hpp"

namespace enlace::http {

// Header names compare case-insensitively.
struct HeaderNameLess {
  bool operator()(std::string_view a, std::string_view b) const;
  using is_transparent = void;
};
using Headers = std::map<std::string, std::string, HeaderNameLess>;

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // decoded, without the query
  std::multimap<std::string, std::string> query;
  Headers headers;
  std::string body;
  std::string remote_ip;
  // The transport refused the body as too large for the route, without reading it: answered 413.
  bool body_refused = false;
  // The transport could not run it in time (its queue was full, or it waited past its budget):
  // answered 503 "overloaded" with Retry-After.
  bool overloaded = false;
  // Reached over HTTPS: the server is served so, or a trusted proxy says so (X-Forwarded-Proto).
  bool secure = false;
  // The path as the access log shows it: secret path parameters (feed tokens) replaced.
  std::string log_path;

  // Filled by the dispatcher.
  std::string request_id;
  std::string language = "es";  // from Accept-Language
  std::map<std::string, std::string> path_parameters;
  std::optional<Authenticated> session;
  ProcessId process_id;

  std::optional<std::string> Header(std::string_view name) const;
  std::optional<std::string> Query(const std::string& name) const;
  std::string PathParameter(const std::string& name) const;
  bool ChangesState() const { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }
  // What a service needs: who acts, in which process, for the audit log.
  RequestContext Context() const;
};

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  // An error answer keeps its Error: the pipeline writes the body in the caller's language and
  // the audit log records the reason as it was.
  std::optional<Error> error;

  Response& With(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
  }
  std::optional<std::string> Header(std::string_view name) const;
};

Response JsonResponse(int status, const nlohmann::json& body);
Response NoContent();
// A record with its version as ETag.
Response VersionedJson(int status, const nlohmann::json& body, std::int64_t version);
// A file to download: Content-Disposition attachment with both an ASCII and a UTF-8 file name.
Response Attachment(std::string content_type, std::string file_name, std::string body);

// The language of a request from its Accept-Language header: "en" or "es" (the default).
std::string LanguageFrom(std::string_view accept_language);
// Parses "a=1&b=x%20y" into pairs; '+' is a space.
std::multimap<std::string, std::string> ParseQuery(std::string_view query);
std::string PercentDecode(std::string_view text);
// A cookie's value from a Cookie header.
std::optional<std::string> CookieValue(std::string_view cookie_header, std::string_view name);

}  // namespace enlace::http
