// Health, readiness and the OpenAPI document.
#include "kernel/domain/reasons.hpp"
#include "kernel/http/api.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/openapi.hpp"

namespace enlace::http {

void Api::AddSystemRoutes() {
  router_.Add("GET", "/healthz",
              {.summary = "The process is alive", .tag = "system", .response_schema = "Status", .who = "anyone"},
              [](Request&) {
                return JsonResponse(200, {{"status", "ok"}});
              });
  router_.Add("GET", "/readyz",
              {.summary = "The database answers", .tag = "system", .response_schema = "Status", .who = "anyone"},
              [this](Request& request) {
                if (draining_)
                  return ErrorResponse(Error::Of(ErrorCode::kUnavailable, reasons::kShuttingDown), request);
                if (!services_.store.Ping()) return ErrorResponse(Error::Unavailable(), request);
                return JsonResponse(200, {{"status", "ready"}, {"database", services_.store.backend_name()}});
              });
  router_.Add("GET", "/api/v1/openapi.json",
              {.summary = "This API described in OpenAPI 3.1",
               .tag = "system",
               .response_schema = "OpenApiDocument",
               .who = "anyone"},
              [this](Request&) { return JsonResponse(200, openapi_); });
}

}  // namespace enlace::http
