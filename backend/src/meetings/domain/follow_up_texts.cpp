#include "meetings/domain/follow_up_texts.hpp"

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

std::string WrittenDate(Date date, std::string_view language) {
  static constexpr const char* kSpanish[] = {"enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
                                             "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};
  static constexpr const char* kEnglish[] = {"January", "February", "March",     "April",   "May",      "June",
                                             "July",    "August",   "September", "October", "November", "December"};
  if (!date.ok()) return "?";
  auto month = static_cast<unsigned>(date.month()) - 1;
  auto day = std::to_string(static_cast<unsigned>(date.day()));
  auto year = std::to_string(static_cast<int>(date.year()));
  if (language == "en") return day + " " + kEnglish[month] + " " + year;
  return day + " de " + kSpanish[month] + " de " + year;
}

std::string MeetingLabel(const Meeting& meeting, const ReferenceData& reference, std::string_view language) {
  std::string label = BodyName(reference, meeting.body, language);
  if (!meeting.place.city.empty()) label += ", " + meeting.place.city;
  label += ", " + WrittenDate(meeting.date, language);
  return label;
}

}  // namespace enlace
