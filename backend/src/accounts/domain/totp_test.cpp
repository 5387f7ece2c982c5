// RFC 6238 appendix B test vectors (SHA-1) and RFC 4648 base32.
#include "accounts/domain/totp.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace enlace::totp {
namespace {

Timestamp At(std::int64_t unix_seconds) { return Timestamp{std::chrono::seconds{unix_seconds}}; }

constexpr std::string_view kRfcSecret = "12345678901234567890";

TEST(Totp, Rfc6238Sha1Vectors) {
  // The RFC's eight-digit codes; the last six are what authenticator apps show.
  struct Vector {
    std::int64_t time;
    const char* code;
  };
  for (auto [time, code] :
       {Vector{59, "94287082"}, Vector{1111111109, "07081804"}, Vector{1111111111, "14050471"},
        Vector{1234567890, "89005924"}, Vector{2000000000, "69279037"}, Vector{20000000000, "65353130"}}) {
    EXPECT_EQ(CodeAt(kRfcSecret, StepAt(At(time)), 8), code) << time;
    EXPECT_EQ(CodeAt(kRfcSecret, StepAt(At(time))), std::string(code).substr(2)) << time;
  }
}

TEST(Totp, AcceptsOneStepEitherSideAndNoMore) {
  auto now = At(1111111111);
  auto step = StepAt(now);
  EXPECT_EQ(MatchingStep(kRfcSecret, CodeAt(kRfcSecret, step), now), step);
  EXPECT_EQ(MatchingStep(kRfcSecret, CodeAt(kRfcSecret, step - 1), now), step - 1);
  EXPECT_EQ(MatchingStep(kRfcSecret, CodeAt(kRfcSecret, step + 1), now), step + 1);
  EXPECT_EQ(MatchingStep(kRfcSecret, CodeAt(kRfcSecret, step - 2), now), std::nullopt);
  EXPECT_EQ(MatchingStep(kRfcSecret, CodeAt(kRfcSecret, step + 2), now), std::nullopt);
  EXPECT_EQ(MatchingStep(kRfcSecret, "12345", now), std::nullopt);
  EXPECT_EQ(MatchingStep(kRfcSecret, "12a456", now), std::nullopt);
}

TEST(Totp, Base32RoundTripsAndMatchesRfc4648) {
  EXPECT_EQ(Base32Encode("foobar"), "MZXW6YTBOI");
  EXPECT_EQ(Base32Encode(kRfcSecret), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  EXPECT_EQ(Base32Decode("mzxw 6ytb oi"), "foobar");
  EXPECT_EQ(Base32Decode("MZXW6YTBOI======"), "foobar");
  EXPECT_EQ(Base32Decode("MZXW1"), std::nullopt);
}

TEST(Totp, ProvisioningUriNamesIssuerAccountAndParameters) {
  EXPECT_EQ(ProvisioningUri("enlace RCM", "ana@example.org", "ABC"),
            "otpauth://totp/enlace%20RCM:ana@example.org?secret=ABC&issuer=enlace%20RCM&algorithm=SHA1&digits=6&"
            "period=30");
}

}  // namespace
}  // namespace enlace::totp
