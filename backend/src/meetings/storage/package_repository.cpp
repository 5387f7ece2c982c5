#include "kernel/storage/sql.hpp"
#include "meetings/storage/soci_meeting_repositories.hpp"

namespace enlace::storage {
namespace {

constexpr const char* kMeetingPackageColumns =
    "SELECT id, meeting_id, delegation, downloaded_by, language, manifest, downloaded_at FROM meeting_packages";

MeetingPackageRecord MeetingPackageFrom(const Row& row) {
  MeetingPackageRecord record;
  record.id = row.IntOr("id");
  record.meeting_id = MeetingId{row.IntOr("meeting_id")};
  record.delegation = row.TextOr("delegation");
  if (auto by = OptionalId<UserId>(row.Int("downloaded_by"))) record.downloaded_by = *by;
  record.language = row.TextOr("language");
  record.manifest = row.TextOr("manifest");
  record.downloaded_at = TimestampFrom(row.TextOr("downloaded_at"));
  return record;
}

}  // namespace

MeetingPackageRecord SociMeetingPackageRepository::Add(ProcessId process, const MeetingPackageRecord& record) {
  auto row = Sql(session_,
                 "INSERT INTO meeting_packages (process_id, meeting_id, delegation, downloaded_by, language, manifest, "
                 "downloaded_at) VALUES (:process, :meeting, :delegation, :by, :language, :manifest, :at) RETURNING id")
                 .Bind("process", static_cast<long long>(process))
                 .Bind("meeting", static_cast<long long>(record.meeting_id))
                 .Bind("delegation", record.delegation)
                 .Bind("by", record.downloaded_by ? std::optional<long long>(*record.downloaded_by) : std::nullopt)
                 .Bind("language", record.language)
                 .Bind("manifest", record.manifest)
                 .Bind("at", FormatIsoTimestamp(record.downloaded_at))
                 .FetchOne();
  auto stored = record;
  stored.id = row->IntOr("id");
  return stored;
}

std::optional<MeetingPackageRecord> SociMeetingPackageRepository::Find(ProcessId process, MeetingId meeting,
                                                                       std::int64_t id) {
  auto row = Sql(session_, std::string(kMeetingPackageColumns) +
                               " WHERE id = :id AND process_id = :process AND meeting_id = :meeting")
                 .Bind("id", static_cast<long long>(id))
                 .Bind("process", static_cast<long long>(process))
                 .Bind("meeting", static_cast<long long>(meeting))
                 .FetchOne();
  if (!row) return std::nullopt;
  return MeetingPackageFrom(*row);
}

std::optional<MeetingPackageRecord> SociMeetingPackageRepository::LastOf(ProcessId process, MeetingId meeting,
                                                                         const std::string& delegation) {
  auto row = Sql(session_, std::string(kMeetingPackageColumns) +
                               " WHERE process_id = :process AND meeting_id = :meeting AND delegation = :delegation "
                               "ORDER BY id DESC LIMIT 1")
                 .Bind("process", static_cast<long long>(process))
                 .Bind("meeting", static_cast<long long>(meeting))
                 .Bind("delegation", delegation)
                 .FetchOne();
  if (!row) return std::nullopt;
  return MeetingPackageFrom(*row);
}

}  // namespace enlace::storage
