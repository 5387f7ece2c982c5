// Search across everything (M27).
#include <charconv>

#include "kernel/domain/reasons.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/handlers.hpp"
#include "kernel/http/openapi.hpp"
#include "search/http/search_routes.hpp"

namespace enlace::http {
namespace {

std::optional<int> Number(const std::optional<std::string>& text, int fallback) {
  if (!text || text->empty()) return fallback;
  int value = 0;
  auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (error != std::errc() || end != text->data() + text->size()) return std::nullopt;
  return value;
}

}  // namespace

void AddSearchRoutes(Router& router_, SearchService& search_) {
  router_.Add(
      "GET", "/api/v1/search",
      {.summary = "Search across everything the caller may read (meetings, agreements, commitments and "
                  "their answers, contact points, …), accent- and case-insensitive, with Spanish and English "
                  "stems; best first, found words between <mark> and </mark> in the snippet. At most 200 matching "
                  "entries are ranked (twice offset + limit when more): `total` counts the records found and is "
                  "exact when fewer entries match; otherwise it is a lower bound (the records among those ranked)",
       .tag = "search",
       .response_schema = "SearchResults",
       .query = {{"q", "The words to find"},
                 {"type",
                  "Only records of this type (meeting, agreement, commitment, answer, contact_point, document)"},
                 {"lang", "Only records in this language (es or en)"},
                 {"limit", "At most this many items (1–100, default 20)", "integer"},
                 {"offset", "Skip this many items", "integer"},
                 {"process", "Code of the regional process, for anonymous visitors"}},
       .who = "anyone (anonymous visitors find public records only)"},
      [&search_](Request& request) {
        SearchRequest input;
        input.query = request.Query("q").value_or("");
        if (auto type = request.Query("type"); type && !type->empty()) input.type = *type;
        if (auto lang = request.Query("lang"); lang && !lang->empty()) input.language = *lang;
        auto limit = Number(request.Query("limit"), 20);
        auto offset = Number(request.Query("offset"), 0);
        if (!limit || !offset) return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "limit"), request);
        input.limit = *limit;
        input.offset = *offset;
        auto found = search_.Search(request.Context(), input);
        if (!found) return ErrorResponse(found.error(), request);
        auto items = nlohmann::json::array();
        for (const auto& item : found->items) {
          nlohmann::json json = {
              {"type", item.type}, {"id", item.id}, {"title", item.title}, {"snippet", item.snippet}};
          json["parent"] = item.parent_type
                               ? nlohmann::json{{"type", *item.parent_type}, {"id", item.parent_id.value_or(0)}}
                               : nlohmann::json(nullptr);
          items.push_back(json);
        }
        return JsonResponse(200, {{"items", items}, {"total", found->total}});
      });
}

using namespace schema;

nlohmann::json SearchSchemas() {
  nlohmann::json s;
  s["SearchResult"] = Record({{"type", Str()},
                              {"id", Int()},
                              {"title", Str()},
                              {"snippet", Str()},
                              {"parent", Nullable(Record({{"type", Str()}, {"id", Int()}}))}});
  s["SearchResults"] = Record({{"items", ListOf(Ref("SearchResult"))}, {"total", Int()}});
  return s;
}

}  // namespace enlace::http
