// The contact-point directory (M14): proposals by countries, confirmation by the Technical
// Secretariat, terms closed rather than deleted. See contact_point.hpp for the rules.
#pragma once

#include <optional>
#include <vector>

#include "contacts/domain/contact_point.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/store.hpp"

namespace enlace {

struct ContactPointWithHistory {
  ContactPoint contact_point;
  std::vector<ContactPoint> history;  // every term of the same country × network × topic, newest first
};

class ContactPointService {
 public:
  ContactPointService(Store& store, const Clock& clock);

  Result<std::vector<ContactPoint>> List(const RequestContext& context, const ContactPointFilter& filter);
  Result<ContactPointWithHistory> Get(const RequestContext& context, ContactPointId id);
  // An officer proposes for their own country (an empty country is theirs); the secretariat for any.
  Result<ContactPoint> Propose(const RequestContext& context, ContactPointInput input);
  // What Propose would refuse `input` for, without writing (the HTTP handler answers a body with
  // type errors with these too, so that the person sees every problem at once).
  Result<void> CheckProposal(const RequestContext& context, ContactPointInput input);
  Result<ContactPoint> Update(const RequestContext& context, ContactPointId id, const ContactPointChange& change,
                              std::optional<std::int64_t> expected_version);
  // Confirms a proposal and closes the term of whoever was confirmed before for the same post.
  Result<ContactPoint> Confirm(const RequestContext& context, ContactPointId id);
  Result<ContactPoint> Reject(const RequestContext& context, ContactPointId id, std::string reason);
  Result<ContactPoint> End(const RequestContext& context, ContactPointId id, std::optional<Date> valid_to);

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace enlace
