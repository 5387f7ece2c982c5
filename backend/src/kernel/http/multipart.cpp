#include "kernel/http/multipart.hpp"

#include <algorithm>
#include <cctype>

#include "kernel/domain/reasons.hpp"

namespace enlace::http {
namespace {

std::string Lower(std::string_view text) {
  std::string result(text);
  std::transform(result.begin(), result.end(), result.begin(), [](unsigned char c) { return std::tolower(c); });
  return result;
}

// The value of `name="…"` or `name=…` in a header value such as a Content-Disposition.
std::optional<std::string> Parameter(std::string_view header, std::string_view name) {
  auto lower = Lower(header);
  std::size_t at = 0;
  while ((at = lower.find(name, at)) != std::string::npos) {
    bool starts = at == 0 || lower[at - 1] == ';' || lower[at - 1] == ' ';
    auto after = at + name.size();
    if (starts && after < header.size() && header[after] == '=') {
      auto value_start = after + 1;
      if (value_start < header.size() && header[value_start] == '"') {
        std::string value;
        for (auto i = value_start + 1; i < header.size(); ++i) {
          if (header[i] == '\\' && i + 1 < header.size()) {
            value.push_back(header[++i]);
          } else if (header[i] == '"') {
            return value;
          } else {
            value.push_back(header[i]);
          }
        }
        return std::nullopt;
      }
      auto end = header.find(';', value_start);
      auto value = std::string(
          header.substr(value_start, end == std::string_view::npos ? std::string_view::npos : end - value_start));
      while (!value.empty() && value.back() == ' ') value.pop_back();
      return value;
    }
    at = after;
  }
  return std::nullopt;
}

}  // namespace

bool IsMultipart(const Request& request) {
  auto type = request.Header("Content-Type");
  return type && Lower(*type).starts_with("multipart/form-data");
}

Result<std::vector<FormPart>> ParseMultipart(const Request& request, std::size_t max_parts) {
  auto invalid = [] { return std::unexpected(Error::Invalid(reasons::kInvalidMultipart)); };
  auto type = request.Header("Content-Type");
  if (!type) return invalid();
  auto boundary = Parameter(*type, "boundary");
  if (!boundary || boundary->empty() || boundary->size() > 200) return invalid();
  const std::string delimiter = "--" + *boundary;
  std::string_view body = request.body;
  auto position = body.find(delimiter);
  if (position == std::string_view::npos) return invalid();
  std::vector<FormPart> parts;
  position += delimiter.size();
  while (true) {
    if (body.substr(position, 2) == "--") break;  // the closing delimiter
    if (body.substr(position, 2) != "\r\n") return invalid();
    position += 2;
    auto headers_end = body.find("\r\n\r\n", position);
    if (headers_end == std::string_view::npos) return invalid();
    FormPart part;
    auto headers = body.substr(position, headers_end - position);
    std::size_t line_start = 0;
    while (line_start <= headers.size()) {
      auto line_end = headers.find("\r\n", line_start);
      if (line_end == std::string_view::npos) line_end = headers.size();
      auto line = headers.substr(line_start, line_end - line_start);
      auto colon = line.find(':');
      if (colon != std::string_view::npos) {
        auto name = Lower(line.substr(0, colon));
        auto value = line.substr(colon + 1);
        while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
        if (name == "content-disposition") {
          part.name = Parameter(value, "name").value_or("");
          part.file_name = Parameter(value, "filename");
        } else if (name == "content-type") {
          part.content_type = std::string(value);
        }
      }
      line_start = line_end + 2;
    }
    auto content_start = headers_end + 4;
    auto next = body.find("\r\n" + delimiter, content_start);
    if (next == std::string_view::npos) return invalid();
    part.content = std::string(body.substr(content_start, next - content_start));
    parts.push_back(std::move(part));
    if (parts.size() > max_parts) return std::unexpected(Error::Invalid(reasons::kTooManyParts));
    position = next + 2 + delimiter.size();
  }
  return parts;
}

}  // namespace enlace::http
