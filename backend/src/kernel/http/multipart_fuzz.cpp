// libFuzzer target: the multipart/form-data parser (file uploads) on arbitrary bodies. The first
// line of the input is the boundary of the Content-Type header, the rest the body, so that the
// fuzzer can match (or break) the boundary itself.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "kernel/http/multipart.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::size_t newline = bytes.find('\n');
  std::string_view boundary = newline == std::string_view::npos ? bytes.substr(0, 0) : bytes.substr(0, newline);
  enlace::http::Request request;
  request.method = "POST";
  request.path = "/api/v1/imports";
  request.headers["Content-Type"] = "multipart/form-data; boundary=" + std::string(boundary.substr(0, 200));
  request.body = std::string(newline == std::string_view::npos ? bytes : bytes.substr(newline + 1));
  if (!enlace::http::IsMultipart(request)) return 0;
  auto parts = enlace::http::ParseMultipart(request);
  if (parts) {
    for (const auto& part : *parts) {
      (void)part.name.size();
      (void)part.content.size();
    }
  }
  return 0;
}
