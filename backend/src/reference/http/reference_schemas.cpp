// The OpenAPI schemas of the reference capability's routes: the one description of each wire shape,
// against which the integration tests validate every request and response.
#include "kernel/http/openapi.hpp"
#include "reference/http/reference_routes.hpp"

namespace enlace::http {

using namespace schema;

nlohmann::json ReferenceSchemas() {
  nlohmann::json s;
  s["Process"] = Record({{"code", Str()},
                         {"name", Ref("LocalizedText")},
                         {"languages", ListOf(Ref("Language"))},
                         {"default_language", Ref("Language")}});
  s["Country"] = Record({{"code", Str()}, {"name", Ref("LocalizedText")}, {"status", Enum({"member", "observer"})}});
  s["CountryList"] = ItemsOf("Country");
  s["Organization"] = Record(
      {{"code", Str()}, {"abbreviation", Ref("LocalizedText")}, {"name", Ref("LocalizedText")}, {"kind", Str()}});
  s["OrganizationList"] = ItemsOf("Organization");
  s["Network"] = Record({{"code", Str()}, {"abbreviation", Ref("LocalizedText")}, {"name", Ref("LocalizedText")}});
  s["NetworkList"] = ItemsOf("Network");
  s["Topic"] = Record({{"code", Str()}, {"name", Ref("LocalizedText")}});
  s["TopicList"] = ItemsOf("Topic");
  return s;
}

}  // namespace enlace::http
