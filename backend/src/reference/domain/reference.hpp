// Reference data of a regional process: its countries, organisations and bodies, networks and
// contact-point topics. Loaded from data/reference/<process>/ and read by everyone.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/domain/localized_text.hpp"
#include "kernel/domain/role.hpp"

namespace enlace {

struct Process {
  ProcessId id;
  std::string code;  // "RCM"
  LocalizedText name;
  std::vector<std::string> languages;  // {"es", "en"}
  std::string default_language = "es";
};

enum class CountryStatus { kMember, kObserver };

struct Country {
  std::string code;  // ISO 3166-1 alpha-2
  LocalizedText name;
  CountryStatus status = CountryStatus::kMember;
};

struct Organization {
  std::string code;  // "TS", "IOM", "RCGM", "MEMBER_COUNTRIES", ...
  LocalizedText abbreviation;
  LocalizedText name;
  std::string kind;  // "process", "process_body", "secretariat", "observer_organization", ...
};

struct Network {
  std::string code;
  LocalizedText abbreviation;
  LocalizedText name;
};

struct Topic {
  std::string code;  // "general", "compliance-indicators"
  LocalizedText name;
};

// All the reference data of one process, as the loader reads it from files.
struct ReferenceData {
  Process process;
  std::vector<Country> countries;
  std::vector<Organization> organizations;
  std::vector<Network> networks;
  std::vector<Topic> topics;
};

}  // namespace enlace
