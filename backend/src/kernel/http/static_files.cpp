#include "kernel/http/static_files.hpp"

#include <fstream>
#include <sstream>

namespace enlace::http {
namespace {

std::optional<std::string> ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

bool AcceptsGzip(const Request& request) {
  auto header = request.Header("Accept-Encoding");
  return header && header->find("gzip") != std::string::npos;
}

}  // namespace

std::string ContentTypeFor(const std::filesystem::path& path) {
  auto extension = path.extension().string();
  if (extension == ".html") return "text/html; charset=utf-8";
  if (extension == ".js" || extension == ".mjs") return "text/javascript; charset=utf-8";
  if (extension == ".css") return "text/css; charset=utf-8";
  if (extension == ".json") return "application/json; charset=utf-8";
  if (extension == ".svg") return "image/svg+xml";
  if (extension == ".png") return "image/png";
  if (extension == ".ico") return "image/x-icon";
  if (extension == ".woff2") return "font/woff2";
  if (extension == ".txt") return "text/plain; charset=utf-8";
  if (extension == ".webmanifest") return "application/manifest+json";
  return "application/octet-stream";
}

StaticFiles::StaticFiles(std::filesystem::path root) : root_(std::move(root)) {}

std::optional<Response> StaticFiles::File(const std::filesystem::path& relative, const Request& request,
                                          bool immutable) const {
  auto path = root_ / relative;
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
  Response response;
  auto gzipped = path;
  gzipped += ".gz";
  std::optional<std::string> body;
  if (AcceptsGzip(request) && std::filesystem::is_regular_file(gzipped, error)) {
    body = ReadFile(gzipped);
    if (body) response.With("Content-Encoding", "gzip");
  }
  if (!body) body = ReadFile(path);
  if (!body) return std::nullopt;
  response.body = std::move(*body);
  response.With("Content-Type", ContentTypeFor(path));
  response.With("Vary", "Accept-Encoding");
  response.With("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  return response;
}

std::optional<Response> StaticFiles::Serve(const Request& request) const {
  if (root_.empty() || (request.method != "GET" && request.method != "HEAD")) return std::nullopt;
  // Only plain relative paths: no "..", no hidden files, no backslashes.
  auto segments = std::vector<std::string>();
  std::filesystem::path relative;
  std::size_t start = 1;
  const auto& path = request.path;
  while (start <= path.size()) {
    auto end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    auto segment = path.substr(start, end - start);
    if (!segment.empty()) {
      if (segment.front() == '.' || segment.find('\\') != std::string::npos ||
          segment.find('\0') != std::string::npos) {
        return std::nullopt;
      }
      relative /= segment;
    }
    start = end + 1;
  }
  bool is_asset = request.path.starts_with("/assets/");
  if (!relative.empty()) {
    if (auto file = File(relative, request, is_asset)) return file;
    if (relative.has_extension() || is_asset) return std::nullopt;
  }
  return File("index.html", request, false);
}

}  // namespace enlace::http
