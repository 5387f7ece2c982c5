#include "calendars/domain/calendar_entries.hpp"

#include "calendars/domain/text_keys.hpp"
#include "kernel/domain/written_text.hpp"
#include "meetings/domain/follow_up_texts.hpp"
#include "reference/domain/reference_names.hpp"

namespace enlace {
namespace {

std::string StatusName(CommitmentStatus status, const Wording& words) {
  switch (status) {
    case CommitmentStatus::kOpen:
      return words(text_keys::kCalendarStatusOpen);
    case CommitmentStatus::kInProgress:
      return words(text_keys::kCalendarStatusInProgress);
    case CommitmentStatus::kDone:
      return words(text_keys::kCalendarStatusDone);
    case CommitmentStatus::kCancelled:
      return words(text_keys::kCalendarStatusCancelled);
  }
  return {};
}

std::string TrimmedBase(std::string_view base_url) {
  std::string base(base_url);
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base;
}

// "Reunión ordinaria — Red de Funcionarios de Enlace"
std::string MeetingSummary(const Meeting& meeting, const ReferenceName& body, const Wording& words) {
  return words(text_keys::kCalendarMeeting.For(meeting.type), {{"body", body.abbreviation}});
}

// "Reunión ordinaria — Red de Funcionarios de Enlace, San Pedro Sula, 15 de noviembre de 2016"
std::string CalendarMeetingLabel(const Meeting& meeting, const ReferenceData& reference, const Wording& words) {
  std::string label = MeetingSummary(meeting, LookupName(reference, meeting.body, words.language()), words);
  std::string place = CleanText(meeting.place.city, LineBreaks::kToSpaces);
  if (!place.empty()) label += ", " + place;
  label += ", " + WrittenDateSpan(meeting.date, meeting.LastDay(), words);
  return label;
}

CalendarEntry MeetingEntry(const Meeting& meeting, const ReferenceData& reference, const Wording& words,
                           const std::string& base) {
  const std::string& language = words.language();
  ReferenceName body = LookupName(reference, meeting.body, language);
  CalendarEntry entry;
  entry.uid = "meeting-" + std::to_string(meeting.id) + "@enlace";
  entry.summary = MeetingSummary(meeting, body, words);
  if (meeting.cancelled) entry.summary = words(text_keys::kCalendarMeetingCancelled, {{"summary", entry.summary}});
  entry.location = PlaceName(meeting.place, reference, language);
  if (entry.location.empty() && meeting.video_link)
    entry.location = CleanText(*meeting.video_link, LineBreaks::kToSpaces);

  std::string description = body.name;
  if (const auto& title = meeting.title.Get(language)) {
    std::string cleaned = CleanText(*title, LineBreaks::kToSpaces);
    if (!cleaned.empty() && cleaned != body.name) description += "\n" + cleaned;
  }
  std::string place = PlaceName(meeting.place, reference, language);
  description +=
      "\n" + (place.empty() ? std::string() : place + ", ") + WrittenDateSpan(meeting.date, meeting.LastDay(), words);
  if (!meeting.participants.empty()) {
    std::vector<std::string> names;
    for (const std::string& code : meeting.participants)
      names.push_back(LookupName(reference, code, language).abbreviation);
    description += "\n" + words(text_keys::kCalendarParticipants, {{"names", JoinNames(names, words)}});
  }
  if (meeting.video_link) {
    description +=
        "\n" + words(text_keys::kCalendarVideoLink, {{"link", CleanText(*meeting.video_link, LineBreaks::kToSpaces)}});
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

CalendarEntry DeadlineEntry(const CalendarDeadline& deadline, const ReferenceData& reference, const Wording& words,
                            const std::string& base) {
  const std::string& language = words.language();
  const Commitment& commitment = deadline.commitment;
  ReferenceName party = LookupName(reference, commitment.party, language);
  std::string action = CleanText(commitment.action.In(language), LineBreaks::kToSpaces);
  std::string number = CleanText(deadline.agreement_number, LineBreaks::kToSpaces);
  TextParams summary{{"party", party.abbreviation}, {"action", action}, {"agreement", number}};
  CalendarEntry entry;
  entry.uid = "commitment-" + std::to_string(commitment.id) + "@enlace";
  entry.summary =
      words(number.empty() ? text_keys::kCalendarDeadline : text_keys::kCalendarDeadlineOfAgreement, summary);
  const bool cancelled = commitment.status == CommitmentStatus::kCancelled;
  if (cancelled) entry.summary = words(text_keys::kCalendarDeadlineCancelled, {{"summary", entry.summary}});

  std::string description = words(text_keys::kCalendarCommitment, {{"action", action}});
  description += "\n" + words(text_keys::kCalendarParty, {{"party", party.name}});
  std::string written = CleanText(commitment.deadline.text, LineBreaks::kToSpaces);
  if (!written.empty()) description += "\n" + words(text_keys::kCalendarAsWritten, {{"deadline", written}});
  description += "\n" + words(text_keys::kCalendarDueDate, {{"date", WrittenDate(*commitment.deadline.due, words)}});
  description +=
      "\n" + words(text_keys::kCalendarAgreement,
                   {{"agreement", number}, {"meeting", CalendarMeetingLabel(deadline.meeting, reference, words)}});
  description += "\n" + words(text_keys::kCalendarStatus, {{"status", StatusName(commitment.status, words)}});
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
                                              const ReferenceData& reference, const Texts& texts,
                                              std::string_view language, std::string_view base_url) {
  const Wording words = Wording::ForReader(texts, language);
  std::string base = TrimmedBase(base_url);
  std::vector<CalendarEntry> entries;
  for (const Meeting& meeting : meetings) entries.push_back(MeetingEntry(meeting, reference, words, base));
  for (const CalendarDeadline& deadline : deadlines) {
    if (!deadline.commitment.deadline.due || !deadline.commitment.deadline.due->ok()) continue;
    entries.push_back(DeadlineEntry(deadline, reference, words, base));
  }
  return entries;
}

}  // namespace enlace
