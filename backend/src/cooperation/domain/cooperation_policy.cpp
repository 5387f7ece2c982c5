#include "cooperation/domain/cooperation_policy.hpp"

#include "kernel/domain/reasons.hpp"

namespace enlace::policy {

namespace {

bool IsRequestingCountry(const Actor& actor, const CooperationRequest& request) {
  return actor.IsOfficerOf(request.fields.country);
}

// What the country side may do: the Secretariat, or the requesting country's officers. Another
// member country's officer is told it is not their country.
Result<void> CountrySide(const Actor& actor, const CooperationRequest& request) {
  if (actor.IsSecretariat() || IsRequestingCountry(actor, request)) return {};
  if (actor.role == Role::kCountryOfficer) return std::unexpected(Error::Forbidden(reasons::kWrongCountry));
  return std::unexpected(Error::Forbidden());
}

}  // namespace

Result<void> ListCooperationRequests(const MaybeActor& actor) {
  if (!actor) return std::unexpected(Error::Unauthenticated());
  if (actor->IsSecretariat() || actor->role == Role::kCountryOfficer) return {};
  return std::unexpected(Error::Forbidden());
}

bool MayReadCooperationRequest(const Actor& actor, const CooperationRequest& request) {
  if (actor.process_id != request.process_id) return false;
  if (actor.IsSecretariat() || IsRequestingCountry(actor, request)) return true;
  // Other member countries read it as network material once it has been sent; a draft is the
  // country's own work in progress.
  return actor.role == Role::kCountryOfficer && request.state != CooperationState::kDraft;
}

Result<void> ReadCooperationRequest(const MaybeActor& actor, const CooperationRequest& request) {
  if (!actor) return std::unexpected(Error::Unauthenticated());
  if (!MayReadCooperationRequest(*actor, request)) return std::unexpected(Error::NotFound());
  return {};
}

Result<void> CreateCooperationRequest(const MaybeActor& actor, std::string_view country) {
  if (!actor) return std::unexpected(Error::Unauthenticated());
  if (actor->IsSecretariat()) return {};
  if (actor->role == Role::kCountryOfficer) {
    if (actor->IsOfficerOf(country)) return {};
    return std::unexpected(Error::Forbidden(reasons::kWrongCountry));
  }
  return std::unexpected(Error::Forbidden());
}

Result<void> EditCooperationRequest(const MaybeActor& actor, const CooperationRequest& request) {
  if (auto readable = ReadCooperationRequest(actor, request); !readable) return readable;
  return CountrySide(*actor, request);
}

Result<void> TakeCooperationStep(const MaybeActor& actor, const CooperationRequest& request, CooperationAction action) {
  if (auto readable = ReadCooperationRequest(actor, request); !readable) return readable;
  switch (action) {
    case CooperationAction::kCreate:
    case CooperationAction::kSend:
    case CooperationAction::kWithdraw:
      return CountrySide(*actor, request);
    case CooperationAction::kForward:
    case CooperationAction::kAnswer:
    case CooperationAction::kClose:
      if (actor->IsSecretariat()) return {};
      return std::unexpected(Error::Forbidden());
  }
  return std::unexpected(Error::Forbidden());
}

}  // namespace enlace::policy
