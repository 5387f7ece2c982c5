#include "meetings/domain/meeting_repository.hpp"

#include "kernel/storage/sql.hpp"
#include "meetings/storage/soci_meeting_repositories.hpp"

namespace enlace::storage {
namespace {

constexpr const char* kMeetingColumns =
    "SELECT id, process_id, body, type, title_es, title_en, city, country, date, date_end, participants, agenda_json, "
    "video_link, cancelled, report_status, submitted_to, considered_at, version, created_at, updated_at FROM meetings";

std::string AgendaToJson(const std::vector<LocalizedText>& agenda) {
  auto items = nlohmann::json::array();
  for (const auto& item : agenda) {
    items.push_back({{"es", item.es ? nlohmann::json(*item.es) : nlohmann::json(nullptr)},
                     {"en", item.en ? nlohmann::json(*item.en) : nlohmann::json(nullptr)}});
  }
  return items.dump();
}

std::vector<LocalizedText> AgendaFromJson(const std::string& text) {
  std::vector<LocalizedText> agenda;
  auto parsed = nlohmann::json::parse(text, nullptr, false);
  if (!parsed.is_array()) return agenda;
  for (const auto& item : parsed) {
    LocalizedText entry;
    if (item.contains("es") && item["es"].is_string()) entry.es = item["es"].get<std::string>();
    if (item.contains("en") && item["en"].is_string()) entry.en = item["en"].get<std::string>();
    agenda.push_back(entry);
  }
  return agenda;
}

Meeting MeetingFrom(const Row& row) {
  Meeting meeting;
  meeting.id = MeetingId{row.IntOr("id")};
  meeting.process_id = ProcessId{row.IntOr("process_id")};
  meeting.body = row.TextOr("body");
  meeting.type = ParseMeetingType(row.TextOr("type")).value_or(MeetingType::kRegular);
  meeting.title = LocalizedText{row.Text("title_es"), row.Text("title_en")};
  meeting.place = Place{row.TextOr("city"), row.TextOr("country")};
  meeting.date = *OptionalDateFrom(row.Text("date"));
  meeting.date_end = OptionalDateFrom(row.Text("date_end"));
  meeting.participants = SplitList(row.TextOr("participants"));
  meeting.agenda = AgendaFromJson(row.TextOr("agenda_json", "[]"));
  meeting.video_link = row.Text("video_link");
  meeting.cancelled = row.IntOr("cancelled") != 0;
  meeting.report_status = ParseReportStatus(row.TextOr("report_status")).value_or(ReportStatus::kDraft);
  meeting.submitted_to = row.Text("submitted_to");
  if (auto considered = OptionalId<MeetingId>(row.Int("considered_at"))) meeting.considered_at = *considered;
  meeting.version = row.IntOr("version", 1);
  meeting.created_at = TimestampFrom(row.TextOr("created_at"));
  meeting.updated_at = TimestampFrom(row.TextOr("updated_at"));
  return meeting;
}

Sql& BindMeeting(Sql& sql, const Meeting& meeting) {
  return sql.Bind("body", meeting.body)
      .Bind("type", std::string(ToString(meeting.type)))
      .Bind("title_es", meeting.title.es)
      .Bind("title_en", meeting.title.en)
      .Bind("city", meeting.place.city)
      .Bind("country", meeting.place.country)
      .Bind("date", FormatIsoDate(meeting.date))
      .Bind("date_end", OptionalText(meeting.date_end))
      .Bind("participants", JoinList(meeting.participants))
      .Bind("agenda", AgendaToJson(meeting.agenda))
      .Bind("video_link", meeting.video_link)
      .Bind("cancelled", meeting.cancelled ? 1 : 0)
      .Bind("report_status", std::string(ToString(meeting.report_status)))
      .Bind("submitted_to", meeting.submitted_to)
      .Bind("considered_at", meeting.considered_at ? std::optional<long long>(*meeting.considered_at) : std::nullopt)
      .Bind("updated", FormatIsoTimestamp(meeting.updated_at));
}

constexpr const char* kAgreementColumns =
    "SELECT a.id, a.meeting_id, a.number, a.position, a.heading, a.verb, a.text_es, a.text_en, a.parties, a.version "
    "FROM agreements a";

Agreement AgreementFrom(const Row& row) {
  Agreement agreement;
  agreement.id = AgreementId{row.IntOr("id")};
  agreement.meeting_id = MeetingId{row.IntOr("meeting_id")};
  agreement.number = row.TextOr("number");
  agreement.position = static_cast<int>(row.IntOr("position"));
  agreement.heading = row.IntOr("heading") != 0;
  agreement.verb = row.Text("verb");
  agreement.text = LocalizedText{row.Text("text_es"), row.Text("text_en")};
  agreement.parties = SplitList(row.TextOr("parties"));
  agreement.version = row.IntOr("version", 1);
  return agreement;
}

}  // namespace

Meeting SociMeetingRepository::Create(const Meeting& meeting) {
  Sql sql(
      session_,
      "INSERT INTO meetings (process_id, body, type, title_es, title_en, city, country, date, date_end, participants, "
      "agenda_json, video_link, cancelled, report_status, submitted_to, considered_at, version, created_at, "
      "updated_at) VALUES (:process, :body, :type, :title_es, :title_en, :city, :country, :date, :date_end, "
      ":participants, :agenda, :video_link, :cancelled, :report_status, :submitted_to, :considered_at, 1, :created, "
      ":updated) RETURNING id");
  sql.Bind("process", static_cast<long long>(meeting.process_id))
      .Bind("created", FormatIsoTimestamp(meeting.created_at));
  BindMeeting(sql, meeting);
  auto row = sql.FetchOne();
  return *Find(meeting.process_id, MeetingId{row->IntOr("id")});
}

std::optional<Meeting> SociMeetingRepository::Find(ProcessId process, MeetingId id) {
  auto row = Sql(session_, std::string(kMeetingColumns) + " WHERE id = :id AND process_id = :process")
                 .Bind("id", static_cast<long long>(id))
                 .Bind("process", static_cast<long long>(process))
                 .FetchOne();
  if (!row) return std::nullopt;
  return MeetingFrom(*row);
}

std::vector<Meeting> SociMeetingRepository::List(ProcessId process, const MeetingFilter& filter) {
  std::string text = std::string(kMeetingColumns) + " WHERE process_id = :process";
  if (filter.from) text += " AND COALESCE(date_end, date) >= :from";
  if (filter.to) text += " AND date <= :to";
  if (filter.body) text += " AND body = :body";
  if (!filter.include_cancelled) text += " AND cancelled = 0";
  text += " ORDER BY date DESC, id DESC";
  Sql sql(session_, text);
  sql.Bind("process", static_cast<long long>(process));
  if (filter.from) sql.Bind("from", FormatIsoDate(*filter.from));
  if (filter.to) sql.Bind("to", FormatIsoDate(*filter.to));
  if (filter.body) sql.Bind("body", *filter.body);
  std::vector<Meeting> meetings;
  for (const auto& row : sql.Fetch()) meetings.push_back(MeetingFrom(row));
  return meetings;
}

bool SociMeetingRepository::Update(const Meeting& meeting, std::int64_t expected_version) {
  Sql sql(
      session_,
      "UPDATE meetings SET body = :body, type = :type, title_es = :title_es, title_en = :title_en, city = :city, "
      "country = :country, date = :date, date_end = :date_end, participants = :participants, agenda_json = :agenda, "
      "video_link = :video_link, cancelled = :cancelled, report_status = :report_status, submitted_to = "
      ":submitted_to, considered_at = :considered_at, version = version + 1, updated_at = :updated WHERE id = :id "
      "AND process_id = :process AND version = :version");
  BindMeeting(sql, meeting);
  sql.Bind("id", static_cast<long long>(meeting.id))
      .Bind("process", static_cast<long long>(meeting.process_id))
      .Bind("version", static_cast<long long>(expected_version));
  return sql.Execute() == 1;
}

std::optional<MeetingId> SociMeetingRepository::FindByFingerprint(ProcessId process, const std::string& fingerprint) {
  auto row = Sql(session_,
                 "SELECT id FROM meetings WHERE process_id = :process AND import_fingerprint = :fingerprint "
                 "ORDER BY id LIMIT 1")
                 .Bind("process", static_cast<long long>(process))
                 .Bind("fingerprint", fingerprint)
                 .FetchOne();
  if (!row) return std::nullopt;
  return MeetingId{row->IntOr("id")};
}

void SociMeetingRepository::SetFingerprint(MeetingId meeting, const std::string& fingerprint) {
  Sql(session_, "UPDATE meetings SET import_fingerprint = :fingerprint WHERE id = :id")
      .Bind("fingerprint", fingerprint)
      .Bind("id", static_cast<long long>(meeting))
      .Execute();
}

namespace {

// The columns an agreement's insert and update both write.
Sql& BindAgreement(Sql& sql, const Agreement& agreement) {
  return sql.Bind("number", agreement.number)
      .Bind("position", agreement.position)
      .Bind("heading", agreement.heading ? 1 : 0)
      .Bind("verb", agreement.verb)
      .Bind("text_es", agreement.text.es)
      .Bind("text_en", agreement.text.en)
      .Bind("parties", JoinList(agreement.parties));
}

}  // namespace

Agreement SociMeetingRepository::CreateAgreement(const Agreement& agreement) {
  Sql sql(session_,
          "INSERT INTO agreements (meeting_id, number, position, heading, verb, text_es, text_en, parties, version) "
          "VALUES (:meeting, :number, :position, :heading, :verb, :text_es, :text_en, :parties, 1) RETURNING id");
  auto row = BindAgreement(sql, agreement).Bind("meeting", static_cast<long long>(agreement.meeting_id)).FetchOne();
  auto created = agreement;
  created.id = AgreementId{row->IntOr("id")};
  created.version = 1;
  return created;
}

std::optional<Agreement> SociMeetingRepository::FindAgreement(ProcessId process, AgreementId id) {
  auto row = Sql(session_, std::string(kAgreementColumns) +
                               " JOIN meetings m ON m.id = a.meeting_id WHERE a.id = :id AND m.process_id = :process")
                 .Bind("id", static_cast<long long>(id))
                 .Bind("process", static_cast<long long>(process))
                 .FetchOne();
  if (!row) return std::nullopt;
  return AgreementFrom(*row);
}

std::vector<Agreement> SociMeetingRepository::Agreements(MeetingId meeting) {
  std::vector<Agreement> agreements;
  for (const auto& row :
       Sql(session_, std::string(kAgreementColumns) + " WHERE a.meeting_id = :meeting ORDER BY a.position, a.id")
           .Bind("meeting", static_cast<long long>(meeting))
           .Fetch()) {
    agreements.push_back(AgreementFrom(row));
  }
  return agreements;
}

bool SociMeetingRepository::UpdateAgreement(const Agreement& agreement, std::int64_t expected_version) {
  Sql sql(session_,
          "UPDATE agreements SET number = :number, position = :position, heading = :heading, verb = :verb, "
          "text_es = :text_es, text_en = :text_en, parties = :parties, version = version + 1 WHERE id = :id AND "
          "version = :version");
  return BindAgreement(sql, agreement)
             .Bind("id", static_cast<long long>(agreement.id))
             .Bind("version", static_cast<long long>(expected_version))
             .Execute() == 1;
}

void SociMeetingRepository::DeleteAgreement(AgreementId id) {
  Sql(session_, "DELETE FROM agreements WHERE id = :id").Bind("id", static_cast<long long>(id)).Execute();
}

void RegisterMeetingRepositories(RepositoryRegistry& registry) {
  registry.Add<MeetingRepository, SociMeetingRepository>();
  registry.Add<CommitmentRepository, SociCommitmentRepository>();
  registry.Add<FileRepository, SociFileRepository>();
  registry.Add<MeetingPackageRepository, SociMeetingPackageRepository>();
}

}  // namespace enlace::storage
