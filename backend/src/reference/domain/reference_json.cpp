#include "reference/domain/reference_json.hpp"

#include "kernel/domain/json.hpp"

namespace enlace {

using nlohmann::json;

json ToJson(const Process& process) {
  return json{{"code", process.code},
              {"name", ToJson(process.name)},
              {"languages", process.languages},
              {"default_language", process.default_language}};
}

json ToJson(const Country& country) {
  return json{{"code", country.code},
              {"name", ToJson(country.name)},
              {"status", country.status == CountryStatus::kMember ? "member" : "observer"}};
}

json ToJson(const Organization& organization) {
  return json{{"code", organization.code},
              {"abbreviation", ToJson(organization.abbreviation)},
              {"name", ToJson(organization.name)},
              {"kind", organization.kind}};
}

json ToJson(const Network& network) {
  return json{{"code", network.code}, {"abbreviation", ToJson(network.abbreviation)}, {"name", ToJson(network.name)}};
}

json ToJson(const Topic& topic) { return json{{"code", topic.code}, {"name", ToJson(topic.name)}}; }

}  // namespace enlace
