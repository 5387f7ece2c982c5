// The texts of the meetings capability's domain (texts/<language>.json, "texts"), and the key of
// a text with one form per meeting type. Every key here is in every language; a test checks it.
#pragma once

#include "kernel/domain/text_key.hpp"
#include "meetings/domain/meeting.hpp"

namespace enlace {

// A text in one form per meeting type: "Informe de la reunión ordinaria", "Informe del taller".
// Whole phrases rather than a noun, so that articles and adjectives can agree with it.
struct MeetingTypeKey {
  TextKey regular;
  TextKey extraordinary;
  TextKey virtual_meeting;
  TextKey workshop;

  constexpr TextKey For(MeetingType type) const {
    switch (type) {
      case MeetingType::kRegular:
        return regular;
      case MeetingType::kExtraordinary:
        return extraordinary;
      case MeetingType::kVirtual:
        return virtual_meeting;
      case MeetingType::kWorkshop:
        return workshop;
    }
    return regular;
  }
};

namespace text_keys {

// The party MEMBER_COUNTRIES as follow-up items name it: "Países miembros".
inline constexpr TextKey kMemberCountriesName{"meetings.party.member_countries"};

}  // namespace text_keys
}  // namespace enlace
