// The access log's line for a request (issue 9, finding 9): what a client sent is escaped (a CR,
// LF, ESC or any other control character becomes \xNN, so no request can forge a line or colour a
// terminal), and secret path parameters (a calendar feed's token, a signed link) never appear.
#pragma once

#include <string>
#include <string_view>

#include "kernel/http/message.hpp"

namespace enlace::http {

// `text` with control characters (below 0x20, DEL) and backslashes written as \xNN.
std::string EscapeForLog(std::string_view text);

// Whether a path parameter is a secret: named "token" or "signature", or ending in "_token".
bool IsSecretPathParameter(std::string_view name);

// `path` with the segments that match the pattern's secret parameters replaced by "[redacted]".
std::string RedactPath(std::string_view path, std::string_view pattern);

// "ip method path status bytes 1.2ms rid=… user=…", all of it escaped.
std::string AccessLogLine(const Request& request, const Response& response, double milliseconds);

}  // namespace enlace::http
