// A small HTTP client over libcurl for integration tests: keeps its own cookies (one client is one
// browser), remembers the CSRF token of its session and sends it on state-changing requests. It
// holds every exchange to the API's contract (support/api_contract.hpp): a request or response
// that the OpenAPI document does not describe fails the test.
#pragma once

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <source_location>
#include <string>
#include <vector>

namespace enlace::testing {

class ApiContract;

struct HttpResponse {
  long status = 0;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  std::optional<std::string> Header(const std::string& name) const;  // case-insensitive, first
  std::vector<std::string> Headers(const std::string& name) const;
  nlohmann::json Json() const;    // fails the test when the body is not JSON
  std::string ErrorCode() const;  // error.code of an error body, else ""
};

struct RequestOptions {
  std::map<std::string, std::string> headers;
  bool send_csrf = true;  // X-CSRF-Token on POST/PUT/PATCH/DELETE when the client has one
  // The request breaks the contract on purpose (bad JSON, a wrong type, an unknown field or
  // operation): it is sent without being checked. Its response is still checked.
  bool unchecked = false;
};

class HttpClient {
 public:
  // Checks every exchange against `contract` (by default the one this build serves; null: none).
  explicit HttpClient(std::string base_url, const ApiContract* contract = &DefaultContract());
  ~HttpClient();
  HttpClient(HttpClient&&) noexcept;
  HttpClient& operator=(HttpClient&&) noexcept;

  // Each request names the test line that made it (`where`), which a contract failure reports.
  using Where = std::source_location;
  HttpResponse Get(const std::string& path, RequestOptions options = {}, Where where = Where::current());
  HttpResponse Delete(const std::string& path, RequestOptions options = {}, Where where = Where::current());
  HttpResponse Post(const std::string& path, const nlohmann::json& body, RequestOptions options = {},
                    Where where = Where::current());
  HttpResponse Patch(const std::string& path, const nlohmann::json& body, RequestOptions options = {},
                     Where where = Where::current());
  // A raw request: any method, any body, any content type.
  HttpResponse Send(const std::string& method, const std::string& path, const std::string& body,
                    RequestOptions options = {}, Where where = Where::current());

  // Signs in; remembers the CSRF token. Returns the response.
  HttpResponse SignIn(const std::string& email, const std::string& password, Where where = Where::current());
  void set_language(std::string language) { language_ = std::move(language); }
  const std::string& csrf_token() const { return csrf_token_; }
  void set_csrf_token(std::string token) { csrf_token_ = std::move(token); }

 private:
  static const ApiContract& DefaultContract();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string base_url_;
  const ApiContract* contract_ = nullptr;
  std::string csrf_token_;
  std::string language_ = "en";
};

}  // namespace enlace::testing
