// Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, 6 digits,
// as every authenticator app reads them from an otpauth:// URI.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kernel/domain/date.hpp"

namespace enlace::totp {

inline constexpr int kStepSeconds = 30;
inline constexpr int kDigits = 6;

// HMAC-SHA1 of `message` under `key` (20 bytes).
std::string HmacSha1(std::string_view key, std::string_view message);
// RFC 4648 base32 without padding (the form of otpauth:// URIs); decoding ignores case, spaces and
// padding and gives nullopt on any other character.
std::string Base32Encode(std::string_view bytes);
std::optional<std::string> Base32Decode(std::string_view text);

// The time step of an instant (Unix seconds / 30).
std::int64_t StepAt(Timestamp at);
// The code of `step` for the raw secret, `digits` long with leading zeros (RFC 4226 truncation).
std::string CodeAt(std::string_view secret, std::int64_t step, int digits = kDigits);
// The step (now, one before or one after) whose code is `code`; nullopt when none matches or the
// code is not `kDigits` digits. Compared in constant time.
std::optional<std::int64_t> MatchingStep(std::string_view secret, std::string_view code, Timestamp now);

// otpauth://totp/<issuer>:<account>?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30
std::string ProvisioningUri(std::string_view issuer, std::string_view account, std::string_view base32_secret);

}  // namespace enlace::totp
