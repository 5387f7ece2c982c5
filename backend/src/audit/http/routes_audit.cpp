// The audit log, for the Technical Secretariat.
#include "audit/http/audit_routes.hpp"
#include "kernel/domain/json.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/http/errors.hpp"

namespace enlace::http {

void AddAuditRoutes(Router& router_, AuditRouteServices services_) {
  router_.Add(
      "GET", "/api/v1/audit",
      {.summary = "Audit log entries, newest first",
       .tag = "audit",
       .response_schema = "AuditPage",
       .query = {{"actor", "Text in the actor's e-mail"},
                 {"action", "An action (contact_point.confirm) or a prefix (contact_point)"},
                 {"record_type", "contact_point, user, session, ..."},
                 {"record_id", "The record's id"},
                 {"outcome", "ok, denied or failed"},
                 {"from", "From this instant (YYYY-MM-DDTHH:MM:SSZ or YYYY-MM-DD)"},
                 {"to", "Up to this instant (YYYY-MM-DDTHH:MM:SSZ or YYYY-MM-DD)"},
                 {"limit", "Entries per page, 1-500", "integer"},
                 {"cursor", "next_cursor of the previous page"}},
       .who = "secretariat"},
      [services_](Request& request) {
        AuditFilter filter;
        auto text = [&](const char* name) -> std::optional<std::string> {
          auto value = request.Query(name);
          if (value && value->empty()) return std::nullopt;
          return value;
        };
        filter.actor = text("actor");
        filter.action = text("action");
        filter.record_type = text("record_type");
        filter.record_id = text("record_id");
        if (auto outcome = text("outcome")) {
          filter.outcome = ParseAuditOutcome(*outcome);
          if (!filter.outcome) return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "outcome"), request);
        }
        auto instant = [&](const char* name, bool end_of_day) -> Result<std::optional<Timestamp>> {
          auto value = text(name);
          if (!value) return std::optional<Timestamp>();
          if (auto parsed = ParseIsoTimestamp(*value)) return std::optional<Timestamp>(*parsed);
          if (auto day = ParseIsoDate(*value)) {
            auto start = std::chrono::sys_days{*day};
            return std::optional<Timestamp>(end_of_day ? start + std::chrono::seconds{86399} : Timestamp{start});
          }
          return std::unexpected(Error::Invalid(reasons::kInvalidQuery, name));
        };
        auto from = instant("from", false);
        auto to = instant("to", true);
        if (!from) return ErrorResponse(from.error(), request);
        if (!to) return ErrorResponse(to.error(), request);
        filter.from = *from;
        filter.to = *to;
        auto number = [&](const char* name) -> Result<std::optional<long long>> {
          auto value = text(name);
          if (!value) return std::optional<long long>();
          if (value->size() > 18 || value->find_first_not_of("0123456789") != std::string::npos) {
            return std::unexpected(Error::Invalid(reasons::kInvalidQuery, name));
          }
          return std::optional<long long>(std::stoll(*value));
        };
        auto limit = number("limit");
        auto cursor = number("cursor");
        if (!limit) return ErrorResponse(limit.error(), request);
        if (!cursor) return ErrorResponse(cursor.error(), request);
        filter.limit = static_cast<int>(std::clamp<long long>(limit->value_or(50), 1, 500));
        if (*cursor) filter.before_id = **cursor;
        auto entries = services_.audit.List(request.Context(), filter);
        if (!entries) return ErrorResponse(entries.error(), request);
        auto items = nlohmann::json::array();
        for (const auto& entry : *entries) items.push_back(ToJson(entry));
        nlohmann::json next = nullptr;
        if (static_cast<int>(entries->size()) == filter.limit && !entries->empty()) {
          next = std::to_string(entries->back().id);
        }
        return JsonResponse(200, {{"items", items}, {"next_cursor", next}});
      });
}

}  // namespace enlace::http
