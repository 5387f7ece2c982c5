#include "kernel/storage/sql.hpp"
#include "meetings/domain/meeting_repository.hpp"
#include "meetings/storage/soci_meeting_repositories.hpp"

namespace enlace::storage {
namespace {

constexpr const char* kCommitmentColumns =
    "SELECT c.id, c.meeting_id, c.agreement_id, a.number AS agreement_number, c.party, c.action_es, c.action_en, "
    "c.deadline_text, c.deadline_kind, c.deadline_due, c.event_body, c.event_which, c.status, c.progress, c.version, "
    "c.created_at, c.updated_at FROM commitments c JOIN agreements a ON a.id = c.agreement_id";

Commitment CommitmentFrom(const Row& row) {
  Commitment commitment;
  commitment.id = CommitmentId{row.IntOr("id")};
  commitment.meeting_id = MeetingId{row.IntOr("meeting_id")};
  commitment.agreement_id = AgreementId{row.IntOr("agreement_id")};
  commitment.agreement_number = row.TextOr("agreement_number");
  commitment.party = row.TextOr("party");
  commitment.action = LocalizedText{row.Text("action_es"), row.Text("action_en")};
  commitment.deadline.text = row.TextOr("deadline_text");
  commitment.deadline.kind = ParseDeadlineKind(row.TextOr("deadline_kind")).value_or(DeadlineKind::kVague);
  commitment.deadline.due = OptionalDateFrom(row.Text("deadline_due"));
  if (auto body = row.Text("event_body")) {
    commitment.deadline.event =
        DeadlineEvent{*body, ParseEventWhich(row.TextOr("event_which")).value_or(EventWhich::kNext)};
  }
  commitment.status = ParseCommitmentStatus(row.TextOr("status")).value_or(CommitmentStatus::kOpen);
  commitment.progress = static_cast<int>(row.IntOr("progress"));
  commitment.version = row.IntOr("version", 1);
  commitment.created_at = TimestampFrom(row.TextOr("created_at"));
  commitment.updated_at = TimestampFrom(row.TextOr("updated_at"));
  return commitment;
}

Sql& BindCommitment(Sql& sql, const Commitment& commitment) {
  const auto& deadline = commitment.deadline;
  return sql.Bind("party", commitment.party)
      .Bind("action_es", commitment.action.es)
      .Bind("action_en", commitment.action.en)
      .Bind("deadline_text", deadline.text)
      .Bind("deadline_kind", std::string(ToString(deadline.kind)))
      .Bind("deadline_due", OptionalText(deadline.due))
      .Bind("event_body", deadline.event ? std::optional<std::string>(deadline.event->body) : std::nullopt)
      .Bind("event_which",
            deadline.event ? std::optional<std::string>(std::string(ToString(deadline.event->which))) : std::nullopt)
      .Bind("status", std::string(ToString(commitment.status)))
      .Bind("progress", commitment.progress)
      .Bind("updated", FormatIsoTimestamp(commitment.updated_at));
}

constexpr const char* kUpdateColumns =
    "SELECT u.id, u.commitment_id, u.country, u.text, u.links_json, u.progress, u.status, u.author_id, "
    "a.name AS author_name, u.at, u.visibility, u.writer_delegation, u.version, u.edited_at "
    "FROM commitment_updates u JOIN users a ON a.id = u.author_id";

CommitmentUpdate UpdateFrom(const Row& row) {
  CommitmentUpdate update;
  update.id = CommitmentUpdateId{row.IntOr("id")};
  update.commitment_id = CommitmentId{row.IntOr("commitment_id")};
  update.country = row.Text("country");
  update.text = row.TextOr("text");
  auto links = nlohmann::json::parse(row.TextOr("links_json", "[]"), nullptr, false);
  if (links.is_array()) {
    for (const auto& link : links) {
      if (link.is_string()) update.links.push_back(link.get<std::string>());
    }
  }
  if (auto progress = row.Int("progress")) update.progress = static_cast<int>(*progress);
  if (auto status = row.Text("status")) update.status = ParseCommitmentStatus(*status);
  update.author_id = UserId{row.IntOr("author_id")};
  update.author_name = row.TextOr("author_name");
  update.at = TimestampFrom(row.TextOr("at"));
  update.visibility = ParseAnswerVisibility(row.TextOr("visibility", "network")).value_or(AnswerVisibility::kNetwork);
  update.writer_delegation = row.Text("writer_delegation");
  update.version = row.IntOr("version", 1);
  if (auto edited = row.Text("edited_at")) update.edited_at = TimestampFrom(*edited);
  return update;
}

}  // namespace

Commitment SociCommitmentRepository::Create(ProcessId process, const Commitment& commitment) {
  Sql sql(session_,
          "INSERT INTO commitments (process_id, meeting_id, agreement_id, party, action_es, action_en, deadline_text, "
          "deadline_kind, deadline_due, event_body, event_which, status, progress, version, created_at, updated_at) "
          "VALUES (:process, :meeting, :agreement, :party, :action_es, :action_en, :deadline_text, :deadline_kind, "
          ":deadline_due, :event_body, :event_which, :status, :progress, 1, :created, :updated) RETURNING id");
  sql.Bind("process", static_cast<long long>(process))
      .Bind("meeting", static_cast<long long>(commitment.meeting_id))
      .Bind("agreement", static_cast<long long>(commitment.agreement_id))
      .Bind("created", FormatIsoTimestamp(commitment.created_at));
  BindCommitment(sql, commitment);
  auto row = sql.FetchOne();
  return *Find(process, CommitmentId{row->IntOr("id")});
}

std::optional<Commitment> SociCommitmentRepository::Find(ProcessId process, CommitmentId id) {
  auto row = Sql(session_, std::string(kCommitmentColumns) + " WHERE c.id = :id AND c.process_id = :process")
                 .Bind("id", static_cast<long long>(id))
                 .Bind("process", static_cast<long long>(process))
                 .FetchOne();
  if (!row) return std::nullopt;
  return CommitmentFrom(*row);
}

std::optional<Commitment> SociCommitmentRepository::FindForUpdate(ProcessId process, CommitmentId id) {
  auto row = Sql(session_, std::string(kCommitmentColumns) + " WHERE c.id = :id AND c.process_id = :process" +
                               (dialect_ == Dialect::kPostgresql ? " FOR UPDATE OF c" : ""))
                 .Bind("id", static_cast<long long>(id))
                 .Bind("process", static_cast<long long>(process))
                 .FetchOne();
  if (!row) return std::nullopt;
  return CommitmentFrom(*row);
}

std::vector<Commitment> SociCommitmentRepository::List(ProcessId process, const CommitmentFilter& filter) {
  std::string text = std::string(kCommitmentColumns) + " WHERE c.process_id = :process";
  if (filter.party) {
    text += filter.party_includes_member_countries ? " AND (c.party = :party OR c.party = 'MEMBER_COUNTRIES')"
                                                   : " AND c.party = :party";
  }
  if (filter.status) text += " AND c.status = :status";
  if (filter.due_before) text += " AND c.deadline_due IS NOT NULL AND c.deadline_due <= :due_before";
  if (filter.meeting) text += " AND c.meeting_id = :meeting";
  if (filter.agreement) text += " AND c.agreement_id = :agreement";
  if (filter.only_event_deadlines) text += " AND c.deadline_kind = 'event'";
  text += " ORDER BY CASE WHEN c.deadline_due IS NULL THEN 1 ELSE 0 END, c.deadline_due, a.position, c.id";
  Sql sql(session_, text);
  sql.Bind("process", static_cast<long long>(process));
  if (filter.party) sql.Bind("party", *filter.party);
  if (filter.status) sql.Bind("status", std::string(ToString(*filter.status)));
  if (filter.due_before) sql.Bind("due_before", FormatIsoDate(*filter.due_before));
  if (filter.meeting) sql.Bind("meeting", static_cast<long long>(*filter.meeting));
  if (filter.agreement) sql.Bind("agreement", static_cast<long long>(*filter.agreement));
  std::vector<Commitment> commitments;
  for (const auto& row : sql.Fetch()) commitments.push_back(CommitmentFrom(row));
  return commitments;
}

bool SociCommitmentRepository::Update(const Commitment& commitment, std::int64_t expected_version) {
  Sql sql(session_,
          "UPDATE commitments SET party = :party, action_es = :action_es, action_en = :action_en, deadline_text = "
          ":deadline_text, deadline_kind = :deadline_kind, deadline_due = :deadline_due, event_body = :event_body, "
          "event_which = :event_which, status = :status, progress = :progress, version = version + 1, updated_at = "
          ":updated WHERE id = :id AND version = :version");
  BindCommitment(sql, commitment);
  sql.Bind("id", static_cast<long long>(commitment.id)).Bind("version", static_cast<long long>(expected_version));
  return sql.Execute() == 1;
}

void SociCommitmentRepository::Delete(CommitmentId id) {
  Sql(session_, "DELETE FROM commitments WHERE id = :id").Bind("id", static_cast<long long>(id)).Execute();
}

CommitmentUpdate SociCommitmentRepository::AddUpdate(const CommitmentUpdate& update) {
  auto links = nlohmann::json::array();
  for (const auto& link : update.links) links.push_back(link);
  auto row =
      Sql(session_,
          "INSERT INTO commitment_updates (commitment_id, country, text, links_json, progress, status, author_id, "
          "at, visibility, writer_delegation) VALUES (:commitment, :country, :text, :links, :progress, :status, "
          ":author, :at, :visibility, :delegation) RETURNING id")
          .Bind("commitment", static_cast<long long>(update.commitment_id))
          .Bind("country", update.country)
          .Bind("text", update.text)
          .Bind("links", links.dump())
          .Bind("progress", update.progress ? std::optional<long long>(*update.progress) : std::nullopt)
          .Bind("status",
                update.status ? std::optional<std::string>(std::string(ToString(*update.status))) : std::nullopt)
          .Bind("author", static_cast<long long>(update.author_id))
          .Bind("at", FormatIsoTimestamp(update.at))
          .Bind("visibility", std::string(ToString(update.visibility)))
          .Bind("delegation", update.writer_delegation)
          .FetchOne();
  auto id = row->IntOr("id");
  auto stored = Sql(session_, std::string(kUpdateColumns) + " WHERE u.id = :id").Bind("id", id).FetchOne();
  return UpdateFrom(*stored);
}

std::optional<CommitmentUpdate> SociCommitmentRepository::FindUpdate(CommitmentId commitment, CommitmentUpdateId id) {
  auto row = Sql(session_, std::string(kUpdateColumns) + " WHERE u.id = :id AND u.commitment_id = :commitment")
                 .Bind("id", static_cast<long long>(id))
                 .Bind("commitment", static_cast<long long>(commitment))
                 .FetchOne();
  if (!row) return std::nullopt;
  return UpdateFrom(*row);
}

bool SociCommitmentRepository::ChangeUpdate(const CommitmentUpdate& update, std::int64_t expected_version) {
  auto links = nlohmann::json::array();
  for (const auto& link : update.links) links.push_back(link);
  return Sql(session_,
             "UPDATE commitment_updates SET text = :text, links_json = :links, progress = :progress, status = "
             ":status, visibility = :visibility, edited_at = :edited, version = version + 1 WHERE id = :id AND "
             "version = :version")
             .Bind("text", update.text)
             .Bind("links", links.dump())
             .Bind("progress", update.progress ? std::optional<long long>(*update.progress) : std::nullopt)
             .Bind("status",
                   update.status ? std::optional<std::string>(std::string(ToString(*update.status))) : std::nullopt)
             .Bind("visibility", std::string(ToString(update.visibility)))
             .Bind("edited",
                   update.edited_at ? std::optional<std::string>(FormatIsoTimestamp(*update.edited_at)) : std::nullopt)
             .Bind("id", static_cast<long long>(update.id))
             .Bind("version", static_cast<long long>(expected_version))
             .Execute() == 1;
}

void SociCommitmentRepository::DeleteUpdate(CommitmentUpdateId id) {
  Sql(session_, "DELETE FROM files WHERE update_id = :id").Bind("id", static_cast<long long>(id)).Execute();
  Sql(session_, "DELETE FROM commitment_updates WHERE id = :id").Bind("id", static_cast<long long>(id)).Execute();
}

std::vector<CommitmentUpdate> SociCommitmentRepository::Updates(CommitmentId commitment) {
  std::vector<CommitmentUpdate> updates;
  for (const auto& row :
       Sql(session_, std::string(kUpdateColumns) + " WHERE u.commitment_id = :commitment ORDER BY u.id DESC")
           .Bind("commitment", static_cast<long long>(commitment))
           .Fetch()) {
    updates.push_back(UpdateFrom(row));
  }
  return updates;
}

std::vector<CommitmentUpdate> SociCommitmentRepository::UpdatesOf(const std::vector<CommitmentId>& commitments) {
  std::vector<CommitmentUpdate> updates;
  if (commitments.empty()) return updates;
  // Ids are integers from our own records: safe to inline, and one query instead of many.
  std::string list;
  for (auto id : commitments) list += (list.empty() ? "" : ",") + std::to_string(id);
  for (const auto& row :
       Sql(session_, std::string(kUpdateColumns) + " WHERE u.commitment_id IN (" + list + ") ORDER BY u.id DESC")
           .Fetch()) {
    updates.push_back(UpdateFrom(row));
  }
  return updates;
}

}  // namespace enlace::storage
