// The one place where an Error becomes an HTTP status and a JSON body.
#pragma once

#include "kernel/domain/error.hpp"
#include "kernel/http/message.hpp"

namespace enlace::http {

int StatusFor(const Error& error);
// {"error": {"code", "message", "request_id", "fields"?, "detail"?}} in the request's language.
Response ErrorResponse(const Error& error, const Request& request);

}  // namespace enlace::http
