// The files of a step are rows of the installation's `files` table (written through the meetings
// capability's FileRepository); `cooperation_step_files` says which step each belongs to, and
// their descriptions are read here with the steps, in one query.
#include <map>

#include "cooperation/storage/soci_cooperation_request_repository.hpp"
#include "kernel/storage/sql.hpp"

namespace enlace::storage {
namespace {

constexpr const char* kRequestFields =
    "SELECT r.id, r.process_id, r.country, r.partner, r.title_es, r.title_en, r.summary_es, r.summary_en, "
    "r.agreement_id, r.state, r.state_since, r.created_by, u.name AS created_by_name, r.version, r.created_at, "
    "r.updated_at";
constexpr const char* kRequestTables = " FROM cooperation_requests r JOIN users u ON u.id = r.created_by";
const std::string kRequestColumns = std::string(kRequestFields) + kRequestTables;

CooperationRequest RequestFrom(const Row& row) {
  CooperationRequest request;
  request.id = CooperationRequestId{row.IntOr("id")};
  request.process_id = ProcessId{row.IntOr("process_id")};
  auto& f = request.fields;
  f.country = row.TextOr("country");
  f.partner = row.TextOr("partner");
  f.title = LocalizedText{row.Text("title_es"), row.Text("title_en")};
  f.summary = LocalizedText{row.Text("summary_es"), row.Text("summary_en")};
  f.agreement = OptionalId<AgreementId>(row.Int("agreement_id"));
  auto state = ParseCooperationState(row.TextOr("state"));
  if (!state) throw StorageFailure("cooperation request " + std::to_string(request.id) + " has an unknown state");
  request.state = *state;
  request.state_since = TimestampFrom(row.TextOr("state_since"));
  request.created_by = PersonRef{UserId{row.IntOr("created_by")}, row.TextOr("created_by_name")};
  request.version = row.IntOr("version", 1);
  request.created_at = TimestampFrom(row.TextOr("created_at"));
  request.updated_at = TimestampFrom(row.TextOr("updated_at"));
  return request;
}

std::optional<long long> OptionalNumber(const std::optional<AgreementId>& id) {
  if (!id) return std::nullopt;
  return static_cast<long long>(*id);
}

// The columns an insert and an update both write.
Sql& BindRequest(Sql& sql, const CooperationRequest& request) {
  const auto& f = request.fields;
  return sql.Bind("partner", f.partner)
      .Bind("title_es", f.title.es)
      .Bind("title_en", f.title.en)
      .Bind("summary_es", f.summary.es)
      .Bind("summary_en", f.summary.en)
      .Bind("agreement", OptionalNumber(f.agreement))
      .Bind("state", std::string(ToString(request.state)))
      .Bind("state_since", FormatIsoTimestamp(request.state_since))
      .Bind("updated", FormatIsoTimestamp(request.updated_at));
}

}  // namespace

CooperationRequest SociCooperationRequestRepository::Create(const CooperationRequest& request) {
  Sql sql(session_,
          "INSERT INTO cooperation_requests (process_id, country, partner, title_es, title_en, summary_es, summary_en, "
          "agreement_id, state, state_since, created_by, version, created_at, updated_at) VALUES (:process, "
          ":country, :partner, :title_es, :title_en, :summary_es, :summary_en, :agreement, :state, :state_since, "
          ":created_by, 1, :created, :updated) RETURNING id");
  auto row = BindRequest(sql, request)
                 .Bind("process", static_cast<long long>(request.process_id))
                 .Bind("country", request.fields.country)
                 .Bind("created_by", static_cast<long long>(request.created_by.id))
                 .Bind("created", FormatIsoTimestamp(request.created_at))
                 .FetchOne();
  auto found = Sql(session_, kRequestColumns + " WHERE r.id = :id").Bind("id", row->IntOr("id")).FetchOne();
  return RequestFrom(*found);
}

std::optional<CooperationRequest> SociCooperationRequestRepository::Find(ProcessId process, CooperationRequestId id) {
  auto row = Sql(session_, kRequestColumns + " WHERE r.id = :id AND r.process_id = :process")
                 .Bind("id", static_cast<long long>(id))
                 .Bind("process", static_cast<long long>(process))
                 .FetchOne();
  if (!row) return std::nullopt;
  auto request = RequestFrom(*row);

  std::map<long long, std::size_t> by_id;  // step id → index in request.steps
  for (const auto& step_row :
       Sql(session_,
           "SELECT s.id, s.action, s.from_state, s.to_state, s.note, s.by_user, s.by_role, u.name AS by_name, s.at "
           "FROM cooperation_steps s JOIN users u ON u.id = s.by_user WHERE s.request_id = :id ORDER BY s.id")
           .Bind("id", static_cast<long long>(id))
           .Fetch()) {
    CooperationStep step;
    step.id = CooperationStepId{step_row.IntOr("id")};
    auto action = step_row.TextOr("action");
    step.action =
        action == "create" ? CooperationAction::kCreate : ParseStepAction(action).value_or(CooperationAction::kCreate);
    if (auto from = step_row.Text("from_state")) step.from = ParseCooperationState(*from);
    step.to = ParseCooperationState(step_row.TextOr("to_state")).value_or(CooperationState::kDraft);
    step.note = step_row.Text("note");
    step.by = PersonRef{UserId{step_row.IntOr("by_user")}, step_row.TextOr("by_name")};
    step.by_role = ParseRole(step_row.TextOr("by_role")).value_or(Role::kCountryOfficer);
    step.at = TimestampFrom(step_row.TextOr("at"));
    by_id[step.id] = request.steps.size();
    request.steps.push_back(std::move(step));
  }
  for (const auto& file_row :
       Sql(session_,
           "SELECT sf.step_id, f.id, f.file_name, f.content_type, f.size, f.sha256, f.uploaded_by, f.uploaded_at "
           "FROM cooperation_step_files sf JOIN cooperation_steps s ON s.id = sf.step_id JOIN files f ON f.id = "
           "sf.file_id WHERE s.request_id = :id ORDER BY f.id")
           .Bind("id", static_cast<long long>(id))
           .Fetch()) {
    auto step = by_id.find(file_row.IntOr("step_id"));
    if (step == by_id.end()) continue;
    StoredFile file;
    file.id = AttachmentId{file_row.IntOr("id")};
    file.file_name = file_row.TextOr("file_name");
    file.content_type = file_row.TextOr("content_type");
    file.size = file_row.IntOr("size");
    file.sha256 = file_row.TextOr("sha256");
    file.storage_key = "files/" + std::to_string(file.id);
    if (auto by = OptionalId<UserId>(file_row.Int("uploaded_by"))) file.uploaded_by = *by;
    file.uploaded_at = TimestampFrom(file_row.TextOr("uploaded_at"));
    request.steps[step->second].files.push_back(std::move(file));
  }
  return request;
}

std::vector<CooperationRequest> SociCooperationRequestRepository::List(ProcessId process,
                                                                       const CooperationRequestFilter& filter) {
  std::string text = kRequestColumns + " WHERE r.process_id = :process";
  if (filter.country) text += " AND r.country = :country";
  if (filter.partner) text += " AND r.partner = :partner";
  if (filter.state) text += " AND r.state = :state";
  text += " ORDER BY r.created_at DESC, r.id DESC";
  Sql sql(session_, text);
  sql.Bind("process", static_cast<long long>(process));
  if (filter.country) sql.Bind("country", *filter.country);
  if (filter.partner) sql.Bind("partner", *filter.partner);
  if (filter.state) sql.Bind("state", std::string(ToString(*filter.state)));
  std::vector<CooperationRequest> requests;
  for (const auto& row : sql.Fetch()) requests.push_back(RequestFrom(row));
  return requests;
}

std::vector<std::pair<CooperationRequest, CooperationStepId>> SociCooperationRequestRepository::WaitingOnSecretariat(
    ProcessId process) {
  std::vector<std::pair<CooperationRequest, CooperationStepId>> waiting;
  for (const auto& row :
       Sql(session_, std::string(kRequestFields) +
                         ", (SELECT MAX(s.id) FROM cooperation_steps s WHERE s.request_id = r.id) AS last_step" +
                         kRequestTables +
                         " WHERE r.process_id = :process AND r.state IN ('sent_to_secretariat', "
                         "'forwarded_to_partner', 'answered') ORDER BY r.state_since, r.id")
           .Bind("process", static_cast<long long>(process))
           .Fetch()) {
    waiting.emplace_back(RequestFrom(row), CooperationStepId{row.IntOr("last_step")});
  }
  return waiting;
}

bool SociCooperationRequestRepository::Update(const CooperationRequest& request, std::int64_t expected_version) {
  Sql sql(session_,
          "UPDATE cooperation_requests SET partner = :partner, title_es = :title_es, title_en = :title_en, "
          "summary_es = :summary_es, summary_en = :summary_en, agreement_id = :agreement, state = :state, "
          "state_since = :state_since, version = version + 1, updated_at = :updated WHERE id = :id AND process_id = "
          ":process AND version = :version");
  return BindRequest(sql, request)
             .Bind("id", static_cast<long long>(request.id))
             .Bind("process", static_cast<long long>(request.process_id))
             .Bind("version", static_cast<long long>(expected_version))
             .Execute() == 1;
}

CooperationStep SociCooperationRequestRepository::AddStep(CooperationRequestId request, const CooperationStep& step) {
  auto row =
      Sql(session_,
          "INSERT INTO cooperation_steps (request_id, action, from_state, to_state, note, by_user, by_role, at) "
          "VALUES (:request, :action, :from_state, :to_state, :note, :by_user, :by_role, :at) RETURNING id")
          .Bind("request", static_cast<long long>(request))
          .Bind("action", std::string(ToString(step.action)))
          .Bind("from_state", step.from ? std::optional<std::string>(std::string(ToString(*step.from))) : std::nullopt)
          .Bind("to_state", std::string(ToString(step.to)))
          .Bind("note", step.note)
          .Bind("by_user", static_cast<long long>(step.by.id))
          .Bind("by_role", std::string(ToString(step.by_role)))
          .Bind("at", FormatIsoTimestamp(step.at))
          .FetchOne();
  auto added = step;
  added.id = CooperationStepId{row->IntOr("id")};
  return added;
}

void SociCooperationRequestRepository::AttachFile(CooperationStepId step, AttachmentId file) {
  Sql(session_, "INSERT INTO cooperation_step_files (step_id, file_id) VALUES (:step, :file)")
      .Bind("step", static_cast<long long>(step))
      .Bind("file", static_cast<long long>(file))
      .Execute();
}

std::optional<CooperationStepId> SociCooperationRequestRepository::StepOfFile(CooperationRequestId request,
                                                                              AttachmentId file) {
  auto row = Sql(session_,
                 "SELECT sf.step_id FROM cooperation_step_files sf JOIN cooperation_steps s ON s.id = sf.step_id "
                 "WHERE s.request_id = :request AND sf.file_id = :file")
                 .Bind("request", static_cast<long long>(request))
                 .Bind("file", static_cast<long long>(file))
                 .FetchOne();
  if (!row) return std::nullopt;
  return CooperationStepId{row->IntOr("step_id")};
}

void RegisterCooperationRepositories(RepositoryRegistry& registry) {
  registry.Add<CooperationRequestRepository, SociCooperationRequestRepository>();
}

}  // namespace enlace::storage
