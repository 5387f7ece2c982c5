#include "accounts/domain/user_service.hpp"

#include <algorithm>

#include "accounts/domain/account_repositories.hpp"
#include "accounts/domain/reasons.hpp"
#include "accounts/domain/user_json.hpp"
#include "kernel/domain/audit_log.hpp"
#include "kernel/domain/json.hpp"
#include "kernel/domain/policy.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/domain/text.hpp"
#include "reference/domain/reference_repository.hpp"

namespace enlace {

UserService::UserService(Store& store, const PasswordHasher& hasher, const SecretGenerator& secrets, const Clock& clock)
    : store_(store), hasher_(hasher), secrets_(secrets), clock_(clock) {}

namespace {

bool Contains(const std::string& haystack, const std::string& needle) {
  return ToLowerAscii(haystack).find(ToLowerAscii(needle)) != std::string::npos;
}

}  // namespace

Result<void> UserService::Validate(User& user, const ReferenceData& reference) const {
  FieldErrors errors;
  user.name = Trim(user.name);
  if (user.name.empty()) {
    errors.Add("name", reasons::kRequired);
  } else if (Utf8Length(user.name) > 200 || !IsValidUtf8(user.name)) {
    errors.Add("name", reasons::kTooLong, {{"max", "200"}});
  }
  if (std::find(reference.process.languages.begin(), reference.process.languages.end(), user.language) ==
      reference.process.languages.end()) {
    errors.Add("language", reasons::kUnknownLanguage, {{"value", user.language}});
  }
  switch (user.role) {
    case Role::kSecretariat:
      user.country.reset();
      user.organization.reset();
      break;
    case Role::kCountryOfficer: {
      user.organization.reset();
      auto found = std::find_if(reference.countries.begin(), reference.countries.end(), [&](const Country& c) {
        return user.country && c.code == *user.country && c.status == CountryStatus::kMember;
      });
      if (!user.country || user.country->empty()) {
        errors.Add("country", reasons::kRequired);
      } else if (found == reference.countries.end()) {
        errors.Add("country", reasons::kUnknownCountry);
      }
      break;
    }
    case Role::kObserver:
    case Role::kCivilSociety: {
      user.country.reset();
      auto found =
          std::find_if(reference.organizations.begin(), reference.organizations.end(),
                       [&](const Organization& o) { return user.organization && o.code == *user.organization; });
      if (!user.organization || user.organization->empty()) {
        errors.Add("organization", reasons::kRequired);
      } else if (found == reference.organizations.end()) {
        errors.Add("organization", reasons::kUnknownOrganization);
      }
      break;
    }
  }
  if (!errors.empty()) return std::unexpected(errors.ToError());
  return {};
}

Result<std::vector<User>> UserService::List(const RequestContext& context, const UserFilter& filter) {
  if (auto allowed = policy::ManageUsers(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto users = transaction->Get<UserRepository>().List(context.process_id);
  std::erase_if(users, [&](const User& user) {
    if (filter.text && !Contains(user.name, *filter.text) && !Contains(user.email, *filter.text)) return true;
    if (filter.role && ToString(user.role) != *filter.role) return true;
    if (filter.country && user.country != filter.country) return true;
    return false;
  });
  return users;
}

Result<User> UserService::Get(const RequestContext& context, UserId id) {
  if (auto allowed = policy::ManageUsers(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto user = transaction->Get<UserRepository>().Find(id);
  if (!user || user->process_id != context.process_id) return std::unexpected(Error::NotFound());
  return *user;
}

Result<CreatedUser> UserService::Create(const RequestContext& context, UserDraft draft,
                                        std::optional<std::string> password) {
  if (context.actor) {
    if (auto allowed = policy::ManageUsers(context.actor); !allowed) return std::unexpected(allowed.error());
  }
  auto now = clock_.Now();
  FieldErrors errors;
  User user;
  user.process_id = context.process_id;
  auto email = NormalizeEmail(draft.email);
  if (Trim(draft.email).empty()) {
    errors.Add("email", reasons::kRequired);
  } else if (!email) {
    errors.Add("email", reasons::kInvalidEmail);
  }
  auto role = ParseRole(draft.role);
  if (!role) errors.Add("role", draft.role.empty() ? reasons::kRequired : reasons::kUnknownRole);
  if (!errors.empty()) return std::unexpected(errors.ToError());
  user.email = *email;
  user.name = draft.name;
  user.role = *role;
  user.country = draft.country;
  user.organization = draft.organization;
  user.language = draft.language.empty() ? "es" : draft.language;
  user.created_at = user.updated_at = now;

  std::string chosen = password ? *password : secrets_.Password();
  if (auto checked = CheckNewPassword(chosen, "password"); !checked) return std::unexpected(checked.error());
  auto hash = hasher_.Hash(chosen);

  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
  user.process_code = reference.process.code;
  if (auto valid = Validate(user, reference); !valid) return std::unexpected(valid.error());
  auto created = transaction->Get<UserRepository>().Create(user, hash);
  if (!created) {
    if (created.error().reason == reasons::kEmailTaken) {
      return std::unexpected(Error::Field("email", reasons::kEmailTaken));
    }
    return std::unexpected(created.error());
  }
  // An initial password the Secretariat hands over is changed at the first sign-in.
  if (context.actor) transaction->Get<UserRepository>().SetMustChangePassword(created->id, true);
  auto audit = AuditRecordFor(context, "user.create", "user", std::to_string(created->id));
  if (!context.actor) audit.actor_name = "enlace command line";
  audit.after = ToJson(*created);
  transaction->audit().Append(audit, now);
  transaction->Commit();
  return CreatedUser{*created, password ? std::string() : chosen};
}

Result<User> UserService::Update(const RequestContext& context, UserId id, const UserChange& change,
                                 std::optional<std::int64_t> expected_version) {
  if (auto allowed = policy::ManageUsers(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto existing = transaction->Get<UserRepository>().Find(id);
  if (!existing || existing->process_id != context.process_id) return std::unexpected(Error::NotFound());
  if (auto fresh = CheckVersion(expected_version, existing->version); !fresh) return std::unexpected(fresh.error());
  User user = *existing;
  if (change.name) user.name = *change.name;
  if (change.role) {
    auto role = ParseRole(*change.role);
    if (!role) return std::unexpected(Error::Field("role", reasons::kUnknownRole));
    user.role = *role;
  }
  if (change.country) user.country = *change.country;
  if (change.organization) user.organization = *change.organization;
  if (change.language) user.language = *change.language;
  if (change.active) user.active = *change.active;
  if (context.actor && context.actor->user_id == id && (!user.active || user.role != Role::kSecretariat)) {
    // Nobody locks themselves out of administration by mistake.
    return std::unexpected(Error::Conflict(reasons::kCannotDemoteSelf));
  }
  auto reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
  if (auto valid = Validate(user, reference); !valid) return std::unexpected(valid.error());
  auto& users = transaction->Get<UserRepository>();
  auto updated = SaveVersioned(
      *transaction, now, context, VersionedChange<User>{"user.update", "user", *existing, user},
      [&](const User& record, std::int64_t version) { return users.Update(record, version, now); },
      [&] { return users.Find(id); });
  if (!updated) return updated;
  if (user.active != existing->active) {
    // Deactivation ends every session and the calendar feed; reactivation does not bring either back.
    transaction->Get<SessionRepository>().DeleteForUser(id);
    transaction->Get<UserRepository>().ClearCalendarTokenHash(id);
  }
  transaction->Commit();
  return updated;
}

Result<std::string> UserService::ResetPassword(const RequestContext& context, UserId id,
                                               std::optional<std::string> password) {
  if (context.actor) {
    if (auto allowed = policy::ManageUsers(context.actor); !allowed) return std::unexpected(allowed.error());
  }
  std::string chosen = password ? *password : secrets_.Password();
  if (auto checked = CheckNewPassword(chosen, "password"); !checked) return std::unexpected(checked.error());
  auto hash = hasher_.Hash(chosen);
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto existing = transaction->Get<UserRepository>().Find(id);
  if (!existing || (context.actor && existing->process_id != context.process_id)) {
    return std::unexpected(Error::NotFound());
  }
  transaction->Get<UserRepository>().SetPasswordHash(id, hash, now);
  // A reset ends every session and the calendar feed; one made by the Secretariat is an initial
  // password again, to be changed at the next sign-in.
  transaction->Get<SessionRepository>().DeleteForUser(id);
  transaction->Get<UserRepository>().ClearCalendarTokenHash(id);
  transaction->Get<MfaRepository>().DeletePendingForUser(id);
  if (context.actor) transaction->Get<UserRepository>().SetMustChangePassword(id, true);
  auto audit = AuditRecordFor(context, "user.reset_password", "user", std::to_string(id));
  if (!context.actor) audit.actor_name = "enlace command line";
  transaction->audit().Append(audit, now);
  transaction->Commit();
  return chosen;
}

Result<User> UserService::Me(const RequestContext& context) {
  if (auto allowed = policy::SignedIn(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto user = transaction->Get<UserRepository>().Find(context.actor->user_id);
  if (!user) return std::unexpected(Error::NotFound());
  return *user;
}

Result<User> UserService::UpdateMe(const RequestContext& context, const UserChange& change,
                                   std::optional<std::int64_t> expected_version) {
  if (auto allowed = policy::SignedIn(context.actor); !allowed) return std::unexpected(allowed.error());
  if (change.role || change.country || change.organization || change.active) {
    return std::unexpected(Error::Forbidden());
  }
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto existing = transaction->Get<UserRepository>().Find(context.actor->user_id);
  if (!existing) return std::unexpected(Error::NotFound());
  if (auto fresh = CheckVersion(expected_version, existing->version); !fresh) return std::unexpected(fresh.error());
  User user = *existing;
  if (change.name) user.name = *change.name;
  if (change.language) user.language = *change.language;
  auto reference = transaction->Get<ReferenceRepository>().Load(user.process_id);
  if (auto valid = Validate(user, reference); !valid) return std::unexpected(valid.error());
  auto& users = transaction->Get<UserRepository>();
  auto updated = SaveVersioned(
      *transaction, now, context, VersionedChange<User>{"user.update_self", "user", *existing, user},
      [&](const User& record, std::int64_t version) { return users.Update(record, version, now); },
      [&] { return users.Find(user.id); });
  if (updated) transaction->Commit();
  return updated;
}

Result<void> UserService::ChangeMyPassword(const RequestContext& context, std::string_view current_password,
                                           std::string_view new_password, std::optional<std::int64_t> keep_session) {
  if (auto allowed = policy::SignedIn(context.actor); !allowed) return std::unexpected(allowed.error());
  std::optional<std::string> hash;
  {
    auto transaction = store_.Begin(TransactionMode::kRead);
    hash = transaction->Get<UserRepository>().PasswordHash(context.actor->user_id);
  }
  if (!hash || !hasher_.Verify(*hash, current_password)) {
    return std::unexpected(Error::Field("current_password", reasons::kWrongPassword));
  }
  if (auto checked = CheckNewPassword(new_password, "new_password"); !checked) return std::unexpected(checked.error());
  auto new_hash = hasher_.Hash(new_password);
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  transaction->Get<UserRepository>().SetPasswordHash(context.actor->user_id, new_hash, now);
  // The other sessions end (this one stays) and the calendar feed URL stops working.
  if (keep_session) {
    transaction->Get<SessionRepository>().DeleteForUserExcept(context.actor->user_id, *keep_session);
  } else {
    transaction->Get<SessionRepository>().DeleteForUser(context.actor->user_id);
  }
  transaction->Get<UserRepository>().ClearCalendarTokenHash(context.actor->user_id);
  transaction->Get<UserRepository>().SetMustChangePassword(context.actor->user_id, false);
  auto audit = AuditRecordFor(context, "user.change_password", "user", std::to_string(context.actor->user_id));
  transaction->audit().Append(audit, now);
  transaction->Commit();
  return {};
}

}  // namespace enlace
