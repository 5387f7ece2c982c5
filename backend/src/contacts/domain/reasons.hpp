// The reasons of the contacts capability: the machine codes of what can go wrong.
// Each has a message in every language of texts/ (see error.hpp).
#pragma once

#include "kernel/domain/reason.hpp"

namespace enlace::reasons {

inline constexpr Reason kContactPointClosed{"contact_point_closed"};
inline constexpr Reason kInvalidPhone{"invalid_phone"};
inline constexpr Reason kInvalidText{"invalid_text"};
inline constexpr Reason kNotConfirmed{"not_confirmed"};
inline constexpr Reason kNotProposed{"not_proposed"};
inline constexpr Reason kUnknownNetwork{"unknown_network"};
inline constexpr Reason kUnknownTopic{"unknown_topic"};

}  // namespace enlace::reasons
