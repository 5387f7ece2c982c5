#include "reference/domain/reference_names.hpp"

#include "kernel/domain/written_text.hpp"

namespace enlace {
namespace {

ReferenceName Named(const LocalizedText& name, const LocalizedText& abbreviation, std::string_view code,
                    std::string_view language) {
  ReferenceName out;
  out.name = CleanText(name.In(language), LineBreaks::kToSpaces);
  out.abbreviation = CleanText(abbreviation.In(language), LineBreaks::kToSpaces);
  if (out.name.empty()) out.name = out.abbreviation.empty() ? CleanText(code, LineBreaks::kToSpaces) : out.abbreviation;
  if (out.abbreviation.empty()) out.abbreviation = out.name;
  return out;
}

}  // namespace

std::string ReferenceName::WithAbbreviation() const {
  if (abbreviation.empty() || abbreviation == name) return name;
  return name + " (" + abbreviation + ")";
}

ReferenceName LookupName(const ReferenceData& reference, std::string_view code, std::string_view language) {
  for (const Country& country : reference.countries) {
    if (country.code == code) return Named(country.name, country.name, code, language);
  }
  for (const Organization& organization : reference.organizations) {
    if (organization.code == code) {
      ReferenceName out = Named(organization.name, organization.abbreviation, code, language);
      out.organization = true;
      return out;
    }
  }
  for (const Network& network : reference.networks) {
    if (network.code == code) {
      ReferenceName out = Named(network.name, network.abbreviation, code, language);
      out.network = true;
      return out;
    }
  }
  std::string fallback = CleanText(code, LineBreaks::kToSpaces);
  return ReferenceName{.name = fallback, .abbreviation = fallback};
}

}  // namespace enlace
