// Records of Honduras that the access-matrix fixtures of several capabilities build on.
#pragma once

#include "support/access_matrix.hpp"

namespace enlace::testing {

long long NewMeeting(AccessContext& context);
long long NewAgreement(AccessContext& context, long long meeting);
// A commitment of Honduras.
long long NewCommitment(AccessContext& context, long long agreement);

}  // namespace enlace::testing
