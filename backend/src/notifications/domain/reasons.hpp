// The reasons of the notifications capability: the machine codes of what can go wrong.
// Each has a message in every language of texts/ (see error.hpp).
#pragma once

#include "kernel/domain/reason.hpp"

namespace enlace::reasons {

inline constexpr Reason kNothingToRemind{"nothing_to_remind"};

}  // namespace enlace::reasons
