// Password reset links over SOCI.
#include "accounts/storage/soci_account_repositories.hpp"
#include "kernel/storage/sql.hpp"

namespace enlace::storage {
namespace {

ResetTokenState StateFrom(const std::string& name) {
  if (name == "used") return ResetTokenState::kUsed;
  if (name == "replaced") return ResetTokenState::kReplaced;
  return ResetTokenState::kOpen;
}

}  // namespace

void SociPasswordResetRepository::Create(const std::string& token_hash, UserId user, Timestamp now,
                                         Timestamp expires_at) {
  Sql(session_,
      "INSERT INTO password_reset_tokens (token_hash, user_id, state, created_at, expires_at) "
      "VALUES (:token, :user, 'open', :created, :expires)")
      .Bind("token", token_hash)
      .Bind("user", static_cast<long long>(user))
      .Bind("created", FormatIsoTimestamp(now))
      .Bind("expires", FormatIsoTimestamp(expires_at))
      .Execute();
}

std::optional<PasswordResetToken> SociPasswordResetRepository::FindByTokenHash(const std::string& token_hash) {
  auto row = Sql(session_,
                 "SELECT id, user_id, state, created_at, expires_at FROM password_reset_tokens "
                 "WHERE token_hash = :token")
                 .Bind("token", token_hash)
                 .FetchOne();
  if (!row) return std::nullopt;
  return PasswordResetToken{row->IntOr("id"), UserId{row->IntOr("user_id")}, StateFrom(row->TextOr("state")),
                            TimestampFrom(row->TextOr("created_at")), TimestampFrom(row->TextOr("expires_at"))};
}

void SociPasswordResetRepository::ReplaceOpen(UserId user) {
  Sql(session_, "UPDATE password_reset_tokens SET state = 'replaced' WHERE user_id = :user AND state = 'open'")
      .Bind("user", static_cast<long long>(user))
      .Execute();
}

bool SociPasswordResetRepository::Use(std::int64_t id, Timestamp now) {
  return Sql(session_,
             "UPDATE password_reset_tokens SET state = 'used', used_at = :at WHERE id = :id AND state = 'open'")
             .Bind("at", FormatIsoTimestamp(now))
             .Bind("id", static_cast<long long>(id))
             .Execute() == 1;
}

int SociPasswordResetRepository::DeleteExpired(Timestamp before) {
  return static_cast<int>(Sql(session_, "DELETE FROM password_reset_tokens WHERE expires_at < :before")
                              .Bind("before", FormatIsoTimestamp(before))
                              .Execute());
}

}  // namespace enlace::storage
