// Calendars (M6): a meeting's own calendar file, and a private feed per person (a secret URL a
// calendar program subscribes to) with the process's meetings and the deadlines that concern them.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "kernel/domain/secrets.hpp"
#include "kernel/domain/store.hpp"
#include "kernel/domain/texts.hpp"
#include "meetings/domain/meeting.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

struct CalendarFeed {
  std::string name;  // the calendar's title
  std::string language;
  std::vector<Meeting> meetings;
  std::vector<std::pair<Commitment, Meeting>> deadlines;
  ReferenceData reference;
};

class CalendarService {
 public:
  // `texts` names a meeting's own calendar ("Red de Funcionarios de Enlace, San Pedro Sula, …").
  CalendarService(Store& store, const SecretGenerator& secrets, const Clock& clock, const Texts& texts);
  // A new secret for the person's feed (the previous one stops working); the token to put in the URL.
  Result<std::string> IssueFeedToken(const RequestContext& context);
  // The feed behind a token; kNotFound for an unknown or revoked one.
  Result<CalendarFeed> FeedForToken(std::string_view token);
  Result<CalendarFeed> MeetingCalendar(const RequestContext& context, MeetingId meeting);

 private:
  Store& store_;
  const SecretGenerator& secrets_;
  const Clock& clock_;
  const Texts& texts_;
};

// Whether a commitment's work falls to this person.
bool Concerns(const Actor& actor, const Commitment& commitment);

}  // namespace enlace
