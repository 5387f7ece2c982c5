// The report importer (capability M5): a meeting report as a person wrote it (plain text, DOCX or
// PDF; English or Spanish) → a structured reading of the meeting and its agreements, for a person
// to review before anything is saved.
//
// The pipeline, each stage in its own file:
//   1. bytes → text lines: text_decode (UTF-8, UTF-16, Windows-1252), docx_reader (paragraphs and
//      Word's automatic numbering), pdf_reader (pages, headers and footers dropped);
//   2. lines → paragraphs: document_text (conversion noise: bookmarks, soft hyphens, words split
//      across lines, sentences broken across lines);
//   3. paragraphs → preamble + numbered agreements: segmenter (markers, the introducer "agreed:",
//      broken or missing numbering, headings with typos);
//   4. preamble → meeting fields: meeting_reader;
//   5. each agreement → verb, parties, deadlines, commitments: agreement_reader, using the domain's
//      gazetteer and deadline reader.
// Every stage is rules over folded words, not a statistical model: its behaviour can be read,
// tested and fixed case by case, at the price of missing phrasings nobody has written a rule for.
//
// Input is untrusted. Nothing here asserts or throws on bad input: an unreadable document is an
// Error ("unreadable_document", "unsupported_format", "docx_too_large", "docx_entity_refused",
// "input_too_large"), and the reading of a readable one is always produced, with warnings where
// it is unsure.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/domain/date.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/gazetteer.hpp"
#include "meetings/domain/deadline.hpp"

namespace enlace {

struct ImportOptions {
  std::string language = "auto";  // "auto" | "en" | "es"
};

// Named apart from the domain's Place (meeting.hpp): both are linked into one program.
struct ReportPlace {
  std::optional<std::string> city;
  std::optional<std::string> country;  // ISO 3166-1 alpha-2
};

// How sure the reader is of one field: "high", or "low" with the reason a person should look
// ("not_found", "not_in_reference_data", "from_lead_in", "unresolved_name", "no_date", …).
struct FieldConfidence {
  bool high = true;
  std::string reason;
};

struct ImportedCommitment {
  std::string party;                    // a party code
  std::string action;                   // short, in the report's language
  std::optional<std::string> deadline;  // the text of the deadline phrase that applies
};

struct ImportedAgreement {
  std::string number;                // "1", "2", "2.a"
  bool heading = false;              // only introduces its sub-items
  std::optional<std::string> verb;   // English lemma of the first operative verb
  std::vector<std::string> parties;  // codes, in order of first mention; unknown bodies by name
  // The names of `parties` that are not codes of the reference data: the JSON gives each as
  // {"unresolved": "the name as written"} for the reviewer to map to a code or drop.
  std::vector<std::string> unresolved;
  std::vector<Deadline> deadlines;
  std::vector<ImportedCommitment> commitments;
  std::string text;            // the paragraph as read, marker removed
  std::string printed_number;  // the marker as printed ("3.", "a)", "•", "" when none)
  std::vector<std::string> warnings;
  std::map<std::string, FieldConfidence> confidence;  // "verb", "parties", "deadlines"
};

struct ReportReading {
  std::string format;                       // "text", "docx", "pdf"
  std::string encoding;                     // of a text input: "utf-8", "utf-16", "windows-1252"
  std::string language;                     // "en" or "es"
  std::optional<std::string> body;          // the issuing body's name, as the report writes it
  std::optional<std::string> body_code;     // its code when the gazetteer knows it
  std::optional<std::string> ordinal;       // of the meeting ("VI"), apart from the body
  std::optional<std::string> meeting_type;  // "regular", "extraordinary", "virtual", "workshop"
  ReportPlace place;
  std::optional<Date> date;                 // first day
  std::optional<Date> date_end;             // last day when the meeting lasted more than one day
  std::vector<std::string> participants;    // countries, in the order written
  std::optional<std::string> submitted_to;  // a body code
  std::vector<ImportedAgreement> agreements;
  std::vector<std::string> warnings;
  std::map<std::string, FieldConfidence> confidence;  // "body", "place", "date", "participants", "agreements"
};

// Reads a report. The format is detected from the content (a ZIP with word/document.xml, a PDF
// header, or text), never from `filename`, which is only used in messages.
Result<ReportReading> ReadReport(std::string_view bytes, std::string_view filename, const Gazetteer& gazetteer,
                                 const ImportOptions& options);

// The expected.json structure (language, body, meeting_type, place, date, date_end,
// participants, submitted_to, agreements[number, heading, verb, parties, deadlines,
// commitments]) plus "format", "body_code", "warnings" and each agreement's "text". A party is a
// code, or {"unresolved": "name as written"} when the reference data has no such code.
nlohmann::json ToJson(const ReportReading& reading);
// A reading for people, for `--format text`.
std::string ToText(const ReportReading& reading);

// Loads countries.csv, organizations.csv, networks.csv and (when present) aliases.csv,
// not_parties.csv and cities.csv (country,name_en,name_es: where the process meets). A city is an entity of category
// "city" whose code is "city:<ISO2>:<English name>": a place, never a party.
inline constexpr std::string_view kCityCategory = "city";
inline constexpr std::string_view kCityCodePrefix = "city:";
// not_parties.csv (language,name,what) lists names of the process's things that read like bodies
// (its website "Virtual Secretariat", an information system): entities of category "thing" whose
// code is "thing:<name>", never parties nor unknown organisations.
inline constexpr std::string_view kThingCategory = "thing";
inline constexpr std::string_view kThingCodePrefix = "thing:";
// The country of a city entity; nullopt for anything else.
std::optional<std::string> CityCountry(const GazetteerEntity& entity);
Result<Gazetteer> LoadGazetteer(const std::filesystem::path& reference_directory);
// The first directory as above, then each further one as an overlay (any of the files, added to
// the entities and names already loaded): the eval reads another process's reports this way.
Result<Gazetteer> LoadGazetteer(const std::vector<std::filesystem::path>& reference_directories);

// `enlace import-report FILE [--format json|text] [--language auto|en|es]`: prints the reading
// to `out`, problems to `err`; returns the process exit code (0 ok, 1 unreadable input, 2 usage).
int ImportReportCommand(const std::filesystem::path& file, std::string_view format, std::string_view language,
                        const std::filesystem::path& reference_directory, std::ostream& out, std::ostream& err);

}  // namespace enlace
