// The gazetteer: the countries, organisations, bodies and networks a regional process names in its
// documents, each with every way it is written in English and Spanish.
//
// Matching is by whole words over folded text (case and accents ignored), longest name first, so
// "the United States of America" is one mention of US and "RCM Member Countries" is one mention
// of MEMBER_COUNTRIES rather than RCM followed by something else. Abbreviations written in capitals
// ("TS", "ST", "PPT") match only where the text has them in capitals, so the Spanish word "st" or a
// lower-case "ppt" never becomes a body. Demonyms ("Mexican", "salvadoreña") are returned with
// their form so that the caller decides when they name a party ("the Mexican delegation") and when
// they do not ("Mexican legislation").
//
// The gazetteer is a pure value: it holds no I/O. The importer loads it from the reference CSV
// files (importer/reference_loader.hpp). It is immutable after loading and safe to share between
// threads for reading.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace enlace {

enum class EntityKind {
  kCountry,       // code is ISO 3166-1 alpha-2
  kOrganization,  // a body, an organisation, a group of countries: code from organizations.csv
  kNetwork,       // a network of the process: code from networks.csv
};

enum class NameForm {
  kName,          // a full name ("Technical Secretariat", "Canadá")
  kAbbreviation,  // an acronym or short form ("TS", "ST", "RCGM")
  kDemonym,       // an adjective of nationality ("Mexican", "hondureña"): a party only in context
};

struct GazetteerEntity {
  std::string code;
  EntityKind kind = EntityKind::kOrganization;
  std::string category;  // e.g. "member", "observer", "process_body", "secretariat", "group"
  std::string name_en;
  std::string name_es;
};

struct GazetteerMention {
  std::size_t entity;  // index into Gazetteer::entities()
  std::size_t begin;   // byte offsets in the text given to Find
  std::size_t end;
  NameForm form;
};

class Gazetteer {
 public:
  // Adds an entity, or returns the index of the one with that code already present.
  std::size_t AddEntity(GazetteerEntity entity);
  // Adds a spelling of an entity. Returns false when the code is unknown or the name is empty.
  // Names entirely in capitals of at most six letters are matched case-sensitively.
  bool AddName(std::string_view code, std::string_view name, NameForm form);

  // Every mention in `text` (UTF-8), in order, not overlapping; at each position the longest name
  // wins.
  std::vector<GazetteerMention> Find(std::string_view text) const;
  // The entity whose name or abbreviation is exactly `name` (folded), if any.
  std::optional<std::size_t> Lookup(std::string_view name) const;
  std::optional<std::size_t> FindCode(std::string_view code) const;
  // Every full name (not abbreviations nor demonyms) as its folded words, with its entity's index;
  // in no particular order.
  std::vector<std::pair<std::size_t, std::vector<std::string>>> FullNames() const;

  const std::vector<GazetteerEntity>& entities() const { return entities_; }
  const GazetteerEntity& entity(std::size_t index) const { return entities_[index]; }
  std::size_t name_count() const { return name_count_; }

 private:
  struct Name {
    std::vector<std::string> words;  // folded words
    std::size_t entity;
    NameForm form;
    bool case_sensitive;
  };
  std::vector<GazetteerEntity> entities_;
  std::unordered_map<std::string, std::size_t> by_code_;
  // Names by their first folded word, longest first.
  std::unordered_map<std::string, std::vector<Name>> by_first_word_;
  std::unordered_map<std::string, std::size_t> by_folded_name_;
  std::size_t name_count_ = 0;
};

}  // namespace enlace
