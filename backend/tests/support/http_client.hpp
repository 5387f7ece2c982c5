// A small HTTP client over libcurl for integration tests: keeps its own cookies (one client is one
// browser), remembers the CSRF token of its session and sends it on state-changing requests.
#pragma once

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace enlace::testing {

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
};

class HttpClient {
 public:
  explicit HttpClient(std::string base_url);
  ~HttpClient();
  HttpClient(HttpClient&&) noexcept;
  HttpClient& operator=(HttpClient&&) noexcept;

  HttpResponse Get(const std::string& path, RequestOptions options = {});
  HttpResponse Delete(const std::string& path, RequestOptions options = {});
  HttpResponse Post(const std::string& path, const nlohmann::json& body, RequestOptions options = {});
  HttpResponse Patch(const std::string& path, const nlohmann::json& body, RequestOptions options = {});
  // A raw request: any method, any body, any content type.
  HttpResponse Send(const std::string& method, const std::string& path, const std::string& body,
                    RequestOptions options = {});

  // Signs in; remembers the CSRF token. Returns the response.
  HttpResponse SignIn(const std::string& email, const std::string& password);
  void set_language(std::string language) { language_ = std::move(language); }
  const std::string& csrf_token() const { return csrf_token_; }
  void set_csrf_token(std::string token) { csrf_token_ = std::move(token); }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string base_url_;
  std::string csrf_token_;
  std::string language_ = "en";
};

}  // namespace enlace::testing
