// The one place where an Error becomes an HTTP status, and its JSON body.
#pragma once

#include "kernel/domain/error.hpp"
#include "kernel/domain/texts.hpp"
#include "kernel/http/message.hpp"

namespace enlace::http {

int StatusFor(const Error& error);
// The answer for `error`: its status, and the Error itself; the pipeline writes the body
// (RenderError) once the handler is done.
Response ErrorResponse(const Error& error, const Request& request);
// {"error": {"code", "message", "request_id", "fields"?, "detail"?}}, messages in the request's
// language.
void RenderError(Response& response, const Request& request, const Texts& texts);

}  // namespace enlace::http
