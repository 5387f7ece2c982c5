#include "contacts/domain/contact_point_service.hpp"

#include "contacts/domain/contact_point_json.hpp"
#include "contacts/domain/contact_point_repository.hpp"
#include "contacts/domain/reasons.hpp"
#include "kernel/domain/audit_log.hpp"
#include "kernel/domain/json.hpp"
#include "kernel/domain/policy.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/domain/text.hpp"
#include "reference/domain/reference_repository.hpp"

namespace enlace {

namespace {

// The record a writer asked for, or the error to answer; a reader who may not see contact points
// is not told whether the id exists.
Result<ContactPoint> FindForWriter(Transaction& transaction, const RequestContext& context, ContactPointId id) {
  auto existing = transaction.Get<ContactPointRepository>().Find(context.process_id, id);
  if (existing) return *existing;
  if (auto readable = policy::ReadContactPoints(context.actor); !readable) return std::unexpected(readable.error());
  return std::unexpected(Error::NotFound());
}

// Stores `changed` over `before` unless someone changed it since it was read, with its audit entry.
Result<ContactPoint> SaveChange(Transaction& transaction, const RequestContext& context, std::string action,
                                const ContactPoint& before, const ContactPoint& changed, Timestamp now) {
  auto& repository = transaction.Get<ContactPointRepository>();
  return SaveVersioned(
      transaction, now, context, VersionedChange<ContactPoint>{std::move(action), "contact_point", before, changed},
      [&](const ContactPoint& record, std::int64_t version) { return repository.Update(record, version); },
      [&] { return repository.Find(context.process_id, before.id); });
}

// A proposal the policy allows: for the proposer's own country when none is named.
Result<ContactPointInput> AllowedProposal(const RequestContext& context, ContactPointInput input) {
  input.country = Trim(input.country);
  if (input.country.empty() && context.actor && context.actor->country) input.country = *context.actor->country;
  if (auto allowed = policy::WriteCountryRecord(context.actor, input.country); !allowed) {
    return std::unexpected(allowed.error());
  }
  return input;
}

// An allowed proposal's fields as they would be stored, checked: the term starts today unless a
// day is named.
Result<ContactPointInput> ValidProposal(Transaction& transaction, const RequestContext& context,
                                        ContactPointInput input, Date today) {
  if (!input.valid_from) input.valid_from = today;
  auto reference = transaction.Get<ReferenceRepository>().Load(context.process_id);
  if (auto valid = ValidateContactPoint(input, reference); !valid) return std::unexpected(valid.error());
  return input;
}

}  // namespace

ContactPointService::ContactPointService(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

Result<std::vector<ContactPoint>> ContactPointService::List(const RequestContext& context,
                                                            const ContactPointFilter& filter) {
  if (auto allowed = policy::ReadContactPoints(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  return transaction->Get<ContactPointRepository>().List(context.process_id, filter);
}

Result<ContactPointWithHistory> ContactPointService::Get(const RequestContext& context, ContactPointId id) {
  if (auto allowed = policy::ReadContactPoints(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto found = transaction->Get<ContactPointRepository>().Find(context.process_id, id);
  if (!found) return std::unexpected(Error::NotFound());
  auto history = transaction->Get<ContactPointRepository>().History(context.process_id, found->fields.country,
                                                                    found->fields.network, found->fields.topic);
  return ContactPointWithHistory{*found, std::move(history)};
}

Result<ContactPoint> ContactPointService::Propose(const RequestContext& context, ContactPointInput input) {
  auto allowed = AllowedProposal(context, std::move(input));
  if (!allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto fields = ValidProposal(*transaction, context, std::move(*allowed), clock_.Today());
  if (!fields) return std::unexpected(fields.error());
  ContactPoint point;
  point.process_id = context.process_id;
  point.fields = std::move(*fields);
  point.status = ContactPointStatus::kProposed;
  point.proposed_by = UserRef{context.actor->user_id, context.actor->name};
  point.created_at = point.updated_at = now;
  auto created = transaction->Get<ContactPointRepository>().Create(point);
  AuditCreation(*transaction, now, context, "contact_point.propose", "contact_point", created);
  transaction->Commit();
  return created;
}

Result<void> ContactPointService::CheckProposal(const RequestContext& context, ContactPointInput input) {
  auto allowed = AllowedProposal(context, std::move(input));
  if (!allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto fields = ValidProposal(*transaction, context, std::move(*allowed), clock_.Today());
  if (!fields) return std::unexpected(fields.error());
  return {};
}

Result<ContactPoint> ContactPointService::Update(const RequestContext& context, ContactPointId id,
                                                 const ContactPointChange& change,
                                                 std::optional<std::int64_t> expected_version) {
  if (auto allowed = policy::SignedIn(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto existing = FindForWriter(*transaction, context, id);
  if (!existing) return std::unexpected(existing.error());
  if (auto allowed = policy::WriteCountryRecord(context.actor, existing->fields.country); !allowed) {
    return std::unexpected(allowed.error());
  }
  if (change.country) {
    if (auto allowed = policy::WriteCountryRecord(context.actor, Trim(*change.country)); !allowed) {
      return std::unexpected(allowed.error());
    }
  }
  if (auto fresh = CheckVersion(expected_version, existing->version); !fresh) return std::unexpected(fresh.error());
  if (existing->status == ContactPointStatus::kRejected || existing->status == ContactPointStatus::kEnded) {
    return std::unexpected(Error::Conflict(reasons::kContactPointClosed));
  }
  auto reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
  ContactPoint updated = *existing;
  updated.fields = ApplyChange(existing->fields, change);
  if (auto valid = ValidateContactPoint(updated.fields, reference); !valid) return std::unexpected(valid.error());
  // The Secretariat confirmed this person as they were: a country's change goes back to it.
  bool unconfirm = existing->status == ContactPointStatus::kConfirmed && context.actor->role != Role::kSecretariat &&
                   !(updated.fields == existing->fields);
  if (unconfirm) {
    updated.status = ContactPointStatus::kProposed;
    updated.confirmed_by.reset();
    updated.confirmed_at.reset();
  }
  updated.updated_at = now;
  auto stored = SaveChange(*transaction, context, "contact_point.update", *existing, updated, now);
  if (stored) transaction->Commit();
  return stored;
}

Result<ContactPoint> ContactPointService::Confirm(const RequestContext& context, ContactPointId id) {
  if (auto allowed = policy::ConfirmContactPoint(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto existing = transaction->Get<ContactPointRepository>().Find(context.process_id, id);
  if (!existing) return std::unexpected(Error::NotFound());
  if (existing->status != ContactPointStatus::kProposed) return std::unexpected(Error::Conflict(reasons::kNotProposed));

  const auto& f = existing->fields;
  for (const auto& previous :
       transaction->Get<ContactPointRepository>().History(context.process_id, f.country, f.network, f.topic)) {
    if (previous.id == id || previous.status != ContactPointStatus::kConfirmed) continue;
    // The previous person's term ends the day before the new one starts (never before it began).
    ContactPoint closed = previous;
    auto end = AddDays(*f.valid_from, -1);
    if (previous.fields.valid_from && end < *previous.fields.valid_from) end = *previous.fields.valid_from;
    if (!closed.fields.valid_to || *closed.fields.valid_to > end) closed.fields.valid_to = end;
    closed.status = ContactPointStatus::kEnded;
    closed.updated_at = now;
    if (auto ended = SaveChange(*transaction, context, "contact_point.end", previous, closed, now); !ended) {
      return std::unexpected(ended.error());
    }
  }

  ContactPoint confirmed = *existing;
  confirmed.status = ContactPointStatus::kConfirmed;
  confirmed.confirmed_by = UserRef{context.actor->user_id, context.actor->name};
  confirmed.confirmed_at = now;
  confirmed.updated_at = now;
  auto stored = SaveChange(*transaction, context, "contact_point.confirm", *existing, confirmed, now);
  if (stored) transaction->Commit();
  return stored;
}

Result<ContactPoint> ContactPointService::Reject(const RequestContext& context, ContactPointId id, std::string reason) {
  if (auto allowed = policy::ConfirmContactPoint(context.actor); !allowed) return std::unexpected(allowed.error());
  reason = Trim(reason);
  if (reason.empty()) return std::unexpected(Error::Field("reason", reasons::kRequired));
  if (Utf8Length(reason) > 1000) return std::unexpected(Error::Field("reason", reasons::kTooLong, {{"max", "1000"}}));
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto existing = transaction->Get<ContactPointRepository>().Find(context.process_id, id);
  if (!existing) return std::unexpected(Error::NotFound());
  if (existing->status != ContactPointStatus::kProposed) return std::unexpected(Error::Conflict(reasons::kNotProposed));
  ContactPoint rejected = *existing;
  rejected.status = ContactPointStatus::kRejected;
  rejected.rejection_reason = reason;
  rejected.updated_at = now;
  auto stored = SaveChange(*transaction, context, "contact_point.reject", *existing, rejected, now);
  if (stored) transaction->Commit();
  return stored;
}

Result<ContactPoint> ContactPointService::End(const RequestContext& context, ContactPointId id,
                                              std::optional<Date> valid_to) {
  if (auto allowed = policy::SignedIn(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto existing = FindForWriter(*transaction, context, id);
  if (!existing) return std::unexpected(existing.error());
  if (auto allowed = policy::WriteCountryRecord(context.actor, existing->fields.country); !allowed) {
    return std::unexpected(allowed.error());
  }
  if (existing->status != ContactPointStatus::kConfirmed)
    return std::unexpected(Error::Conflict(reasons::kNotConfirmed));
  auto end = valid_to.value_or(clock_.Today());
  if (existing->fields.valid_from && end < *existing->fields.valid_from) {
    return std::unexpected(Error::Field("valid_to", reasons::kDateOrder));
  }
  ContactPoint ended = *existing;
  ended.fields.valid_to = end;
  ended.status = ContactPointStatus::kEnded;
  ended.updated_at = now;
  auto stored = SaveChange(*transaction, context, "contact_point.end", *existing, ended, now);
  if (stored) transaction->Commit();
  return stored;
}

}  // namespace enlace
