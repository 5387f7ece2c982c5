// How follow-up items read in each language: party names ("Países miembros", "Honduras"),
// meetings ("Red de Funcionarios de Enlace, San Pedro Sula, 15 de noviembre de 2016") and dates
// written out. Shared by reminders, in-app notifications and calendar feeds.
#pragma once

#include <string>
#include <string_view>

#include "meetings/domain/meeting.hpp"
#include "kernel/domain/written_text.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

std::string PartyName(const ReferenceData& reference, std::string_view party, std::string_view language);
std::string BodyName(const ReferenceData& reference, std::string_view body, std::string_view language);
// "San Pedro Sula, Honduras"; empty for a meeting without a place.
std::string PlaceName(const Place& place, const ReferenceData& reference, std::string_view language);
// "reunión ordinaria" / "regular meeting", "taller" / "workshop" (lower case).
std::string_view MeetingNoun(MeetingType type, std::string_view language);
std::string MeetingLabel(const Meeting& meeting, const ReferenceData& reference, std::string_view language);

}  // namespace enlace
