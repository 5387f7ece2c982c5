// The rules of a new password: length and the list of common passwords.
#include "accounts/domain/user.hpp"

#include <gtest/gtest.h>

namespace enlace {
namespace {

std::string Reason(std::string_view password) {
  auto checked = CheckNewPassword(password, "new_password");
  if (checked) return "ok";
  return checked.error().fields.empty() ? checked.error().reason : checked.error().fields[0].reason;
}

TEST(NewPassword, CommonPasswordsAndTrivialPatternsAreRefusedWhateverTheirCase) {
  EXPECT_EQ(Reason("password1234"), "common_password");
  EXPECT_EQ(Reason("PassWord1234"), "common_password");
  EXPECT_EQ(Reason("Contraseña2024!!"), "common_password");
  EXPECT_EQ(Reason("qwertyuiop123"), "common_password");
  EXPECT_EQ(Reason("123456789012"), "common_password") << "a run of digits";
  EXPECT_EQ(Reason("987654321098"), "common_password") << "a run down";
  EXPECT_EQ(Reason("zzzzzzzzzzzzzz"), "common_password") << "one character";
  EXPECT_EQ(Reason("short"), "password_too_short");
}

TEST(NewPassword, OrdinaryPassphrasesPass) {
  EXPECT_EQ(Reason("a test password of enough length"), "ok");
  EXPECT_EQ(Reason("una frase larga y propia"), "ok");
  EXPECT_EQ(Reason("password of my own choosing"), "ok") << "a common word followed by more than digits";
  EXPECT_EQ(Reason("CYyN7-i2Z9n-2Dhq9-Nq3eY"), "ok");
}

}  // namespace
}  // namespace enlace
