// How follow-up items read in each language: party names ("Países miembros", "Honduras") and
// meetings ("Red de Funcionarios de Enlace, San Pedro Sula, 15 de noviembre de 2016"). Shared by
// reminders, in-app notifications and calendar feeds.
#pragma once

#include <string>
#include <string_view>

#include "kernel/domain/wording.hpp"
#include "kernel/domain/written_text.hpp"
#include "meetings/domain/meeting.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

// The party's name in the language of `words`: a country's name, an organisation's abbreviation,
// "Países miembros" for MEMBER_COUNTRIES.
std::string PartyName(const ReferenceData& reference, std::string_view party, const Wording& words);
std::string BodyName(const ReferenceData& reference, std::string_view body, std::string_view language);
// "San Pedro Sula, Honduras"; empty for a meeting without a place.
std::string PlaceName(const Place& place, const ReferenceData& reference, std::string_view language);
// "Red de Funcionarios de Enlace, San Pedro Sula, 15 de noviembre de 2016".
std::string MeetingLabel(const Meeting& meeting, const ReferenceData& reference, const Wording& words);

}  // namespace enlace
