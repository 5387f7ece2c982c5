// The demo's legislation matrices (seed ¶2, ¶2a): the RCM's matrix on smuggling of migrants, its
// topics tied to the Smuggling Protocol's articles, and the one on trafficking in persons. The
// smuggling matrix has a closed round a year ago (Honduras, Guatemala, El Salvador and Costa Rica
// published) and an open round due in sixty days where Honduras has submitted a change, Guatemala's
// column was returned with a reason, El Salvador's is validated, Costa Rica has a draft and the rest
// have not started. Every cell is EXAMPLE CONTENT, not legal information: the laws are named
// "example" and each cell's note says so, so that nobody takes the demo for a country's law.
// Everything is made through the service, as the demo's people, at dates relative to today.
#include <chrono>

#include "matrices/capability.hpp"
#include "matrices/domain/matrix_repository.hpp"
#include "matrices/domain/matrix_service.hpp"

namespace enlace {
namespace {

class DemoClock final : public Clock {
 public:
  Timestamp Now() const override { return now_; }
  void Set(Timestamp now) { now_ = now; }

 private:
  Timestamp now_{};
};

constexpr const char* kSecretariat = "secretaria@enlace.example";
constexpr const char* kHonduras = "honduras@enlace.example";
constexpr const char* kGuatemala = "guatemala@enlace.example";

struct DemoTopic {
  LocalizedText title;
  std::vector<std::string> articles;
};

std::vector<DemoTopic> SmugglingTopics() {
  return {
      {{"Tipificación del tráfico ilícito de migrantes", "Criminalization of the smuggling of migrants"},
       {"6.1.a", "3"}},
      {{"Documentos de viaje o de identidad falsos", "Fraudulent travel or identity documents"}, {"6.1.b"}},
      {{"Habilitación de la permanencia ilegal", "Enabling illegal stay"}, {"6.1.c"}},
      {{"Circunstancias agravantes", "Aggravating circumstances"}, {"6.3"}},
      {{"No penalización de los migrantes objeto de tráfico", "Non-criminalization of smuggled migrants"}, {"5"}},
      {{"Protección y asistencia", "Protection and assistance"}, {"16"}},
      {{"Retorno de los migrantes objeto de tráfico", "Return of smuggled migrants"}, {"18"}},
  };
}

std::vector<DemoTopic> TraffickingTopics() {
  return {
      {{"Definición de trata de personas", "Definition of trafficking in persons"}, {}},
      {{"Tipificación y penas", "Criminalization and penalties"}, {}},
      {{"Asistencia y protección a las víctimas", "Assistance to and protection of victims"}, {}},
      {{"Situación migratoria de las víctimas", "Status of victims in receiving States"}, {}},
      {{"Repatriación de las víctimas", "Repatriation of victims"}, {}},
  };
}

CellContent Example(const std::string& country, const std::string& article, const std::string& es,
                    const std::string& en, int as_of_year) {
  CellContent content;
  Provision provision;
  provision.law = LawReference{"Ley de ejemplo sobre migración (" + country + ")", "Ejemplo-" + article,
                               ParseIsoDate(std::to_string(as_of_year - 3) + "-03-15")};
  provision.article = "art. " + article;
  provision.excerpt = LocalizedText{es, en.empty() ? std::nullopt : std::optional<std::string>(en)};
  provision.source_language = "es";
  provision.url = "https://example.org/leyes/" + country;
  provision.as_of = ParseIsoDate(std::to_string(as_of_year) + "-01-31");
  content.provisions.push_back(provision);
  content.note = "Contenido de ejemplo, no es información jurídica.";
  return content;
}

}  // namespace

Result<void> LoadMatricesDemo(Kernel& kernel, Demo& demo) {
  if (!demo.with_meetings) return {};
  auto secretariat = demo.As(kSecretariat);
  {
    auto transaction = kernel.store.Begin(TransactionMode::kRead);
    if (!transaction->Get<MatrixRepository>().List(secretariat.process_id).empty()) return {};
  }
  DemoClock clock;
  MatrixService service(kernel.store, clock, kernel.texts);
  auto now = std::chrono::floor<std::chrono::days>(kernel.clock.Now()) + std::chrono::hours{15};
  auto days_ago = [&](int days) { return Timestamp{now - std::chrono::days{days}}; };
  auto today = Date{std::chrono::floor<std::chrono::days>(now)};
  int year = static_cast<int>(today.year());
  clock.Set(days_ago(420));

  auto make = [&](const std::string& subject, LocalizedText title,
                  const std::vector<DemoTopic>& topics) -> Result<Matrix> {
    auto created = service.Create(secretariat, MatrixInput{subject, std::move(title), std::nullopt});
    if (!created) return created;
    for (const auto& topic : topics) {
      auto added = service.AddTopic(secretariat, created->id, TopicInput{topic.title, {}, topic.articles});
      if (!added) return added;
      created = added;
    }
    return created;
  };
  auto smuggling = make("smuggling_of_migrants",
                        {"Matriz comparativa de legislación sobre tráfico ilícito de migrantes",
                         "Comparative matrix of legislation on the smuggling of migrants"},
                        SmugglingTopics());
  if (!smuggling) return std::unexpected(smuggling.error());
  auto trafficking = make("trafficking_in_persons",
                          {"Matriz comparativa de legislación sobre trata de personas",
                           "Comparative matrix of legislation on trafficking in persons"},
                          TraffickingTopics());
  if (!trafficking) return std::unexpected(trafficking.error());
  auto id = smuggling->id;
  auto topic = [&](int index) { return smuggling->topics.at(index).id; };

  // Round 1, a year ago: four countries published.
  auto first_due = Date{std::chrono::floor<std::chrono::days>(days_ago(360))};
  if (auto opened = service.OpenRound(secretariat, id, RoundInput{first_due, std::to_string(year - 1) + "-1", {}});
      !opened) {
    return std::unexpected(opened.error());
  }
  struct Written {
    const char* country;
    int topic;
    const char* article;
    const char* es;
    const char* en;
  };
  const std::vector<Written> first{
      {"HN", 0, "342", "Comete tráfico ilícito de migrantes quien facilite la entrada ilegal de una persona al país.",
       "Whoever facilitates the illegal entry of a person into the country commits migrant smuggling."},
      {"HN", 3, "343", "La pena se aumenta en un tercio cuando se ponga en peligro la vida del migrante.", ""},
      {"GT", 0, "103", "Quien promueva o facilite el ingreso ilegal de personas al territorio nacional.",
       "Whoever promotes or facilitates the illegal entry of persons into the national territory."},
      {"SV", 0, "367-A", "Quien intente introducir o introduzca ilegalmente a personas al país.", ""},
      {"CR", 4, "249", "Los migrantes objeto de tráfico no serán sancionados penalmente por ese hecho.",
       "Smuggled migrants shall not be held criminally liable for that fact."},
  };
  for (const auto& cell : first) {
    auto saved = service.SaveDraft(secretariat, id, 1, topic(cell.topic), cell.country,
                                   Example(cell.country, cell.article, cell.es, cell.en, year - 1), std::nullopt);
    if (!saved) return std::unexpected(saved.error());
  }
  clock.Set(days_ago(370));
  for (const char* country : {"HN", "GT", "SV", "CR"}) {
    if (auto submitted = service.ActOnColumn(secretariat, id, 1, country, ColumnAction::kSubmit); !submitted) {
      return std::unexpected(submitted.error());
    }
    if (auto validated = service.ActOnColumn(secretariat, id, 1, country, ColumnAction::kValidate); !validated) {
      return std::unexpected(validated.error());
    }
  }
  clock.Set(days_ago(355));
  if (auto closed = service.CloseRound(secretariat, id, 1); !closed) return std::unexpected(closed.error());

  // Round 2, open: due in sixty days.
  clock.Set(days_ago(20));
  auto due = Date{std::chrono::floor<std::chrono::days>(now + std::chrono::days{60})};
  if (auto opened = service.OpenRound(secretariat, id, RoundInput{due, std::to_string(year) + "-1", {}}); !opened) {
    return std::unexpected(opened.error());
  }
  auto write = [&](const char* who, const char* country, int topic_index, CellContent content) -> Result<void> {
    auto current = service.GetDraft(demo.As(who), id, 2, topic(topic_index), country);
    if (!current) return std::unexpected(current.error());
    auto saved =
        service.SaveDraft(demo.As(who), id, 2, topic(topic_index), country, std::move(content), current->draft.version);
    if (!saved) return std::unexpected(saved.error());
    return {};
  };
  clock.Set(days_ago(10));
  // Honduras changes its text in Spanish only: the English translation goes stale.
  auto honduras = Example("HN", "342",
                          "Comete tráfico ilícito de migrantes quien facilite o promueva, con ánimo de lucro, la "
                          "entrada ilegal de una persona al país.",
                          "Whoever facilitates the illegal entry of a person into the country commits migrant "
                          "smuggling.",
                          year);
  if (auto done = write(kHonduras, "HN", 0, honduras); !done) return done;
  clock.Set(days_ago(8));
  if (auto done = service.ActOnColumn(demo.As(kHonduras), id, 2, "HN", ColumnAction::kSubmit); !done) {
    return std::unexpected(done.error());
  }
  CellContent guatemala;
  guatemala.no_provision = true;
  guatemala.note = "Contenido de ejemplo, no es información jurídica.";
  if (auto done = write(kGuatemala, "GT", 4, guatemala); !done) return done;
  if (auto done = service.ActOnColumn(demo.As(kGuatemala), id, 2, "GT", ColumnAction::kSubmit); !done) {
    return std::unexpected(done.error());
  }
  clock.Set(days_ago(5));
  if (auto done = service.ActOnColumn(secretariat, id, 2, "GT", ColumnAction::kReturn,
                                      "Indique el artículo que excluye la responsabilidad penal del migrante.");
      !done) {
    return std::unexpected(done.error());
  }
  if (auto done =
          write(kSecretariat, "SV", 2,
                Example("SV", "367-B", "Quien facilite la permanencia ilegal de personas en el país.", "", year));
      !done) {
    return done;
  }
  for (auto action : {ColumnAction::kSubmit, ColumnAction::kValidate}) {
    if (auto done = service.ActOnColumn(secretariat, id, 2, "SV", action); !done) return std::unexpected(done.error());
  }
  if (auto done = write(
          kSecretariat, "CR", 5,
          Example("CR", "250", "Las autoridades brindarán asistencia a los migrantes objeto de tráfico.", "", year));
      !done) {
    return done;
  }
  return {};
}

}  // namespace enlace
