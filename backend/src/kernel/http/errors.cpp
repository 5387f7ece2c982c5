#include "kernel/http/errors.hpp"

#include "kernel/http/messages.hpp"

namespace enlace::http {

int StatusFor(const Error& error) {
  switch (error.code) {
    case ErrorCode::kInvalidArgument:
      if (error.reason == "method_not_allowed") return 405;
      return error.reason == "validation_failed" ? 422 : 400;
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

Response ErrorResponse(const Error& error, const Request& request) {
  auto params = error.params;
  if (error.code == ErrorCode::kRateLimited) params["seconds"] = std::to_string(error.retry_after_seconds);
  nlohmann::json body{{"code", error.reason.empty() ? "internal" : error.reason},
                      {"message", Message(error.reason, request.language, params)},
                      {"request_id", request.request_id}};
  if (!error.fields.empty()) {
    auto fields = nlohmann::json::array();
    for (const auto& field : error.fields) {
      fields.push_back({{"field", field.field},
                        {"code", field.reason},
                        {"message", Message(field.reason, request.language, field.params)}});
    }
    body["fields"] = std::move(fields);
  }
  if (!error.detail.empty()) body["detail"] = error.detail;
  auto response = JsonResponse(StatusFor(error), nlohmann::json{{"error", std::move(body)}});
  if (error.code == ErrorCode::kRateLimited) response.With("Retry-After", std::to_string(error.retry_after_seconds));
  return response;
}

}  // namespace enlace::http
