// The demo's people: one account per role, with generated passwords (never fixed ones), shown
// once when they are created.
#include "accounts/capability.hpp"
#include "accounts/domain/account_repositories.hpp"
#include "accounts/domain/user_service.hpp"
#include "reference/domain/reasons.hpp"
#include "reference/domain/reference_repository.hpp"

namespace enlace {
namespace {

struct DemoAccount {
  const char* email;
  const char* name;
  const char* role;
  const char* country;
  const char* organization;
  const char* language;
};

constexpr DemoAccount kAccounts[] = {
    {"secretaria@enlace.example", "Ana Morales", "secretariat", nullptr, nullptr, "es"},
    {"honduras@enlace.example", "Carlos Mejía", "country_officer", "HN", nullptr, "es"},
    {"guatemala@enlace.example", "Lucía Pérez", "country_officer", "GT", nullptr, "es"},
    {"oim@enlace.example", "Jorge Ruiz", "observer", nullptr, "IOM", "en"},
    {"rrocm@enlace.example", "María López", "civil_society", nullptr, "RNCOM", "es"},
};

}  // namespace

Result<void> LoadAccountsDemo(Kernel& kernel, Demo& demo) {
  std::optional<Process> process;
  {
    auto transaction = kernel.store.Begin(TransactionMode::kRead);
    process = transaction->Get<ReferenceRepository>().FindProcess(std::string_view("RCM"));
  }
  if (!process) return std::unexpected(Error::NotFound(reasons::kUnknownProcess));
  RequestContext context;
  context.process_id = process->id;
  context.request_id = "demo";
  for (const auto& account : kAccounts) {
    {
      auto transaction = kernel.store.Begin(TransactionMode::kRead);
      if (auto existing = transaction->Get<UserRepository>().FindByEmail(account.email)) {
        demo.people[account.email] = DemoPerson{account.email, existing->name, "", existing->ToActor()};
        continue;
      }
    }
    UserDraft draft{account.email,
                    account.name,
                    account.role,
                    account.country ? std::optional<std::string>(account.country) : std::nullopt,
                    account.organization ? std::optional<std::string>(account.organization) : std::nullopt,
                    account.language};
    auto created = kernel.services.Get<UserService>().Create(context, draft);
    if (!created) return std::unexpected(created.error());
    demo.people[account.email] = DemoPerson{account.email, account.name, created->password, created->user.ToActor()};
  }
  return {};
}

}  // namespace enlace
