#include "app/demo.hpp"

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

Result<void> LoadDemoContactPoints(Application& application, const User& secretariat, const User& honduras) {
  RequestContext context;
  context.process_id = secretariat.process_id;
  context.request_id = "demo";
  context.ip = "127.0.0.1";
  {
    auto transaction = application.store().Begin(TransactionMode::kRead);
    if (!transaction->contact_points()
             .List(secretariat.process_id, ContactPointFilter{.include_history = true})
             .empty()) {
      return {};
    }
  }
  struct Point {
    const User* by;
    ContactPointInput input;
    bool confirm;
  };
  auto date = [](const char* text) { return ParseIsoDate(text); };
  std::vector<Point> points = {
      {&honduras,
       {"HN",
        "SMUGGLING_TIP_NETWORK",
        "general",
        "Rosa Amaya",
        "Directora de Asuntos Migratorios",
        "Instituto Nacional de Migración",
        "rosa.amaya@inm.example",
        "+504 2234 0000",
        {"es"},
        date("2016-01-15"),
        {}},
       true},
      {&honduras,
       {"HN",
        "SMUGGLING_TIP_NETWORK",
        "compliance-indicators",
        "Mario Zelaya",
        "Analista de políticas",
        "Comisión Interinstitucional contra la Explotación Sexual Comercial y Trata de Personas",
        "mario.zelaya@cicesct.example",
        "+504 2235 1111",
        {"es", "en"},
        date("2017-02-01"),
        {}},
       false},
      {&secretariat,
       {"GT",
        "SMUGGLING_TIP_NETWORK",
        "general",
        "Silvia Cabrera",
        "Jefa de Cooperación",
        "Instituto Guatemalteco de Migración",
        "silvia.cabrera@igm.example",
        "+502 2411 2222",
        {"es"},
        date("2015-06-01"),
        {}},
       true},
      {&secretariat,
       {"CR",
        "SMUGGLING_TIP_NETWORK",
        "general",
        "Esteban Vargas",
        "Coordinador de Trata de Personas",
        "Dirección General de Migración y Extranjería",
        "esteban.vargas@migracion.example",
        "+506 2299 8000",
        {"es", "en"},
        date("2016-03-01"),
        {}},
       true},
      {&secretariat,
       {"CA",
        "SMUGGLING_TIP_NETWORK",
        "general",
        "Emily Tremblay",
        "Senior Policy Analyst",
        "Immigration, Refugees and Citizenship Canada",
        "emily.tremblay@ircc.example",
        "+1 613 555 0100",
        {"en", "es"},
        date("2016-09-01"),
        {}},
       true},
  };
  for (auto& point : points) {
    context.actor = point.by->ToActor();
    auto created = application.contact_points().Propose(context, point.input);
    if (!created) return std::unexpected(created.error());
    if (point.confirm) {
      context.actor = secretariat.ToActor();
      auto confirmed = application.contact_points().Confirm(context, created->id);
      if (!confirmed) return std::unexpected(confirmed.error());
    }
  }
  return {};
}

}  // namespace

Result<DemoResult> LoadDemo(Application& application, bool with_meetings) {
  auto process = application.FindProcess("RCM");
  if (!process) return std::unexpected(process.error());
  RequestContext context;
  context.process_id = process->id;
  context.request_id = "demo";
  DemoResult result;
  std::map<std::string, User> users;
  for (const auto& account : kAccounts) {
    {
      auto transaction = application.store().Begin(TransactionMode::kRead);
      if (auto existing = transaction->users().FindByEmail(account.email)) {
        result.existing.push_back(account.email);
        users[account.email] = *existing;
        continue;
      }
    }
    UserDraft draft{account.email,
                    account.name,
                    account.role,
                    account.country ? std::optional<std::string>(account.country) : std::nullopt,
                    account.organization ? std::optional<std::string>(account.organization) : std::nullopt,
                    account.language};
    auto created = application.users().Create(context, draft);
    if (!created) return std::unexpected(created.error());
    users[account.email] = created->user;
    result.created.push_back(DemoCredential{account.email, account.name, created->password, account.role, draft.country,
                                            draft.organization});
  }
  auto loaded = LoadDemoContactPoints(application, users.at(kAccounts[0].email), users.at(kAccounts[1].email));
  if (!loaded) return std::unexpected(loaded.error());
  if (with_meetings) {
    auto meetings = LoadDemoMeetings(application, users);
    if (!meetings) return std::unexpected(meetings.error());
  }
  return result;
}

nlohmann::json CredentialsToJson(const std::vector<DemoCredential>& credentials) {
  auto users = nlohmann::json::array();
  for (const auto& c : credentials) {
    nlohmann::json user{{"email", c.email}, {"name", c.name}, {"password", c.password}, {"role", c.role}};
    if (c.country) user["country"] = *c.country;
    if (c.organization) user["organization"] = *c.organization;
    users.push_back(user);
  }
  return {{"users", users}};
}

std::vector<DemoCredential> CredentialsFromJson(const nlohmann::json& json) {
  std::vector<DemoCredential> credentials;
  if (!json.is_object() || !json.contains("users") || !json["users"].is_array()) return credentials;
  for (const auto& user : json["users"]) {
    if (!user.is_object()) continue;
    DemoCredential c{user.value("email", ""), user.value("name", ""), user.value("password", ""),
                     user.value("role", ""),  std::nullopt,           std::nullopt};
    if (user.contains("country")) c.country = user.value("country", "");
    if (user.contains("organization")) c.organization = user.value("organization", "");
    credentials.push_back(c);
  }
  return credentials;
}

}  // namespace enlace
