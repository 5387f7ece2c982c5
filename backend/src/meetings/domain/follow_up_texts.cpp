#include "meetings/domain/follow_up_texts.hpp"

#include "reference/domain/reference_names.hpp"

#include <algorithm>

namespace enlace {

std::string PartyName(const ReferenceData& reference, std::string_view party, std::string_view language) {
  for (const auto& country : reference.countries) {
    if (country.code == party) return country.name.In(language);
  }
  for (const auto& organization : reference.organizations) {
    if (organization.code != party) continue;
    if (party == "MEMBER_COUNTRIES") return language == "en" ? "Member countries" : "Países miembros";
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

std::string MeetingLabel(const Meeting& meeting, const ReferenceData& reference, std::string_view language) {
  std::string label = BodyName(reference, meeting.body, language);
  if (!meeting.place.city.empty()) label += ", " + meeting.place.city;
  label += ", " + WrittenDate(meeting.date, language);
  return label;
}

std::string PlaceName(const Place& place, const ReferenceData& reference, std::string_view language) {
  std::string city = CleanText(place.city, LineBreaks::kToSpaces);
  std::string country = place.country.empty() ? std::string() : LookupName(reference, place.country, language).name;
  if (city.empty()) return country;
  if (country.empty()) return city;
  return city + ", " + country;
}

std::string_view MeetingNoun(MeetingType type, std::string_view language) {
  const bool english = language == "en";
  switch (type) {
    case MeetingType::kRegular:
      return english ? "regular meeting" : "reunión ordinaria";
    case MeetingType::kExtraordinary:
      return english ? "extraordinary meeting" : "reunión extraordinaria";
    case MeetingType::kVirtual:
      return english ? "virtual meeting" : "reunión virtual";
    case MeetingType::kWorkshop:
      return english ? "workshop" : "taller";
  }
  return english ? "meeting" : "reunión";
}

}  // namespace enlace
