// The reasons of the reference capability: the machine codes of what can go wrong.
// Each has a message in every language of texts/ (see error.hpp).
#pragma once

#include "kernel/domain/reason.hpp"

namespace enlace::reasons {

inline constexpr Reason kReferenceInvalid{"reference_invalid"};
inline constexpr Reason kReferenceMissing{"reference_missing"};
inline constexpr Reason kUnknownProcess{"unknown_process"};

}  // namespace enlace::reasons
