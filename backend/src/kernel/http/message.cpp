#include "kernel/http/message.hpp"

#include <algorithm>
#include <cctype>

namespace enlace::http {

bool HeaderNameLess::operator()(std::string_view a, std::string_view b) const {
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) < std::tolower(static_cast<unsigned char>(y));
  });
}

std::optional<std::string> Request::Header(std::string_view name) const {
  auto found = headers.find(name);
  if (found == headers.end()) return std::nullopt;
  return found->second;
}

std::optional<std::string> Request::Query(const std::string& name) const {
  auto found = query.find(name);
  if (found == query.end()) return std::nullopt;
  return found->second;
}

std::string Request::PathParameter(const std::string& name) const {
  auto found = path_parameters.find(name);
  return found == path_parameters.end() ? std::string() : found->second;
}

RequestContext Request::Context() const {
  RequestContext context;
  if (session) context.actor = session->actor;
  context.process_id = process_id;
  context.request_id = request_id;
  context.ip = remote_ip;
  context.language = language;
  return context;
}

std::optional<std::string> Response::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (!HeaderNameLess{}(key, name) && !HeaderNameLess{}(name, key)) return value;
  }
  return std::nullopt;
}

Response JsonResponse(int status, const nlohmann::json& body) {
  Response response;
  response.status = status;
  response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  response.With("Content-Type", "application/json; charset=utf-8");
  return response;
}

Response NoContent() {
  Response response;
  response.status = 204;
  return response;
}

Response VersionedJson(int status, const nlohmann::json& body, std::int64_t version) {
  return JsonResponse(status, body).With("ETag", "\"" + std::to_string(version) + "\"");
}

Response Attachment(std::string content_type, std::string file_name, std::string body) {
  Response response;
  response.body = std::move(body);
  std::string ascii;
  for (char c : file_name) {
    auto u = static_cast<unsigned char>(c);
    ascii.push_back(u < 0x80 && c != '"' && c != '\\' && u >= 0x20 ? c : '_');
  }
  std::string encoded;
  for (char c : file_name) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '.' || c == '-' || c == '_') {
      encoded.push_back(c);
    } else {
      static constexpr char kHex[] = "0123456789ABCDEF";
      encoded += '%';
      encoded += kHex[u >> 4];
      encoded += kHex[u & 15];
    }
  }
  response.With("Content-Type", std::move(content_type));
  response.With("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
  return response;
}

std::string LanguageFrom(std::string_view accept_language) {
  // The first of "es" and "en" to appear wins; quality values are rarely used by browsers to
  // reorder and the interface always sends a single language.
  std::string lower;
  for (char c : accept_language) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  std::size_t start = 0;
  while (start < lower.size()) {
    auto end = lower.find(',', start);
    if (end == std::string::npos) end = lower.size();
    auto item = lower.substr(start, end - start);
    auto first = item.find_first_not_of(' ');
    if (first != std::string::npos) {
      item = item.substr(first);
      if (item.starts_with("en")) return "en";
      if (item.starts_with("es")) return "es";
    }
    start = end + 1;
  }
  return "es";
}

std::string PercentDecode(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      result.push_back(static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16)));
      i += 2;
    } else {
      result.push_back(text[i]);
    }
  }
  return result;
}

std::multimap<std::string, std::string> ParseQuery(std::string_view query) {
  std::multimap<std::string, std::string> result;
  std::size_t start = 0;
  while (start < query.size()) {
    auto end = query.find('&', start);
    if (end == std::string_view::npos) end = query.size();
    auto pair = std::string(query.substr(start, end - start));
    std::replace(pair.begin(), pair.end(), '+', ' ');
    auto equals = pair.find('=');
    if (!pair.empty()) {
      if (equals == std::string::npos) {
        result.emplace(PercentDecode(pair), "");
      } else {
        result.emplace(PercentDecode(pair.substr(0, equals)), PercentDecode(pair.substr(equals + 1)));
      }
    }
    start = end + 1;
  }
  return result;
}

std::optional<std::string> CookieValue(std::string_view header, std::string_view name) {
  std::size_t start = 0;
  while (start < header.size()) {
    auto end = header.find(';', start);
    if (end == std::string_view::npos) end = header.size();
    auto item = header.substr(start, end - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    auto equals = item.find('=');
    if (equals != std::string_view::npos && item.substr(0, equals) == name) {
      return std::string(item.substr(equals + 1));
    }
    start = end + 1;
  }
  return std::nullopt;
}

}  // namespace enlace::http
