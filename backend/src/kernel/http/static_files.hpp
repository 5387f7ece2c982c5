// The built front end (frontend/dist): hashed assets under /assets/ are cached for a year, other
// files revalidate, and any path without a file extension gets index.html so the single-page
// app can route it. A precompressed .gz sibling is sent to clients that accept gzip.
#pragma once

#include <filesystem>
#include <optional>

#include "kernel/http/message.hpp"

namespace enlace::http {

class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root);
  // nullopt when the path is not the front end's (the caller answers 404).
  std::optional<Response> Serve(const Request& request) const;
  bool enabled() const { return !root_.empty(); }

 private:
  std::optional<Response> File(const std::filesystem::path& relative, const Request& request, bool immutable) const;
  std::filesystem::path root_;
};

std::string ContentTypeFor(const std::filesystem::path& path);

}  // namespace enlace::http
