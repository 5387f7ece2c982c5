// multipart/form-data bodies (file uploads from the browser's FormData), parsed without copying
// more than the parts themselves. Malformed input is an Error, never a crash.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/domain/error.hpp"
#include "kernel/http/message.hpp"

namespace enlace::http {

struct FormPart {
  std::string name;                      // the form field
  std::optional<std::string> file_name;  // present for files
  std::string content_type;
  std::string content;
};

bool IsMultipart(const Request& request);
// kInvalidArgument "invalid_multipart" when the body does not follow the boundary of the header.
Result<std::vector<FormPart>> ParseMultipart(const Request& request, std::size_t max_parts = 20);

}  // namespace enlace::http
