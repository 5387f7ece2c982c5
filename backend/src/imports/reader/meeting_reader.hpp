// The preamble of a report → the meeting it records: the issuing body, the kind of meeting,
// where (city and ISO country), when (first and last day), who took part (countries, in the
// order written) and to whom the report is submitted.
//
// The rules read the sentence that records the meeting ("The Network held its regular meeting in
// San Pedro Sula, Honduras, on November 15, 2016, with participation of …", "La Red se reunió en
// la Ciudad de Panamá, Panamá, los días 3 y 4 de mayo de 2018 …"): the subject of "held"/"met"/"se
// reunió" or the body after "meeting of", a city written before ", <country>", the first date
// expression, and the countries after a word of participation.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "imports/reader/importer.hpp"
#include "kernel/domain/date.hpp"
#include "kernel/domain/gazetteer.hpp"

namespace enlace {

struct MeetingFields {
  std::optional<std::string> body;
  std::optional<std::string> body_code;
  std::optional<std::string> ordinal;  // "VI" for the "Sexta Reunión", kept apart from the body
  std::optional<std::string> meeting_type;
  ReportPlace place;
  std::optional<Date> date;
  std::optional<Date> date_end;
  std::vector<std::string> participants;
  std::optional<std::string> submitted_to;
  std::vector<std::string> warnings;
};

// "en" or "es", by the share of each language's commonest words.
std::string DetectLanguage(std::string_view text);

// The ordinal of a meeting written before its name, as a Roman numeral: "VI Conferencia" → "VI",
// "la Octava Reunión" → "VIII", "the Seventh Ministerial Conference" → "VII"; nullopt when none.
std::optional<std::string> ReadOrdinal(std::string_view text);

// The host country, from anywhere in the report: the country thanked for its hospitality ("al
// Gobierno de X por su hospitalidad", "the hospitality of the Government of X"); nullopt when none.
std::optional<std::string> ReadHostCountry(const std::vector<std::string>& paragraphs, const Gazetteer& gazetteer);

// The bodies an entity's names name besides itself, in the reference data: "General Secretariat
// of X" names X, whose organ it is. Countries, groups, cities and things are not bodies.
std::vector<std::string> BodiesNamedIn(const GazetteerEntity& entity, const Gazetteer& gazetteer);

// The issuing body of a report that names it in no heading nor opening sentence (a copy that
// starts at its agreements): the body whose own organs the agreements address. An organ is a
// party whose names in the reference data name another body ("Secretariat of X", "Consejo de
// Ministros del X" is an organ of X); the body named so by the most of the parties, the first of
// them on a tie. `parties` are the agreements' party codes, in order. nullopt when no party is an
// organ of a body. A guess, which the reading marks as such.
std::optional<std::string> BodyFromAddressedOrgans(const std::vector<std::string>& parties, const Gazetteer& gazetteer);

MeetingFields ReadMeeting(const std::vector<std::string>& preamble, const Gazetteer& gazetteer,
                          std::string_view language);

}  // namespace enlace
