#include "meetings/testing/meeting_records.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace enlace::testing {
namespace {

template <typename T>
T Expect(Result<T> result, const char* what) {
  if (!result) {
    std::string fields;
    for (const auto& field : result.error().fields) fields += " " + field.field + ":" + field.reason;
    ADD_FAILURE() << what << " refused: " << result.error().reason << fields;
    throw std::logic_error(std::string(what) + " refused");
  }
  return std::move(*result);
}

}  // namespace

Date Day(int year, unsigned month, unsigned day) {
  return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

MeetingInput MeetingOf(const std::string& body, Date date) {
  MeetingInput input;
  input.body = body;
  input.type = "regular";
  input.place = Place{"Tegucigalpa", "HN"};
  input.date = date;
  return input;
}

MeetingRecords::MeetingRecords(TestKernel& test, RequestContext secretariat)
    : test_(test), secretariat_(std::move(secretariat)) {}

MeetingId MeetingRecords::SanPedroSula() {
  auto input = MeetingOf("SMUGGLING_TIP_NETWORK", Day(2016, 11, 15));
  input.place = Place{"San Pedro Sula", "HN"};
  input.participants = std::vector<std::string>{"CA", "CR", "DO", "SV", "GT", "HN", "MX", "NI", "PA", "US"};
  input.submitted_to = std::optional<std::string>("RCGM");
  return Meeting(input);
}

MeetingId MeetingRecords::Meeting(const std::string& body, Date date, std::optional<Date> date_end) {
  auto input = MeetingOf(body, date);
  input.date_end = date_end;
  return Meeting(input);
}

MeetingId MeetingRecords::Meeting(const MeetingInput& input) {
  return Expect(test_.Get<MeetingService>().Create(secretariat_, input), "a meeting").id;
}

AgreementId MeetingRecords::Agreement(MeetingId meeting, const std::string& number, const std::string& text) {
  AgreementInput input;
  input.number = number;
  input.text = LocalizedText{std::nullopt, text};
  return Expect(test_.Get<MeetingService>().AddAgreement(secretariat_, meeting, input), "an agreement").id;
}

enlace::Commitment MeetingRecords::Commitment(AgreementId agreement, const std::string& party,
                                              const std::string& deadline, const std::string& action) {
  CommitmentInput input;
  input.party = party;
  input.action = LocalizedText{std::nullopt, action};
  input.deadline_text = deadline;
  return Expect(test_.Get<CommitmentService>().Create(secretariat_, agreement, input), "a commitment");
}

}  // namespace enlace::testing
