// Matrices over SOCI, for SQLite and PostgreSQL alike. A cell's content is JSON text written and
// read by matrix_json (the domain's one form of it); a stored content that does not parse is a
// storage failure, never an empty cell.
#include "matrices/storage/soci_matrix_repository.hpp"

#include <sstream>

#include "kernel/storage/sql.hpp"
#include "matrices/domain/matrix_json.hpp"

namespace enlace::storage {
namespace {

std::string ContentText(const CellContent& content) { return ToJson(content).dump(); }

CellContent ContentFrom(const std::string& text) {
  auto parsed = nlohmann::json::parse(text, nullptr, false);
  if (parsed.is_discarded()) throw StorageFailure("a matrix cell's content is not JSON");
  auto content = CellContentFromJson(parsed);
  if (!content) throw StorageFailure("a matrix cell's content does not read: " + content.error().reason);
  return *content;
}

std::optional<std::string> OptionalInstant(const std::optional<Timestamp>& at) {
  if (!at) return std::nullopt;
  return FormatIsoTimestamp(*at);
}

std::optional<Timestamp> InstantFrom(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return ParseIsoTimestamp(*text);
}

std::optional<long long> OptionalUser(const std::optional<MatrixPerson>& person) {
  if (!person) return std::nullopt;
  return static_cast<long long>(person->id);
}

std::optional<MatrixPerson> PersonFrom(const Row& row, const std::string& id, const std::string& name) {
  auto user = row.Int(id);
  if (!user) return std::nullopt;
  return MatrixPerson{UserId{*user}, row.TextOr(name)};
}

std::string JoinArticles(const std::vector<std::string>& articles) {
  std::string joined;
  for (const auto& article : articles) joined += (joined.empty() ? "" : ",") + article;
  return joined;
}

std::vector<std::string> SplitArticles(const std::string& text) {
  std::vector<std::string> articles;
  std::stringstream stream(text);
  for (std::string article; std::getline(stream, article, ',');) {
    if (!article.empty()) articles.push_back(article);
  }
  return articles;
}

Matrix MatrixFrom(const Row& row) {
  Matrix matrix;
  matrix.id = MatrixId{row.IntOr("id")};
  matrix.process_id = ProcessId{row.IntOr("process_id")};
  matrix.subject = row.TextOr("subject");
  matrix.title = LocalizedText{row.Text("title_es"), row.Text("title_en")};
  matrix.outdated_after_days = static_cast<int>(row.IntOr("outdated_after_days", kDefaultOutdatedAfterDays));
  matrix.version = row.IntOr("version", 1);
  matrix.created_at = TimestampFrom(row.TextOr("created_at"));
  return matrix;
}

constexpr const char* kMatrixColumns =
    "SELECT id, process_id, subject, title_es, title_en, outdated_after_days, version, created_at FROM matrices";

RoundState RoundStateFrom(const std::string& text) {
  return text == "closed" ? RoundState::kClosed : RoundState::kOpen;
}

ColumnState ColumnStateFrom(const std::string& text) {
  for (auto state : {ColumnState::kDraft, ColumnState::kSubmitted, ColumnState::kReturned, ColumnState::kValidated}) {
    if (ToString(state) == text) return state;
  }
  return ColumnState::kNotStarted;
}

constexpr const char* kDraftColumns =
    "SELECT d.topic_id, d.country, d.content, d.source, d.version, d.updated_by, u.name AS updated_by_name, "
    "d.updated_at FROM matrix_drafts d JOIN users u ON u.id = d.updated_by";

DraftCell DraftFrom(const Row& row) {
  DraftCell draft;
  draft.topic = MatrixTopicId{row.IntOr("topic_id")};
  draft.country = row.TextOr("country");
  draft.content = ContentFrom(row.TextOr("content"));
  draft.source = ParseProvisionSource(row.TextOr("source")).value_or(ProvisionSource::kCountry);
  draft.version = row.IntOr("version");
  draft.updated_by = PersonFrom(row, "updated_by", "updated_by_name");
  draft.updated_at = InstantFrom(row.Text("updated_at"));
  return draft;
}

}  // namespace

Matrix SociMatrixRepository::Create(const Matrix& matrix) {
  auto row = Sql(session_,
                 "INSERT INTO matrices (process_id, subject, title_es, title_en, outdated_after_days, version, "
                 "created_at) VALUES (:process, :subject, :title_es, :title_en, :days, 1, :created) RETURNING id")
                 .Bind("process", static_cast<long long>(matrix.process_id))
                 .Bind("subject", matrix.subject)
                 .Bind("title_es", matrix.title.es)
                 .Bind("title_en", matrix.title.en)
                 .Bind("days", matrix.outdated_after_days)
                 .Bind("created", FormatIsoTimestamp(matrix.created_at))
                 .FetchOne();
  auto created = matrix;
  created.id = MatrixId{row->IntOr("id")};
  return created;
}

std::vector<Matrix> SociMatrixRepository::List(ProcessId process) {
  std::vector<Matrix> matrices;
  for (const auto& row : Sql(session_, std::string(kMatrixColumns) + " WHERE process_id = :process ORDER BY id")
                             .Bind("process", static_cast<long long>(process))
                             .Fetch()) {
    matrices.push_back(MatrixFrom(row));
  }
  return matrices;
}

std::optional<Matrix> SociMatrixRepository::Find(ProcessId process, MatrixId id) {
  auto row = Sql(session_, std::string(kMatrixColumns) + " WHERE id = :id AND process_id = :process")
                 .Bind("id", static_cast<long long>(id))
                 .Bind("process", static_cast<long long>(process))
                 .FetchOne();
  if (!row) return std::nullopt;
  auto matrix = MatrixFrom(*row);
  for (const auto& topic_row :
       Sql(session_,
           "SELECT id, number, title_es, title_en, note_es, note_en, articles FROM matrix_topics WHERE matrix_id = "
           ":id ORDER BY number")
           .Bind("id", static_cast<long long>(id))
           .Fetch()) {
    MatrixTopic topic;
    topic.id = MatrixTopicId{topic_row.IntOr("id")};
    topic.number = static_cast<int>(topic_row.IntOr("number"));
    topic.title = LocalizedText{topic_row.Text("title_es"), topic_row.Text("title_en")};
    topic.note = LocalizedText{topic_row.Text("note_es"), topic_row.Text("note_en")};
    topic.articles = SplitArticles(topic_row.TextOr("articles"));
    matrix.topics.push_back(std::move(topic));
  }
  for (const auto& round_row :
       Sql(session_,
           "SELECT id, number, label, state, due, commitment_id, opened_at, closed_at FROM matrix_rounds WHERE "
           "matrix_id = :id ORDER BY number")
           .Bind("id", static_cast<long long>(id))
           .Fetch()) {
    MatrixRound round;
    round.id = MatrixRoundId{round_row.IntOr("id")};
    round.number = static_cast<int>(round_row.IntOr("number"));
    round.label = round_row.TextOr("label");
    round.state = RoundStateFrom(round_row.TextOr("state"));
    round.due = ParseIsoDate(round_row.TextOr("due")).value_or(Date{});
    round.commitment = round_row.Int("commitment_id");
    round.opened_at = TimestampFrom(round_row.TextOr("opened_at"));
    round.closed_at = InstantFrom(round_row.Text("closed_at"));
    matrix.rounds.push_back(std::move(round));
  }
  return matrix;
}

MatrixTopic SociMatrixRepository::AddTopic(MatrixId matrix, const MatrixTopic& topic) {
  auto row = Sql(session_,
                 "INSERT INTO matrix_topics (matrix_id, number, title_es, title_en, note_es, note_en, articles) "
                 "VALUES (:matrix, :number, :title_es, :title_en, :note_es, :note_en, :articles) RETURNING id")
                 .Bind("matrix", static_cast<long long>(matrix))
                 .Bind("number", topic.number)
                 .Bind("title_es", topic.title.es)
                 .Bind("title_en", topic.title.en)
                 .Bind("note_es", topic.note.es)
                 .Bind("note_en", topic.note.en)
                 .Bind("articles", JoinArticles(topic.articles))
                 .FetchOne();
  auto added = topic;
  added.id = MatrixTopicId{row->IntOr("id")};
  return added;
}

MatrixRound SociMatrixRepository::AddRound(MatrixId matrix, const MatrixRound& round) {
  auto row = Sql(session_,
                 "INSERT INTO matrix_rounds (matrix_id, number, label, state, due, commitment_id, opened_at) VALUES "
                 "(:matrix, :number, :label, :state, :due, :commitment, :opened) RETURNING id")
                 .Bind("matrix", static_cast<long long>(matrix))
                 .Bind("number", round.number)
                 .Bind("label", round.label)
                 .Bind("state", std::string(ToString(round.state)))
                 .Bind("due", FormatIsoDate(round.due))
                 .Bind("commitment", round.commitment ? std::optional<long long>(*round.commitment) : std::nullopt)
                 .Bind("opened", FormatIsoTimestamp(round.opened_at))
                 .FetchOne();
  auto added = round;
  added.id = MatrixRoundId{row->IntOr("id")};
  return added;
}

void SociMatrixRepository::CloseRound(MatrixRoundId round, Timestamp at) {
  Sql(session_, "UPDATE matrix_rounds SET state = 'closed', closed_at = :at WHERE id = :id")
      .Bind("at", FormatIsoTimestamp(at))
      .Bind("id", static_cast<long long>(round))
      .Execute();
}

std::vector<RoundColumn> SociMatrixRepository::Columns(MatrixRoundId round) {
  std::vector<RoundColumn> columns;
  for (const auto& row :
       Sql(session_,
           "SELECT c.country, c.state, c.returned_reason, c.submitted_at, c.validated_at, c.validated_by, u.name AS "
           "validated_by_name FROM matrix_round_columns c LEFT JOIN users u ON u.id = c.validated_by WHERE "
           "c.round_id = :round ORDER BY c.country")
           .Bind("round", static_cast<long long>(round))
           .Fetch()) {
    RoundColumn column;
    column.country = row.TextOr("country");
    column.state = ColumnStateFrom(row.TextOr("state"));
    column.returned_reason = row.Text("returned_reason");
    column.submitted_at = InstantFrom(row.Text("submitted_at"));
    column.validated_at = InstantFrom(row.Text("validated_at"));
    column.validated_by = PersonFrom(row, "validated_by", "validated_by_name");
    columns.push_back(std::move(column));
  }
  return columns;
}

void SociMatrixRepository::SaveColumn(MatrixRoundId round, const RoundColumn& column) {
  auto bind = [&](Sql& sql) -> Sql& {
    return sql.Bind("round", static_cast<long long>(round))
        .Bind("country", column.country)
        .Bind("state", std::string(ToString(column.state)))
        .Bind("reason", column.returned_reason)
        .Bind("submitted", OptionalInstant(column.submitted_at))
        .Bind("validated", OptionalInstant(column.validated_at))
        .Bind("validated_by", OptionalUser(column.validated_by));
  };
  Sql update(session_,
             "UPDATE matrix_round_columns SET state = :state, returned_reason = :reason, submitted_at = :submitted, "
             "validated_at = :validated, validated_by = :validated_by WHERE round_id = :round AND country = :country");
  if (bind(update).Execute() == 1) return;
  Sql insert(session_,
             "INSERT INTO matrix_round_columns (round_id, country, state, returned_reason, submitted_at, validated_at, "
             "validated_by) VALUES (:round, :country, :state, :reason, :submitted, :validated, :validated_by)");
  bind(insert).Execute();
}

std::optional<DraftCell> SociMatrixRepository::FindDraft(MatrixRoundId round, MatrixTopicId topic,
                                                         const std::string& country) {
  auto row = Sql(session_, std::string(kDraftColumns) +
                               " WHERE d.round_id = :round AND d.topic_id = :topic AND d.country = :country")
                 .Bind("round", static_cast<long long>(round))
                 .Bind("topic", static_cast<long long>(topic))
                 .Bind("country", country)
                 .FetchOne();
  if (!row) return std::nullopt;
  return DraftFrom(*row);
}

std::vector<DraftCell> SociMatrixRepository::Drafts(MatrixRoundId round, const std::optional<std::string>& country) {
  std::string text = std::string(kDraftColumns) + " WHERE d.round_id = :round";
  if (country) text += " AND d.country = :country";
  text += " ORDER BY d.topic_id, d.country";
  Sql sql(session_, text);
  sql.Bind("round", static_cast<long long>(round));
  if (country) sql.Bind("country", *country);
  std::vector<DraftCell> drafts;
  for (const auto& row : sql.Fetch()) drafts.push_back(DraftFrom(row));
  return drafts;
}

std::optional<std::int64_t> SociMatrixRepository::SaveDraft(MatrixRoundId round, const DraftCell& draft,
                                                            std::int64_t expected_version) {
  auto bind = [&](Sql& sql) -> Sql& {
    return sql.Bind("round", static_cast<long long>(round))
        .Bind("topic", static_cast<long long>(draft.topic))
        .Bind("country", draft.country)
        .Bind("content", ContentText(draft.content))
        .Bind("source", std::string(ToString(draft.source)))
        .Bind("by", OptionalUser(draft.updated_by))
        .Bind("at", OptionalInstant(draft.updated_at));
  };
  if (expected_version == 0) {
    if (FindDraft(round, draft.topic, draft.country)) return std::nullopt;
    Sql insert(session_,
               "INSERT INTO matrix_drafts (round_id, topic_id, country, content, source, version, updated_by, "
               "updated_at) VALUES (:round, :topic, :country, :content, :source, 1, :by, :at)");
    bind(insert).Execute();
    return 1;
  }
  Sql update(session_,
             "UPDATE matrix_drafts SET content = :content, source = :source, version = version + 1, updated_by = :by, "
             "updated_at = :at WHERE round_id = :round AND topic_id = :topic AND country = :country AND version = "
             ":version");
  bind(update).Bind("version", static_cast<long long>(expected_version));
  if (update.Execute() != 1) return std::nullopt;
  return expected_version + 1;
}

void SociMatrixRepository::AddEdit(MatrixId matrix, MatrixRoundId round, const CellEdit& edit) {
  Sql(session_,
      "INSERT INTO matrix_cell_edits (matrix_id, round_id, topic_id, country, content, by_user, by_role, at) VALUES "
      "(:matrix, :round, :topic, :country, :content, :by, :role, :at)")
      .Bind("matrix", static_cast<long long>(matrix))
      .Bind("round", static_cast<long long>(round))
      .Bind("topic", static_cast<long long>(edit.topic))
      .Bind("country", edit.country)
      .Bind("content", ContentText(edit.content))
      .Bind("by", static_cast<long long>(edit.by.id))
      .Bind("role", std::string(ToString(edit.by_role)))
      .Bind("at", FormatIsoTimestamp(edit.at))
      .Execute();
}

std::vector<CellEdit> SociMatrixRepository::Edits(MatrixId matrix, MatrixTopicId topic, const std::string& country) {
  std::vector<CellEdit> edits;
  for (const auto& row :
       Sql(session_,
           "SELECT e.content, e.by_user, u.name AS by_name, e.by_role, e.at, r.number AS round_number FROM "
           "matrix_cell_edits e JOIN users u ON u.id = e.by_user JOIN matrix_rounds r ON r.id = e.round_id WHERE "
           "e.matrix_id = :matrix AND e.topic_id = :topic AND e.country = :country ORDER BY e.id")
           .Bind("matrix", static_cast<long long>(matrix))
           .Bind("topic", static_cast<long long>(topic))
           .Bind("country", country)
           .Fetch()) {
    CellEdit edit;
    edit.topic = topic;
    edit.country = country;
    edit.round = static_cast<int>(row.IntOr("round_number"));
    edit.content = ContentFrom(row.TextOr("content"));
    edit.by = MatrixPerson{UserId{row.IntOr("by_user")}, row.TextOr("by_name")};
    edit.by_role = ParseRole(row.TextOr("by_role")).value_or(Role::kCountryOfficer);
    edit.at = TimestampFrom(row.TextOr("at"));
    edits.push_back(std::move(edit));
  }
  return edits;
}

void SociMatrixRepository::Publish(MatrixId matrix, MatrixRoundId round, const MatrixCell& cell) {
  Sql(session_,
      "INSERT INTO matrix_cells (matrix_id, round_id, topic_id, country, content, source, submitted_by, submitted_at, "
      "verified_by, verified_at) VALUES (:matrix, :round, :topic, :country, :content, :source, :submitted_by, "
      ":submitted_at, :verified_by, :verified_at)")
      .Bind("matrix", static_cast<long long>(matrix))
      .Bind("round", static_cast<long long>(round))
      .Bind("topic", static_cast<long long>(cell.topic))
      .Bind("country", cell.country)
      .Bind("content", ContentText(cell.content))
      .Bind("source", std::string(ToString(cell.source)))
      .Bind("submitted_by",
            cell.submitted_by.id.value() > 0 ? std::optional<long long>(cell.submitted_by.id.value()) : std::nullopt)
      .Bind("submitted_at", FormatIsoTimestamp(cell.submitted_at))
      .Bind("verified_by", OptionalUser(cell.verified_by))
      .Bind("verified_at", OptionalInstant(cell.verified_at))
      .Execute();
}

namespace {

constexpr const char* kPublishedColumns =
    "SELECT c.topic_id, c.country, c.content, c.source, r.number AS round_number, c.submitted_by, s.name AS "
    "submitted_by_name, c.submitted_at, c.verified_by, v.name AS verified_by_name, c.verified_at FROM matrix_cells c "
    "JOIN matrix_rounds r ON r.id = c.round_id LEFT JOIN users s ON s.id = c.submitted_by LEFT JOIN users v ON v.id = "
    "c.verified_by";

MatrixCell PublishedFrom(const Row& row) {
  MatrixCell cell;
  cell.topic = MatrixTopicId{row.IntOr("topic_id")};
  cell.country = row.TextOr("country");
  cell.content = ContentFrom(row.TextOr("content"));
  cell.source = ParseProvisionSource(row.TextOr("source")).value_or(ProvisionSource::kCountry);
  cell.round = static_cast<int>(row.IntOr("round_number"));
  cell.submitted_by = PersonFrom(row, "submitted_by", "submitted_by_name").value_or(MatrixPerson{});
  cell.submitted_at = TimestampFrom(row.TextOr("submitted_at"));
  cell.verified_by = PersonFrom(row, "verified_by", "verified_by_name");
  cell.verified_at = InstantFrom(row.Text("verified_at"));
  return cell;
}

}  // namespace

std::optional<MatrixCell> SociMatrixRepository::PublishedCell(MatrixId matrix, MatrixTopicId topic,
                                                              const std::string& country, int up_to_round) {
  auto row = Sql(session_, std::string(kPublishedColumns) +
                               " WHERE c.matrix_id = :matrix AND c.topic_id = :topic AND c.country = :country AND "
                               "r.number <= :round ORDER BY r.number DESC LIMIT 1")
                 .Bind("matrix", static_cast<long long>(matrix))
                 .Bind("topic", static_cast<long long>(topic))
                 .Bind("country", country)
                 .Bind("round", up_to_round)
                 .FetchOne();
  if (!row) return std::nullopt;
  return PublishedFrom(*row);
}

std::vector<MatrixCell> SociMatrixRepository::PublishedCells(MatrixId matrix) {
  std::vector<MatrixCell> cells;
  for (const auto& row :
       Sql(session_, std::string(kPublishedColumns) + " WHERE c.matrix_id = :matrix ORDER BY r.number, c.id")
           .Bind("matrix", static_cast<long long>(matrix))
           .Fetch()) {
    cells.push_back(PublishedFrom(row));
  }
  return cells;
}

std::vector<TranslationCommitment> SociMatrixRepository::TranslationCommitments(MatrixId matrix) {
  std::vector<TranslationCommitment> commitments;
  for (const auto& row : Sql(session_,
                             "SELECT t.topic_id, t.country, t.language, t.translator, t.due, t.commitment_id, "
                             "t.version, t.updated_by, u.name AS updated_by_name, t.updated_at FROM "
                             "matrix_translation_commitments t JOIN users u ON u.id = t.updated_by WHERE t.matrix_id = "
                             ":matrix ORDER BY t.topic_id, t.country, t.language")
                             .Bind("matrix", static_cast<long long>(matrix))
                             .Fetch()) {
    TranslationCommitment commitment;
    commitment.topic = MatrixTopicId{row.IntOr("topic_id")};
    commitment.country = row.TextOr("country");
    commitment.language = row.TextOr("language");
    commitment.translator = row.TextOr("translator");
    commitment.due = ParseIsoDate(row.TextOr("due")).value_or(Date{});
    if (auto id = row.Int("commitment_id")) commitment.commitment = *id;
    commitment.version = row.IntOr("version");
    commitment.updated_by = MatrixPerson{UserId{row.IntOr("updated_by")}, row.TextOr("updated_by_name")};
    commitment.updated_at = TimestampFrom(row.TextOr("updated_at"));
    commitments.push_back(std::move(commitment));
  }
  return commitments;
}

std::optional<std::int64_t> SociMatrixRepository::SaveTranslationCommitment(MatrixId matrix,
                                                                            const TranslationCommitment& commitment,
                                                                            std::int64_t expected_version) {
  auto bind = [&](Sql& sql) -> Sql& {
    return sql.Bind("matrix", static_cast<long long>(matrix))
        .Bind("topic", static_cast<long long>(commitment.topic))
        .Bind("country", commitment.country)
        .Bind("language", commitment.language)
        .Bind("translator", commitment.translator)
        .Bind("due", FormatIsoDate(commitment.due))
        .Bind("commitment",
              commitment.commitment ? std::optional<long long>(*commitment.commitment) : std::optional<long long>())
        .Bind("by", static_cast<long long>(commitment.updated_by.id))
        .Bind("at", FormatIsoTimestamp(commitment.updated_at));
  };
  if (expected_version == 0) {
    auto existing = Sql(session_,
                        "SELECT version FROM matrix_translation_commitments WHERE matrix_id = :matrix AND topic_id = "
                        ":topic AND country = :country AND language = :language")
                        .Bind("matrix", static_cast<long long>(matrix))
                        .Bind("topic", static_cast<long long>(commitment.topic))
                        .Bind("country", commitment.country)
                        .Bind("language", commitment.language)
                        .FetchOne();
    if (existing) return std::nullopt;
    Sql insert(session_,
               "INSERT INTO matrix_translation_commitments (matrix_id, topic_id, country, language, translator, due, "
               "commitment_id, version, updated_by, updated_at) VALUES (:matrix, :topic, :country, :language, "
               ":translator, :due, :commitment, 1, :by, :at)");
    bind(insert).Execute();
    return 1;
  }
  Sql update(session_,
             "UPDATE matrix_translation_commitments SET translator = :translator, due = :due, commitment_id = "
             ":commitment, version = version + 1, updated_by = :by, updated_at = :at WHERE matrix_id = :matrix AND "
             "topic_id = :topic AND country = :country AND language = :language AND version = :version");
  bind(update).Bind("version", static_cast<long long>(expected_version));
  if (update.Execute() != 1) return std::nullopt;
  return expected_version + 1;
}

std::vector<MatrixCell> SociMatrixRepository::CellVersions(MatrixId matrix, MatrixTopicId topic,
                                                           const std::string& country) {
  std::vector<MatrixCell> cells;
  for (const auto& row : Sql(session_, std::string(kPublishedColumns) +
                                           " WHERE c.matrix_id = :matrix AND c.topic_id = :topic AND c.country = "
                                           ":country ORDER BY r.number")
                             .Bind("matrix", static_cast<long long>(matrix))
                             .Bind("topic", static_cast<long long>(topic))
                             .Bind("country", country)
                             .Fetch()) {
    cells.push_back(PublishedFrom(row));
  }
  return cells;
}

std::vector<MatrixCell> SociMatrixRepository::LatestCells(MatrixId matrix, std::optional<int> up_to_round) {
  // One row per cell: the version with the highest round number at or before the round, picked with
  // a window function (SQLite 3.25+ and PostgreSQL), over the index on (matrix, topic, country).
  std::vector<MatrixCell> cells;
  auto sql = std::string(
      "SELECT * FROM (SELECT c.topic_id, c.country, c.content, c.source, r.number AS round_number, "
      "c.submitted_by, s.name AS submitted_by_name, c.submitted_at, c.verified_by, v.name AS "
      "verified_by_name, c.verified_at, ROW_NUMBER() OVER (PARTITION BY c.topic_id, c.country ORDER BY "
      "r.number DESC) AS latest FROM matrix_cells c JOIN matrix_rounds r ON r.id = c.round_id LEFT JOIN "
      "users s ON s.id = c.submitted_by LEFT JOIN users v ON v.id = c.verified_by WHERE c.matrix_id = "
      ":matrix AND r.number <= :round) versions WHERE latest = 1 ORDER BY topic_id, country");
  for (const auto& row : Sql(session_, sql)
                             .Bind("matrix", static_cast<long long>(matrix))
                             .Bind("round", up_to_round.value_or(1000000000))
                             .Fetch()) {
    cells.push_back(PublishedFrom(row));
  }
  return cells;
}

std::string SociMatrixRepository::PublishedStamp(MatrixId matrix) {
  auto row = Sql(session_,
                 "SELECT COUNT(*) AS cells, COALESCE(MAX(id), 0) AS last, (SELECT COALESCE(MAX(updated_at), '') FROM "
                 "users) AS people FROM matrix_cells WHERE matrix_id = :matrix")
                 .Bind("matrix", static_cast<long long>(matrix))
                 .FetchOne();
  if (!row) return "";
  return std::to_string(row->IntOr("cells")) + "/" + std::to_string(row->IntOr("last")) + "/" + row->TextOr("people");
}

void RegisterMatrixRepositories(RepositoryRegistry& registry) {
  registry.Add<MatrixRepository, SociMatrixRepository>();
}

}  // namespace enlace::storage
