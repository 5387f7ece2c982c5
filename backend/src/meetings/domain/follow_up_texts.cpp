#include "meetings/domain/follow_up_texts.hpp"

#include <algorithm>

#include "meetings/domain/text_keys.hpp"
#include "reference/domain/reference_names.hpp"

namespace enlace {

std::string PartyName(const ReferenceData& reference, std::string_view party, const Wording& words) {
  const std::string& language = words.language();
  for (const auto& country : reference.countries) {
    if (country.code == party) return country.name.In(language);
  }
  for (const auto& organization : reference.organizations) {
    if (organization.code != party) continue;
    if (party == kMemberCountries) return words(text_keys::kMemberCountriesName);
    return organization.abbreviation.In(language).empty() ? organization.name.In(language)
                                                          : organization.abbreviation.In(language);
  }
  return std::string(party);
}

std::string BodyName(const ReferenceData& reference, std::string_view body, std::string_view language) {
  for (const auto& network : reference.networks) {
    if (network.code == body) return network.name.In(language);
  }
  for (const auto& organization : reference.organizations) {
    if (organization.code == body) return organization.name.In(language);
  }
  return std::string(body);
}

std::string MeetingLabel(const Meeting& meeting, const ReferenceData& reference, const Wording& words) {
  std::string label = BodyName(reference, meeting.body, words.language());
  if (!meeting.place.city.empty()) label += ", " + meeting.place.city;
  label += ", " + WrittenDate(meeting.date, words);
  return label;
}

std::string PlaceName(const Place& place, const ReferenceData& reference, std::string_view language) {
  std::string city = CleanText(place.city, LineBreaks::kToSpaces);
  std::string country = place.country.empty() ? std::string() : LookupName(reference, place.country, language).name;
  if (city.empty()) return country;
  if (country.empty()) return city;
  return city + ", " + country;
}

}  // namespace enlace
