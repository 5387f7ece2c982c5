#include "meetings/report/follow_up_export.hpp"

#include <map>

#include "meetings/domain/follow_up_texts.hpp"
#include "meetings/report/text_keys.hpp"

namespace enlace {

namespace {

// The heat map's colours: light enough for black text, told apart by the text as well.
std::string FillFor(ResponseState state) {
  switch (state) {
    case ResponseState::kDone:
      return "C8E6C9";
    case ResponseState::kAnswered:
      return "FFF3C4";
    case ResponseState::kNotStarted:
      return "F2F2F2";
  }
  return "";
}

TextKey StatusKey(CommitmentStatus status) {
  switch (status) {
    case CommitmentStatus::kOpen:
      return text_keys::kExportStatusOpen;
    case CommitmentStatus::kInProgress:
      return text_keys::kExportStatusInProgress;
    case CommitmentStatus::kDone:
      return text_keys::kExportStatusDone;
    case CommitmentStatus::kCancelled:
      return text_keys::kExportStatusCancelled;
  }
  return text_keys::kExportStatusOpen;
}

TextKey StateKey(ResponseState state) {
  switch (state) {
    case ResponseState::kDone:
      return text_keys::kExportAnswerDone;
    case ResponseState::kAnswered:
      return text_keys::kExportAnswerAnswered;
    case ResponseState::kNotStarted:
      return text_keys::kExportAnswerNotStarted;
  }
  return text_keys::kExportAnswerNotStarted;
}

}  // namespace

std::vector<Sheet> FollowUpSheets(const FollowUpOverview& overview, const std::vector<Meeting>& meetings,
                                  const ReferenceData& reference, const Wording& words) {
  std::map<MeetingId, std::string> labels;
  for (const auto& meeting : meetings) labels[meeting.id] = MeetingLabel(meeting, reference, words);
  const auto& language = words.language();
  auto action_of = [&](const Commitment& c) {
    auto text = c.action.In(language);
    return text.empty() ? c.action.In(language == "es" ? "en" : "es") : text;
  };

  Sheet list;
  list.name = words(text_keys::kExportCommitmentsSheet);
  list.header = {
      words(text_keys::kExportMeeting), words(text_keys::kExportAgreement), words(text_keys::kExportParty),
      words(text_keys::kExportAction),  words(text_keys::kExportDeadline),  words(text_keys::kExportDue),
      words(text_keys::kExportStatus),  words(text_keys::kExportProgress),  words(text_keys::kExportOverdue)};
  list.widths = {40, 10, 22, 60, 30, 12, 14, 10, 10};
  for (const auto& c : overview.commitments) {
    bool overdue = c.Overdue(overview.today);
    list.rows.push_back({SheetCell{labels[c.meeting_id]}, SheetCell{c.agreement_number},
                         SheetCell{PartyName(reference, c.party, words)}, SheetCell{action_of(c)},
                         SheetCell{c.deadline.text}, SheetCell{c.deadline.due ? FormatIsoDate(*c.deadline.due) : ""},
                         SheetCell{words(StatusKey(c.status))}, SheetCell::Number(c.progress),
                         SheetCell{overdue ? words(text_keys::kExportYes) : words(text_keys::kExportNo), std::nullopt,
                                   overdue ? "F8D7DA" : ""}});
  }

  Sheet grid;
  grid.name = words(text_keys::kExportGridSheet);
  grid.header = {words(text_keys::kExportMeeting), words(text_keys::kExportAgreement), words(text_keys::kExportAction),
                 words(text_keys::kExportDue)};
  for (const auto& country : overview.member_countries) grid.header.push_back(PartyName(reference, country, words));
  grid.widths = {40, 10, 50, 12};
  for (const auto& answers : overview.grids) {
    const auto& c = answers.commitment;
    std::vector<SheetCell> row{SheetCell{labels[c.meeting_id]}, SheetCell{c.agreement_number}, SheetCell{action_of(c)},
                               SheetCell{c.deadline.due ? FormatIsoDate(*c.deadline.due) : ""}};
    for (const auto& response : answers.responses) {
      auto text = words(StateKey(response.state));
      if (response.progress && response.state != ResponseState::kDone)
        text += " (" + std::to_string(*response.progress) + " %)";
      row.push_back(SheetCell{text, std::nullopt, FillFor(response.state)});
    }
    grid.rows.push_back(std::move(row));
  }
  return {list, grid};
}

}  // namespace enlace
