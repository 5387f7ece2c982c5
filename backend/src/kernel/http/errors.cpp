#include "kernel/http/errors.hpp"

#include "kernel/domain/reasons.hpp"

namespace enlace::http {

int StatusFor(const Error& error) {
  switch (error.code) {
    case ErrorCode::kInvalidArgument:
      if (error.reason == reasons::kMethodNotAllowed) return 405;
      return error.reason == reasons::kValidationFailed ? 422 : 400;
    case ErrorCode::kUnauthenticated:
      return 401;
    case ErrorCode::kForbidden:
      return 403;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kConflict:
      return 409;
    case ErrorCode::kPreconditionFailed:
      return 412;
    case ErrorCode::kPreconditionRequired:
      return 428;
    case ErrorCode::kPayloadTooLarge:
      return 413;
    case ErrorCode::kUnsupportedMediaType:
      return 415;
    case ErrorCode::kRateLimited:
      return 429;
    case ErrorCode::kUnavailable:
      return 503;
    case ErrorCode::kInternal:
      return 500;
  }
  return 500;
}

Response ErrorResponse(const Error& error, const Request&) {
  Response response;
  response.status = StatusFor(error);
  response.error = error;
  if (error.code == ErrorCode::kRateLimited) response.With("Retry-After", std::to_string(error.retry_after_seconds));
  return response;
}

void RenderError(Response& response, const Request& request, const Texts& texts) {
  const Error& error = *response.error;
  auto params = error.params;
  if (error.code == ErrorCode::kRateLimited) params["seconds"] = std::to_string(error.retry_after_seconds);
  nlohmann::json body{{"code", error.reason.empty() ? std::string(reasons::kInternal.code()) : error.reason},
                      {"message", texts.Error(request.language, error.reason, params)},
                      {"request_id", request.request_id}};
  if (!error.fields.empty()) {
    auto fields = nlohmann::json::array();
    for (const auto& field : error.fields) {
      fields.push_back({{"field", field.field},
                        {"code", field.reason},
                        {"message", texts.Error(request.language, field.reason, field.params)}});
    }
    body["fields"] = std::move(fields);
  }
  if (!error.detail.empty()) body["detail"] = error.detail;
  response.body =
      nlohmann::json{{"error", std::move(body)}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  response.With("Content-Type", "application/json; charset=utf-8");
}

}  // namespace enlace::http
