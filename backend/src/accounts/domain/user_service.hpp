// Accounts, managed by the Technical Secretariat (and by the `enlace user` command), and each
// person's own profile and password.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "accounts/domain/user.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/secrets.hpp"
#include "kernel/domain/store.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

struct CreatedUser {
  User user;
  std::string password;  // the generated one, shown once; empty when the caller chose it
};

struct UserFilter {
  std::optional<std::string> text;  // in name or e-mail
  std::optional<std::string> role;
  std::optional<std::string> country;
};

class UserService {
 public:
  UserService(Store& store, const PasswordHasher& hasher, const SecretGenerator& secrets, const Clock& clock);

  Result<std::vector<User>> List(const RequestContext& context, const UserFilter& filter);
  Result<User> Get(const RequestContext& context, UserId id);
  // Creates an account in the context's process. Without `password` one is generated and returned.
  // With no actor in the context the call comes from the command line and is trusted.
  Result<CreatedUser> Create(const RequestContext& context, UserDraft draft,
                             std::optional<std::string> password = std::nullopt);
  Result<User> Update(const RequestContext& context, UserId id, const UserChange& change,
                      std::optional<std::int64_t> expected_version);
  Result<std::string> ResetPassword(const RequestContext& context, UserId id,
                                    std::optional<std::string> password = std::nullopt);

  Result<User> Me(const RequestContext& context);
  Result<User> UpdateMe(const RequestContext& context, const UserChange& change,
                        std::optional<std::int64_t> expected_version);
  // Ends the person's other sessions (all but `keep_session`) and their calendar feed.
  Result<void> ChangeMyPassword(const RequestContext& context, std::string_view current_password,
                                std::string_view new_password, std::optional<std::int64_t> keep_session = std::nullopt);

 private:
  Result<void> Validate(User& user, const ReferenceData& reference) const;

  Store& store_;
  const PasswordHasher& hasher_;
  const SecretGenerator& secrets_;
  const Clock& clock_;
};

}  // namespace enlace
