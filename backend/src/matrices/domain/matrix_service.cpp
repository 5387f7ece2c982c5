#include "matrices/domain/matrix_service.hpp"

#include <algorithm>
#include <map>

#include "kernel/domain/audit_log.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/domain/text.hpp"
#include "matrices/domain/matrix_json.hpp"
#include "matrices/domain/matrix_policy.hpp"
#include "matrices/domain/matrix_repository.hpp"
#include "matrices/domain/reasons.hpp"
#include "matrices/domain/text_keys.hpp"
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
  auto before = SnapshotAsOf(repository.PublishedCells(matrix.id), round.number - 1);
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

MatrixService::MatrixService(Store& store, const Clock& clock, const Texts& texts)
    : store_(store), clock_(clock), texts_(texts) {}

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
  matrix->cells = SnapshotAsOf(transaction->Get<MatrixRepository>().PublishedCells(id), as_of_round);
  return matrix;
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
  stored->cells = SnapshotAsOf(transaction->Get<MatrixRepository>().PublishedCells(id), std::nullopt);
  transaction->Commit();
  return stored;
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
  auto before = SnapshotAsOf(repository.PublishedCells(id), round->number - 1);
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
  auto& repository = transaction->Get<MatrixRepository>();
  RoundColumn column;
  column.country = country;
  for (const auto& stored : repository.Columns(round->id)) {
    if (stored.country == country) column = stored;
  }
  auto next_state = NextColumnState(column.state, ColumnAction::kEdit);
  if (!next_state) return std::unexpected(next_state.error());

  auto existing = repository.FindDraft(round->id, topic, country);
  if (existing) {
    if (auto fresh = CheckVersion(expected_version, existing->version); !fresh) return std::unexpected(fresh.error());
  } else if (expected_version && *expected_version != 0) {
    return std::unexpected(Error::StaleVersion());
  }
  if (auto valid = ValidateCell(content); !valid) return std::unexpected(valid.error());
  auto published = repository.PublishedCell(id, topic, country, round->number - 1);
  const CellContent* previous = existing ? &existing->content : published ? &published->content : nullptr;
  MarkStaleTranslations(previous, content);

  DraftCell draft;
  draft.topic = topic;
  draft.country = country;
  draft.content = std::move(content);
  draft.source = context.actor->IsSecretariat() ? ProvisionSource::kSecretariat : ProvisionSource::kCountry;
  draft.updated_by = PersonOf(context);
  draft.updated_at = now;
  auto version = repository.SaveDraft(round->id, draft, existing ? existing->version : 0);
  if (!version) return std::unexpected(Error::StaleVersion());
  draft.version = *version;
  column.state = *next_state;
  repository.SaveColumn(round->id, column);
  repository.AddEdit(
      id, round->id,
      CellEdit{topic, country, round->number, draft.content, PersonOf(context), context.actor->role, now});

  DraftView view{draft, round->number, matrix->outdated_after_days, published};
  auto today = clock_.Today();
  AuditChange(*transaction, now, context, "matrix_cell.update", "matrix_cell",
              CellRecordId(id, round->number, topic, country),
              existing ? ToJson(*existing, round->number, today, matrix->outdated_after_days) : nlohmann::json(nullptr),
              ToJson(draft, round->number, today, matrix->outdated_after_days));
  transaction->Commit();
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
  auto versions = transaction->Get<MatrixRepository>().PublishedCells(id);
  auto before = SnapshotAsOf(versions, query.since_round);
  auto after = SnapshotAsOf(versions, std::nullopt);
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
  auto cells = SnapshotAsOf(transaction->Get<MatrixRepository>().PublishedCells(id), std::nullopt);
  if (country) std::erase_if(cells, [&](const MatrixCell& cell) { return cell.country != *country; });
  std::map<std::int64_t, int> topic_order;
  for (const auto& topic : matrix->topics) topic_order[topic.id] = topic.number;
  std::sort(cells.begin(), cells.end(), [&](const MatrixCell& a, const MatrixCell& b) {
    return std::pair(topic_order[a.topic], a.country) < std::pair(topic_order[b.topic], b.country);
  });
  return TranslationGaps(cells);
}

}  // namespace enlace
