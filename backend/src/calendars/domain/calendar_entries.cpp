#include "calendars/domain/calendar_entries.hpp"

#include "meetings/domain/follow_up_texts.hpp"
#include "reference/domain/reference_names.hpp"
#include "kernel/domain/written_text.hpp"

namespace enlace {
namespace {

bool English(std::string_view language) { return language == "en"; }

std::string Capitalized(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string_view StatusName(CommitmentStatus status, std::string_view language) {
  const bool english = English(language);
  switch (status) {
    case CommitmentStatus::kOpen:
      return english ? "open" : "abierto";
    case CommitmentStatus::kInProgress:
      return english ? "in progress" : "en curso";
    case CommitmentStatus::kDone:
      return english ? "done" : "cumplido";
    case CommitmentStatus::kCancelled:
      return english ? "cancelled" : "cancelado";
  }
  return {};
}

std::string TrimmedBase(std::string_view base_url) {
  std::string base(base_url);
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base;
}

// "Reunión ordinaria — Red de Funcionarios de Enlace, San Pedro Sula, 15 de noviembre de 2016"
std::string CalendarMeetingLabel(const Meeting& meeting, const ReferenceData& reference, std::string_view language) {
  std::string label = Capitalized(MeetingNoun(meeting.type, language)) + " \u2014 " +
                      LookupName(reference, meeting.body, language).abbreviation;
  std::string place = CleanText(meeting.place.city, LineBreaks::kToSpaces);
  if (!place.empty()) label += ", " + place;
  label += ", " + WrittenDateSpan(meeting.date, meeting.LastDay(), language);
  return label;
}

CalendarEntry MeetingEntry(const Meeting& meeting, const ReferenceData& reference, std::string_view language,
                           const std::string& base) {
  const bool english = English(language);
  ReferenceName body = LookupName(reference, meeting.body, language);
  CalendarEntry entry;
  entry.uid = "meeting-" + std::to_string(meeting.id) + "@enlace";
  entry.summary = Capitalized(MeetingNoun(meeting.type, language)) + " \u2014 " + body.abbreviation;
  if (meeting.cancelled) entry.summary = (english ? "[Cancelled] " : "[Cancelada] ") + entry.summary;
  entry.location = PlaceName(meeting.place, reference, language);
  if (entry.location.empty() && meeting.video_link)
    entry.location = CleanText(*meeting.video_link, LineBreaks::kToSpaces);

  std::string description = body.name;
  if (const auto& title = meeting.title.Get(language)) {
    std::string cleaned = CleanText(*title, LineBreaks::kToSpaces);
    if (!cleaned.empty() && cleaned != body.name) description += "\n" + cleaned;
  }
  std::string place = PlaceName(meeting.place, reference, language);
  description += "\n" + (place.empty() ? std::string() : place + ", ") +
                 WrittenDateSpan(meeting.date, meeting.LastDay(), language);
  if (!meeting.participants.empty()) {
    std::vector<std::string> names;
    for (const std::string& code : meeting.participants)
      names.push_back(LookupName(reference, code, language).abbreviation);
    description += (english ? "\nParticipants: " : "\nParticipantes: ") + JoinNames(names, language);
  }
  if (meeting.video_link) {
    description +=
        (english ? "\nVideo link: " : "\nEnlace de video: ") + CleanText(*meeting.video_link, LineBreaks::kToSpaces);
  }
  entry.description = description;
  entry.url = base + "/meetings/" + std::to_string(meeting.id);
  entry.start = meeting.date;
  entry.end = meeting.LastDay();
  entry.cancelled = meeting.cancelled;
  entry.stamp = meeting.updated_at;
  entry.sequence = meeting.version;
  return entry;
}

CalendarEntry DeadlineEntry(const CalendarDeadline& deadline, const ReferenceData& reference, std::string_view language,
                            const std::string& base) {
  const bool english = English(language);
  const Commitment& commitment = deadline.commitment;
  ReferenceName party = LookupName(reference, commitment.party, language);
  std::string action = CleanText(commitment.action.In(language), LineBreaks::kToSpaces);
  std::string number = CleanText(deadline.agreement_number, LineBreaks::kToSpaces);
  CalendarEntry entry;
  entry.uid = "commitment-" + std::to_string(commitment.id) + "@enlace";
  entry.summary = (english ? "Deadline: " : "Plazo: ") + party.abbreviation + " \u2014 " + action;
  if (!number.empty()) entry.summary += (english ? " (agreement " : " (acuerdo ") + number + ")";
  const bool cancelled = commitment.status == CommitmentStatus::kCancelled;
  if (cancelled) entry.summary = (english ? "[Cancelled] " : "[Cancelado] ") + entry.summary;

  std::string description = (english ? "Commitment: " : "Compromiso: ") + action;
  description += (english ? "\nParty: " : "\nResponsable: ") + party.name;
  std::string written = CleanText(commitment.deadline.text, LineBreaks::kToSpaces);
  if (!written.empty()) description += (english ? "\nDeadline as written: " : "\nPlazo según el acuerdo: ") + written;
  description += (english ? "\nDue date: " : "\nFecha límite: ") + WrittenDate(*commitment.deadline.due, language);
  description += (english ? "\nAgreement " : "\nAcuerdo ") + number + " \u2014 " +
                 CalendarMeetingLabel(deadline.meeting, reference, language);
  description += (english ? "\nStatus: " : "\nEstado: ") + std::string(StatusName(commitment.status, language));
  entry.description = description;
  entry.location = {};
  entry.url = base + "/commitments/" + std::to_string(commitment.id);
  entry.start = *commitment.deadline.due;
  entry.end = entry.start;
  entry.cancelled = cancelled;
  entry.stamp = commitment.updated_at;
  entry.sequence = commitment.version;
  return entry;
}

}  // namespace

std::vector<CalendarEntry> CalendarEntriesFor(const std::vector<Meeting>& meetings,
                                              const std::vector<CalendarDeadline>& deadlines,
                                              const ReferenceData& reference, std::string_view language,
                                              std::string_view base_url) {
  std::string_view chosen = English(language) ? "en" : "es";
  std::string base = TrimmedBase(base_url);
  std::vector<CalendarEntry> entries;
  for (const Meeting& meeting : meetings) entries.push_back(MeetingEntry(meeting, reference, chosen, base));
  for (const CalendarDeadline& deadline : deadlines) {
    if (!deadline.commitment.deadline.due || !deadline.commitment.deadline.due->ok()) continue;
    entries.push_back(DeadlineEntry(deadline, reference, chosen, base));
  }
  return entries;
}

}  // namespace enlace
