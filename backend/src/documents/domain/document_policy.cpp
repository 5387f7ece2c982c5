#include "documents/domain/document_policy.hpp"

namespace enlace::policy {

bool MayReadDocument(const MaybeActor& actor, AccessLevel level) {
  switch (level) {
    case AccessLevel::kPublic:
      return true;
    case AccessLevel::kParticipants:
      return actor.has_value();
    case AccessLevel::kMembers:
      return actor && (actor->IsSecretariat() || actor->role == Role::kCountryOfficer);
    case AccessLevel::kSecretariat:
      return actor && actor->IsSecretariat();
  }
  return false;
}

bool MayReadDocument(const MaybeActor& actor, AccessLevel level, const std::optional<std::string>& owner) {
  if (MayReadDocument(actor, level)) return true;
  if (!actor || !owner) return false;
  switch (actor->role) {
    case Role::kCountryOfficer:
      return actor->country && *actor->country == *owner;
    case Role::kObserver:
    case Role::kCivilSociety:
      return actor->organization && *actor->organization == *owner;
    case Role::kSecretariat:
      return false;
  }
  return false;
}

Result<void> ReadDocument(const MaybeActor& actor, AccessLevel level, const std::optional<std::string>& owner) {
  if (!MayReadDocument(actor, level, owner)) return std::unexpected(Error::NotFound());
  return {};
}

Result<void> ManageDocuments(const MaybeActor& actor) {
  if (!actor) return std::unexpected(Error::Unauthenticated());
  if (!actor->IsSecretariat()) return std::unexpected(Error::Forbidden());
  return {};
}

}  // namespace enlace::policy
