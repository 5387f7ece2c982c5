// Who may see and do what with the library's documents. The services ask these functions whatever
// route, filter or link a request came through; document_policy_test.cpp is the readable table.
//
//   read (list, detail, download)   by access level: public — everybody, anonymous included;
//                                   participants — everybody signed in; members — the Secretariat
//                                   and member countries' officers; secretariat — the Secretariat;
//                                   and, whatever the level, the people of its owning delegation
//   create, edit, upload a version, owe a translation, distribute, see receipts, remind
//                                   the Secretariat
//
// Someone who may not read a document gets kNotFound for it, so that ids never tell which
// documents exist. A write by anybody but the Secretariat is refused before any document is looked
// up — kUnauthenticated without a session, kForbidden otherwise — the same answer whether or not
// the id exists.
#pragma once

#include <optional>

#include "documents/domain/document.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/role.hpp"

namespace enlace::policy {

using MaybeActor = std::optional<Actor>;

bool MayReadDocument(const MaybeActor& actor, AccessLevel level);
// The level, or the document's owning delegation (Document::owner): its people read it whatever
// its level — a country's evidence of an answer only the Secretariat and that country may read.
bool MayReadDocument(const MaybeActor& actor, AccessLevel level, const std::optional<std::string>& owner);
// kNotFound when `actor` may not read a document of `level` owned by `owner`.
Result<void> ReadDocument(const MaybeActor& actor, AccessLevel level, const std::optional<std::string>& owner = {});
// Creating, editing, uploading, distributing: the Secretariat.
Result<void> ManageDocuments(const MaybeActor& actor);

}  // namespace enlace::policy
