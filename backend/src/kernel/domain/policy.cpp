#include "kernel/domain/policy.hpp"

#include "kernel/domain/reasons.hpp"

namespace enlace::policy {

Result<void> SignedIn(const MaybeActor& actor) {
  if (!actor) return std::unexpected(Error::Unauthenticated());
  return {};
}

Result<void> Secretariat(const MaybeActor& actor) {
  if (!actor) return std::unexpected(Error::Unauthenticated());
  if (!actor->IsSecretariat()) return std::unexpected(Error::Forbidden());
  return {};
}

Result<void> ReadContactPoints(const MaybeActor& actor) {
  if (!actor) return std::unexpected(Error::Unauthenticated());
  if (actor->role == Role::kCivilSociety) return std::unexpected(Error::Forbidden());
  return {};
}

Result<void> WriteCountryRecord(const MaybeActor& actor, std::string_view country) {
  if (!actor) return std::unexpected(Error::Unauthenticated());
  if (actor->IsSecretariat()) return {};
  if (actor->role == Role::kCountryOfficer) {
    if (actor->IsOfficerOf(country)) return {};
    return std::unexpected(Error::Forbidden(reasons::kWrongCountry));
  }
  return std::unexpected(Error::Forbidden());
}

Result<void> ConfirmContactPoint(const MaybeActor& actor) { return Secretariat(actor); }
Result<void> ManageUsers(const MaybeActor& actor) { return Secretariat(actor); }
Result<void> ReadAudit(const MaybeActor& actor) { return Secretariat(actor); }

Result<void> ReadMeetings(const MaybeActor& actor) { return SignedIn(actor); }
Result<void> ManageMeetings(const MaybeActor& actor) { return Secretariat(actor); }

Result<void> ReportOnCommitment(const MaybeActor& actor, std::string_view party, bool party_is_member_country) {
  if (!actor) return std::unexpected(Error::Unauthenticated());
  if (actor->IsSecretariat()) return {};
  switch (actor->role) {
    case Role::kCountryOfficer:
      if (party == "MEMBER_COUNTRIES" || actor->IsOfficerOf(party)) return {};
      if (party_is_member_country) return std::unexpected(Error::Forbidden(reasons::kWrongCountry));
      return std::unexpected(Error::Forbidden());
    case Role::kObserver:
    case Role::kCivilSociety:
      if (actor->organization && *actor->organization == party) return {};
      return std::unexpected(Error::Forbidden());
    case Role::kSecretariat:
      return {};
  }
  return std::unexpected(Error::Forbidden());
}

}  // namespace enlace::policy
