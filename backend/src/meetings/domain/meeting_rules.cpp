#include "meetings/domain/meeting_rules.hpp"

#include <algorithm>
#include <cctype>

#include "kernel/domain/reasons.hpp"
#include "kernel/domain/text.hpp"
#include "meetings/domain/reasons.hpp"
#include "reference/domain/reference_gazetteer.hpp"

namespace enlace {

namespace {

constexpr std::size_t kMaximumTitle = 300;
constexpr std::size_t kMaximumAgendaItem = 500;
constexpr std::size_t kMaximumAgendaItems = 100;
constexpr std::size_t kMaximumAgreementText = 20000;
constexpr std::size_t kMaximumAction = 2000;
constexpr std::size_t kMaximumDeadlineText = 300;

bool IsKnownBody(const ReferenceData& reference, std::string_view code) {
  return std::any_of(reference.organizations.begin(), reference.organizations.end(),
                     [&](const Organization& o) { return o.code == code; }) ||
         std::any_of(reference.networks.begin(), reference.networks.end(),
                     [&](const Network& n) { return n.code == code; });
}

bool IsKnownParticipant(const ReferenceData& reference, std::string_view code) {
  return std::any_of(reference.countries.begin(), reference.countries.end(),
                     [&](const Country& c) { return c.code == code; }) ||
         IsKnownBody(reference, code);
}

// Each language of a text at most `max` characters of valid UTF-8; errors on "field.es", "field.en".
void CheckLocalized(FieldErrors& errors, const std::string& field, const LocalizedText& text, std::size_t max) {
  for (const auto* language : {"es", "en"}) {
    const auto& value = text.Get(language);
    if (value && (Utf8Length(*value) > max || !IsValidUtf8(*value))) {
      errors.Add(field + "." + language, reasons::kTooLong, {{"max", std::to_string(max)}});
    }
  }
}

std::vector<std::string> UniqueCodes(const std::vector<std::string>& codes) {
  std::vector<std::string> unique;
  for (auto code : codes) {
    code = Trim(code);
    if (!code.empty() && std::find(unique.begin(), unique.end(), code) == unique.end()) unique.push_back(code);
  }
  return unique;
}

bool HasField(const FieldErrors& errors, std::string_view field) {
  return std::any_of(errors.fields().begin(), errors.fields().end(),
                     [&](const FieldError& error) { return error.field == field; });
}

}  // namespace

bool IsValidLink(std::string_view link, std::size_t max) {
  return (link.starts_with("https://") || link.starts_with("http://")) && link.size() <= max &&
         link.find_first_of(" \t\r\n\"<>") == std::string_view::npos;
}

// ---- Meetings ---------------------------------------------------------------------------------

Result<void> ValidateMeeting(const Meeting& meeting, const ReferenceData& reference) {
  FieldErrors errors;
  if (meeting.body.empty()) {
    errors.Add("body", reasons::kRequired);
  } else if (!IsKnownBody(reference, meeting.body)) {
    errors.Add("body", reasons::kUnknownBody);
  }
  if (meeting.type != MeetingType::kVirtual) {
    if (meeting.place.city.empty()) errors.Add("place.city", reasons::kRequired);
    if (meeting.place.country.empty()) errors.Add("place.country", reasons::kRequired);
  }
  if (Utf8Length(meeting.place.city) > 120) errors.Add("place.city", reasons::kTooLong, {{"max", "120"}});
  if (!meeting.place.country.empty() &&
      std::none_of(reference.countries.begin(), reference.countries.end(),
                   [&](const Country& c) { return c.code == meeting.place.country; }) &&
      meeting.place.country.size() != 2) {
    errors.Add("place.country", reasons::kUnknownCountry);
  }
  if (meeting.date_end && *meeting.date_end < meeting.date) errors.Add("date_end", reasons::kDateOrder);
  if (meeting.date_end && DaysBetween(meeting.date, *meeting.date_end) > 31) {
    errors.Add("date_end", reasons::kMeetingTooLong);
  }
  for (const auto& participant : meeting.participants) {
    if (!IsKnownParticipant(reference, participant)) {
      errors.Add("participants", reasons::kUnknownParticipant, {{"value", participant}});
      break;
    }
  }
  CheckLocalized(errors, "title", meeting.title, kMaximumTitle);
  if (meeting.agenda.size() > kMaximumAgendaItems) {
    errors.Add("agenda", reasons::kTooMany, {{"max", std::to_string(kMaximumAgendaItems)}});
  }
  for (const auto& item : meeting.agenda) CheckLocalized(errors, "agenda", item, kMaximumAgendaItem);
  if (meeting.video_link && !meeting.video_link->empty() && !IsValidLink(*meeting.video_link, 500)) {
    errors.Add("video_link", reasons::kInvalidUrl);
  }
  if (meeting.report_status >= ReportStatus::kSubmitted && (!meeting.submitted_to || meeting.submitted_to->empty())) {
    errors.Add("submitted_to", reasons::kRequired);
  }
  if (meeting.submitted_to && !meeting.submitted_to->empty() && !IsKnownBody(reference, *meeting.submitted_to)) {
    errors.Add("submitted_to", reasons::kUnknownBody);
  }
  if (meeting.report_status == ReportStatus::kConsidered && !meeting.considered_at) {
    errors.Add("considered_at", reasons::kRequired);
  }
  if (!errors.empty()) return std::unexpected(errors.ToError());
  return {};
}

Meeting ApplyMeetingInputKeepingProblems(Meeting meeting, const MeetingInput& input, InputKind kind,
                                         const ReferenceData& reference, FieldErrors& errors) {
  if (kind == InputKind::kWhole) {
    if (!input.body) errors.Add("body", reasons::kRequired);
    if (!input.type) errors.Add("type", reasons::kRequired);
    if (!input.date) errors.Add("date", reasons::kRequired);
  }
  if (input.body) meeting.body = Trim(*input.body);
  if (input.type) {
    if (auto type = ParseMeetingType(*input.type)) {
      meeting.type = *type;
    } else {
      errors.Add("type", reasons::kInvalidValue);
    }
  }
  if (input.title) meeting.title = *input.title;
  if (input.place) meeting.place = Place{Trim(input.place->city), Trim(input.place->country)};
  if (input.date) meeting.date = *input.date;
  if (input.date_end) meeting.date_end = *input.date_end;
  if (input.participants) meeting.participants = UniqueCodes(*input.participants);
  if (input.agenda) meeting.agenda = *input.agenda;
  if (input.video_link) meeting.video_link = *input.video_link;
  if (input.cancelled) meeting.cancelled = *input.cancelled;
  if (input.report_status) {
    if (auto status = ParseReportStatus(*input.report_status)) {
      meeting.report_status = *status;
    } else {
      errors.Add("report_status", reasons::kInvalidValue);
    }
  }
  if (input.submitted_to) meeting.submitted_to = *input.submitted_to;
  if (input.considered_at) meeting.considered_at = *input.considered_at;
  if (meeting.date_end && *meeting.date_end == meeting.date) meeting.date_end.reset();
  bool without_date = kind == InputKind::kWhole && !input.date;
  if (auto valid = ValidateMeeting(meeting, reference); !valid) {
    for (const auto& field : valid.error().fields) {
      // Without a first day the last one cannot be checked against it; a field already refused
      // is not refused twice.
      if (without_date && field.field == "date_end") continue;
      if (field.reason == reasons::kRequired.code() && HasField(errors, field.field)) continue;
      errors.Add(field);
    }
  }
  return meeting;
}

// ---- Agreements -------------------------------------------------------------------------------

bool IsValidAgreementNumber(std::string_view number) {
  // "7", "12", "2.a", "2.b", "10.c": digits, optionally a dot and one or two lower-case letters.
  std::size_t i = 0;
  while (i < number.size() && std::isdigit(static_cast<unsigned char>(number[i]))) ++i;
  if (i == 0 || i > 3) return false;
  if (i == number.size()) return true;
  if (number[i] != '.' || i + 1 >= number.size() || number.size() - i - 1 > 2) return false;
  for (++i; i < number.size(); ++i) {
    if (number[i] < 'a' || number[i] > 'z') return false;
  }
  return true;
}

int AgreementPosition(std::string_view number) {
  int main = 0;
  std::size_t i = 0;
  while (i < number.size() && std::isdigit(static_cast<unsigned char>(number[i])))
    main = main * 10 + (number[i++] - '0');
  int sub = 0;
  if (i < number.size() && number[i] == '.') {
    for (++i; i < number.size(); ++i) sub = sub * 27 + (number[i] - 'a' + 1);
  }
  return main * 1000 + sub;
}

Result<void> ValidateAgreement(const Agreement& agreement, const ReferenceData& reference) {
  FieldErrors errors;
  if (agreement.number.empty()) {
    errors.Add("number", reasons::kRequired);
  } else if (!IsValidAgreementNumber(agreement.number)) {
    errors.Add("number", reasons::kInvalidAgreementNumber);
  }
  if (agreement.heading && agreement.number.find('.') != std::string::npos) {
    errors.Add("heading", reasons::kHeadingIsTopLevel);
  }
  if (!agreement.text.es && !agreement.text.en) errors.Add("text", reasons::kRequired);
  CheckLocalized(errors, "text", agreement.text, kMaximumAgreementText);
  if (agreement.verb && (agreement.verb->size() > 60 || agreement.verb->empty())) {
    errors.Add("verb", reasons::kInvalidValue);
  }
  for (const auto& party : agreement.parties) {
    if (!IsKnownParticipant(reference, party)) {
      errors.Add("parties", reasons::kUnknownParty, {{"value", party}});
      break;
    }
  }
  if (!errors.empty()) return std::unexpected(errors.ToError());
  return {};
}

Result<Agreement> ApplyAgreementInput(Agreement agreement, const AgreementInput& input, const ReferenceData& reference,
                                      const std::vector<Agreement>& siblings) {
  if (input.number) agreement.number = Trim(*input.number);
  if (input.heading) agreement.heading = *input.heading;
  if (input.verb) agreement.verb = *input.verb;
  if (input.text) agreement.text = *input.text;
  if (input.parties) agreement.parties = *input.parties;
  agreement.position = AgreementPosition(agreement.number);
  FieldErrors errors;
  if (auto valid = ValidateAgreement(agreement, reference); !valid) {
    for (const auto& field : valid.error().fields) errors.Add(field);
  }
  if (!agreement.number.empty() && std::any_of(siblings.begin(), siblings.end(), [&](const Agreement& other) {
        // A new agreement (no id yet) may take no sibling's number; a stored one, none but its own.
        return other.number == agreement.number && (agreement.id == AgreementId{0} || other.id != agreement.id);
      })) {
    errors.Add("number", reasons::kAgreementNumberTaken);
  }
  if (!errors.empty()) return std::unexpected(errors.ToError());
  return agreement;
}

// ---- Commitments ------------------------------------------------------------------------------

std::vector<std::string> MemberCountries(const ReferenceData& reference) {
  std::vector<std::string> members;
  for (const auto& country : reference.countries) {
    if (country.status == CountryStatus::kMember) members.push_back(country.code);
  }
  return members;
}

bool IsMemberCountry(const ReferenceData& reference, std::string_view code) {
  return std::any_of(reference.countries.begin(), reference.countries.end(),
                     [&](const Country& c) { return c.code == code && c.status == CountryStatus::kMember; });
}

bool IsKnownParty(const ReferenceData& reference, std::string_view party) {
  if (party == kMemberCountries) return true;
  return IsMemberCountry(reference, party) ||
         std::any_of(reference.organizations.begin(), reference.organizations.end(),
                     [&](const Organization& o) { return o.code == party; });
}

DeadlineSetting DeadlineSettingFor(const Meeting& meeting, const ReferenceData& reference,
                                   const std::vector<Meeting>& process_meetings) {
  DeadlineSetting setting{&meeting, GazetteerOf(reference), {}};
  for (const auto& other : process_meetings) {
    if (other.id == meeting.id) continue;
    setting.others.push_back(ScheduledMeeting{other.body, other.date, other.LastDay(), other.cancelled});
  }
  return setting;
}

Result<Deadline> ReadTypedDeadline(std::string_view text, const DeadlineSetting& setting) {
  auto trimmed = Trim(text);
  if (trimmed.empty()) return Deadline{"", DeadlineKind::kVague, std::nullopt, std::nullopt};
  if (Utf8Length(trimmed) > kMaximumDeadlineText) {
    return std::unexpected(
        Error::Field("deadline.text", reasons::kTooLong, {{"max", std::to_string(kMaximumDeadlineText)}}));
  }
  const Meeting& meeting = *setting.meeting;
  DeadlineContext context{meeting.date, meeting.LastDay(), "es", &setting.gazetteer, meeting.body};
  auto deadline = ReadDeadline(trimmed, context);
  if (!deadline) {
    context.language = "en";
    deadline = ReadDeadline(trimmed, context);
  }
  if (!deadline) return std::unexpected(Error::Field("deadline.text", reasons::kDeadlineUnreadable));
  if (deadline->kind == DeadlineKind::kEvent && deadline->event) {
    deadline->due = ResolveEventDeadline(*deadline->event, meeting.date, meeting.LastDay(), setting.others);
  }
  return deadline;
}

Result<Commitment> ApplyCommitmentInput(Commitment commitment, const CommitmentInput& input, InputKind kind,
                                        const ReferenceData& reference, const DeadlineSetting& deadlines) {
  FieldErrors errors;
  if (input.party || kind == InputKind::kWhole) {
    commitment.party = Trim(input.party.value_or(""));
    if (commitment.party.empty()) {
      errors.Add("party", reasons::kRequired);
    } else if (!IsKnownParty(reference, commitment.party)) {
      errors.Add("party", reasons::kUnknownParty, {{"value", commitment.party}});
    }
  }
  if (input.action || kind == InputKind::kWhole) {
    commitment.action = input.action.value_or(LocalizedText{});
    if (!commitment.action.es && !commitment.action.en) errors.Add("action", reasons::kRequired);
    CheckLocalized(errors, "action", commitment.action, kMaximumAction);
  }
  if (input.status) {
    if (auto status = ParseCommitmentStatus(*input.status)) {
      commitment.status = *status;
    } else {
      errors.Add("status", reasons::kInvalidValue);
    }
  }
  if (input.progress) {
    if (*input.progress < 0 || *input.progress > 100) errors.Add("progress", reasons::kInvalidProgress);
    commitment.progress = std::clamp(*input.progress, 0, 100);
  }
  if ((input.deadline_text || kind == InputKind::kWhole) && deadlines.meeting) {
    auto deadline = ReadTypedDeadline(input.deadline_text.value_or(""), deadlines);
    if (deadline) {
      commitment.deadline = *deadline;
    } else {
      for (const auto& field : deadline.error().fields) errors.Add(field);
    }
  }
  if (!errors.empty()) return std::unexpected(errors.ToError());
  return commitment;
}

}  // namespace enlace
