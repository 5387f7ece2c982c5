// Who may see and do what with cooperation requests. The services ask these functions whatever
// route, id, filter or body field a request used; the table in cooperation_policy_test.cpp is the
// readable form of the rules:
//
//   read          the Secretariat; the requesting country's officers; officers of the other
//                 member countries once it has left the draft (network material). Nobody else:
//                 observers, civil society and the public do not learn that it exists.
//   create        the Secretariat for any member country; an officer for their own country
//   edit, send    the Secretariat; the requesting country's officers
//   forward, answer, close   the Secretariat
//   withdraw      the Secretariat; the requesting country's officers
//
// The answers follow the rest of enlace: nobody signed in is kUnauthenticated; someone who may not
// read the request gets kNotFound (so that ids do not leak which requests exist); someone who may
// read it but not take the step gets kForbidden — "wrong_country" for an officer of another
// country. Whether the request's *state* allows the step is the state machine's business
// (cooperation_request.hpp), asked after the policy.
#pragma once

#include <optional>
#include <string_view>

#include "cooperation/domain/cooperation_request.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/role.hpp"

namespace enlace::policy {

using MaybeActor = std::optional<Actor>;

// Whether the caller may list cooperation requests at all (what the list then holds is decided
// per request by MayReadCooperationRequest).
Result<void> ListCooperationRequests(const MaybeActor& actor);
bool MayReadCooperationRequest(const Actor& actor, const CooperationRequest& request);
Result<void> ReadCooperationRequest(const MaybeActor& actor, const CooperationRequest& request);
Result<void> CreateCooperationRequest(const MaybeActor& actor, std::string_view country);
Result<void> EditCooperationRequest(const MaybeActor& actor, const CooperationRequest& request);
Result<void> TakeCooperationStep(const MaybeActor& actor, const CooperationRequest& request, CooperationAction action);

}  // namespace enlace::policy
