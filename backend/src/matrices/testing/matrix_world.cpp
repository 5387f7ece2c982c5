#include "matrices/testing/matrix_world.hpp"

#include <stdexcept>

#include "accounts/capability.hpp"
#include "accounts/domain/user_service.hpp"
#include "matrices/capability.hpp"
#include "meetings/capability.hpp"
#include "notifications/capability.hpp"
#include "reference/capability.hpp"
#include "reference/domain/reference_loader.hpp"
#include "reference/domain/reference_service.hpp"

namespace enlace::testing {

MatrixWorld::MatrixWorld()
    : test_({ReferenceCapability(), AccountsCapability(), MeetingsCapability(), NotificationsCapability(),
             MatricesCapability()}) {
  test_.clock().Set(*ParseIsoTimestamp("2026-10-01T09:00:00Z"));
  auto data = LoadReferenceDirectory(std::filesystem::path(ENLACE_SOURCE_DIR) / "data" / "reference" / "rcm");
  if (!data) throw std::logic_error("cannot read data/reference/rcm: " + data.error().detail);
  RequestContext installer;
  installer.request_id = "test";
  process_ = test_.Get<ReferenceService>().Install(*data, installer);
  RequestContext context;
  context.process_id = process_;
  context.request_id = "test";
  AddPerson("ts", context, UserDraft{"ts@test.example", "Ana Morales", "secretariat", {}, {}, "es"});
  AddPerson("hn", context, UserDraft{"hn@test.example", "Carlos Mejía", "country_officer", "HN", {}, "es"});
  AddPerson("gt", context, UserDraft{"gt@test.example", "Lucía Pérez", "country_officer", "GT", {}, "es"});
  AddPerson("observer", context, UserDraft{"iom@test.example", "Jorge Ruiz", "observer", {}, "IOM", "en"});
}

void MatrixWorld::AddPerson(const std::string& who, const RequestContext& context, UserDraft draft) {
  auto created = test_.Get<UserService>().Create(context, std::move(draft), "a long enough password");
  if (!created) throw std::logic_error("cannot create " + who + ": " + created.error().reason);
  actors_[who] = created->user.ToActor();
}

RequestContext MatrixWorld::As(const std::string& who) const {
  RequestContext context;
  context.process_id = process_;
  context.request_id = "test-" + who;
  if (who == "anonymous") return context;
  const auto& actor = actors_.at(who);
  context.actor = actor;
  context.language = actor.language;
  return context;
}

Matrix MatrixWorld::MakeMatrix(int topics) {
  auto created = service().Create(
      As("ts"), MatrixInput{"smuggling_of_migrants",
                            LocalizedText{"Tráfico ilícito de migrantes", "Smuggling of migrants"}, std::nullopt});
  if (!created) throw std::logic_error("cannot create a matrix: " + created.error().reason);
  Matrix matrix = *created;
  for (int i = 1; i <= topics; ++i) {
    auto added = service().AddTopic(
        As("ts"), matrix.id,
        TopicInput{LocalizedText{"Tema " + std::to_string(i), "MatrixTopic " + std::to_string(i)}, {}, {"6.1.a"}});
    if (!added) throw std::logic_error("cannot add a topic: " + added.error().reason);
    matrix = *added;
  }
  return matrix;
}

RoundView MatrixWorld::Open(const Matrix& matrix) {
  auto opened = service().OpenRound(As("ts"), matrix.id, RoundInput{ParseIsoDate("2026-12-31"), "", std::nullopt});
  if (!opened) throw std::logic_error("cannot open a round: " + opened.error().reason);
  return *opened;
}

CellContent MatrixWorld::Content(const std::string& excerpt_es, const std::string& excerpt_en) {
  CellContent content;
  Provision provision;
  provision.law = LawReference{"Código Penal", "Decreto 130-2017", ParseIsoDate("2017-05-10")};
  provision.article = "art. 342";
  provision.excerpt.es = excerpt_es;
  if (!excerpt_en.empty()) provision.excerpt.en = excerpt_en;
  provision.url = "https://example.org/codigo-penal";
  provision.as_of = ParseIsoDate("2026-01-15");
  content.provisions.push_back(provision);
  return content;
}

void MatrixWorld::Publish(const Matrix& matrix, int round, const std::string& country, const CellContent& content,
                          int topic_index) {
  auto fresh = service().Get(As("ts"), matrix.id);
  auto topic = fresh->topics.at(topic_index).id;
  auto draft = service().GetDraft(As("ts"), matrix.id, round, topic, country);
  if (!draft) throw std::logic_error("cannot read a draft: " + draft.error().reason);
  auto saved = service().SaveDraft(As("ts"), matrix.id, round, topic, country, content, draft->draft.version);
  if (!saved) throw std::logic_error("cannot save a draft: " + saved.error().reason);
  for (auto action : {ColumnAction::kSubmit, ColumnAction::kValidate}) {
    auto acted = service().ActOnColumn(As("ts"), matrix.id, round, country, action);
    if (!acted) throw std::logic_error("cannot " + std::string(ToString(action)) + ": " + acted.error().reason);
  }
}

}  // namespace enlace::testing
