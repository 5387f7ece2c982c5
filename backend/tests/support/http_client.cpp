#include "support/http_client.hpp"

#include <curl/curl.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>

#include "support/api_contract.hpp"

namespace enlace::testing {
namespace {

bool EqualsIgnoringCase(const std::string& a, const std::string& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

size_t WriteBody(char* data, size_t size, size_t count, void* user) {
  static_cast<std::string*>(user)->append(data, size * count);
  return size * count;
}

size_t WriteHeader(char* data, size_t size, size_t count, void* user) {
  auto* headers = static_cast<std::vector<std::pair<std::string, std::string>>*>(user);
  std::string line(data, size * count);
  if (line.starts_with("HTTP/")) headers->clear();  // a new response (after 100-continue)
  auto colon = line.find(':');
  if (colon != std::string::npos) {
    auto value = line.substr(colon + 1);
    auto first = value.find_first_not_of(" \t");
    auto last = value.find_last_not_of(" \t\r\n");
    headers->emplace_back(line.substr(0, colon),
                          first == std::string::npos ? "" : value.substr(first, last - first + 1));
  }
  return size * count;
}

}  // namespace

std::optional<std::string> HttpResponse::Header(const std::string& name) const {
  for (const auto& [key, value] : headers) {
    if (EqualsIgnoringCase(key, name)) return value;
  }
  return std::nullopt;
}

std::vector<std::string> HttpResponse::Headers(const std::string& name) const {
  std::vector<std::string> values;
  for (const auto& [key, value] : headers) {
    if (EqualsIgnoringCase(key, name)) values.push_back(value);
  }
  return values;
}

nlohmann::json HttpResponse::Json() const {
  auto parsed = nlohmann::json::parse(body, nullptr, false);
  if (parsed.is_discarded()) {
    ADD_FAILURE() << "not JSON (status " << status << "): " << body.substr(0, 300);
    return nlohmann::json::object();
  }
  return parsed;
}

std::string HttpResponse::ErrorCode() const {
  auto parsed = nlohmann::json::parse(body, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("error")) return "";
  return parsed["error"].value("code", "");
}

// Owns the handle, so that replacing a client (`gt = server().SignedIn("gt")`) frees the old one.
struct HttpClient::Impl {
  CURL* curl = nullptr;
  Impl() = default;
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
  ~Impl() {
    if (curl) curl_easy_cleanup(curl);
  }
};

const ApiContract& HttpClient::DefaultContract() { return ApiContract::OfThisBuild(); }

HttpClient::HttpClient(std::string base_url, const ApiContract* contract)
    : impl_(std::make_unique<Impl>()), base_url_(std::move(base_url)), contract_(contract) {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  impl_->curl = curl_easy_init();
  curl_easy_setopt(impl_->curl, CURLOPT_COOKIEFILE, "");  // in-memory cookie engine
  curl_easy_setopt(impl_->curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(impl_->curl, CURLOPT_TIMEOUT, 60L);
}

HttpClient::~HttpClient() = default;

HttpClient::HttpClient(HttpClient&&) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&&) noexcept = default;

HttpResponse HttpClient::Send(const std::string& method, const std::string& path, const std::string& body,
                              RequestOptions options, Where where) {
  HttpResponse response;
  std::string content_type = body.empty() ? "" : "application/json";
  for (const auto& [name, value] : options.headers) {
    if (EqualsIgnoringCase(name, "Content-Type")) content_type = value;
  }
  if (contract_ && !options.unchecked) {
    for (const auto& problem : contract_->CheckRequest(method, path, content_type, body)) {
      ADD_FAILURE_AT(where.file_name(), static_cast<int>(where.line())) << "contract: " << problem;
    }
  }
  CURL* curl = impl_->curl;
  curl_easy_setopt(curl, CURLOPT_URL, (base_url_ + path).c_str());
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
  curl_easy_setopt(curl, CURLOPT_NOBODY, method == "HEAD" ? 1L : 0L);
  curl_easy_setopt(curl, CURLOPT_HTTPGET, 0L);
  if (method == "GET") curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
  if (method != "GET" && method != "HEAD") {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  }
  curl_slist* headers = nullptr;
  bool has_language = false;
  bool has_type = false;
  for (const auto& [name, value] : options.headers) {
    headers = curl_slist_append(headers, (name + ": " + value).c_str());
    if (EqualsIgnoringCase(name, "Accept-Language")) has_language = true;
    if (EqualsIgnoringCase(name, "Content-Type")) has_type = true;
  }
  if (!has_language) headers = curl_slist_append(headers, ("Accept-Language: " + language_).c_str());
  if (!has_type && !body.empty()) headers = curl_slist_append(headers, "Content-Type: application/json");
  bool changes_state = method != "GET" && method != "HEAD";
  if (changes_state && options.send_csrf && !csrf_token_.empty() && !options.headers.contains("X-CSRF-Token")) {
    headers = curl_slist_append(headers, ("X-CSRF-Token: " + csrf_token_).c_str());
  }
  headers = curl_slist_append(headers, "Expect:");
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, WriteBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, WriteHeader);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.headers);
  auto result = curl_easy_perform(curl);
  curl_slist_free_all(headers);
  if (result != CURLE_OK) {
    ADD_FAILURE() << method << " " << path << ": " << curl_easy_strerror(result);
    return response;
  }
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
  if (contract_) {
    auto problems = contract_->CheckResponse(method, path, response.status,
                                             response.Header("Content-Type").value_or(""), response.body);
    for (const auto& problem : problems) {
      ADD_FAILURE_AT(where.file_name(), static_cast<int>(where.line())) << "contract: " << problem;
    }
  }
  return response;
}

HttpResponse HttpClient::Get(const std::string& path, RequestOptions options, Where where) {
  return Send("GET", path, "", std::move(options), where);
}
HttpResponse HttpClient::Delete(const std::string& path, RequestOptions options, Where where) {
  return Send("DELETE", path, "", std::move(options), where);
}
HttpResponse HttpClient::Post(const std::string& path, const nlohmann::json& body, RequestOptions options,
                              Where where) {
  return Send("POST", path, body.is_null() ? "" : body.dump(), std::move(options), where);
}
HttpResponse HttpClient::Patch(const std::string& path, const nlohmann::json& body, RequestOptions options,
                               Where where) {
  return Send("PATCH", path, body.dump(), std::move(options), where);
}

HttpResponse HttpClient::SignIn(const std::string& email, const std::string& password, Where where) {
  auto response = Post("/api/v1/session", {{"email", email}, {"password", password}}, {}, where);
  if (response.status == 200) csrf_token_ = response.Json().value("csrf_token", "");
  return response;
}

}  // namespace enlace::testing
