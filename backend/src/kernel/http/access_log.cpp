#include "kernel/http/access_log.hpp"

#include <fmt/format.h>

#include "kernel/http/router.hpp"

namespace enlace::http {

std::string EscapeForLog(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f || c == '\\') {
      static constexpr char kHex[] = "0123456789abcdef";
      escaped += "\\x";
      escaped += kHex[u >> 4];
      escaped += kHex[u & 15];
    } else {
      escaped.push_back(c);
    }
  }
  return escaped;
}

bool IsSecretPathParameter(std::string_view name) {
  return name == "token" || name == "signature" || name.ends_with("_token");
}

std::string RedactPath(std::string_view path, std::string_view pattern) {
  auto segments = SplitPath(path);
  auto expected = SplitPath(pattern);
  if (segments.size() != expected.size()) return std::string(path);
  std::string redacted;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto& name = expected[i];
    bool secret = name.size() > 2 && name.front() == '{' && name.back() == '}' &&
                  IsSecretPathParameter(std::string_view(name).substr(1, name.size() - 2));
    redacted += "/" + (secret ? std::string("[redacted]") : segments[i]);
  }
  if (path.ends_with("/")) redacted += "/";
  return redacted;
}

std::string AccessLogLine(const Request& request, const Response& response, double milliseconds) {
  return fmt::format("{} {} {} {} {} {:.1f}ms rid={} user={}", EscapeForLog(request.remote_ip),
                     EscapeForLog(request.method),
                     EscapeForLog(request.log_path.empty() ? request.path : request.log_path), response.status,
                     response.body.size(), milliseconds, EscapeForLog(request.request_id),
                     EscapeForLog(request.session ? request.session->actor.email : "-"));
}

}  // namespace enlace::http
