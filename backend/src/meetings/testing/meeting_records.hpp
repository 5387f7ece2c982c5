// Meetings, agreements and commitments recorded through the services for unit tests (of meetings
// and of the capabilities that read them: calendars, notifications, imports). Each call fails the
// test and throws when the service refuses, so that a test reads as the story it tells.
//
//   MeetingRecords records(test, people.Secretariat());
//   auto meeting = records.SanPedroSula();
//   auto agreement = records.Agreement(meeting, "7");
//   auto commitment = records.Commitment(agreement, "MEMBER_COUNTRIES", "in a two-month period");
#pragma once

#include <string>

#include "kernel/testing/test_kernel.hpp"
#include "meetings/domain/commitment_service.hpp"
#include "meetings/domain/meeting_service.hpp"

namespace enlace::testing {

class MeetingRecords {
 public:
  // `secretariat` acts for every record made here; the kernel must hold the meetings capability.
  MeetingRecords(TestKernel& test, RequestContext secretariat);

  // The seed's meeting: the Liaison Officer Network in San Pedro Sula, 15 November 2016.
  MeetingId SanPedroSula();
  // A meeting of `body` on `date` (and to `date_end`) in Tegucigalpa.
  MeetingId Meeting(const std::string& body, Date date, std::optional<Date> date_end = std::nullopt);
  MeetingId Meeting(const MeetingInput& input);
  AgreementId Agreement(MeetingId meeting, const std::string& number,
                        const std::string& text = "Request the member countries to send their comments.");
  enlace::Commitment Commitment(AgreementId agreement, const std::string& party, const std::string& deadline = "",
                                const std::string& action = "Send comments on the Glossary");

  const RequestContext& secretariat() const { return secretariat_; }

 private:
  TestKernel& test_;
  RequestContext secretariat_;
};

// A meeting input with every required field, for tests that change one of them.
MeetingInput MeetingOf(const std::string& body, Date date);
Date Day(int year, unsigned month, unsigned day);

}  // namespace enlace::testing
