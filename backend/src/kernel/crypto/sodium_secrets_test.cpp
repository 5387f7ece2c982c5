#include "kernel/crypto/sodium_secrets.hpp"

#include <gtest/gtest.h>

namespace enlace {
namespace {

TEST(SodiumPasswordHasherTest, VerifiesTheRightPasswordOnly) {
  SodiumPasswordHasher hasher(PasswordCost::kMinimum);
  auto hash = hasher.Hash("correct horse battery");
  EXPECT_TRUE(hash.starts_with("$argon2id$"));
  EXPECT_TRUE(hasher.Verify(hash, "correct horse battery"));
  EXPECT_FALSE(hasher.Verify(hash, "correct horse batterY"));
  EXPECT_FALSE(hasher.Verify("not a hash", "correct horse battery"));
}

TEST(SodiumSecretGeneratorTest, TokensAreUrlSafeAndDifferent) {
  SodiumSecretGenerator secrets;
  auto a = secrets.Token(32);
  auto b = secrets.Token(32);
  EXPECT_EQ(a.size(), 43u);
  EXPECT_NE(a, b);
  EXPECT_EQ(a.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), std::string::npos);
}

TEST(SodiumSecretGeneratorTest, GeneratedPasswordsAreLongEnough) {
  SodiumSecretGenerator secrets;
  auto password = secrets.Password();
  EXPECT_EQ(password.size(), 23u);
  EXPECT_NE(password, secrets.Password());
}

TEST(SodiumSecretGeneratorTest, Sha256MatchesAKnownVector) {
  SodiumSecretGenerator secrets;
  EXPECT_EQ(secrets.Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace enlace
