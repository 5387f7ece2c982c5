// Commitments (M3) and their follow-up: who owes what by when, dated updates from the party's own
// people, the answer grid of a request to all member countries, and the follow-up overview.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kernel/domain/error.hpp"
#include "kernel/domain/store.hpp"
#include "meetings/domain/meeting.hpp"
#include "meetings/domain/meeting_service.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

struct ProgressReport {
  std::string text;
  std::optional<int> progress;
  std::optional<std::string> status;
  std::vector<std::string> links;
  std::optional<std::string> country;  // a MEMBER_COUNTRIES answer recorded by the Secretariat
  std::vector<UploadedFile> files;
  std::optional<std::string> visibility;  // network (default), participants, secretariat
};

// A change to an answer already given: its text, percentage, status, links and who reads it.
// Files stay as they are.
struct AnswerChange {
  std::string text;
  std::optional<int> progress;
  std::optional<std::string> status;
  std::vector<std::string> links;
  std::optional<std::string> visibility;
};

// What the person asking may do with a commitment, so that the interface offers only that.
struct CommitmentAbilities {
  bool answer = false;                // report progress
  bool manage = false;                // edit or delete the commitment itself (the Secretariat)
  bool choose_country = false;        // say which country an answer is for (the Secretariat)
  std::vector<std::string> statuses;  // statuses an answer of theirs may set
  bool progress = false;              // give a percentage
};

struct CommitmentDetail {
  Commitment commitment;
  Agreement agreement;
  Meeting meeting;
  std::vector<CommitmentUpdate> updates;
  std::vector<CountryResponse> responses;  // one per member country, for MEMBER_COUNTRIES
  CommitmentAbilities abilities;
  // Answers whose text and files the person may not read (their states count in the grid).
  int hidden_updates = 0;
};

// A commitment in a list, with the answer of the country the list is for (when it is a
// MEMBER_COUNTRIES commitment listed for one country).
struct ListedCommitment {
  Commitment commitment;
  std::optional<CountryResponse> response;
};

struct CommitmentQuery {
  std::optional<std::string> party;
  std::optional<CommitmentStatus> status;
  std::optional<Date> due_before;
  std::optional<MeetingId> meeting;
  bool overdue_only = false;
};

struct MeetingCompletion {
  Meeting meeting;
  int commitments = 0;
  int done = 0;
  int overdue = 0;
};

struct AnswerGrid {
  Commitment commitment;
  std::vector<CountryResponse> responses;
};

// The follow-up page's filters (kept in its address so that a view can be shared).
struct FollowUpFilter {
  std::optional<MeetingId> meeting;
  std::optional<std::string> party;    // exactly this party
  std::optional<std::string> country;  // what this member country owes: its own and MEMBER_COUNTRIES
  std::optional<CommitmentStatus> status;
};

// Completion over time: at the end of each month, how many of the commitments were done and how
// many answers had been given.
struct CompletionPoint {
  std::string month;  // YYYY-MM
  int done = 0;
  int answers = 0;
};

struct FollowUpOverview {
  Date today{};
  std::vector<Commitment> commitments;          // every commitment the filter keeps (for exports)
  std::vector<CompletionPoint> timeline;        // the last 12 months
  std::map<std::string, int> overdue_by_party;  // party code → overdue commitments
  std::vector<Commitment> overdue;
  std::vector<Commitment> due_soon;  // due within the next 30 days
  std::vector<MeetingCompletion> meetings;
  std::vector<AnswerGrid> grids;  // open MEMBER_COUNTRIES commitments
  std::vector<std::string> member_countries;
};

class CommitmentService {
 public:
  CommitmentService(Store& store, const SecretGenerator& secrets, const Clock& clock);

  Result<Commitment> Create(const RequestContext& context, AgreementId agreement, const CommitmentInput& input);
  Result<Commitment> Update(const RequestContext& context, CommitmentId id, const CommitmentInput& input,
                            std::optional<std::int64_t> expected_version);
  // What Create or Update would refuse `input` for, without writing (the HTTP handlers answer a
  // body with type errors with these too, so that the person sees every problem at once).
  Result<void> CheckNew(const RequestContext& context, AgreementId agreement, const CommitmentInput& input);
  Result<void> CheckChange(const RequestContext& context, CommitmentId id, const CommitmentInput& input);
  Result<void> Delete(const RequestContext& context, CommitmentId id);
  Result<CommitmentDetail> Get(const RequestContext& context, CommitmentId id);
  Result<std::vector<ListedCommitment>> List(const RequestContext& context, const CommitmentQuery& query);
  Result<CommitmentUpdate> Report(const RequestContext& context, CommitmentId id, ProgressReport report);
  // The same within a transaction the caller holds and commits: another capability's write that
  // records an answer with its own (a matrix column the TS validates marks the country's answer done).
  Result<CommitmentUpdate> ReportWithin(Transaction& transaction, const RequestContext& context, CommitmentId id,
                                        ProgressReport report);
  Result<FollowUpOverview> Overview(const RequestContext& context, const FollowUpFilter& filter = {});
  // What the server understands of a typed deadline, in the context of a meeting.
  Result<Deadline> ReadDeadlineFor(const RequestContext& context, MeetingId meeting, std::string_view text);
  // The same for a meeting not saved yet (an import under review): its body, first and last day.
  Result<Deadline> ReadDeadlineOn(const RequestContext& context, std::string body, Date date,
                                  std::optional<Date> date_end, std::string_view text);
  Result<FileDownload> GetUpdateFile(const RequestContext& context, CommitmentId commitment, AttachmentId file);
  // Edit or withdraw an answer: its writer, an officer of the country it answers for, or the TS.
  Result<CommitmentUpdate> EditAnswer(const RequestContext& context, CommitmentId commitment, CommitmentUpdateId id,
                                      const AnswerChange& change, std::optional<std::int64_t> expected_version);
  Result<void> WithdrawAnswer(const RequestContext& context, CommitmentId commitment, CommitmentUpdateId id,
                              std::optional<std::int64_t> expected_version);

  // Completion over the 12 months up to `today`'s, from the commitments and all their updates.
  static std::vector<CompletionPoint> Timeline(const std::vector<Commitment>& commitments,
                                               const std::vector<CommitmentUpdate>& updates,
                                               const std::vector<std::string>& members, Date today);
  // The answer grid of a MEMBER_COUNTRIES commitment from its updates.
  static std::vector<CountryResponse> Responses(const std::vector<std::string>& member_countries,
                                                const std::vector<CommitmentUpdate>& updates);

 private:
  Store& store_;
  const SecretGenerator& secrets_;
  const Clock& clock_;
};

}  // namespace enlace
