// The demo's contact points: a few confirmed, one proposed and waiting for the Secretariat.
#include "contacts/capability.hpp"
#include "contacts/domain/contact_point_repository.hpp"
#include "contacts/domain/contact_point_service.hpp"

namespace enlace {

Result<void> LoadContactsDemo(Kernel& kernel, Demo& demo) {
  auto secretariat = demo.As("secretaria@enlace.example");
  auto honduras = demo.As("honduras@enlace.example");
  {
    auto transaction = kernel.store.Begin(TransactionMode::kRead);
    if (!transaction->Get<ContactPointRepository>()
             .List(secretariat.process_id, ContactPointFilter{.include_history = true})
             .empty()) {
      return {};
    }
  }
  struct Point {
    const RequestContext* by;
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
  auto& service = kernel.services.Get<ContactPointService>();
  for (auto& point : points) {
    auto created = service.Propose(*point.by, point.input);
    if (!created) return std::unexpected(created.error());
    if (point.confirm) {
      auto confirmed = service.Confirm(secretariat, created->id);
      if (!confirmed) return std::unexpected(confirmed.error());
    }
  }
  return {};
}

}  // namespace enlace
