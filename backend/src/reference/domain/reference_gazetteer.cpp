#include "reference/domain/reference_gazetteer.hpp"

namespace enlace {

Gazetteer GazetteerOf(const ReferenceData& reference) {
  Gazetteer gazetteer;
  auto add_names = [&](const std::string& code, const LocalizedText& names, NameForm form) {
    if (names.en) gazetteer.AddName(code, *names.en, form);
    if (names.es) gazetteer.AddName(code, *names.es, form);
  };
  for (const auto& country : reference.countries) {
    gazetteer.AddEntity(GazetteerEntity{country.code, EntityKind::kCountry,
                                        country.status == CountryStatus::kMember ? "member" : "observer",
                                        country.name.en.value_or(""), country.name.es.value_or("")});
    add_names(country.code, country.name, NameForm::kName);
  }
  for (const auto& organization : reference.organizations) {
    gazetteer.AddEntity(GazetteerEntity{organization.code, EntityKind::kOrganization, organization.kind,
                                        organization.name.en.value_or(""), organization.name.es.value_or("")});
    add_names(organization.code, organization.name, NameForm::kName);
    add_names(organization.code, organization.abbreviation, NameForm::kAbbreviation);
  }
  for (const auto& network : reference.networks) {
    gazetteer.AddEntity(GazetteerEntity{network.code, EntityKind::kNetwork, "network", network.name.en.value_or(""),
                                        network.name.es.value_or("")});
    add_names(network.code, network.name, NameForm::kName);
    add_names(network.code, network.abbreviation, NameForm::kAbbreviation);
  }
  return gazetteer;
}

}  // namespace enlace
