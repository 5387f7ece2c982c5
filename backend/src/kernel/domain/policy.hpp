// Who may do what: one function per action, all in this file, checked by the services on the
// server whatever route, id, body field or query the request used. See PRODUCT.md "Who uses it".
//
// Each returns an empty Result when allowed, kUnauthenticated when nobody is signed in and the
// action needs someone, and kForbidden otherwise ("wrong_country" when a country officer reaches
// for another country's record, so that the interface can say exactly that).
#pragma once

#include <optional>
#include <string_view>

#include "kernel/domain/error.hpp"
#include "kernel/domain/role.hpp"

namespace enlace::policy {

using MaybeActor = std::optional<Actor>;

Result<void> SignedIn(const MaybeActor& actor);
Result<void> Secretariat(const MaybeActor& actor);

// Contact points carry personal details of government officials: readable by the secretariat,
// country officers and observers of the process; not by civil society nor the public.
Result<void> ReadContactPoints(const MaybeActor& actor);
// Propose, edit or end a term: the secretariat, or an officer of that country.
Result<void> WriteCountryRecord(const MaybeActor& actor, std::string_view country);
Result<void> ConfirmContactPoint(const MaybeActor& actor);

Result<void> ManageUsers(const MaybeActor& actor);

// Meetings, agreements and commitments are the network's working record: every signed-in person
// of the process reads them; the Secretariat writes them.
Result<void> ReadMeetings(const MaybeActor& actor);
Result<void> ManageMeetings(const MaybeActor& actor);
// Reporting progress on a commitment: the Secretariat; the party's own people (a country's
// officers; for MEMBER_COUNTRIES any member country's officers, for their own country only; an
// organisation's observers or civil-society members).
Result<void> ReportOnCommitment(const MaybeActor& actor, std::string_view party, bool party_is_member_country);
Result<void> ReadAudit(const MaybeActor& actor);

}  // namespace enlace::policy
