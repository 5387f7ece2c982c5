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

Result<void> ReadDocument(const MaybeActor& actor, AccessLevel level) {
  if (!MayReadDocument(actor, level)) return std::unexpected(Error::NotFound());
  return {};
}

Result<void> ManageDocuments(const MaybeActor& actor) {
  if (!actor) return std::unexpected(Error::Unauthenticated());
  if (!actor->IsSecretariat()) return std::unexpected(Error::Forbidden());
  return {};
}

}  // namespace enlace::policy
