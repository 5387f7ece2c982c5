#include "search/domain/search_entry.hpp"

#include <algorithm>

namespace enlace {

std::string_view ToString(SearchAccess access) {
  switch (access) {
    case SearchAccess::kPublic:
      return "public";
    case SearchAccess::kParticipants:
      return "participants";
    case SearchAccess::kMembers:
      return "members";
    case SearchAccess::kSecretariat:
      return "secretariat";
  }
  return "secretariat";
}

std::optional<SearchAccess> ParseSearchAccess(std::string_view text) {
  for (auto access :
       {SearchAccess::kPublic, SearchAccess::kParticipants, SearchAccess::kMembers, SearchAccess::kSecretariat}) {
    if (ToString(access) == text) return access;
  }
  return std::nullopt;
}

SearchReader ReaderOf(const RequestContext& context) {
  SearchReader reader{.process_id = context.process_id};
  if (!context.actor) return reader;
  const auto& actor = *context.actor;
  reader.signed_in = true;
  reader.secretariat = actor.IsSecretariat();
  reader.member = actor.role == Role::kCountryOfficer;
  if (actor.role == Role::kCountryOfficer) {
    reader.delegation = actor.country;
  } else if (actor.role != Role::kSecretariat) {
    reader.delegation = actor.organization;
  }
  if (reader.delegation && reader.delegation->empty()) reader.delegation.reset();
  return reader;
}

bool MayRead(const SearchReader& reader, SearchAccess access, const std::vector<std::string>& owners) {
  if (access == SearchAccess::kPublic || reader.secretariat) return true;
  if (reader.delegation && std::find(owners.begin(), owners.end(), *reader.delegation) != owners.end()) return true;
  if (access == SearchAccess::kParticipants) return reader.signed_in;
  if (access == SearchAccess::kMembers) return reader.member;
  return false;
}

}  // namespace enlace
