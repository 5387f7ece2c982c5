#include "matrices/domain/matrix_policy.hpp"

#include "kernel/domain/reasons.hpp"

namespace enlace::policy {

Result<void> ReadMatrices(const MaybeActor& actor) {
  if (!actor) return std::unexpected(Error::Unauthenticated());
  return {};
}

Result<void> ManageMatrices(const MaybeActor& actor) {
  if (!actor) return std::unexpected(Error::Unauthenticated());
  if (actor->IsSecretariat()) return {};
  return std::unexpected(Error::Forbidden());
}

Result<void> WorkOnColumn(const MaybeActor& actor, std::string_view country) {
  if (!actor) return std::unexpected(Error::Unauthenticated());
  if (actor->IsSecretariat() || actor->IsOfficerOf(country)) return {};
  if (actor->role == Role::kCountryOfficer) return std::unexpected(Error::Forbidden(reasons::kWrongCountry));
  return std::unexpected(Error::Forbidden());
}

}  // namespace enlace::policy
