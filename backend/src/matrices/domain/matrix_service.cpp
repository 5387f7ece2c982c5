#include "matrices/domain/matrix_service.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "accounts/domain/account_repositories.hpp"
#include "kernel/domain/audit_log.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/domain/text.hpp"
#include "kernel/domain/wording.hpp"
#include "kernel/domain/written_text.hpp"
#include "matrices/domain/matrix_json.hpp"
#include "matrices/domain/matrix_policy.hpp"
#include "matrices/domain/matrix_repository.hpp"
#include "matrices/domain/matrix_workbook.hpp"
#include "matrices/domain/reasons.hpp"
#include "matrices/domain/text_keys.hpp"
#include "meetings/domain/commitment_service.hpp"
#include "meetings/domain/meeting_repository.hpp"
#include "notifications/domain/notification_repository.hpp"
#include "notifications/domain/reminder_service.hpp"
#include "reference/domain/reference_names.hpp"
#include "reference/domain/reference_repository.hpp"

namespace enlace {

namespace {

// The matrix as stored, with the process's member countries as its columns; kNotFound when it is
// not in the caller's process.
Result<Matrix> FindMatrix(Transaction& transaction, const RequestContext& context, MatrixId id) {
  auto found = transaction.Get<MatrixRepository>().Find(context.process_id, id);
  if (!found) return std::unexpected(Error::NotFound());
  for (const auto& country : transaction.Get<ReferenceRepository>().Load(context.process_id).countries) {
    if (country.status == CountryStatus::kMember) found->countries.push_back(country.code);
  }
  return *found;
}

Result<MatrixRound> FindRound(const Matrix& matrix, int number) {
  for (const auto& round : matrix.rounds) {
    if (round.number == number) return round;
  }
  return std::unexpected(Error::NotFound());
}

Result<void> CheckCell(const Matrix& matrix, MatrixTopicId topic, const std::string& country) {
  if (std::none_of(matrix.topics.begin(), matrix.topics.end(), [&](const MatrixTopic& t) { return t.id == topic; })) {
    return std::unexpected(Error::NotFound(reasons::kUnknownMatrixTopic));
  }
  if (std::find(matrix.countries.begin(), matrix.countries.end(), country) == matrix.countries.end()) {
    return std::unexpected(Error::NotFound(reasons::kUnknownCountry));
  }
  return {};
}

std::optional<MatrixCell> PublishedCell(const std::vector<MatrixCell>& snapshot, MatrixTopicId topic,
                                        const std::string& country) {
  for (const auto& cell : snapshot) {
    if (cell.topic == topic && cell.country == country) return cell;
  }
  return std::nullopt;
}

MatrixPerson PersonOf(const RequestContext& context) {
  return MatrixPerson{context.actor->user_id, context.actor->name};
}

std::string CellRecordId(MatrixId matrix, int round, MatrixTopicId topic, const std::string& country) {
  return std::to_string(matrix) + "/" + std::to_string(round) + "/" + std::to_string(topic) + "/" + country;
}

// The round with a column for every member country, and how many cells each has changed from
// what was published before the round.
RoundView ViewOf(Transaction& transaction, const Matrix& matrix, const MatrixRound& round) {
  auto& repository = transaction.Get<MatrixRepository>();
  std::map<std::string, RoundColumn> stored;
  for (auto& column : repository.Columns(round.id)) stored[column.country] = column;
  auto before = repository.LatestCells(matrix.id, round.number - 1);
  std::map<std::string, int> changed;
  for (const auto& draft : repository.Drafts(round.id, std::nullopt)) {
    auto published = PublishedCell(before, draft.topic, draft.country);
    CellContent base = published ? published->content : CellContent{};
    if (!(base == draft.content)) ++changed[draft.country];
  }
  RoundView view{round, {}};
  for (const auto& country : matrix.countries) {
    RoundColumn column;
    if (auto found = stored.find(country); found != stored.end()) column = found->second;
    column.country = country;
    column.cells_changed = changed[country];
    view.columns.push_back(std::move(column));
  }
  return view;
}

nlohmann::json RoundAuditJson(const RoundView& view) {
  auto columns = nlohmann::json::array();
  for (const auto& column : view.columns) {
    if (column.state != ColumnState::kNotStarted) columns.push_back(ToJson(column));
  }
  auto result = ToJson(view.round);
  result["columns"] = columns;
  return result;
}

}  // namespace

MatrixService::MatrixService(Store& store, const Clock& clock, const Texts& texts, Mailer* mailer, std::string base_url,
                             CommitmentService* commitments)
    : store_(store),
      clock_(clock),
      texts_(texts),
      mailer_(mailer),
      base_url_(std::move(base_url)),
      commitments_(commitments) {}

Result<void> MatrixService::MarkAnswerDone(Transaction& transaction, const RequestContext& context,
                                           const Matrix& matrix, const MatrixRound& round, const std::string& country) {
  if (!commitments_ || !round.commitment) return {};
  auto commitment = transaction.Get<CommitmentRepository>().Find(context.process_id, CommitmentId{*round.commitment});
  // A commitment deleted since the round was opened, or owed by someone else: nothing to answer.
  if (!commitment || (commitment->party != kMemberCountries && commitment->party != country)) return {};
  Wording words(texts_, context.language);
  ProgressReport report;
  report.text =
      words(text_keys::kMatrixValidatedAnswer, {{"matrix", matrix.title.In(words.language())}, {"round", round.label}});
  report.status = "done";
  report.country = country;
  auto recorded = commitments_->ReportWithin(transaction, context, commitment->id, std::move(report));
  if (!recorded) return std::unexpected(recorded.error());
  return {};
}

std::string MatrixService::NoProvisionWording(std::string_view language) const {
  return texts_.Text(language, text_keys::kMatrixNoProvision.key());
}

Result<std::vector<Matrix>> MatrixService::List(const RequestContext& context) {
  if (auto allowed = policy::ReadMatrices(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  return transaction->Get<MatrixRepository>().List(context.process_id);
}

Result<Matrix> MatrixService::Get(const RequestContext& context, MatrixId id, std::optional<int> as_of_round) {
  if (auto allowed = policy::ReadMatrices(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto matrix = FindMatrix(*transaction, context, id);
  if (!matrix) return matrix;
  if (as_of_round) {
    auto round = FindRound(*matrix, *as_of_round);
    // A snapshot is citable only once its round is closed: an open round has published nothing.
    if (!round || round->state != RoundState::kClosed) return std::unexpected(Error::NotFound());
  }
  matrix->cells = transaction->Get<MatrixRepository>().LatestCells(id, as_of_round);
  return matrix;
}

Result<MatrixService::Outline> MatrixService::GetOutline(const RequestContext& context, MatrixId id,
                                                         std::optional<int> as_of_round) {
  if (auto allowed = policy::ReadMatrices(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto matrix = FindMatrix(*transaction, context, id);
  if (!matrix) return std::unexpected(matrix.error());
  if (as_of_round) {
    auto round = FindRound(*matrix, *as_of_round);
    if (!round || round->state != RoundState::kClosed) return std::unexpected(Error::NotFound());
  }
  return Outline{*matrix, transaction->Get<MatrixRepository>().PublishedStamp(id)};
}

Result<Matrix> MatrixService::Create(const RequestContext& context, MatrixInput input) {
  if (auto allowed = policy::ManageMatrices(context.actor); !allowed) return std::unexpected(allowed.error());
  if (auto valid = ValidateMatrix(input); !valid) return std::unexpected(valid.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  Matrix matrix;
  matrix.process_id = context.process_id;
  matrix.subject = input.subject;
  matrix.title = input.title;
  matrix.outdated_after_days = input.outdated_after_days.value_or(kDefaultOutdatedAfterDays);
  matrix.created_at = now;
  auto created = transaction->Get<MatrixRepository>().Create(matrix);
  auto stored = FindMatrix(*transaction, context, created.id);
  AuditChange(*transaction, now, context, "matrix.create", "matrix", std::to_string(created.id), nullptr,
              SummaryJson(*stored));
  transaction->Commit();
  return stored;
}

Result<Matrix> MatrixService::AddTopic(const RequestContext& context, MatrixId id, TopicInput input) {
  if (auto allowed = policy::ManageMatrices(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto matrix = FindMatrix(*transaction, context, id);
  if (!matrix) return matrix;
  if (auto valid = ValidateTopic(input); !valid) return std::unexpected(valid.error());
  MatrixTopic topic;
  topic.number = static_cast<int>(matrix->topics.size()) + 1;
  topic.title = input.title;
  topic.note = input.note;
  topic.articles = input.articles;
  auto added = transaction->Get<MatrixRepository>().AddTopic(id, topic);
  AuditChange(*transaction, now, context, "matrix.add_topic", "matrix", std::to_string(id), nullptr, ToJson(added));
  auto stored = FindMatrix(*transaction, context, id);
  stored->cells = transaction->Get<MatrixRepository>().LatestCells(id, std::nullopt);
  transaction->Commit();
  return stored;
}

Result<MatrixImportPlan> MatrixService::ImportMatrix(const RequestContext& context, MatrixId id,
                                                     const std::vector<MatrixImportRow>& rows, std::string label,
                                                     bool apply) {
  if (auto allowed = policy::ManageMatrices(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(apply ? TransactionMode::kWrite : TransactionMode::kRead);
  auto matrix = FindMatrix(*transaction, context, id);
  if (!matrix) return std::unexpected(matrix.error());
  if (!matrix->rounds.empty()) return std::unexpected(Error::Conflict(reasons::kMatrixAlreadyLoaded));
  label = Trim(label);
  if (!IsValidUtf8(label) || Utf8Length(label) > 40)
    return std::unexpected(Error::Field("label", reasons::kTooLong, {{"max", "40"}}));
  auto plan = PlanMatrixImport(*matrix, rows, context.language);
  if (!apply) return plan;
  FieldErrors errors;
  for (const auto& problem : plan.problems) {
    errors.Add(problem.error.Renamed("rows[" + std::to_string(problem.line) + "]." + problem.error.field));
  }
  if (plan.cells.empty() && errors.empty()) errors.Add("file", reasons::kRequired);
  if (!errors.empty()) return std::unexpected(errors.ToError());
  auto& repository = transaction->Get<MatrixRepository>();
  std::map<int, MatrixTopicId> topic_ids;
  for (const auto& topic : matrix->topics) topic_ids[topic.number] = topic.id;
  int created = 0;
  for (const auto& topic : plan.topics) {
    if (!topic.created) continue;
    MatrixTopic added;
    added.number = topic.number;
    added.title = topic.title;
    topic_ids[topic.number] = repository.AddTopic(id, added).id;
    ++created;
  }
  MatrixRound round;
  round.number = 1;
  round.label = label.empty() ? std::to_string(static_cast<int>(clock_.Today().year())) + "-0" : label;
  round.state = RoundState::kOpen;
  round.due = clock_.Today();
  round.opened_at = now;
  auto added_round = repository.AddRound(id, round);
  auto person = PersonOf(context);
  std::set<std::string> countries;
  for (const auto& cell : plan.cells) {
    if (cell.content.Empty()) continue;  // a line with only its topic and country: not answered
    MatrixCell published;
    published.topic = topic_ids.at(cell.number);
    published.country = cell.country;
    published.content = cell.content;
    published.round = 1;
    published.source = cell.source;
    published.submitted_by = person;
    published.submitted_at = now;
    published.verified_by = person;
    published.verified_at = now;
    repository.Publish(id, added_round.id, published);
    countries.insert(cell.country);
  }
  for (const auto& country : countries) {
    RoundColumn column;
    column.country = country;
    column.state = ColumnState::kValidated;
    column.submitted_at = now;
    column.validated_at = now;
    column.validated_by = person;
    repository.SaveColumn(added_round.id, column);
  }
  repository.CloseRound(added_round.id, now);
  AuditChange(
      *transaction, now, context, "matrix.import", "matrix", std::to_string(id), nullptr,
      nlohmann::json{
          {"round", round.label}, {"topics_created", created}, {"cells", plan.cells.size()}, {"countries", countries}});
  transaction->Commit();
  return plan;
}

Result<RoundView> MatrixService::OpenRound(const RequestContext& context, MatrixId id, RoundInput input) {
  if (auto allowed = policy::ManageMatrices(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto matrix = FindMatrix(*transaction, context, id);
  if (!matrix) return std::unexpected(matrix.error());
  if (std::any_of(matrix->rounds.begin(), matrix->rounds.end(),
                  [](const MatrixRound& round) { return round.state == RoundState::kOpen; })) {
    return std::unexpected(Error::Conflict(reasons::kMatrixRoundAlreadyOpen));
  }
  FieldErrors errors;
  input.label = Trim(input.label);
  if (!input.due) errors.Add("due", reasons::kRequired);
  if (!IsValidUtf8(input.label) || Utf8Length(input.label) > 40)
    errors.Add("label", reasons::kTooLong, {{"max", "40"}});
  if (input.commitment &&
      !transaction->Get<CommitmentRepository>().Find(context.process_id, CommitmentId{*input.commitment})) {
    errors.Add("commitment", reasons::kUnknownMatrixCommitment);
  }
  if (!errors.empty()) return std::unexpected(errors.ToError());
  MatrixRound round;
  round.number = static_cast<int>(matrix->rounds.size()) + 1;
  round.label = input.label.empty()
                    ? std::to_string(static_cast<int>(input.due->year())) + "-" + std::to_string(round.number)
                    : input.label;
  round.state = RoundState::kOpen;
  round.due = *input.due;
  round.commitment = input.commitment;
  round.opened_at = now;
  auto added = transaction->Get<MatrixRepository>().AddRound(id, round);
  auto view = ViewOf(*transaction, *matrix, added);
  AuditChange(*transaction, now, context, "matrix_round.open", "matrix", std::to_string(id), nullptr,
              RoundAuditJson(view));
  transaction->Commit();
  return view;
}

Result<RoundView> MatrixService::GetRound(const RequestContext& context, MatrixId id, int number) {
  if (auto allowed = policy::ReadMatrices(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto matrix = FindMatrix(*transaction, context, id);
  if (!matrix) return std::unexpected(matrix.error());
  auto round = FindRound(*matrix, number);
  if (!round) return std::unexpected(round.error());
  return ViewOf(*transaction, *matrix, *round);
}

Result<RoundView> MatrixService::CloseRound(const RequestContext& context, MatrixId id, int number) {
  if (auto allowed = policy::ManageMatrices(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto matrix = FindMatrix(*transaction, context, id);
  if (!matrix) return std::unexpected(matrix.error());
  auto round = FindRound(*matrix, number);
  if (!round) return std::unexpected(round.error());
  if (round->state != RoundState::kOpen) return std::unexpected(Error::Conflict(reasons::kMatrixRoundClosed));
  auto& repository = transaction->Get<MatrixRepository>();
  auto before_view = ViewOf(*transaction, *matrix, *round);
  auto before = repository.LatestCells(id, round->number - 1);
  int published = 0;
  for (const auto& column : before_view.columns) {
    if (column.state != ColumnState::kValidated) continue;
    for (const auto& draft : repository.Drafts(round->id, column.country)) {
      auto current = PublishedCell(before, draft.topic, draft.country);
      if (current && current->content == draft.content) continue;  // unchanged: its version stands
      if (!current && draft.content.Empty()) continue;
      MatrixCell cell;
      cell.topic = draft.topic;
      cell.country = draft.country;
      cell.content = draft.content;
      cell.round = round->number;
      cell.source = draft.source;
      cell.submitted_by = draft.updated_by.value_or(MatrixPerson{});
      cell.submitted_at = column.submitted_at.value_or(draft.updated_at.value_or(now));
      cell.verified_by = column.validated_by;
      cell.verified_at = column.validated_at;
      repository.Publish(id, round->id, cell);
      ++published;
    }
  }
  repository.CloseRound(round->id, now);
  round->state = RoundState::kClosed;
  round->closed_at = now;
  auto view = ViewOf(*transaction, *matrix, *round);
  auto after = RoundAuditJson(view);
  after["cells_published"] = published;
  AuditChange(*transaction, now, context, "matrix_round.close", "matrix", std::to_string(id),
              RoundAuditJson(before_view), after);
  transaction->Commit();
  return view;
}

Result<DraftView> MatrixService::GetDraft(const RequestContext& context, MatrixId id, int number, MatrixTopicId topic,
                                          const std::string& country) {
  // Whose column it is decides first: another country's officer is refused the same way whether
  // or not the matrix, round or topic exists.
  if (auto allowed = policy::WorkOnColumn(context.actor, country); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto matrix = FindMatrix(*transaction, context, id);
  if (!matrix) return std::unexpected(matrix.error());
  auto round = FindRound(*matrix, number);
  if (!round) return std::unexpected(round.error());
  if (auto cell = CheckCell(*matrix, topic, country); !cell) return std::unexpected(cell.error());
  auto& repository = transaction->Get<MatrixRepository>();
  DraftView view;
  view.round = round->number;
  view.outdated_after_days = matrix->outdated_after_days;
  view.published = repository.PublishedCell(id, topic, country, round->number - 1);
  if (auto draft = repository.FindDraft(round->id, topic, country)) {
    view.draft = *draft;
  } else {
    view.draft.topic = topic;
    view.draft.country = country;
    view.draft.source = context.actor->IsSecretariat() ? ProvisionSource::kSecretariat : ProvisionSource::kCountry;
    if (view.published) view.draft.content = view.published->content;
  }
  return view;
}

Result<DraftView> MatrixService::SaveDraft(const RequestContext& context, MatrixId id, int number, MatrixTopicId topic,
                                           const std::string& country, CellContent content,
                                           std::optional<std::int64_t> expected_version) {
  if (auto allowed = policy::WorkOnColumn(context.actor, country); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto matrix = FindMatrix(*transaction, context, id);
  if (!matrix) return std::unexpected(matrix.error());
  auto round = FindRound(*matrix, number);
  if (!round) return std::unexpected(round.error());
  if (auto cell = CheckCell(*matrix, topic, country); !cell) return std::unexpected(cell.error());
  if (round->state != RoundState::kOpen) return std::unexpected(Error::Conflict(reasons::kMatrixRoundClosed));
  auto view =
      WriteDraft(*transaction, context, *matrix, *round, topic, country, std::move(content), expected_version, now);
  if (!view) return view;
  transaction->Commit();
  return view;
}

Result<DraftView> MatrixService::WriteDraft(Transaction& transaction, const RequestContext& context,
                                            const Matrix& matrix, const MatrixRound& round, MatrixTopicId topic,
                                            const std::string& country, CellContent content,
                                            std::optional<std::int64_t> expected_version, Timestamp now) {
  auto id = matrix.id;
  auto& repository = transaction.Get<MatrixRepository>();
  RoundColumn column;
  column.country = country;
  for (const auto& stored : repository.Columns(round.id)) {
    if (stored.country == country) column = stored;
  }
  auto next_state = NextColumnState(column.state, ColumnAction::kEdit);
  if (!next_state) return std::unexpected(next_state.error());

  auto existing = repository.FindDraft(round.id, topic, country);
  if (existing) {
    if (auto fresh = CheckVersion(expected_version, existing->version); !fresh) return std::unexpected(fresh.error());
  } else if (expected_version && *expected_version != 0) {
    return std::unexpected(Error::StaleVersion());
  }
  if (auto valid = ValidateCell(content); !valid) return std::unexpected(valid.error());
  auto published = repository.PublishedCell(id, topic, country, round.number - 1);
  const CellContent* previous = existing ? &existing->content : published ? &published->content : nullptr;
  MarkStaleTranslations(previous, content);

  DraftCell draft;
  draft.topic = topic;
  draft.country = country;
  draft.content = std::move(content);
  draft.source = context.actor->IsSecretariat() ? ProvisionSource::kSecretariat : ProvisionSource::kCountry;
  draft.updated_by = PersonOf(context);
  draft.updated_at = now;
  auto version = repository.SaveDraft(round.id, draft, existing ? existing->version : 0);
  if (!version) return std::unexpected(Error::StaleVersion());
  draft.version = *version;
  column.state = *next_state;
  repository.SaveColumn(round.id, column);
  repository.AddEdit(
      id, round.id, CellEdit{topic, country, round.number, draft.content, PersonOf(context), context.actor->role, now});

  DraftView view{draft, round.number, matrix.outdated_after_days, published};
  auto today = clock_.Today();
  AuditChange(transaction, now, context, "matrix_cell.update", "matrix_cell",
              CellRecordId(id, round.number, topic, country),
              existing ? ToJson(*existing, round.number, today, matrix.outdated_after_days) : nlohmann::json(nullptr),
              ToJson(draft, round.number, today, matrix.outdated_after_days));
  return view;
}

Result<RoundView> MatrixService::ActOnColumn(const RequestContext& context, MatrixId id, int number,
                                             const std::string& country, ColumnAction action, std::string reason) {
  if (auto allowed = policy::ReadMatrices(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto matrix = FindMatrix(*transaction, context, id);
  if (!matrix) return std::unexpected(matrix.error());
  auto round = FindRound(*matrix, number);
  if (!round) return std::unexpected(round.error());
  if (std::find(matrix->countries.begin(), matrix->countries.end(), country) == matrix->countries.end()) {
    return std::unexpected(Error::NotFound(reasons::kUnknownCountry));
  }
  auto allowed = action == ColumnAction::kSubmit ? policy::WorkOnColumn(context.actor, country)
                                                 : policy::ManageMatrices(context.actor);
  if (!allowed) return std::unexpected(allowed.error());
  if (round->state != RoundState::kOpen) return std::unexpected(Error::Conflict(reasons::kMatrixRoundClosed));
  auto before = ViewOf(*transaction, *matrix, *round);
  auto column = *std::find_if(before.columns.begin(), before.columns.end(),
                              [&](const RoundColumn& c) { return c.country == country; });
  auto next = NextColumnState(column.state, action);
  if (!next) return std::unexpected(next.error());
  reason = Trim(reason);
  if (action == ColumnAction::kReturn) {
    if (reason.empty()) return std::unexpected(Error::Field("reason", reasons::kRequired));
    if (!IsValidUtf8(reason) || Utf8Length(reason) > kMaximumNoteLength) {
      return std::unexpected(Error::Field("reason", reasons::kTooLong, {{"max", std::to_string(kMaximumNoteLength)}}));
    }
    column.returned_reason = reason;
    column.validated_at.reset();
    column.validated_by.reset();
  } else if (action == ColumnAction::kSubmit) {
    column.submitted_at = now;
  } else if (action == ColumnAction::kValidate) {
    column.validated_at = now;
    column.validated_by = PersonOf(context);
    column.returned_reason.reset();
  }
  column.state = *next;
  transaction->Get<MatrixRepository>().SaveColumn(round->id, column);
  if (action == ColumnAction::kValidate) {
    if (auto marked = MarkAnswerDone(*transaction, context, *matrix, *round, country); !marked) {
      return std::unexpected(marked.error());
    }
  }
  auto view = ViewOf(*transaction, *matrix, *round);
  AuditChange(*transaction, now, context, "matrix_column." + std::string(ToString(action)), "matrix",
              std::to_string(id), ToJson(column), RoundAuditJson(view));
  transaction->Commit();
  return view;
}

Result<std::vector<CellChange>> MatrixService::Changes(const RequestContext& context, MatrixId id,
                                                       const ChangesQuery& query) {
  if (auto allowed = policy::ReadMatrices(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto matrix = FindMatrix(*transaction, context, id);
  if (!matrix) return std::unexpected(matrix.error());
  if (query.since_round < 0 || query.since_round > static_cast<int>(matrix->rounds.size())) {
    return std::unexpected(Error::Invalid(reasons::kInvalidQuery, "since_round"));
  }
  auto& repository = transaction->Get<MatrixRepository>();
  auto before = repository.LatestCells(id, query.since_round);
  auto after = repository.LatestCells(id, std::nullopt);
  auto wording = NoProvisionWording(query.language);
  std::map<std::int64_t, int> topic_order;
  for (const auto& topic : matrix->topics) topic_order[topic.id] = topic.number;
  std::vector<CellChange> changes;
  for (const auto& cell : after) {
    if (query.country && cell.country != *query.country) continue;
    auto old = PublishedCell(before, cell.topic, cell.country);
    if (old && old->round == cell.round) continue;  // not published again since
    CellChange change;
    change.topic = cell.topic;
    change.country = cell.country;
    change.from_round = old ? old->round : 0;
    change.to_round = cell.round;
    change.before = old ? CellText(old->content, query.language, wording) : "";
    change.after = CellText(cell.content, query.language, wording);
    if (change.before == change.after) continue;  // changed only in the other language
    change.diff = WordDiff(change.before, change.after);
    changes.push_back(std::move(change));
  }
  std::sort(changes.begin(), changes.end(), [&](const CellChange& a, const CellChange& b) {
    return std::pair(topic_order[a.topic], a.country) < std::pair(topic_order[b.topic], b.country);
  });
  return changes;
}

Result<std::vector<TranslationGap>> MatrixService::Translations(const RequestContext& context, MatrixId id,
                                                                const std::optional<std::string>& country) {
  if (auto allowed = policy::ReadMatrices(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto matrix = FindMatrix(*transaction, context, id);
  if (!matrix) return std::unexpected(matrix.error());
  auto cells = transaction->Get<MatrixRepository>().LatestCells(id, std::nullopt);
  if (country) std::erase_if(cells, [&](const MatrixCell& cell) { return cell.country != *country; });
  std::map<std::int64_t, int> topic_order;
  for (const auto& topic : matrix->topics) topic_order[topic.id] = topic.number;
  std::sort(cells.begin(), cells.end(), [&](const MatrixCell& a, const MatrixCell& b) {
    return std::pair(topic_order[a.topic], a.country) < std::pair(topic_order[b.topic], b.country);
  });
  return TranslationGaps(cells);
}

namespace {

// Whether the published cell still owes `language`: a provision lacks it or has it stale.
bool Owes(const std::vector<TranslationGap>& gaps, MatrixTopicId topic, const std::string& country,
          const std::string& language) {
  return std::any_of(gaps.begin(), gaps.end(), [&](const TranslationGap& gap) {
    return gap.topic == topic && gap.country == country &&
           (std::find(gap.missing.begin(), gap.missing.end(), language) != gap.missing.end() ||
            std::find(gap.stale.begin(), gap.stale.end(), language) != gap.stale.end());
  });
}

}  // namespace

Result<TranslationCommitment> MatrixService::CommitTranslation(const RequestContext& context, MatrixId id,
                                                               MatrixTopicId topic, const std::string& country,
                                                               const std::string& language,
                                                               TranslationCommitmentInput input,
                                                               std::optional<std::int64_t> expected_version) {
  if (auto allowed = policy::ManageMatrices(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto matrix = FindMatrix(*transaction, context, id);
  if (!matrix) return std::unexpected(matrix.error());
  if (auto cell = CheckCell(*matrix, topic, country); !cell) return std::unexpected(cell.error());
  if (language != "es" && language != "en") return std::unexpected(Error::NotFound());
  FieldErrors errors;
  input.translator = Trim(input.translator);
  if (input.translator.empty()) errors.Add("translator", reasons::kRequired);
  if (!IsValidUtf8(input.translator) || Utf8Length(input.translator) > kMaximumTitleLength) {
    errors.Add("translator", reasons::kTooLong, {{"max", std::to_string(kMaximumTitleLength)}});
  }
  if (!input.due) errors.Add("due", reasons::kRequired);
  if (!errors.empty()) return std::unexpected(errors.ToError());
  auto& repository = transaction->Get<MatrixRepository>();
  std::optional<TranslationCommitment> existing;
  for (auto& stored : repository.TranslationCommitments(id)) {
    if (stored.topic == topic && stored.country == country && stored.language == language) existing = stored;
  }
  if (existing) {
    if (auto fresh = CheckVersion(expected_version, existing->version); !fresh) return std::unexpected(fresh.error());
  } else if (expected_version && *expected_version != 0) {
    return std::unexpected(Error::StaleVersion());
  }
  auto cells = repository.LatestCells(id, std::nullopt);
  std::erase_if(cells, [&](const MatrixCell& cell) { return cell.topic != topic || cell.country != country; });
  if (!Owes(TranslationGaps(cells), topic, country, language)) {
    return std::unexpected(Error::Conflict(reasons::kMatrixTranslationNotOwed));
  }
  TranslationCommitment commitment;
  commitment.topic = topic;
  commitment.country = country;
  commitment.language = language;
  commitment.translator = input.translator;
  commitment.due = *input.due;
  commitment.commitment = input.commitment;
  commitment.updated_by = PersonOf(context);
  commitment.updated_at = now;
  auto version = repository.SaveTranslationCommitment(id, commitment, existing ? existing->version : 0);
  if (!version) return std::unexpected(Error::StaleVersion());
  commitment.version = *version;
  auto json = [](const TranslationCommitment& c) {
    return nlohmann::json{{"translator", c.translator},
                          {"due", FormatIsoDate(c.due)},
                          {"commitment", c.commitment ? nlohmann::json(*c.commitment) : nlohmann::json(nullptr)},
                          {"version", c.version}};
  };
  AuditChange(*transaction, now, context, "matrix_translation.commit", "matrix_cell",
              std::to_string(id) + "/" + std::to_string(topic) + "/" + country + "/" + language,
              existing ? json(*existing) : nlohmann::json(nullptr), json(commitment));
  transaction->Commit();
  return commitment;
}

Result<std::vector<TranslationCommitment>> MatrixService::TranslationCommitments(const RequestContext& context,
                                                                                 MatrixId id) {
  if (auto allowed = policy::ReadMatrices(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto matrix = FindMatrix(*transaction, context, id);
  if (!matrix) return std::unexpected(matrix.error());
  auto& repository = transaction->Get<MatrixRepository>();
  auto gaps = TranslationGaps(repository.LatestCells(id, std::nullopt));
  auto commitments = repository.TranslationCommitments(id);
  for (auto& commitment : commitments) {
    commitment.owed = Owes(gaps, commitment.topic, commitment.country, commitment.language);
  }
  return commitments;
}

Result<std::vector<TimelineEntry>> MatrixService::Timeline(const RequestContext& context, MatrixId id,
                                                           MatrixTopicId topic, const std::string& country,
                                                           const std::string& language) {
  if (auto allowed = policy::ReadMatrices(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto matrix = FindMatrix(*transaction, context, id);
  if (!matrix) return std::unexpected(matrix.error());
  if (auto cell = CheckCell(*matrix, topic, country); !cell) return std::unexpected(cell.error());
  auto& repository = transaction->Get<MatrixRepository>();
  auto wording = NoProvisionWording(language);
  auto label = [&](int number) {
    for (const auto& round : matrix->rounds) {
      if (round.number == number) return round.label;
    }
    return std::to_string(number);
  };
  auto closed_at = [&](int number) {
    for (const auto& round : matrix->rounds) {
      if (round.number == number && round.closed_at) return *round.closed_at;
    }
    return Timestamp{};
  };
  std::vector<TimelineEntry> entries;
  for (const auto& version : repository.CellVersions(id, topic, country)) {
    TimelineEntry entry;
    entry.kind = "published";
    entry.round = version.round;
    entry.round_label = label(version.round);
    entry.by = version.submitted_by;
    entry.at = closed_at(version.round);
    entry.verified_by = version.verified_by;
    entry.source = version.source;
    entry.text = CellText(version.content, language, wording);
    entries.push_back(std::move(entry));
  }
  // Drafts are the country's and the Secretariat's only, as when they are read one by one.
  if (policy::WorkOnColumn(context.actor, country)) {
    for (const auto& edit : repository.Edits(id, topic, country)) {
      TimelineEntry entry;
      entry.kind = "edit";
      entry.round = edit.round;
      entry.round_label = label(edit.round);
      entry.by = edit.by;
      entry.by_role = edit.by_role;
      entry.at = edit.at;
      entry.source = edit.by_role == Role::kSecretariat ? ProvisionSource::kSecretariat : ProvisionSource::kCountry;
      entry.text = CellText(edit.content, language, wording);
      entries.push_back(std::move(entry));
    }
  }
  // Oldest first; a round's edits come before the version it published.
  std::stable_sort(entries.begin(), entries.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
    if (a.round != b.round) return a.round < b.round;
    if (a.kind != b.kind) return a.kind == "edit";
    return a.at < b.at;
  });
  std::string before;
  for (auto& entry : entries) {
    entry.diff = WordDiff(before, entry.text);
    before = entry.text;
  }
  return entries;
}

Result<RoundReminder> MatrixService::RemindNonSubmitters(const RequestContext& context, MatrixId id, int number) {
  if (auto allowed = policy::ManageMatrices(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  std::optional<Matrix> matrix;
  std::optional<MatrixRound> round;
  RoundView view;
  ReferenceData reference;
  std::vector<User> users;
  {
    auto transaction = store_.Begin(TransactionMode::kRead);
    auto found = FindMatrix(*transaction, context, id);
    if (!found) return std::unexpected(found.error());
    matrix = *found;
    auto found_round = FindRound(*matrix, number);
    if (!found_round) return std::unexpected(found_round.error());
    round = *found_round;
    if (round->state != RoundState::kOpen) return std::unexpected(Error::Conflict(reasons::kMatrixRoundClosed));
    view = ViewOf(*transaction, *matrix, *round);
    reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
    users = transaction->Get<UserRepository>().List(context.process_id);
  }
  // The countries that still owe their column, and their active officers.
  std::set<std::string> owing;
  for (const auto& column : view.columns) {
    if (column.state == ColumnState::kNotStarted || column.state == ColumnState::kDraft ||
        column.state == ColumnState::kReturned) {
      owing.insert(column.country);
    }
  }
  std::vector<const User*> recipients;
  std::set<std::string> reminded;
  for (const auto& user : users) {
    if (!user.active || user.role != Role::kCountryOfficer || !user.country || !owing.contains(*user.country)) continue;
    recipients.push_back(&user);
    reminded.insert(*user.country);
  }
  if (recipients.empty()) return std::unexpected(Error::Conflict(reasons::kMatrixNothingToRemind));
  RoundReminder result;
  result.countries.assign(reminded.begin(), reminded.end());
  result.recipients = static_cast<int>(recipients.size());
  {
    auto transaction = store_.Begin(TransactionMode::kWrite);
    AuditChange(*transaction, now, context, "matrix_round.remind", "matrix", std::to_string(id), nullptr,
                nlohmann::json{{"round", number}, {"countries", result.countries}, {"recipients", result.recipients}});
    transaction->Commit();
  }
  auto stamp = std::to_string(now.time_since_epoch().count());
  auto days_open = static_cast<int>(
      (std::chrono::sys_days(clock_.Today()) - std::chrono::floor<std::chrono::days>(round->opened_at)).count());
  ReminderRun run;
  for (const auto* user : recipients) {
    const auto& country = *user->country;
    auto link =
        base_url_ + "/matrices/" + std::to_string(id) + "/rounds/" + std::to_string(number) + "/countries/" + country;
    auto state = std::string(ToString(std::find_if(view.columns.begin(), view.columns.end(), [&](const RoundColumn& c) {
                                        return c.country == country;
                                      })->state));
    auto params_in = [&](const Wording& words) {
      return TextParams{{"matrix", matrix->title.In(words.language())},
                        {"round", round->label},
                        {"country", LookupName(reference, country, words.language()).name},
                        {"due", WrittenDate(round->due, words)},
                        {"link", link},
                        {"name", user->name}};
    };
    auto notification = [&] {
      nlohmann::json payload{{"kind", "requested"}, {"subject", "matrix_round"}, {"record", id},
                             {"state", state},      {"days_waiting", days_open}, {"link", link}};
      for (const char* language : {"es", "en"}) {
        Wording words(texts_, language);
        auto params = params_in(words);
        payload["action"][language] = words(text_keys::kMatrixReminderAction, params);
        payload["party"][language] = words(text_keys::kMatrixReminderParty, params);
      }
      return InAppNotification{0, user->id, ReminderKind::kRequested, std::nullopt, payload, now, std::nullopt};
    };
    std::function<Result<void>()> send;
    if (mailer_) {
      send = [&] {
        auto words = Wording::ForReader(texts_, user->language);
        auto params = params_in(words);
        return mailer_->Send(OutgoingEmail{.to = user->email,
                                           .to_name = user->name,
                                           .subject = words(text_keys::kMatrixReminderSubject, params),
                                           .text = words(text_keys::kMatrixReminderBody, params),
                                           .language = words.language()});
      };
    }
    DeliverOnce(store_, clock_,
                "matrix-round:" + std::to_string(round->id) + ":" + stamp + ":" + std::to_string(user->id), 5,
                notification, send, run);
  }
  result.emailed = run.delivered;
  result.failed = run.failed;
  return result;
}

Result<Workbook> MatrixService::WorkbookFor(const RequestContext& context, MatrixId id, int number,
                                            const std::string& country, const std::string& language) {
  if (auto allowed = policy::WorkOnColumn(context.actor, country); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto matrix = FindMatrix(*transaction, context, id);
  if (!matrix) return std::unexpected(matrix.error());
  auto round = FindRound(*matrix, number);
  if (!round) return std::unexpected(round.error());
  if (std::find(matrix->countries.begin(), matrix->countries.end(), country) == matrix->countries.end()) {
    return std::unexpected(Error::NotFound(reasons::kUnknownCountry));
  }
  if (round->state != RoundState::kOpen) return std::unexpected(Error::Conflict(reasons::kMatrixRoundClosed));
  auto& repository = transaction->Get<MatrixRepository>();
  std::map<std::int64_t, DraftCell> drafts;
  for (auto& draft : repository.Drafts(round->id, country)) drafts[draft.topic] = std::move(draft);
  auto before = repository.LatestCells(id, round->number - 1);
  Workbook workbook;
  workbook.matrix = id;
  workbook.round = round->number;
  workbook.round_label = round->label;
  workbook.country = country;
  workbook.matrix_title = matrix->title.In(language);
  workbook.topics = matrix->topics;
  for (const auto& topic : matrix->topics) {
    WorkbookCell cell;
    cell.topic = topic.id;
    cell.number = topic.number;
    if (auto draft = drafts.find(topic.id); draft != drafts.end()) {
      cell.version = draft->second.version;
      cell.content = draft->second.content;
    } else if (auto published = PublishedCell(before, topic.id, country)) {
      cell.content = published->content;
    }
    cell.fingerprint = CellFingerprint(cell.content);
    workbook.cells.push_back(std::move(cell));
  }
  return workbook;
}

Result<WorkbookPreview> MatrixService::UploadWorkbook(const RequestContext& context, MatrixId id, int number,
                                                      Workbook upload, bool apply, const std::string& language) {
  // Whose column the file is decides first, as for a cell: another country's officer is refused
  // 403 wrong_country whatever else is in the file.
  if (auto allowed = policy::WorkOnColumn(context.actor, upload.country); !allowed) {
    return std::unexpected(allowed.error());
  }
  auto now = clock_.Now();
  auto transaction = store_.Begin(apply ? TransactionMode::kWrite : TransactionMode::kRead);
  auto matrix = FindMatrix(*transaction, context, id);
  if (!matrix) return std::unexpected(matrix.error());
  auto round = FindRound(*matrix, number);
  if (!round) return std::unexpected(round.error());
  if (upload.matrix != id) return std::unexpected(Error::Invalid(reasons::kMatrixWorkbookWrongMatrix));
  if (upload.round != number) return std::unexpected(Error::Invalid(reasons::kMatrixWorkbookWrongRound));
  const auto& country = upload.country;
  if (std::find(matrix->countries.begin(), matrix->countries.end(), country) == matrix->countries.end()) {
    return std::unexpected(Error::Invalid(reasons::kMatrixWorkbookNotOurs));
  }
  if (round->state != RoundState::kOpen) return std::unexpected(Error::Conflict(reasons::kMatrixRoundClosed));
  auto& repository = transaction->Get<MatrixRepository>();
  std::map<std::int64_t, DraftCell> drafts;
  for (auto& draft : repository.Drafts(round->id, country)) drafts[draft.topic] = std::move(draft);
  auto before = repository.LatestCells(id, round->number - 1);
  auto wording = NoProvisionWording(language);

  WorkbookPreview preview;
  preview.country = country;
  preview.round = number;
  std::vector<std::pair<WorkbookCell*, std::int64_t>> to_write;
  FieldErrors all_errors;
  for (auto& cell : upload.cells) {
    auto topic = std::find_if(matrix->topics.begin(), matrix->topics.end(),
                              [&](const MatrixTopic& t) { return t.id == cell.topic; });
    if (topic == matrix->topics.end()) return std::unexpected(Error::Invalid(reasons::kMatrixWorkbookNotOurs));
    WorkbookCellPreview item;
    item.topic = cell.topic;
    item.number = topic->number;
    item.downloaded_version = cell.version;
    CellContent current;
    if (auto draft = drafts.find(cell.topic); draft != drafts.end()) {
      item.current_version = draft->second.version;
      current = draft->second.content;
    } else if (auto published = PublishedCell(before, cell.topic, country)) {
      current = published->content;
    }
    item.before = CellText(current, language, wording);
    item.after = CellText(cell.content, language, wording);
    auto touched = CellFingerprint(cell.content) != cell.fingerprint;
    if (!touched) {
      item.state = WorkbookCellState::kUnchanged;
    } else if (item.current_version != cell.version) {
      item.state = WorkbookCellState::kConflict;  // changed on the server since the download
      item.diff = WordDiff(item.before, item.after);
      ++preview.conflicts;
    } else {
      // The language each provision was written in stays what it was (by position).
      for (std::size_t i = 0; i < cell.content.provisions.size() && i < current.provisions.size(); ++i) {
        if (cell.content.provisions[i].source_language.empty()) {
          cell.content.provisions[i].source_language = current.provisions[i].source_language;
        }
      }
      item.errors = cell.errors;
      if (item.errors.empty()) {
        auto checked = cell.content;
        if (auto valid = ValidateCell(checked); !valid) {
          if (valid.error().fields.empty()) {
            FieldError error;
            error.field = "cell";
            error.reason = valid.error().reason;
            error.params = valid.error().params;
            item.errors.push_back(std::move(error));
          } else {
            item.errors = valid.error().fields;
          }
        }
      }
      if (!item.errors.empty()) {
        item.state = WorkbookCellState::kInvalid;
        ++preview.invalid;
        for (const auto& error : item.errors) {
          all_errors.Add(error.Renamed("topic_" + std::to_string(item.number) + "." + error.field));
        }
      } else if (CellFingerprint(cell.content) == CellFingerprint(current)) {
        item.state = WorkbookCellState::kUnchanged;  // touched, but back to what the server has
      } else {
        item.state = WorkbookCellState::kChanged;
        item.diff = WordDiff(item.before, item.after);
        ++preview.changed;
        to_write.emplace_back(&cell, item.current_version);
      }
    }
    preview.cells.push_back(std::move(item));
  }
  if (!apply) return preview;
  if (preview.conflicts > 0) return std::unexpected(Error::Conflict(reasons::kMatrixWorkbookConflict));
  if (!all_errors.empty()) return std::unexpected(all_errors.ToError());
  for (auto& [cell, version] : to_write) {
    auto written = WriteDraft(*transaction, context, *matrix, *round, cell->topic, country, std::move(cell->content),
                              version, now);
    if (!written) return std::unexpected(written.error());
  }
  auto changed = nlohmann::json::array();
  for (const auto& item : preview.cells) {
    if (item.state == WorkbookCellState::kChanged) changed.push_back(item.number);
  }
  AuditChange(*transaction, now, context, "matrix_workbook.apply", "matrix", std::to_string(id), nullptr,
              nlohmann::json{{"round", number}, {"country", country}, {"topics_changed", changed}});
  transaction->Commit();
  preview.applied = true;
  return preview;
}

}  // namespace enlace
