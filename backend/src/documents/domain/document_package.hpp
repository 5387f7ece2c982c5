// Which of a meeting's library documents go into the meeting's package, at which version and in
// which languages (issue 13 item 5, M31: "the meeting's documents as distributed (frozen
// versions)"). Pure rules, unit-tested in document_package_test.cpp; DocumentService::ForPackage
// applies them to what the repository holds and adds the readers of the bytes.
//
//   which documents  those of the meeting the reader may read (policy::MayReadDocument, with the
//                    level and the owning delegation, as the library's list), that have a version,
//                    except those made from the meeting's attachments: the package has those already
//   which version    the latest version distributed to delegations; else the latest named (kept)
//                    version; else the current one
//   which files      each language asked for that the version has; when it has none of them, the
//                    file in the other language (the index says "only in English")
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "documents/domain/document.hpp"
#include "documents/domain/document_policy.hpp"
#include "meetings/domain/package_documents.hpp"

namespace enlace {

struct FrozenVersion {
  const DocumentVersion* version = nullptr;
  PackageVersionKind kind = PackageVersionKind::kCurrent;
  Timestamp at{};  // the first distribution of that version, else its upload
};

// The version a package takes of `document`, given its distributions (any order); nullopt when
// the document has no version yet.
std::optional<FrozenVersion> FrozenVersionOf(const Document& document, const std::vector<Distribution>& distributions);

// The languages of `version`'s files a package in `languages` takes (see above), in the order of
// `languages`, then the other.
std::vector<std::string> PackageLanguagesOf(const DocumentVersion& version, const std::vector<std::string>& languages);

// Whether `document` belongs in its meeting's package for `actor` (readable, not an attachment).
bool BelongsInPackage(const policy::MaybeActor& actor, const Document& document);

// The package's documents among `documents` (those of one meeting), oldest first, their files
// without readers (`read` left empty). `distributions` by document id; a document absent from it
// has none.
std::vector<PackageDocument> SelectPackageDocuments(
    const policy::MaybeActor& actor, const std::vector<Document>& documents,
    const std::map<DocumentId, std::vector<Distribution>>& distributions, const std::vector<std::string>& languages);

}  // namespace enlace
