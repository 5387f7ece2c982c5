#include "imports/reader/importer.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "imports/domain/reasons.hpp"
#include "imports/reader/agreement_reader.hpp"
#include "imports/reader/document_text.hpp"
#include "imports/reader/docx_reader.hpp"
#include "imports/reader/meeting_reader.hpp"
#include "imports/reader/pdf_reader.hpp"
#include "imports/reader/segmenter.hpp"
#include "imports/reader/text_decode.hpp"
#include "kernel/domain/csv.hpp"
#include "kernel/domain/text_fold.hpp"
#include "meetings/domain/reasons.hpp"

namespace enlace {
namespace {

constexpr std::size_t kMaxInputBytes = 64u << 20;
constexpr std::size_t kMaxPreambleBytes = 64u << 10;
constexpr std::size_t kMaxAgreementBytes = 32u << 10;

std::string StripParentheses(std::string name) {
  std::size_t open = name.find(" (");
  if (open != std::string::npos && name.back() == ')') return name.substr(0, open);
  return name;
}

Result<std::vector<CsvRow>> ReadCsvFile(const std::filesystem::path& path, bool required) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (!required) return std::vector<CsvRow>{};
    return std::unexpected(Error{
        .code = ErrorCode::kNotFound, .reason = reasons::kReferenceDataMissing, .detail = path.filename().string()});
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  return ParseCsvRows(buffer.str());
}

// Column index by header name, or -1.
int Column(const std::vector<std::string>& header, std::string_view name) {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return static_cast<int>(i);
  }
  return -1;
}

std::string Cell(const std::vector<std::string>& row, int column) {
  if (column < 0 || static_cast<std::size_t>(column) >= row.size()) return "";
  return row[static_cast<std::size_t>(column)];
}

// True when `text` stops on a word that cannot end a sentence (an article, a preposition, a
// conjunction) with no punctuation after it.
bool ImportsEndsCut(std::string_view text) {
  std::string folded = CollapseWhitespace(Fold(text));
  while (!folded.empty() && folded.back() == ' ') folded.pop_back();
  if (folded.empty() || !std::isalpha(static_cast<unsigned char>(folded.back()))) return false;
  std::size_t space = folded.rfind(' ');
  std::string last = space == std::string::npos ? folded : folded.substr(space + 1);
  static const std::initializer_list<std::string_view> kCannotEnd = {
      "the", "a",  "an",  "of", "to",  "in", "for", "and", "or", "with", "by",  "el",  "la", "los",
      "las", "un", "una", "de", "del", "en", "y",   "o",   "al", "para", "por", "con", "que"};
  return std::find(kCannotEnd.begin(), kCannotEnd.end(), last) != kCannotEnd.end();
}

}  // namespace

namespace {

// Adds the entities and names of one reference directory to `gazetteer`; `required` asks for
// countries.csv and organizations.csv (an overlay may hold only some of the files).
Result<void> LoadReferenceInto(Gazetteer& gazetteer, const std::filesystem::path& directory, bool required) {
  auto countries = ReadCsvFile(directory / "countries.csv", required);
  if (!countries) return std::unexpected(countries.error());
  auto organizations = ReadCsvFile(directory / "organizations.csv", required);
  if (!organizations) return std::unexpected(organizations.error());
  auto networks = ReadCsvFile(directory / "networks.csv", false);
  if (!networks) return std::unexpected(networks.error());
  auto aliases = ReadCsvFile(directory / "aliases.csv", false);
  if (!aliases) return std::unexpected(aliases.error());
  auto cities = ReadCsvFile(directory / "cities.csv", false);
  if (!cities) return std::unexpected(cities.error());
  auto not_parties = ReadCsvFile(directory / "not_parties.csv", false);
  if (!not_parties) return std::unexpected(not_parties.error());

  if (!countries->empty()) {
    const auto& header = countries->front();
    int code = Column(header, "iso2"), en = Column(header, "name_en"), es = Column(header, "name_es"),
        status = Column(header, "rcm_status");
    for (std::size_t r = 1; r < countries->size(); ++r) {
      const auto& row = (*countries)[r];
      if (Cell(row, code).empty()) continue;
      gazetteer.AddEntity({Cell(row, code), EntityKind::kCountry, Cell(row, status), Cell(row, en), Cell(row, es)});
      gazetteer.AddName(Cell(row, code), Cell(row, en), NameForm::kName);
      gazetteer.AddName(Cell(row, code), Cell(row, es), NameForm::kName);
    }
  }
  auto load_bodies = [&](const std::vector<std::vector<std::string>>& rows, EntityKind kind) {
    if (rows.empty()) return;
    const auto& header = rows.front();
    int code = Column(header, "code"), abbrev_en = Column(header, "abbrev_en"), abbrev_es = Column(header, "abbrev_es"),
        en = Column(header, "name_en"), es = Column(header, "name_es"), category = Column(header, "kind");
    for (std::size_t r = 1; r < rows.size(); ++r) {
      const auto& row = rows[r];
      if (Cell(row, code).empty()) continue;
      gazetteer.AddEntity({Cell(row, code), kind, kind == EntityKind::kNetwork ? "network" : Cell(row, category),
                           Cell(row, en), Cell(row, es)});
      for (int column : {en, es}) {
        std::string name = Cell(row, column);
        gazetteer.AddName(Cell(row, code), name, NameForm::kName);
        gazetteer.AddName(Cell(row, code), StripParentheses(name), NameForm::kName);
      }
      for (int column : {abbrev_en, abbrev_es})
        gazetteer.AddName(Cell(row, code), Cell(row, column), NameForm::kAbbreviation);
    }
  };
  // Cities where meetings are held: places, never parties (CityCountry below).
  if (!cities->empty()) {
    const auto& header = cities->front();
    int country = Column(header, "country"), en = Column(header, "name_en"), es = Column(header, "name_es");
    for (std::size_t r = 1; r < cities->size(); ++r) {
      const auto& row = (*cities)[r];
      if (Cell(row, country).size() != 2 || Cell(row, en).empty()) continue;
      std::string code = std::string(kCityCodePrefix) + Cell(row, country) + ":" + Cell(row, en);
      gazetteer.AddEntity({code, EntityKind::kOrganization, std::string(kCityCategory), Cell(row, en), Cell(row, es)});
      gazetteer.AddName(code, Cell(row, en), NameForm::kName);
      gazetteer.AddName(code, Cell(row, es), NameForm::kName);
    }
  }
  // Names of the process's things that read like bodies (its website, an information system):
  // known, so that they are not taken for unknown organisations, and never parties.
  if (!not_parties->empty()) {
    const auto& header = not_parties->front();
    int name = Column(header, "name"), what = Column(header, "what");
    for (std::size_t r = 1; r < not_parties->size(); ++r) {
      const auto& row = (*not_parties)[r];
      if (Cell(row, name).empty()) continue;
      std::string code = std::string(kThingCodePrefix) + Cell(row, name);
      gazetteer.AddEntity(
          {code, EntityKind::kOrganization, std::string(kThingCategory), Cell(row, what), Cell(row, what)});
      gazetteer.AddName(code, Cell(row, name), NameForm::kName);
    }
  }
  load_bodies(*organizations, EntityKind::kOrganization);
  load_bodies(*networks, EntityKind::kNetwork);
  if (!aliases->empty()) {
    const auto& header = aliases->front();
    int code = Column(header, "code"), alias = Column(header, "alias"), form = Column(header, "form");
    for (std::size_t r = 1; r < aliases->size(); ++r) {
      const auto& row = (*aliases)[r];
      std::string form_text = Cell(row, form);
      NameForm name_form = form_text == "abbreviation" ? NameForm::kAbbreviation
                           : form_text == "demonym"    ? NameForm::kDemonym
                                                       : NameForm::kName;
      gazetteer.AddName(Cell(row, code), Cell(row, alias), name_form);
    }
  }
  return {};
}

}  // namespace

std::optional<std::string> CityCountry(const GazetteerEntity& entity) {
  if (entity.category != kCityCategory || !entity.code.starts_with(kCityCodePrefix)) return std::nullopt;
  return entity.code.substr(kCityCodePrefix.size(), 2);
}

Result<Gazetteer> LoadGazetteer(const std::filesystem::path& directory) {
  return LoadGazetteer(std::vector<std::filesystem::path>{directory});
}

Result<Gazetteer> LoadGazetteer(const std::vector<std::filesystem::path>& directories) {
  Gazetteer gazetteer;
  for (std::size_t i = 0; i < directories.size(); ++i) {
    if (auto loaded = LoadReferenceInto(gazetteer, directories[i], i == 0); !loaded) {
      return std::unexpected(loaded.error());
    }
  }
  if (gazetteer.entities().empty()) {
    return std::unexpected(
        Error{.code = ErrorCode::kNotFound, .reason = reasons::kReferenceDataMissing, .detail = "no entities"});
  }
  return gazetteer;
}

Result<ReportReading> ReadReport(std::string_view bytes, std::string_view filename, const Gazetteer& gazetteer,
                                 const ImportOptions& options) {
  (void)filename;
  if (bytes.size() > kMaxInputBytes) {
    return std::unexpected(
        Error{.code = ErrorCode::kPayloadTooLarge, .reason = reasons::kInputTooLarge, .detail = "more than 64 MB"});
  }
  if (options.language != "auto" && options.language != "en" && options.language != "es") {
    return std::unexpected(Error::Invalid(reasons::kUnsupportedLanguage, options.language));
  }
  ReportReading reading;
  std::string text;
  if (LooksLikeZip(bytes)) {
    auto docx = ReadDocxText(bytes);
    if (!docx) return std::unexpected(docx.error());
    text = std::move(*docx);
    reading.format = "docx";
  } else if (LooksLikePdf(bytes)) {
    auto pdf = ReadPdfText(bytes);
    if (!pdf) return std::unexpected(pdf.error());
    text = std::move(*pdf);
    reading.format = "pdf";
  } else {
    if (bytes.starts_with("\xD0\xCF\x11\xE0") || bytes.starts_with("{\\rtf")) {
      return std::unexpected(
          Error::Invalid(reasons::kUnsupportedFormat, "a legacy Word or RTF document: save it as DOCX or PDF"));
    }
    DecodedText decoded = DecodeText(bytes);
    // Binary data is not a report: count control characters.
    std::size_t controls = 0;
    std::size_t sample = std::min<std::size_t>(decoded.text.size(), 65536);
    for (std::size_t i = 0; i < sample; ++i) {
      unsigned char c = static_cast<unsigned char>(decoded.text[i]);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
    }
    if (sample > 0 && controls * 20 > sample) {
      return std::unexpected(
          Error::Invalid(reasons::kUnsupportedFormat, "binary data, not a text, DOCX or PDF report"));
    }
    text = std::move(decoded.text);
    reading.encoding = decoded.encoding;
    reading.format = "text";
  }
  if (CollapseWhitespace(text).empty()) {
    return std::unexpected(Error::Invalid(reasons::kUnreadableDocument, "the document has no text"));
  }

  std::vector<Paragraph> paragraphs = SplitParagraphs(text);
  Segmentation segmentation = Segment(paragraphs);
  reading.language = options.language == "auto" ? DetectLanguage(text) : options.language;
  // A meeting's preamble is a few paragraphs and an agreement a few sentences: the rules look at
  // bounded amounts of text, so a huge or hostile input costs linear time.
  std::vector<std::string> preamble;
  std::size_t preamble_bytes = 0;
  for (const std::string& paragraph : segmentation.preamble) {
    if (preamble_bytes + paragraph.size() > kMaxPreambleBytes) {
      reading.warnings.push_back("preamble_truncated");
      break;
    }
    preamble_bytes += paragraph.size();
    preamble.push_back(paragraph);
  }
  MeetingFields meeting = ReadMeeting(preamble, gazetteer, reading.language);
  reading.body = meeting.body;
  reading.body_code = meeting.body_code;
  reading.ordinal = meeting.ordinal;
  reading.meeting_type = meeting.meeting_type;
  reading.place = meeting.place;
  // A place without its country (a city no reference list knows, or none at all): the country the
  // report thanks for its hospitality hosted it.
  bool host_country = false;
  if (!reading.place.country) {
    std::vector<std::string> texts;
    texts.reserve(paragraphs.size());
    std::size_t bytes = 0;
    for (const Paragraph& paragraph : paragraphs) {
      bytes += paragraph.text.size();
      if (bytes > kMaxPreambleBytes * 4) break;
      texts.push_back(paragraph.text);
    }
    reading.place.country = ReadHostCountry(texts, gazetteer);
    host_country = reading.place.country.has_value();
  }
  reading.date = meeting.date;
  reading.date_end = meeting.date_end;
  reading.participants = meeting.participants;
  reading.submitted_to = meeting.submitted_to;
  reading.warnings = meeting.warnings;
  for (const std::string& warning : segmentation.warnings) reading.warnings.push_back(warning);

  AgreementContext context;
  context.gazetteer = &gazetteer;
  context.own_body = meeting.body_code;
  if (auto body = meeting.body_code ? gazetteer.FindCode(*meeting.body_code) : std::nullopt)
    context.own_organisations = BodiesNamedIn(gazetteer.entity(*body), gazetteer);
  context.language = reading.language;
  // Without a meeting date, spans cannot be counted: a date long past keeps every phrase, and
  // dates that depend on the meeting are left out below.
  Date unknown{std::chrono::year{1900}, std::chrono::January, std::chrono::day{1}};
  context.deadlines.meeting_start = meeting.date.value_or(unknown);
  context.deadlines.meeting_end = meeting.date_end.value_or(meeting.date.value_or(unknown));
  context.deadlines.language = reading.language;
  context.deadlines.gazetteer = &gazetteer;
  context.deadlines.own_body = meeting.body_code.value_or("");

  // A document that stops in the middle of its last item (a copy cut short, a page missing): that
  // item is not read, since what it asks is not all there.
  if (!segmentation.items.empty()) {
    std::string last = CollapseWhitespace(segmentation.items.back().text);
    while (!last.empty() && (last.back() == '"' || last.back() == '\'' || last.back() == ' ')) last.pop_back();
    bool complete = !last.empty() &&
                    (last.back() == '.' || last.back() == ';' || last.back() == ':' || last.back() == '!' ||
                     last.back() == '?' || last.back() == ')' || last.ends_with("\u201D") || last.ends_with("\u00BB"));
    if (!complete) {
      segmentation.items.pop_back();
      reading.warnings.push_back("last_item_cut");
    }
  }
  // An item inside the list whose text stops on an article, a preposition or a conjunction was cut
  // where the copy lost a part of it (a table cell or a page missing): what it asks is not all
  // there either. Only items no other item hangs from are left out.
  for (std::size_t i = 0; i + 1 < segmentation.items.size();) {
    if (!ImportsEndsCut(segmentation.items[i].text) ||
        std::any_of(segmentation.items.begin(), segmentation.items.end(),
                    [&](const SegmentedItem& other) { return other.parent == static_cast<int>(i); })) {
      ++i;
      continue;
    }
    segmentation.items.erase(segmentation.items.begin() + static_cast<std::ptrdiff_t>(i));
    for (SegmentedItem& other : segmentation.items) {
      if (other.parent > static_cast<int>(i)) --other.parent;
    }
    if (std::find(reading.warnings.begin(), reading.warnings.end(), "item_cut") == reading.warnings.end())
      reading.warnings.push_back("item_cut");
  }
  // No heading nor opening names the body (a copy that starts at its agreements): the body whose
  // own organs the agreements address issued them; a guess, and said so.
  bool body_from_organs = false;
  if (!meeting.body) {
    std::vector<std::string> addressed;
    for (const SegmentedItem& item : segmentation.items) {
      if (item.heading) continue;
      std::string_view analysed = std::string_view(item.text).substr(0, std::min(item.text.size(), kMaxAgreementBytes));
      for (std::string& party : ReadAgreement(analysed, false, context).parties) addressed.push_back(std::move(party));
    }
    if (auto code = BodyFromAddressedOrgans(addressed, gazetteer)) {
      const GazetteerEntity& body = gazetteer.entity(*gazetteer.FindCode(*code));
      meeting.body_code = body.code;
      meeting.body = StripParentheses(reading.language == "es" && !body.name_es.empty() ? body.name_es : body.name_en);
      reading.body = meeting.body;
      reading.body_code = meeting.body_code;
      context.own_body = meeting.body_code;
      context.own_organisations = BodiesNamedIn(body, gazetteer);
      context.deadlines.own_body = body.code;
      std::erase(reading.warnings, std::string("body_not_found"));
      reading.warnings.push_back("body_from_addressed_organs");
      body_from_organs = true;
    }
  }
  // The lead-in the items hang from ("REAFIRMARON:", "Ministers agreed on the following:"): its verb
  // is the verb of an item that has none of its own.
  std::optional<std::string> lead_in_verb;
  if (!segmentation.preamble.empty()) {
    std::string lead_in = CollapseWhitespace(segmentation.preamble.back());
    if (lead_in.ends_with(":") && lead_in.size() < kMaxAgreementBytes) {
      std::size_t sentence = lead_in.rfind(". ");
      if (sentence != std::string::npos) lead_in = lead_in.substr(sentence + 2);
      lead_in_verb = ReadAgreement(lead_in, false, context).verb;
    }
  }

  reading.agreements.reserve(segmentation.items.size());
  std::vector<bool> own_verb;  // per agreement: a verb read in its own text
  for (const SegmentedItem& item : segmentation.items) {
    ImportedAgreement agreement;
    agreement.number = item.number;
    agreement.heading = item.heading;
    agreement.text = item.text;
    agreement.printed_number = item.printed;
    std::string_view analysed = item.text;
    if (analysed.size() > kMaxAgreementBytes) {
      analysed = analysed.substr(0, kMaxAgreementBytes);
      agreement.warnings.push_back("agreement_truncated");
    }
    AgreementReading analysis = ReadAgreement(analysed, item.heading, context);
    agreement.verb = analysis.verb;
    own_verb.push_back(analysis.verb.has_value());
    agreement.confidence["verb"] =
        analysis.verb || item.heading ? FieldConfidence{true, "read_in_item"} : FieldConfidence{false, "from_lead_in"};
    if (!agreement.verb && !item.heading) {
      // A sub-item without a verb continues its parent's sentence; an item, the lead-in's.
      if (item.parent >= 0 && static_cast<std::size_t>(item.parent) < reading.agreements.size())
        agreement.verb = reading.agreements[static_cast<std::size_t>(item.parent)].verb;
      else if (item.parent < 0)
        agreement.verb = lead_in_verb;
    }
    agreement.parties = std::move(analysis.parties);
    agreement.deadlines = std::move(analysis.deadlines);
    agreement.commitments = std::move(analysis.commitments);
    for (std::string& warning : analysis.warnings) agreement.warnings.push_back(std::move(warning));
    if (!meeting.date) {
      for (Deadline& deadline : agreement.deadlines) {
        if (deadline.kind == DeadlineKind::kRelative ||
            (deadline.due && deadline.due->year() < std::chrono::year{1901})) {
          deadline.due.reset();
        }
      }
    }
    if (!agreement.heading && !agreement.verb) {
      agreement.warnings.push_back("verb_not_found");
      agreement.confidence["verb"] = {false, "not_found"};
    }
    agreement.confidence["parties"] = {true, "resolved"};
    for (const std::string& party : agreement.parties) {
      if (!gazetteer.FindCode(party)) {
        agreement.confidence["parties"] = {false, "unresolved_name"};
        agreement.unresolved.push_back(party);
      }
    }
    agreement.confidence["deadlines"] = {true, agreement.deadlines.empty() ? "none" : "dated"};
    for (const Deadline& deadline : agreement.deadlines) {
      if (!deadline.due && deadline.kind != DeadlineKind::kEvent)
        agreement.confidence["deadlines"] = {false, "no_date"};
    }
    reading.agreements.push_back(std::move(agreement));
  }
  bool body_guessed =
      std::find(reading.warnings.begin(), reading.warnings.end(), "body_from_title_words") != reading.warnings.end();
  reading.confidence["body"] = !reading.body        ? FieldConfidence{false, "not_found"}
                               : body_guessed       ? FieldConfidence{false, "from_title_words"}
                               : body_from_organs   ? FieldConfidence{false, "from_addressed_organs"}
                               : !reading.body_code ? FieldConfidence{false, "not_in_reference_data"}
                                                    : FieldConfidence{true, "resolved"};
  reading.confidence["place"] = !reading.place.country ? FieldConfidence{false, "not_found"}
                                : host_country         ? FieldConfidence{false, "country_from_host_thanks"}
                                : !reading.place.city  ? FieldConfidence{false, "country_only"}
                                                       : FieldConfidence{true, "city_and_country"};
  reading.confidence["date"] = reading.date ? FieldConfidence{true, "read"} : FieldConfidence{false, "not_found"};
  reading.confidence["participants"] =
      reading.participants.empty() ? FieldConfidence{false, "none_named"} : FieldConfidence{true, "listed"};
  reading.confidence["agreements"] = {true, "numbered"};
  for (const std::string& warning : reading.warnings) {
    if (warning == "numbering_repaired" || warning == "last_item_cut" || warning == "no_agreements_found") {
      reading.confidence["agreements"] = {false, warning};
    }
  }
  // An item with a verb of its own whose sub-items only continue its sentence ("To address …
  // through: • The advancement of …") is one statement, not a heading over separate agreements.
  for (std::size_t i = 0; i < reading.agreements.size(); ++i) {
    ImportedAgreement& agreement = reading.agreements[i];
    if (!agreement.heading || !own_verb[i]) continue;
    bool children_continue = true;
    for (std::size_t k = 0; k < segmentation.items.size(); ++k) {
      if (segmentation.items[k].parent == static_cast<int>(i) && own_verb[k]) children_continue = false;
    }
    if (children_continue) {
      agreement.heading = false;
      for (std::size_t k = 0; k < segmentation.items.size(); ++k) {
        if (segmentation.items[k].parent == static_cast<int>(i) && !reading.agreements[k].verb) {
          reading.agreements[k].verb = agreement.verb;
        }
      }
    }
  }
  // A statement of principle or fact, with no verb of the members ("Migration is a building block
  // of the societies of the member countries"), addresses no one: what it names is context.
  for (ImportedAgreement& agreement : reading.agreements) {
    if (agreement.heading || agreement.verb || agreement.parties.empty()) continue;
    agreement.parties.clear();
    agreement.unresolved.clear();
    agreement.commitments.clear();
    agreement.confidence["parties"] = {true, "statement_without_verb"};
  }
  return reading;
}

namespace {

// {"body": {"level": "low", "reason": "not_in_reference_data"}, …}
nlohmann::json ConfidenceJson(const std::map<std::string, FieldConfidence>& confidence) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [field, value] : confidence) {
    out[field] = {{"level", value.high ? "high" : "low"}, {"reason", value.reason}};
  }
  return out;
}

}  // namespace

nlohmann::json ToJson(const ReportReading& reading) {
  using nlohmann::json;
  auto optional = [](const std::optional<std::string>& value) { return value ? json(*value) : json(nullptr); };
  auto date = [](const std::optional<Date>& value) { return value ? json(FormatIsoDate(*value)) : json(nullptr); };
  json out;
  out["language"] = reading.language;
  out["body"] = optional(reading.body);
  out["body_code"] = optional(reading.body_code);
  out["ordinal"] = optional(reading.ordinal);
  out["meeting_type"] = optional(reading.meeting_type);
  out["place"] = {{"city", optional(reading.place.city)}, {"country", optional(reading.place.country)}};
  out["date"] = date(reading.date);
  out["date_end"] = date(reading.date_end);
  out["participants"] = reading.participants;
  out["submitted_to"] = optional(reading.submitted_to);
  json agreements = json::array();
  for (const ImportedAgreement& agreement : reading.agreements) {
    json item;
    item["number"] = agreement.number;
    item["heading"] = agreement.heading;
    item["verb"] = optional(agreement.verb);
    json parties = json::array();
    for (const std::string& party : agreement.parties) {
      bool unresolved =
          std::find(agreement.unresolved.begin(), agreement.unresolved.end(), party) != agreement.unresolved.end();
      parties.push_back(unresolved ? json{{"unresolved", party}} : json(party));
    }
    item["parties"] = std::move(parties);
    json deadlines = json::array();
    for (const Deadline& deadline : agreement.deadlines) {
      json d;
      d["text"] = deadline.text;
      d["kind"] = std::string(ToString(deadline.kind));
      if (deadline.event)
        d["event"] = {{"body", deadline.event->body}, {"which", std::string(ToString(deadline.event->which))}};
      d["due"] = date(deadline.due);
      deadlines.push_back(std::move(d));
    }
    item["deadlines"] = std::move(deadlines);
    json commitments = json::array();
    for (const ImportedCommitment& commitment : agreement.commitments) {
      commitments.push_back(
          {{"party", commitment.party}, {"action", commitment.action}, {"deadline", optional(commitment.deadline)}});
    }
    item["commitments"] = std::move(commitments);
    item["text"] = agreement.text;
    if (!agreement.printed_number.empty()) item["printed_number"] = agreement.printed_number;
    if (!agreement.warnings.empty()) item["warnings"] = agreement.warnings;
    item["confidence"] = ConfidenceJson(agreement.confidence);
    agreements.push_back(std::move(item));
  }
  out["agreements"] = std::move(agreements);
  out["format"] = reading.format;
  if (!reading.encoding.empty()) out["encoding"] = reading.encoding;
  out["warnings"] = reading.warnings;
  out["confidence"] = ConfidenceJson(reading.confidence);
  return out;
}

std::string ToText(const ReportReading& reading) {
  std::ostringstream out;
  auto or_dash = [](const std::optional<std::string>& value) { return value ? *value : std::string("—"); };
  out << "Body:         " << or_dash(reading.body);
  if (reading.body_code) out << " (" << *reading.body_code << ")";
  if (reading.ordinal) out << ", meeting " << *reading.ordinal;
  out << "\nMeeting:      " << or_dash(reading.meeting_type) << "\n";
  out << "Place:        " << or_dash(reading.place.city) << ", " << or_dash(reading.place.country) << "\n";
  out << "Date:         " << (reading.date ? FormatIsoDate(*reading.date) : "—");
  if (reading.date_end) out << " to " << FormatIsoDate(*reading.date_end);
  out << "\nLanguage:     " << reading.language << " (" << reading.format << ")\n";
  out << "Participants: ";
  for (std::size_t i = 0; i < reading.participants.size(); ++i) out << (i ? ", " : "") << reading.participants[i];
  out << "\nSubmitted to: " << or_dash(reading.submitted_to) << "\n";
  for (const std::string& warning : reading.warnings) out << "Warning:      " << warning << "\n";
  out << "\nAgreements (" << reading.agreements.size() << ")\n";
  for (const ImportedAgreement& agreement : reading.agreements) {
    out << "\n"
        << agreement.number << (agreement.heading ? " [heading]" : "") << "  verb: " << or_dash(agreement.verb) << "\n";
    out << "    " << agreement.text << "\n";
    if (!agreement.parties.empty()) {
      out << "    parties: ";
      for (std::size_t i = 0; i < agreement.parties.size(); ++i) {
        bool unresolved = std::find(agreement.unresolved.begin(), agreement.unresolved.end(), agreement.parties[i]) !=
                          agreement.unresolved.end();
        out << (i ? ", " : "") << (unresolved ? "? " : "") << agreement.parties[i];
      }
      out << "\n";
    }
    for (const Deadline& deadline : agreement.deadlines) {
      out << "    deadline: \"" << deadline.text << "\" " << ToString(deadline.kind);
      if (deadline.event)
        out << " (" << ToString(deadline.event->which) << " meeting of " << deadline.event->body << ")";
      out << " due " << (deadline.due ? FormatIsoDate(*deadline.due) : "—") << "\n";
    }
    for (const ImportedCommitment& commitment : agreement.commitments) {
      out << "    commitment: " << commitment.party << " — " << commitment.action;
      if (commitment.deadline) out << " — " << *commitment.deadline;
      out << "\n";
    }
    for (const std::string& warning : agreement.warnings) out << "    warning: " << warning << "\n";
  }
  return out.str();
}

int ImportReportCommand(const std::filesystem::path& file, std::string_view format, std::string_view language,
                        const std::filesystem::path& reference_directory, std::ostream& out, std::ostream& err) {
  if (format != "json" && format != "text") {
    err << "enlace import-report: --format must be json or text\n";
    return 2;
  }
  if (language != "auto" && language != "en" && language != "es") {
    err << "enlace import-report: --language must be auto, en or es\n";
    return 2;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    err << "enlace import-report: " << file.string() << ": cannot open the file\n";
    return 1;
  }
  std::string bytes;
  {
    std::vector<char> buffer(1 << 16);
    while (in) {
      in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      bytes.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
      if (bytes.size() > kMaxInputBytes) {
        err << "enlace import-report: " << file.string() << ": input_too_large: more than 64 MB\n";
        return 1;
      }
    }
  }
  auto gazetteer = LoadGazetteer(reference_directory);
  if (!gazetteer) {
    err << "enlace import-report: reference data: " << gazetteer.error().reason << ": " << gazetteer.error().detail
        << "\n";
    return 1;
  }
  ImportOptions options;
  options.language = std::string(language);
  Result<ReportReading> reading;
  try {
    reading = ReadReport(bytes, file.filename().string(), *gazetteer, options);
  } catch (const std::exception& e) {
    // A bug, not bad input; still never a crash for the person at the terminal.
    err << "enlace import-report: " << file.string() << ": internal error\n";
    return 1;
  }
  if (!reading) {
    err << "enlace import-report: " << file.string() << ": " << reading.error().reason;
    if (!reading.error().detail.empty()) err << ": " << reading.error().detail;
    err << "\n";
    return 1;
  }
  if (format == "json")
    out << ToJson(*reading).dump(2) << "\n";
  else
    out << ToText(*reading);
  return 0;
}

}  // namespace enlace
