// The OpenAPI schemas of the reference capability's routes: the one description of each wire shape,
// against which the integration tests validate every request and response.
#include "kernel/http/openapi.hpp"
#include "reference/http/reference_routes.hpp"

namespace enlace::http {

using namespace schema;

nlohmann::json ReferenceSchemas() {
  nlohmann::json s;
  s["Process"] = Object(
      {{"code", Str()}, {"name", Ref("LocalizedText")}, {"languages", ListOf(Str())}, {"default_language", Str()}},
      {"code", "name", "languages", "default_language"});
  s["Country"] =
      Object({{"code", Str()}, {"name", Ref("LocalizedText")}, {"status", {{"enum", {"member", "observer"}}}}},
             {"code", "name", "status"});
  s["CountryList"] = ItemsOf("Country");
  s["Organization"] =
      Object({{"code", Str()}, {"abbreviation", Ref("LocalizedText")}, {"name", Ref("LocalizedText")}, {"kind", Str()}},
             {"code", "name", "kind"});
  s["OrganizationList"] = ItemsOf("Organization");
  s["Network"] = Object({{"code", Str()}, {"abbreviation", Ref("LocalizedText")}, {"name", Ref("LocalizedText")}},
                        {"code", "name"});
  s["NetworkList"] = ItemsOf("Network");
  s["Topic"] = Object({{"code", Str()}, {"name", Ref("LocalizedText")}}, {"code", "name"});
  s["TopicList"] = ItemsOf("Topic");
  return s;
}

}  // namespace enlace::http
