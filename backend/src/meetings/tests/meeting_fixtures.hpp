// Records of Honduras that the access-matrix fixtures of several capabilities build on.
#pragma once

#include "support/access_matrix.hpp"

namespace enlace::testing {

long long NewMeeting(AccessContext& context);
long long NewAgreement(AccessContext& context, long long meeting);
// A commitment of `party` (Honduras unless said).
long long NewCommitment(AccessContext& context, long long agreement, const std::string& party = "HN");

}  // namespace enlace::testing
