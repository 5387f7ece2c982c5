#include "imports/domain/import_service.hpp"

#include <algorithm>
#include <map>

#include "imports/domain/import_repository.hpp"
#include "imports/domain/reasons.hpp"
#include "kernel/domain/audit_log.hpp"
#include "kernel/domain/json.hpp"
#include "kernel/domain/policy.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/domain/text.hpp"
#include "kernel/domain/text_fold.hpp"
#include "meetings/domain/commitment_service.hpp"
#include "meetings/domain/meeting_json.hpp"
#include "meetings/domain/meeting_repository.hpp"
#include "meetings/domain/meeting_service.hpp"
#include "meetings/domain/reasons.hpp"
#include "reference/domain/reference_gazetteer.hpp"
#include "reference/domain/reference_repository.hpp"

namespace enlace {

using nlohmann::json;

std::string ImportAliasKey(std::string_view name) { return CollapseWhitespace(Fold(name)); }

std::string_view ToString(ImportStatus status) { return status == ImportStatus::kConfirmed ? "confirmed" : "pending"; }

std::optional<ImportStatus> ParseImportStatus(std::string_view text) {
  if (text == "pending") return ImportStatus::kPending;
  if (text == "confirmed") return ImportStatus::kConfirmed;
  return std::nullopt;
}

std::optional<ConfirmMode> ParseConfirmMode(std::string_view text) {
  if (text == "create") return ConfirmMode::kCreate;
  if (text == "update") return ConfirmMode::kUpdate;
  return std::nullopt;
}

namespace {

constexpr std::size_t kMaximumAgreements = 500;
constexpr std::size_t kMaximumCommitments = 50;  // per agreement

// ---- Reading the reviewed reading: JSON → fields, with a type error per wrong field. ----------

const json& Member(const json& object, const std::string& key) {
  static const json kNull;
  if (!object.is_object()) return kNull;
  auto found = object.find(key);
  return found == object.end() ? kNull : *found;
}

// A string (trimmed; empty reads as absent), null or absent; anything else is a type error.
std::optional<std::string> TextField(const json& object, const std::string& key, const std::string& path,
                                     FieldErrors& errors) {
  const auto& value = Member(object, key);
  if (value.is_null()) return std::nullopt;
  if (!value.is_string()) {
    errors.Add(path, reasons::kInvalidType, {{"expected", "text"}});
    return std::nullopt;
  }
  auto trimmed = Trim(value.get<std::string>());
  if (trimmed.empty()) return std::nullopt;
  return trimmed;
}

std::vector<std::string> CodeList(const json& object, const std::string& key, const std::string& path,
                                  FieldErrors& errors) {
  std::vector<std::string> codes;
  const auto& value = Member(object, key);
  if (value.is_null()) return codes;
  if (!value.is_array() || value.size() > 200) {
    errors.Add(path, reasons::kInvalidType, {{"expected", "list"}});
    return codes;
  }
  for (const auto& item : value) {
    if (!item.is_string()) {
      errors.Add(path, reasons::kInvalidType, {{"expected", "list"}});
      return {};
    }
    auto code = Trim(item.get<std::string>());
    if (!code.empty() && std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
  }
  return codes;
}

// An agreement's parties: codes, or {"unresolved": "name"} as the importer flags a name the
// reference data does not know. Confirming needs every one mapped to a code or dropped.
std::vector<std::string> ImportsPartyList(const json& object, const std::string& path, FieldErrors& errors) {
  const auto& value = Member(object, "parties");
  if (value.is_array() && value.size() <= 200) {
    json codes = json::array();
    for (std::size_t j = 0; j < value.size(); ++j) {
      const auto& item = value[j];
      if (item.is_object() && Member(item, "unresolved").is_string()) {
        errors.Add(path + "[" + std::to_string(j) + "]", reasons::kPartyUnresolved,
                   {{"name", Member(item, "unresolved").get<std::string>()}});
      } else {
        codes.push_back(item);
      }
    }
    return CodeList(json{{"parties", codes}}, "parties", path, errors);
  }
  return CodeList(object, "parties", path, errors);
}

bool Flag(const json& object, const std::string& key, const std::string& path, FieldErrors& errors) {
  const auto& value = Member(object, key);
  if (value.is_null()) return false;
  if (!value.is_boolean()) {
    errors.Add(path, reasons::kInvalidType, {{"expected", "true/false"}});
    return false;
  }
  return value.get<bool>();
}

std::optional<Date> DateField(const json& object, const std::string& key, FieldErrors& errors) {
  auto text = TextField(object, key, key, errors);
  if (!text) return std::nullopt;
  auto date = ParseIsoDate(*text);
  if (!date) errors.Add(key, reasons::kInvalidDate);
  return date;
}

void SetIn(LocalizedText& text, const std::string& language, std::optional<std::string> value) {
  (language == "en" ? text.en : text.es) = std::move(value);
}

LocalizedText LocalizedIn(const std::string& language, std::string value) {
  LocalizedText text;
  SetIn(text, language, std::move(value));
  return text;
}

struct DraftCommitment {
  std::string path;  // "agreements[3].commitments[0]"
  std::string party;
  std::optional<std::string> action;
  std::string deadline_text;
  Deadline deadline;  // read during validation
};

struct DraftAgreement {
  std::string path;  // "agreements[3]"
  Agreement agreement;
  std::vector<DraftCommitment> commitments;
};

// The reviewed reading, read into domain records (not yet validated against the rules).
struct DraftReport {
  std::string language = "es";
  std::string body;
  std::optional<std::string> type;
  std::optional<std::string> title;
  Place place;
  std::optional<Date> date;
  std::optional<Date> date_end;
  std::vector<std::string> participants;
  std::optional<std::string> submitted_to;
  std::vector<DraftAgreement> agreements;
  std::vector<ImportAlias> aliases;  // names the reviewer mapped to codes
};

// A code of the process's reference data a party may take: a country, an organisation or body, a
// network.
bool ImportsKnownCode(const ReferenceData& reference, const std::string& code) {
  return std::any_of(reference.countries.begin(), reference.countries.end(),
                     [&](const Country& c) { return c.code == code; }) ||
         std::any_of(reference.organizations.begin(), reference.organizations.end(),
                     [&](const Organization& o) { return o.code == code; }) ||
         std::any_of(reference.networks.begin(), reference.networks.end(),
                     [&](const Network& n) { return n.code == code; });
}

DraftReport ParseReading(const json& reading, const ReferenceData& reference, FieldErrors& errors) {
  DraftReport draft;
  auto language = TextField(reading, "language", "language", errors);
  if (!language) {
    errors.Add("language", reasons::kRequired);
  } else if ((*language != "es" && *language != "en") ||
             (!reference.process.languages.empty() &&
              std::find(reference.process.languages.begin(), reference.process.languages.end(), *language) ==
                  reference.process.languages.end())) {
    errors.Add("language", reasons::kUnknownLanguage);
  } else {
    draft.language = *language;
  }
  draft.body = TextField(reading, "body_code", "body_code", errors).value_or("");
  draft.type = TextField(reading, "meeting_type", "meeting_type", errors);
  draft.title = TextField(reading, "title", "title", errors);
  const auto& place = Member(reading, "place");
  if (!place.is_null() && !place.is_object()) {
    errors.Add("place", reasons::kInvalidType, {{"expected", "{\"city\", \"country\"}"}});
  } else {
    draft.place.city = TextField(place, "city", "place.city", errors).value_or("");
    draft.place.country = TextField(place, "country", "place.country", errors).value_or("");
  }
  draft.date = DateField(reading, "date", errors);
  draft.date_end = DateField(reading, "date_end", errors);
  draft.participants = CodeList(reading, "participants", "participants", errors);
  draft.submitted_to = TextField(reading, "submitted_to", "submitted_to", errors);

  const auto& aliases = Member(reading, "aliases");
  if (!aliases.is_null() && (!aliases.is_array() || aliases.size() > kMaximumAgreements)) {
    errors.Add("aliases", aliases.is_array() ? reasons::kTooMany : reasons::kInvalidType, {{"expected", "list"}});
  } else if (aliases.is_array()) {
    for (std::size_t k = 0; k < aliases.size(); ++k) {
      std::string path = "aliases[" + std::to_string(k) + "]";
      ImportAlias alias;
      alias.name = CollapseWhitespace(TextField(aliases[k], "name", path + ".name", errors).value_or(""));
      alias.code = Trim(TextField(aliases[k], "code", path + ".code", errors).value_or(""));
      if (alias.name.empty()) errors.Add(path + ".name", reasons::kRequired);
      if (alias.code.empty()) {
        errors.Add(path + ".code", reasons::kRequired);
      } else if (!ImportsKnownCode(reference, alias.code)) {
        errors.Add(path + ".code", reasons::kUnknownParty, {{"code", alias.code}});
      }
      if (!alias.name.empty() && !alias.code.empty()) draft.aliases.push_back(std::move(alias));
    }
  }

  const auto& agreements = Member(reading, "agreements");
  if (!agreements.is_array()) {
    errors.Add("agreements", agreements.is_null() ? reasons::kRequired : reasons::kInvalidType, {{"expected", "list"}});
    return draft;
  }
  if (agreements.empty()) errors.Add("agreements", reasons::kRequired);
  if (agreements.size() > kMaximumAgreements) {
    errors.Add("agreements", reasons::kTooMany, {{"max", std::to_string(kMaximumAgreements)}});
    return draft;
  }
  for (std::size_t i = 0; i < agreements.size(); ++i) {
    const auto& item = agreements[i];
    DraftAgreement parsed;
    parsed.path = "agreements[" + std::to_string(i) + "]";
    if (!item.is_object()) {
      errors.Add(parsed.path, reasons::kInvalidType, {{"expected", "object"}});
      continue;
    }
    auto& agreement = parsed.agreement;
    agreement.number = TextField(item, "number", parsed.path + ".number", errors).value_or("");
    agreement.heading = Flag(item, "heading", parsed.path + ".heading", errors);
    agreement.verb = TextField(item, "verb", parsed.path + ".verb", errors);
    agreement.parties = ImportsPartyList(item, parsed.path + ".parties", errors);
    SetIn(agreement.text, draft.language, TextField(item, "text", parsed.path + ".text", errors));
    agreement.position = AgreementPosition(agreement.number);
    const auto& commitments = Member(item, "commitments");
    if (!commitments.is_null() && (!commitments.is_array() || commitments.size() > kMaximumCommitments)) {
      errors.Add(parsed.path + ".commitments", commitments.is_array() ? reasons::kTooMany : reasons::kInvalidType,
                 {{"expected", "list"}, {"max", std::to_string(kMaximumCommitments)}});
    } else if (commitments.is_array()) {
      for (std::size_t j = 0; j < commitments.size(); ++j) {
        DraftCommitment commitment;
        commitment.path = parsed.path + ".commitments[" + std::to_string(j) + "]";
        const auto& entry = commitments[j];
        if (!entry.is_object()) {
          errors.Add(commitment.path, reasons::kInvalidType, {{"expected", "object"}});
          continue;
        }
        commitment.party = TextField(entry, "party", commitment.path + ".party", errors).value_or("");
        commitment.action = TextField(entry, "action", commitment.path + ".action", errors);
        // The deadline is its phrase as written: a string, null for none, or a Deadline object
        // (the shape the agreement's "deadlines" list uses), of which only the text counts.
        const auto& deadline = Member(entry, "deadline");
        if (deadline.is_object()) {
          commitment.deadline_text = TextField(deadline, "text", commitment.path + ".deadline", errors).value_or("");
        } else {
          commitment.deadline_text = TextField(entry, "deadline", commitment.path + ".deadline", errors).value_or("");
        }
        parsed.commitments.push_back(std::move(commitment));
      }
    }
    draft.agreements.push_back(std::move(parsed));
  }
  return draft;
}

// ---- Validation: the rules of meetings, agreements and commitments, with the reading's paths. --

// The rules name the meeting's fields as the API does; the reading calls two of them otherwise.
std::string ReadingFieldOfMeeting(const std::string& field) {
  if (field == "body") return "body_code";
  if (field == "type") return "meeting_type";
  if (field.starts_with("title.")) return "title";
  return field;
}

void AddAll(FieldErrors& errors, const Error& error, const std::string& prefix) {
  if (error.fields.empty()) {
    errors.Add(FieldError::Of(prefix.empty() ? "reading" : prefix, error, reasons::kInvalidValue));
    return;
  }
  for (const auto& field : error.fields) {
    std::string name = field.field;
    // A text of the reading is one string, in the reading's language.
    if (name.starts_with("text.")) name = "text";
    if (name.starts_with("action.")) name = "action";
    if (name == "deadline.text") name = "deadline";
    errors.Add(field.Renamed(prefix.empty() ? name : prefix + "." + name));
  }
}

// Checks the whole draft with the rules every way in uses (meeting_rules.hpp) and reads every
// deadline; adds every problem, named with the reading's paths.
void ValidateDraft(DraftReport& draft, Meeting& meeting, const MeetingInput& input, const ReferenceData& reference,
                   const std::vector<Meeting>& process_meetings, FieldErrors& errors) {
  // A reading describes the whole meeting, an update's too: its type and date are required. The
  // meeting takes the reading even where it is wrong, so that deadlines are read from its dates.
  FieldErrors problems;
  meeting = ApplyMeetingInputKeepingProblems(meeting, input, InputKind::kWhole, reference, problems);
  for (const auto& field : problems.fields()) {
    // A date the parser refused is not also missing.
    if (field.field == "date" && field.reason == reasons::kRequired.code() &&
        std::any_of(errors.fields().begin(), errors.fields().end(),
                    [](const FieldError& e) { return e.field == "date"; })) {
      continue;
    }
    errors.Add(field.Renamed(ReadingFieldOfMeeting(field.field)));
  }
  // Spans count from the meeting's dates: without a valid date there is nothing to count from.
  DeadlineSetting deadlines;
  if (draft.date) deadlines = DeadlineSettingFor(meeting, reference, process_meetings);
  std::vector<Agreement> earlier;
  for (auto& item : draft.agreements) {
    auto agreement = ApplyAgreementInput(item.agreement, AgreementInput{}, reference, earlier);
    if (!agreement) AddAll(errors, agreement.error(), item.path);
    earlier.push_back(item.agreement);
    for (auto& commitment : item.commitments) {
      CommitmentInput typed;
      typed.party = commitment.party;
      if (commitment.action) typed.action = LocalizedIn(draft.language, *commitment.action);
      typed.deadline_text = commitment.deadline_text;
      auto applied = ApplyCommitmentInput(Commitment{}, typed, InputKind::kWhole, reference, deadlines);
      if (applied) {
        commitment.deadline = applied->deadline;
      } else {
        AddAll(errors, applied.error(), commitment.path);
      }
    }
  }
}

// ---- Recognising the same report. ---------------------------------------------------------------

// Lower-case letters and digits only: what survives a conversion between TXT, DOCX and PDF.
std::string Skeleton(std::string_view text) {
  std::string folded = Fold(text);
  std::string kept;
  kept.reserve(folded.size());
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) kept.push_back(c);
  }
  return kept;
}

std::string StringOr(const json& object, const std::string& key) {
  const auto& value = Member(object, key);
  return value.is_string() ? value.get<std::string>() : std::string();
}

// The meeting this report was saved as before: the one imported with the same fingerprint, else a
// meeting of the same body on the same first day (the oldest such meeting). `except` is left out.
std::optional<MeetingId> DuplicateOf(Transaction& transaction, ProcessId process, const std::string& fingerprint,
                                     const std::string& body, std::optional<Date> date,
                                     std::optional<MeetingId> except = std::nullopt) {
  if (auto found = transaction.Get<MeetingRepository>().FindByFingerprint(process, fingerprint);
      found && found != except) {
    return found;
  }
  if (body.empty() || !date) return std::nullopt;
  std::optional<MeetingId> oldest;
  for (const auto& meeting :
       transaction.Get<MeetingRepository>().List(process, MeetingFilter{.from = date, .to = date, .body = body})) {
    if (meeting.date != *date || meeting.id == except) continue;
    if (!oldest || meeting.id < *oldest) oldest = meeting.id;
  }
  return oldest;
}

std::optional<MeetingId> DuplicateOf(Transaction& transaction, const ReportImport& record) {
  return DuplicateOf(transaction, record.process_id, record.fingerprint, StringOr(record.reading, "body_code"),
                     ParseIsoDate(StringOr(record.reading, "date")));
}

Error DuplicateReport(MeetingId meeting) {
  return Error{.code = ErrorCode::kConflict,
               .reason = reasons::kDuplicateReport,
               .params = {{"meeting", std::to_string(meeting)}},
               .detail = std::to_string(meeting)};
}

// A file name safe to show and store: its last path component, no control characters or quotes.
std::string CleanFileName(std::string_view raw) {
  std::string name = Trim(raw);
  if (auto slash = name.find_last_of("/\\"); slash != std::string::npos) name = name.substr(slash + 1);
  std::erase_if(name, [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == '"'; });
  if (name.empty() || !IsValidUtf8(name) || Utf8Length(name) > 200) return "report";
  return name;
}

json Summary(const ReportImport& record, std::optional<MeetingId> duplicate_of) {
  const auto& agreements = Member(record.reading, "agreements");
  return json{{"file_name", OptionalToJson(record.file_name)},
              {"format", record.source_format},
              {"language", StringOr(record.reading, "language")},
              {"agreements", agreements.is_array() ? agreements.size() : 0},
              {"fingerprint", record.fingerprint},
              {"status", ToString(record.status)},
              {"duplicate_of", duplicate_of ? json(*duplicate_of) : json(nullptr)}};
}

// The process's aliases (names its reviewers mapped to codes) applied to a fresh reading: an
// unresolved party whose name is one of them becomes its code.
void ImportsApplyAliases(json& reading, const std::vector<ImportAlias>& aliases) {
  if (aliases.empty()) return;
  std::map<std::string, std::string> by_name;
  for (const auto& alias : aliases) by_name[ImportAliasKey(alias.name)] = alias.code;
  auto& agreements = reading["agreements"];
  if (!agreements.is_array()) return;
  for (auto& agreement : agreements) {
    if (!agreement.is_object() || !agreement["parties"].is_array()) continue;
    json parties = json::array();
    bool unresolved_left = false, mapped = false;
    std::map<std::string, std::string> renamed;  // name as written → code, for the commitments
    for (const auto& party : agreement["parties"]) {
      json kept = party;
      if (party.is_object() && Member(party, "unresolved").is_string()) {
        std::string name = Member(party, "unresolved").get<std::string>();
        if (auto found = by_name.find(ImportAliasKey(name)); found != by_name.end()) {
          kept = found->second;
          renamed[name] = found->second;
          mapped = true;
        } else {
          unresolved_left = true;
        }
      }
      if (std::find(parties.begin(), parties.end(), kept) == parties.end()) parties.push_back(kept);
    }
    if (!mapped) continue;
    agreement["parties"] = std::move(parties);
    if (agreement["commitments"].is_array()) {
      for (auto& commitment : agreement["commitments"]) {
        if (!commitment.is_object() || !Member(commitment, "party").is_string()) continue;
        auto found = renamed.find(commitment["party"].get<std::string>());
        if (found != renamed.end()) commitment["party"] = found->second;
      }
    }
    if (!unresolved_left && agreement["confidence"].is_object())
      agreement["confidence"]["parties"] = {{"level", "high"}, {"reason", "process_alias"}};
  }
}

// The paths of the fields the review changed from what the importer read ("body_code",
// "agreements[2].verb", "agreements[5]" for an agreement added or removed), so that the process's
// corrections can be counted.
json ImportsCorrectedFields(const json& read, const json& reviewed) {
  auto same = [](const json& a, const json& b) {
    // Absent and null are the same; so are an absent list and an empty one.
    auto normal = [](const json& v) { return v.is_null() || (v.is_array() && v.empty()) ? json(nullptr) : v; };
    return normal(a) == normal(b);
  };
  json corrected = json::array();
  for (const char* field :
       {"body_code", "meeting_type", "place", "date", "date_end", "participants", "submitted_to", "language"}) {
    if (!same(Member(read, field), Member(reviewed, field))) corrected.push_back(field);
  }
  const auto& before = Member(read, "agreements");
  const auto& after = Member(reviewed, "agreements");
  std::size_t count_before = before.is_array() ? before.size() : 0;
  std::size_t count_after = after.is_array() ? after.size() : 0;
  for (std::size_t i = 0; i < std::max(count_before, count_after); ++i) {
    std::string path = "agreements[" + std::to_string(i) + "]";
    if (i >= count_before || i >= count_after) {
      corrected.push_back(path);
      continue;
    }
    for (const char* field : {"number", "heading", "verb", "parties", "deadlines", "commitments", "text"}) {
      if (!same(Member(before[i], field), Member(after[i], field))) corrected.push_back(path + "." + field);
    }
  }
  return corrected;
}

// A reading made ready to save: parsed, matched with the meeting it was saved as before (if any),
// merged into the meeting as it would be saved, and checked. Confirm saves it; Get and Upload show
// its problems so that the review screen can point at them before anyone confirms.
struct Prepared {
  DraftReport draft;
  Meeting meeting;
  std::optional<Meeting> existing;  // the earlier meeting of the same report
  std::optional<MeetingId> duplicate;
  FieldErrors errors;
};

Prepared Prepare(Transaction& transaction, const ReportImport& record, const json& reading,
                 const ReferenceData& reference, Timestamp now) {
  Prepared prepared;
  auto& draft = prepared.draft;
  draft = ParseReading(reading, reference, prepared.errors);
  prepared.duplicate = DuplicateOf(transaction, record.process_id, record.fingerprint, draft.body, draft.date);
  if (prepared.duplicate)
    prepared.existing = transaction.Get<MeetingRepository>().Find(record.process_id, *prepared.duplicate);
  Meeting& meeting = prepared.meeting;
  meeting = prepared.existing.value_or(Meeting{});
  if (!prepared.existing) {
    meeting.process_id = record.process_id;
    meeting.created_at = now;
  }
  // An update keeps a title that the reading leaves empty.
  if (draft.title || !prepared.existing) SetIn(meeting.title, draft.language, draft.title);
  meeting.updated_at = now;
  MeetingInput input;
  input.body = draft.body;
  input.type = draft.type;
  input.place = draft.place;
  input.date = draft.date;
  input.date_end = draft.date_end;
  input.participants = draft.participants;
  input.submitted_to = draft.submitted_to;
  auto process_meetings = transaction.Get<MeetingRepository>().List(record.process_id, MeetingFilter{});
  std::erase_if(process_meetings, [&](const Meeting& other) { return other.id == prepared.duplicate; });
  ValidateDraft(draft, meeting, input, reference, process_meetings, prepared.errors);
  return prepared;
}

}  // namespace

ImportService::ImportService(Store& store, const ReportReader& reader, const SecretGenerator& secrets,
                             const Clock& clock)
    : store_(store), reader_(reader), secrets_(secrets), clock_(clock) {}

std::string ImportService::ProposedTitle(const json& reading) {
  auto text = [](const json& object, const std::string& key) {
    const auto& value = Member(object, key);
    return value.is_string() ? CollapseWhitespace(value.get<std::string>()) : std::string();
  };
  std::vector<std::string> parts;
  if (auto body = text(reading, "body"); !body.empty()) parts.push_back(body);
  if (auto ordinal = text(reading, "ordinal"); !ordinal.empty()) {
    parts.push_back(ordinal + (StringOr(reading, "language") == "es" ? " reunión" : " meeting"));
  }
  if (auto city = text(Member(reading, "place"), "city"); !city.empty()) parts.push_back(city);
  if (auto date = text(reading, "date"); date.size() >= 4) parts.push_back(date.substr(0, 4));
  std::string title;
  for (const auto& part : parts) title += (title.empty() ? "" : ", ") + part;
  return title;
}

std::string ImportService::FingerprintText(const json& reading) {
  const auto& place = Member(reading, "place");
  std::string text = "enlace-report-v1\n";
  text += StringOr(reading, "body_code") + "\n";
  text += StringOr(reading, "date") + "\n";
  text += StringOr(reading, "date_end") + "\n";
  text += Skeleton(StringOr(place, "city")) + "\n";
  text += StringOr(place, "country") + "\n";
  const auto& agreements = Member(reading, "agreements");
  if (agreements.is_array()) {
    for (const auto& agreement : agreements) {
      text += StringOr(agreement, "number") + "\t" + Skeleton(StringOr(agreement, "text")) + "\n";
    }
  }
  return text;
}

Result<ImportView> ImportService::Upload(const RequestContext& context, const ImportUpload& upload) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  const std::string source = upload.file_name ? "file" : "text";
  if (upload.content.size() > kMaximumFileSize) {
    return std::unexpected(Error{.code = ErrorCode::kPayloadTooLarge,
                                 .reason = reasons::kFileTooLarge,
                                 .params = {{"max", std::to_string(kMaximumFileSize >> 20)}}});
  }
  if (!upload.file_name && Trim(upload.content).empty())
    return std::unexpected(Error::Field("text", reasons::kRequired));
  if (upload.language != "auto" && upload.language != "en" && upload.language != "es") {
    return std::unexpected(Error::Field("language", reasons::kInvalidValue));
  }
  std::optional<std::string> file_name;
  if (upload.file_name) file_name = CleanFileName(*upload.file_name);

  // Reading a long PDF takes a while: do it outside any write transaction.
  ReferenceData reference;
  std::vector<ImportAlias> aliases;
  {
    auto transaction = store_.Begin(TransactionMode::kRead);
    reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
    aliases = transaction->Get<ImportRepository>().Aliases(context.process_id);
  }
  auto reading = reader_.Read(upload.content, file_name.value_or("pasted text"), upload.language, reference);
  if (!reading) {
    auto error = Error::Validation({FieldError::Of(source, reading.error(), reasons::kUnreadableDocument)});
    error.detail = reading.error().detail;
    return std::unexpected(error);
  }
  if (!reading->is_object()) return std::unexpected(Error::Field(source, reasons::kUnreadableDocument));
  ImportsApplyAliases(*reading, aliases);
  const auto& agreements = Member(*reading, "agreements");
  if (!agreements.is_array() || agreements.empty())
    return std::unexpected(Error::Field(source, reasons::kNoAgreementsFound));

  auto now = clock_.Now();
  ReportImport record;
  record.process_id = context.process_id;
  record.created_by = context.actor->user_id;
  record.created_at = now;
  record.file_name = file_name;
  record.source_format = StringOr(*reading, "format").empty() ? "text" : StringOr(*reading, "format");
  record.fingerprint = secrets_.Sha256Hex(FingerprintText(*reading));
  record.reading = std::move(*reading);

  auto transaction = store_.Begin(TransactionMode::kWrite);
  // The importer reads no title: the review screen starts from the title of the meeting this
  // report was saved as before, else from the body's name as the report writes it.
  if (!record.reading.contains("title")) {
    auto proposed = ProposedTitle(record.reading);
    record.reading["title"] = proposed.empty() ? json(nullptr) : json(proposed);
    if (auto earlier = DuplicateOf(*transaction, record)) {
      auto meeting = transaction->Get<MeetingRepository>().Find(context.process_id, *earlier);
      if (meeting && meeting->title.Get(StringOr(record.reading, "language"))) {
        record.reading["title"] = *meeting->title.Get(StringOr(record.reading, "language"));
      }
    }
  }
  auto created = transaction->Get<ImportRepository>().Create(record);
  auto prepared = Prepare(*transaction, created, created.reading, reference, now);
  auto audit = AuditRecordFor(context, "import.upload", "import", std::to_string(created.id));
  audit.after = Summary(created, prepared.duplicate);
  transaction->audit().Append(audit, now);
  transaction->Commit();
  return ImportView{created, prepared.duplicate, prepared.errors.fields()};
}

Result<std::vector<ReportImport>> ImportService::List(const RequestContext& context,
                                                      std::optional<ImportStatus> status) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  return transaction->Get<ImportRepository>().List(context.process_id, status);
}

Result<ImportView> ImportService::Get(const RequestContext& context, ImportId id) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto record = transaction->Get<ImportRepository>().Find(context.process_id, id);
  if (!record) return std::unexpected(Error::NotFound());
  ImportView view{*record, std::nullopt, {}};
  if (record->status == ImportStatus::kPending) {
    // What confirming would refuse is told of the review as last saved.
    auto prepared = Prepare(*transaction, *record, record->draft.value_or(record->reading),
                            transaction->Get<ReferenceRepository>().Load(context.process_id), clock_.Now());
    view.duplicate_of = prepared.duplicate;
    view.problems = prepared.errors.fields();
  }
  return view;
}

Result<ImportView> ImportService::SaveDraft(const RequestContext& context, ImportId id, const json& draft,
                                            std::optional<std::int64_t> version) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  if (!draft.is_object()) {
    return std::unexpected(Error::Field("reading", draft.is_null() ? reasons::kRequired : reasons::kInvalidType,
                                        {{"expected", "object"}}));
  }
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto& imports = transaction->Get<ImportRepository>();
  auto record = imports.Find(context.process_id, id);
  if (!record) return std::unexpected(Error::NotFound());
  if (record->status != ImportStatus::kPending)
    return std::unexpected(Error::Conflict(reasons::kImportAlreadyConfirmed));
  if (auto current = CheckVersion(version, record->draft_version); !current) return std::unexpected(current.error());
  // Another save between the read and the write (another server) finds the version moved on.
  if (!imports.SaveDraft(id, draft, record->draft_version, now)) return std::unexpected(Error::StaleVersion());
  record->draft = draft;
  record->draft_version += 1;
  record->draft_saved_at = now;
  auto audit = AuditRecordFor(context, "import.save_draft", "import", std::to_string(id));
  audit.after = {{"draft_version", record->draft_version}};
  transaction->audit().Append(audit, now);
  auto prepared =
      Prepare(*transaction, *record, draft, transaction->Get<ReferenceRepository>().Load(context.process_id), now);
  transaction->Commit();
  return ImportView{*record, prepared.duplicate, prepared.errors.fields()};
}

Result<ConfirmedImport> ImportService::Confirm(const RequestContext& context, ImportId id, const json& reading,
                                               ConfirmMode mode) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  if (!reading.is_object()) {
    return std::unexpected(Error::Field("reading", reading.is_null() ? reasons::kRequired : reasons::kInvalidType,
                                        {{"expected", "object"}}));
  }
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto record = transaction->Get<ImportRepository>().Find(context.process_id, id);
  if (!record) return std::unexpected(Error::NotFound());
  if (record->status != ImportStatus::kPending)
    return std::unexpected(Error::Conflict(reasons::kImportAlreadyConfirmed));
  auto reference = transaction->Get<ReferenceRepository>().Load(context.process_id);

  auto prepared = Prepare(*transaction, *record, reading, reference, now);
  auto& draft = prepared.draft;
  auto& meeting = prepared.meeting;
  const auto& existing = prepared.existing;
  const auto& duplicate = prepared.duplicate;
  if (duplicate && mode == ConfirmMode::kCreate) return std::unexpected(DuplicateReport(*duplicate));
  if (!prepared.errors.empty()) return std::unexpected(prepared.errors.ToError());

  // Everything below is one transaction: an exception or an early return rolls all of it back.
  ConfirmedImport result;
  if (existing) {
    auto& meetings = transaction->Get<MeetingRepository>();
    auto stored = SaveVersioned(
        *transaction, now, context, VersionedChange<Meeting>{"meeting.update", "meeting", *existing, meeting},
        [&](const Meeting& changed, std::int64_t version) { return meetings.Update(changed, version); },
        [&] { return meetings.Find(context.process_id, existing->id); });
    if (!stored) return std::unexpected(stored.error());
    meeting = *stored;
  } else {
    meeting = transaction->Get<MeetingRepository>().Create(meeting);
    // Appending takes the audit log's lock, which every writer takes: from here on, another import
    // of the same report confirmed at the same moment on another server is visible.
    AuditCreation(*transaction, now, context, "meeting.create", "meeting", meeting);
    if (auto other = DuplicateOf(*transaction, context.process_id, record->fingerprint, meeting.body, meeting.date,
                                 meeting.id)) {
      return std::unexpected(DuplicateReport(*other));
    }
    result.created = true;
  }
  result.meeting = meeting.id;

  // Agreements already there (on an update) are matched by number; what people reported progress
  // on stays.
  std::map<std::string, std::size_t> reviewed;
  for (std::size_t i = 0; i < draft.agreements.size(); ++i) reviewed[draft.agreements[i].agreement.number] = i;
  std::vector<std::optional<Agreement>> matched(draft.agreements.size());
  std::vector<Commitment> kept;  // with progress updates: they stay as they are
  if (existing) {
    auto commitments =
        transaction->Get<CommitmentRepository>().List(context.process_id, CommitmentFilter{.meeting = meeting.id});
    for (const auto& agreement : transaction->Get<MeetingRepository>().Agreements(meeting.id)) {
      bool keeps_commitments = false;
      for (const auto& commitment : commitments) {
        if (commitment.agreement_id != agreement.id) continue;
        if (!transaction->Get<CommitmentRepository>().Updates(commitment.id).empty()) {
          result.kept_commitments.push_back(KeptCommitment{commitment.id, agreement.number, commitment.party});
          kept.push_back(commitment);
          keeps_commitments = true;
          continue;
        }
        transaction->Get<CommitmentRepository>().Delete(commitment.id);
        AuditDeletion(*transaction, now, context, "commitment.delete", "commitment", commitment);
      }
      auto found = reviewed.find(agreement.number);
      if (found != reviewed.end()) {
        matched[found->second] = agreement;
      } else if (!keeps_commitments) {
        transaction->Get<MeetingRepository>().DeleteAgreement(agreement.id);
        AuditDeletion(*transaction, now, context, "agreement.delete", "agreement", agreement);
      }
    }
  }
  for (std::size_t i = 0; i < draft.agreements.size(); ++i) {
    auto& item = draft.agreements[i];
    Agreement saved;
    if (matched[i]) {
      // The translation someone typed stays; the reading's language takes the report's text.
      Agreement changed = *matched[i];
      changed.heading = item.agreement.heading;
      changed.verb = item.agreement.verb;
      changed.parties = item.agreement.parties;
      changed.position = item.agreement.position;
      SetIn(changed.text, draft.language, item.agreement.text.Get(draft.language));
      auto& meetings = transaction->Get<MeetingRepository>();
      auto updated = SaveVersioned(
          *transaction, now, context, VersionedChange<Agreement>{"agreement.update", "agreement", *matched[i], changed},
          [&](const Agreement& record, std::int64_t version) { return meetings.UpdateAgreement(record, version); },
          [&] { return meetings.FindAgreement(context.process_id, changed.id); });
      if (!updated) return std::unexpected(updated.error());
      saved = *updated;
    } else {
      item.agreement.meeting_id = meeting.id;
      saved = transaction->Get<MeetingRepository>().CreateAgreement(item.agreement);
      AuditCreation(*transaction, now, context, "agreement.create", "agreement", saved);
    }
    ++result.agreements;
    for (const auto& draft_commitment : item.commitments) {
      // Reading the same report again must not put a second copy next to a commitment kept for
      // its progress updates.
      if (std::any_of(kept.begin(), kept.end(), [&](const Commitment& other) {
            return other.agreement_id == saved.id && other.party == draft_commitment.party &&
                   other.action.Get(draft.language) == draft_commitment.action;
          })) {
        continue;
      }
      Commitment commitment;
      commitment.agreement_id = saved.id;
      commitment.meeting_id = meeting.id;
      commitment.party = draft_commitment.party;
      SetIn(commitment.action, draft.language, draft_commitment.action);
      commitment.deadline = draft_commitment.deadline;
      commitment.created_at = commitment.updated_at = now;
      auto created = transaction->Get<CommitmentRepository>().Create(context.process_id, commitment);
      AuditCreation(*transaction, now, context, "commitment.create", "commitment", created);
      ++result.commitments;
    }
  }

  transaction->Get<MeetingRepository>().SetFingerprint(meeting.id, record->fingerprint);
  // The names the reviewer mapped become aliases of the process: its next report reads them right.
  for (const auto& alias : draft.aliases) {
    transaction->Get<ImportRepository>().SaveAlias(context.process_id, alias, context.actor->user_id, now);
    auto alias_audit = AuditRecordFor(context, "import.alias", "import", std::to_string(id));
    alias_audit.after = {{"name", alias.name}, {"code", alias.code}};
    transaction->audit().Append(alias_audit, now);
  }
  json saved_reading = reading;
  saved_reading["corrected"] = ImportsCorrectedFields(record->reading, reading);
  if (!transaction->Get<ImportRepository>().MarkConfirmed(id, meeting.id, saved_reading, now)) {
    return std::unexpected(Error::Conflict(reasons::kImportAlreadyConfirmed));
  }
  auto audit = AuditRecordFor(context, "import.confirm", "import", std::to_string(id));
  audit.before = Summary(*record, duplicate);
  auto kept_json = json::array();
  for (const auto& commitment : result.kept_commitments) {
    kept_json.push_back(
        {{"id", commitment.id}, {"agreement_number", commitment.agreement_number}, {"party", commitment.party}});
  }
  audit.after = {{"status", "confirmed"},
                 {"meeting", meeting.id},
                 {"created", result.created},
                 {"agreements", result.agreements},
                 {"commitments", result.commitments},
                 {"kept_commitments", kept_json}};
  transaction->audit().Append(audit, now);
  // A new or moved meeting can be "the next meeting" of earlier deadlines, and this report's
  // event deadlines are resolved against the calendar as every other one is.
  if (auto resolved = ResolveEventDeadlines(*transaction, context, context.process_id, now); !resolved) {
    return std::unexpected(resolved.error());
  }
  transaction->Commit();
  return result;
}

}  // namespace enlace
