#include "accounts/domain/account_repositories.hpp"
#include "accounts/domain/reasons.hpp"
#include "accounts/storage/soci_account_repositories.hpp"
#include "kernel/storage/sql.hpp"

namespace enlace::storage {
namespace {

constexpr const char* kUserColumns =
    "SELECT u.id, u.process_id, p.code AS process_code, u.email, u.name, u.role, u.country, u.organization, "
    "u.language, u.active, u.version, u.created_at, u.updated_at FROM users u JOIN processes p ON p.id = u.process_id";

User UserFrom(const Row& row) {
  User user;
  user.id = UserId{row.IntOr("id")};
  user.process_id = ProcessId{row.IntOr("process_id")};
  user.process_code = row.TextOr("process_code");
  user.email = row.TextOr("email");
  user.name = row.TextOr("name");
  user.role = ParseRole(row.TextOr("role")).value_or(Role::kObserver);
  user.country = row.Text("country");
  user.organization = row.Text("organization");
  user.language = row.TextOr("language", "es");
  user.active = row.IntOr("active") != 0;
  user.version = row.IntOr("version", 1);
  user.created_at = TimestampFrom(row.TextOr("created_at"));
  user.updated_at = TimestampFrom(row.TextOr("updated_at"));
  return user;
}

}  // namespace

Result<User> SociUserRepository::Create(const User& user, const std::string& password_hash) {
  if (FindByEmail(user.email)) return std::unexpected(Error::Conflict(reasons::kEmailTaken));
  auto row = Sql(session_,
                 "INSERT INTO users (process_id, email, name, role, country, organization, language, password_hash, "
                 "active, version, created_at, updated_at) VALUES (:process, :email, :name, :role, :country, "
                 ":organization, :language, :hash, :active, 1, :created, :updated) RETURNING id")
                 .Bind("process", static_cast<long long>(user.process_id))
                 .Bind("email", user.email)
                 .Bind("name", user.name)
                 .Bind("role", std::string(ToString(user.role)))
                 .Bind("country", user.country)
                 .Bind("organization", user.organization)
                 .Bind("language", user.language)
                 .Bind("hash", password_hash)
                 .Bind("active", user.active ? 1 : 0)
                 .Bind("created", FormatIsoTimestamp(user.created_at))
                 .Bind("updated", FormatIsoTimestamp(user.updated_at))
                 .FetchOne();
  return *Find(UserId{row->IntOr("id")});
}

std::optional<User> SociUserRepository::Find(UserId id) {
  auto row =
      Sql(session_, std::string(kUserColumns) + " WHERE u.id = :id").Bind("id", static_cast<long long>(id)).FetchOne();
  if (!row) return std::nullopt;
  return UserFrom(*row);
}

std::optional<User> SociUserRepository::FindByEmail(std::string_view email) {
  auto row =
      Sql(session_, std::string(kUserColumns) + " WHERE u.email = :email").Bind("email", std::string(email)).FetchOne();
  if (!row) return std::nullopt;
  return UserFrom(*row);
}

std::optional<std::string> SociUserRepository::PasswordHash(UserId id) {
  auto row =
      Sql(session_, "SELECT password_hash FROM users WHERE id = :id").Bind("id", static_cast<long long>(id)).FetchOne();
  if (!row) return std::nullopt;
  return row->Text("password_hash");
}

std::vector<User> SociUserRepository::List(ProcessId process) {
  std::vector<User> users;
  for (const auto& row :
       Sql(session_, std::string(kUserColumns) + " WHERE u.process_id = :process ORDER BY u.name, u.id")
           .Bind("process", static_cast<long long>(process))
           .Fetch()) {
    users.push_back(UserFrom(row));
  }
  return users;
}

bool SociUserRepository::Update(const User& user, std::int64_t expected_version, Timestamp now) {
  return Sql(session_,
             "UPDATE users SET name = :name, role = :role, country = :country, organization = :organization, "
             "language = :language, active = :active, version = version + 1, updated_at = :updated "
             "WHERE id = :id AND version = :version")
             .Bind("name", user.name)
             .Bind("role", std::string(ToString(user.role)))
             .Bind("country", user.country)
             .Bind("organization", user.organization)
             .Bind("language", user.language)
             .Bind("active", user.active ? 1 : 0)
             .Bind("updated", FormatIsoTimestamp(now))
             .Bind("id", static_cast<long long>(user.id))
             .Bind("version", static_cast<long long>(expected_version))
             .Execute() == 1;
}

void SociUserRepository::SetPasswordHash(UserId id, const std::string& password_hash, Timestamp now) {
  Sql(session_, "UPDATE users SET password_hash = :hash, updated_at = :updated WHERE id = :id")
      .Bind("hash", password_hash)
      .Bind("updated", FormatIsoTimestamp(now))
      .Bind("id", static_cast<long long>(id))
      .Execute();
}

void SociUserRepository::SetCalendarTokenHash(UserId id, const std::string& token_hash) {
  Sql(session_, "UPDATE users SET calendar_token_hash = :hash WHERE id = :id")
      .Bind("hash", token_hash)
      .Bind("id", static_cast<long long>(id))
      .Execute();
}

std::optional<User> SociUserRepository::FindByCalendarTokenHash(const std::string& token_hash) {
  auto row = Sql(session_, std::string(kUserColumns) + " WHERE u.calendar_token_hash = :hash AND u.active = 1")
                 .Bind("hash", token_hash)
                 .FetchOne();
  if (!row) return std::nullopt;
  return UserFrom(*row);
}

void SociUserRepository::ClearCalendarTokenHash(UserId id) {
  Sql(session_, "UPDATE users SET calendar_token_hash = NULL WHERE id = :id")
      .Bind("id", static_cast<long long>(id))
      .Execute();
}

bool SociUserRepository::MustChangePassword(UserId id) {
  auto row = Sql(session_, "SELECT must_change_password FROM users WHERE id = :id")
                 .Bind("id", static_cast<long long>(id))
                 .FetchOne();
  return row && row->IntOr("must_change_password") != 0;
}

void SociUserRepository::SetMustChangePassword(UserId id, bool must) {
  Sql(session_, "UPDATE users SET must_change_password = :must WHERE id = :id")
      .Bind("must", must ? 1 : 0)
      .Bind("id", static_cast<long long>(id))
      .Execute();
}

namespace {

constexpr const char* kSessionColumns =
    "SELECT id, user_id, csrf_token, created_at, last_seen_at, ip, user_agent FROM sessions";

SessionRecord SessionFrom(const Row& row) {
  return SessionRecord{row.IntOr("id"),
                       UserId{row.IntOr("user_id")},
                       row.TextOr("csrf_token"),
                       TimestampFrom(row.TextOr("created_at")),
                       TimestampFrom(row.TextOr("last_seen_at")),
                       row.TextOr("ip"),
                       row.TextOr("user_agent")};
}

}  // namespace

void SociSessionRepository::Create(const std::string& token_hash, UserId user, const std::string& csrf_token,
                                   Timestamp now, const std::string& ip, const std::string& user_agent) {
  auto at = FormatIsoTimestamp(now);
  Sql(session_,
      "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, ip, user_agent) "
      "VALUES (:token, :user, :csrf, :created, :seen, :ip, :agent)")
      .Bind("token", token_hash)
      .Bind("user", static_cast<long long>(user))
      .Bind("csrf", csrf_token)
      .Bind("created", at)
      .Bind("seen", at)
      .Bind("ip", ip)
      .Bind("agent", user_agent)
      .Execute();
}

std::optional<SessionRecord> SociSessionRepository::FindByTokenHash(const std::string& token_hash) {
  auto row =
      Sql(session_, std::string(kSessionColumns) + " WHERE token_hash = :token").Bind("token", token_hash).FetchOne();
  if (!row) return std::nullopt;
  return SessionFrom(*row);
}

std::optional<SessionRecord> SociSessionRepository::Find(std::int64_t session_id) {
  auto row = Sql(session_, std::string(kSessionColumns) + " WHERE id = :id")
                 .Bind("id", static_cast<long long>(session_id))
                 .FetchOne();
  if (!row) return std::nullopt;
  return SessionFrom(*row);
}

std::vector<SessionRecord> SociSessionRepository::ListForUser(UserId user) {
  std::vector<SessionRecord> sessions;
  for (const auto& row :
       Sql(session_, std::string(kSessionColumns) + " WHERE user_id = :user ORDER BY last_seen_at DESC, id DESC")
           .Bind("user", static_cast<long long>(user))
           .Fetch()) {
    sessions.push_back(SessionFrom(row));
  }
  return sessions;
}

void SociSessionRepository::Touch(std::int64_t session_id, Timestamp now) {
  Sql(session_, "UPDATE sessions SET last_seen_at = :seen WHERE id = :id")
      .Bind("seen", FormatIsoTimestamp(now))
      .Bind("id", static_cast<long long>(session_id))
      .Execute();
}

void SociSessionRepository::Delete(std::int64_t session_id) {
  Sql(session_, "DELETE FROM sessions WHERE id = :id").Bind("id", static_cast<long long>(session_id)).Execute();
}

void SociSessionRepository::DeleteForUser(UserId user) {
  Sql(session_, "DELETE FROM sessions WHERE user_id = :user").Bind("user", static_cast<long long>(user)).Execute();
}

void SociSessionRepository::DeleteForUserExcept(UserId user, std::int64_t keep) {
  Sql(session_, "DELETE FROM sessions WHERE user_id = :user AND id <> :keep")
      .Bind("user", static_cast<long long>(user))
      .Bind("keep", static_cast<long long>(keep))
      .Execute();
}

void SociSessionRepository::DeleteExpired(Timestamp idle_before, Timestamp created_before) {
  Sql(session_, "DELETE FROM sessions WHERE last_seen_at < :idle OR created_at < :created")
      .Bind("idle", FormatIsoTimestamp(idle_before))
      .Bind("created", FormatIsoTimestamp(created_before))
      .Execute();
}

namespace {

std::string StageName(PendingStage stage) {
  switch (stage) {
    case PendingStage::kCode:
      return "code";
    case PendingStage::kEnrol:
      return "enrol";
    case PendingStage::kPassword:
      return "password";
  }
  return "code";
}

PendingStage StageFrom(const std::string& name) {
  if (name == "enrol") return PendingStage::kEnrol;
  if (name == "password") return PendingStage::kPassword;
  return PendingStage::kCode;
}

}  // namespace

std::optional<TotpRecord> SociMfaRepository::Totp(UserId user) {
  auto row = Sql(session_, "SELECT secret, confirmed_at, last_step FROM user_totp WHERE user_id = :user")
                 .Bind("user", static_cast<long long>(user))
                 .FetchOne();
  if (!row) return std::nullopt;
  return TotpRecord{row->TextOr("secret"), row->Text("confirmed_at").has_value(), row->IntOr("last_step")};
}

void SociMfaRepository::PutTotp(UserId user, const std::string& secret) {
  DeleteTotp(user);
  Sql(session_, "INSERT INTO user_totp (user_id, secret, confirmed_at, last_step) VALUES (:user, :secret, NULL, 0)")
      .Bind("user", static_cast<long long>(user))
      .Bind("secret", secret)
      .Execute();
}

void SociMfaRepository::ConfirmTotp(UserId user, Timestamp now) {
  Sql(session_, "UPDATE user_totp SET confirmed_at = :at WHERE user_id = :user")
      .Bind("at", FormatIsoTimestamp(now))
      .Bind("user", static_cast<long long>(user))
      .Execute();
}

bool SociMfaRepository::UseStep(UserId user, std::int64_t step) {
  return Sql(session_, "UPDATE user_totp SET last_step = :step WHERE user_id = :user AND last_step < :step2")
             .Bind("step", static_cast<long long>(step))
             .Bind("user", static_cast<long long>(user))
             .Bind("step2", static_cast<long long>(step))
             .Execute() == 1;
}

void SociMfaRepository::DeleteTotp(UserId user) {
  Sql(session_, "DELETE FROM user_totp WHERE user_id = :user").Bind("user", static_cast<long long>(user)).Execute();
}

void SociMfaRepository::ReplaceRecoveryCodes(UserId user, const std::vector<std::string>& code_hashes) {
  Sql(session_, "DELETE FROM recovery_codes WHERE user_id = :user")
      .Bind("user", static_cast<long long>(user))
      .Execute();
  for (const auto& hash : code_hashes) {
    Sql(session_, "INSERT INTO recovery_codes (user_id, code_hash, used_at) VALUES (:user, :hash, NULL)")
        .Bind("user", static_cast<long long>(user))
        .Bind("hash", hash)
        .Execute();
  }
}

bool SociMfaRepository::UseRecoveryCode(UserId user, const std::string& code_hash, Timestamp now) {
  return Sql(session_,
             "UPDATE recovery_codes SET used_at = :at WHERE user_id = :user AND code_hash = :hash AND used_at IS NULL")
             .Bind("at", FormatIsoTimestamp(now))
             .Bind("user", static_cast<long long>(user))
             .Bind("hash", code_hash)
             .Execute() >= 1;
}

int SociMfaRepository::UnusedRecoveryCodes(UserId user) {
  auto row = Sql(session_, "SELECT COUNT(*) AS n FROM recovery_codes WHERE user_id = :user AND used_at IS NULL")
                 .Bind("user", static_cast<long long>(user))
                 .FetchOne();
  return row ? static_cast<int>(row->IntOr("n")) : 0;
}

void SociMfaRepository::CreatePending(const std::string& token_hash, const PendingSignIn& pending) {
  Sql(session_,
      "INSERT INTO sign_in_pending (token_hash, user_id, stage, attempts, expires_at, ip, user_agent) "
      "VALUES (:token, :user, :stage, 0, :expires, :ip, :agent)")
      .Bind("token", token_hash)
      .Bind("user", static_cast<long long>(pending.user_id))
      .Bind("stage", StageName(pending.stage))
      .Bind("expires", FormatIsoTimestamp(pending.expires_at))
      .Bind("ip", pending.ip)
      .Bind("agent", pending.user_agent)
      .Execute();
}

std::optional<PendingSignIn> SociMfaRepository::FindPending(const std::string& token_hash) {
  auto row = Sql(session_,
                 "SELECT id, user_id, stage, attempts, expires_at, ip, user_agent FROM sign_in_pending "
                 "WHERE token_hash = :token")
                 .Bind("token", token_hash)
                 .FetchOne();
  if (!row) return std::nullopt;
  return PendingSignIn{row->IntOr("id"),
                       UserId{row->IntOr("user_id")},
                       StageFrom(row->TextOr("stage")),
                       static_cast<int>(row->IntOr("attempts")),
                       TimestampFrom(row->TextOr("expires_at")),
                       row->TextOr("ip"),
                       row->TextOr("user_agent")};
}

void SociMfaRepository::SetPendingStage(std::int64_t id, PendingStage stage) {
  Sql(session_, "UPDATE sign_in_pending SET stage = :stage WHERE id = :id")
      .Bind("stage", StageName(stage))
      .Bind("id", static_cast<long long>(id))
      .Execute();
}

void SociMfaRepository::CountPendingAttempt(std::int64_t id) {
  Sql(session_, "UPDATE sign_in_pending SET attempts = attempts + 1 WHERE id = :id")
      .Bind("id", static_cast<long long>(id))
      .Execute();
}

void SociMfaRepository::DeletePending(std::int64_t id) {
  Sql(session_, "DELETE FROM sign_in_pending WHERE id = :id").Bind("id", static_cast<long long>(id)).Execute();
}

void SociMfaRepository::DeletePendingForUser(UserId user) {
  Sql(session_, "DELETE FROM sign_in_pending WHERE user_id = :user")
      .Bind("user", static_cast<long long>(user))
      .Execute();
}

int SociMfaRepository::DeleteExpiredPending(Timestamp now) {
  return static_cast<int>(Sql(session_, "DELETE FROM sign_in_pending WHERE expires_at < :now")
                              .Bind("now", FormatIsoTimestamp(now))
                              .Execute());
}

int SociLoginThrottleRepository::DeleteStale(Timestamp window_before, Timestamp now) {
  return static_cast<int>(Sql(session_,
                              "DELETE FROM login_throttle WHERE window_start < :before AND (locked_until IS NULL OR "
                              "locked_until < :now)")
                              .Bind("before", FormatIsoTimestamp(window_before))
                              .Bind("now", FormatIsoTimestamp(now))
                              .Execute());
}

std::optional<ThrottleState> SociLoginThrottleRepository::Get(const std::string& key) {
  auto row = Sql(session_, "SELECT failures, window_start, locked_until FROM login_throttle WHERE throttle_key = :key")
                 .Bind("key", key)
                 .FetchOne();
  if (!row) return std::nullopt;
  return ThrottleState{static_cast<int>(row->IntOr("failures")), TimestampFrom(row->TextOr("window_start")),
                       OptionalTimestampFrom(row->Text("locked_until"))};
}

void SociLoginThrottleRepository::Put(const std::string& key, const ThrottleState& state) {
  Sql(session_,
      "INSERT INTO login_throttle (throttle_key, failures, window_start, locked_until) "
      "VALUES (:key, :failures, :window, :locked) ON CONFLICT (throttle_key) DO UPDATE SET "
      "failures = excluded.failures, window_start = excluded.window_start, locked_until = excluded.locked_until")
      .Bind("key", key)
      .Bind("failures", state.failures)
      .Bind("window", FormatIsoTimestamp(state.window_start))
      .Bind("locked",
            state.locked_until ? std::optional<std::string>(FormatIsoTimestamp(*state.locked_until)) : std::nullopt)
      .Execute();
}

void SociLoginThrottleRepository::Clear(const std::string& key) {
  Sql(session_, "DELETE FROM login_throttle WHERE throttle_key = :key").Bind("key", key).Execute();
}

void RegisterAccountRepositories(RepositoryRegistry& registry) {
  registry.Add<UserRepository, SociUserRepository>();
  registry.Add<SessionRepository, SociSessionRepository>();
  registry.Add<LoginThrottleRepository, SociLoginThrottleRepository>();
  registry.Add<MfaRepository, SociMfaRepository>();
  registry.Add<PasswordResetRepository, SociPasswordResetRepository>();
}

}  // namespace enlace::storage
